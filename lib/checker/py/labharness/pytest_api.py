"""The part of pytest's API that hidden tests use. During Check this module is
installed as `pytest` (and `pytest_asyncio`), so a hidden test file written for
real pytest with pytest-asyncio runs here unchanged."""

from __future__ import annotations

from .approx import approx
from .builtin_fixtures import CaptureFixture, CaptureResult, MonkeyPatch
from .fixtures import FixtureDefinition, fixture
from .marks import Mark, MarkDecorator, MarkGenerator, param
from .outcomes import Failed, OutcomeException, Skipped, fail, skip
from .raises import ExceptionInfo, raises

mark = MarkGenerator()

__all__ = [
    "CaptureFixture",
    "CaptureResult",
    "ExceptionInfo",
    "Failed",
    "FixtureDefinition",
    "Mark",
    "MarkDecorator",
    "MonkeyPatch",
    "OutcomeException",
    "Skipped",
    "approx",
    "fail",
    "fixture",
    "mark",
    "param",
    "raises",
    "skip",
]
