"""Helpers for testing the harness in CPython under real pytest.

The harness swaps `pytest` in sys.modules during a check; these helpers take
the isolation baseline inside each test, so the real pytest running these
tests is what gets restored afterwards.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from labharness import api  # noqa: E402


class Harness:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self._capsys = capsys
        self._baseline_taken = False

    def _baseline(self) -> None:
        # Taken inside the test itself, where sys.stdout is capsys's stream for
        # the whole call; during fixture setup pytest swaps streams around.
        if not self._baseline_taken:
            api.snapshot()
            self._baseline_taken = True

    def printed(self) -> str:
        """What Run printed: it writes to the real sys.stdout, captured here by capsys."""
        return self._capsys.readouterr().out

    def check(self, code: str, tests: str, module: str = "exercise", tests_filename: str = "test_exercise.py") -> dict[str, Any]:
        self._baseline()
        request = {"module": module, "code": code, "tests": tests, "testsFilename": tests_filename}
        return json.loads(asyncio.run(api.check(json.dumps(request))))

    def run(self, code: str, filename: str = "demo.py") -> dict[str, Any]:
        self._baseline()
        return json.loads(asyncio.run(api.run(json.dumps({"code": code, "filename": filename}))))

    def outcomes(self, report: dict[str, Any]) -> dict[str, str]:
        return {test["name"]: test["outcome"] for test in report["tests"]}

    def test(self, report: dict[str, Any], name: str) -> dict[str, Any]:
        return next(test for test in report["tests"] if test["name"] == name)

    def codes(self, report: dict[str, Any]) -> list[str]:
        return [finding["code"] for finding in report["findings"]]


@pytest.fixture
def harness(capsys: pytest.CaptureFixture[str]) -> Harness:
    return Harness(capsys)


# The fixture exercise is run on purpose, by test_same_file_both_runners.py,
# under both runners; collected here it would only run under one.
collect_ignore = ["fixtures"]
