"""The Check button: load the learner's module, load the hidden tests against
it, run them, check the exercise's structural rules, and report results and
findings as data."""

from __future__ import annotations

import importlib
import inspect
import re
import sys
import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import findings, pytest_api, tracebacks
from .assertion_rewrite import compile_with_rewrite, rewrite_globals
from .builtin_fixtures import BUILTIN_FIXTURES
from .capture import captured_streams
from .collect import collect, declared_test_names
from .findings import Finding
from .fixtures import FixtureDefinition
from .runner import TestResult, run_tests
from .sources import Source, SourceFinder
from .structure import check_structure


@dataclass(frozen=True)
class CheckRequest:
    module: str
    code: str
    tests: str
    tests_filename: str
    # The exercise's structural rules, as authored in exercise.json.
    structure: tuple[Mapping[str, Any], ...] = ()

    @property
    def learner_file(self) -> str:
        return f"{self.module}.py"

    @property
    def tests_module(self) -> str:
        return self.tests_filename.removesuffix(".py")


class LoadProblem(Exception):
    """Loading stopped the check before any test ran."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


async def check(request: CheckRequest, finder: SourceFinder) -> dict[str, object]:
    # Read from the source before it runs, so they are reported even when loading fails.
    structural = check_structure(request.code, request.structure, request.learner_file)
    results, found = await _run_tests(request, finder)
    return _report(results, [*found, *structural])


async def _run_tests(request: CheckRequest, finder: SourceFinder) -> tuple[list[TestResult], list[Finding]]:
    finder.add(Source(request.module, request.learner_file, request.code))
    finder.add(Source(request.tests_module, request.tests_filename, request.tests, compile_with_rewrite, rewrite_globals()))
    # The hidden tests `import pytest`; they get the harness's own, whatever
    # else is installed. Isolation puts any real pytest back afterwards.
    sys.modules["pytest"] = sys.modules["pytest_asyncio"] = pytest_api
    try:
        learner = _load_learner(request)
        tests = _load_tests(request)
    except LoadProblem as problem:
        return _not_run(request.tests), [problem.finding]
    found = _learner_test_findings(learner)
    try:
        items = collect(tests)
    except Exception as error:  # noqa: BLE001 - e.g. a parametrize with the wrong number of values
        return [], [*found, findings.tests_broken(tracebacks.describe(error))]
    if not items:
        return [], [*found, findings.no_tests()]
    definitions = {**BUILTIN_FIXTURES, **_fixture_definitions(tests)}
    run = await run_tests(items, definitions, vars(tests), request.learner_file)
    if run.interrupted:
        found.append(findings.interrupted("while running the tests"))
    return run.results, found


def _load_learner(request: CheckRequest) -> types.ModuleType:
    try:
        with captured_streams():
            return importlib.import_module(request.module)
    except KeyboardInterrupt:
        raise LoadProblem(findings.interrupted("while loading your code")) from None
    except SyntaxError as error:
        line = tracebacks.learner_line(error, request.learner_file)
        raise LoadProblem(findings.syntax_error(line, error.msg)) from None
    except SystemExit as error:
        raise LoadProblem(findings.exit_on_import(tracebacks.learner_line(error, request.learner_file))) from None
    except BaseException as error:  # noqa: BLE001 - whatever the learner's code raises is reported
        line = tracebacks.learner_line(error, request.learner_file)
        raise LoadProblem(findings.load_error(type(error).__name__, line)) from None


def _load_tests(request: CheckRequest) -> types.ModuleType:
    try:
        with captured_streams():
            return importlib.import_module(request.tests_module)
    except KeyboardInterrupt:
        raise LoadProblem(findings.interrupted("while loading the tests")) from None
    except BaseException as error:  # noqa: BLE001 - reported as a finding below
        raise LoadProblem(_tests_load_finding(error, request)) from None


def _tests_load_finding(error: BaseException, request: CheckRequest) -> Finding:
    # The learner's code is already loaded, so a failure here is either the
    # tests asking for something the learner's code lacks, the learner's code
    # failing when the tests call it at import time, or a broken test file.
    missing = re.match(r"cannot import name '([^']+)'", str(error))
    if isinstance(error, ImportError) and error.name == request.module and missing:
        return findings.missing_name(missing.group(1), request.module)
    line = tracebacks.learner_line(error, request.learner_file)
    if line is not None:
        return findings.load_error(type(error).__name__, line, "while the tests were being set up")
    frames = tracebacks.frames_in(error, request.tests_filename)
    where = f", line {frames[-1].lineno} of {request.tests_filename}" if frames else ""
    return findings.tests_broken(f"{tracebacks.describe(error)}{where}")


def _learner_test_findings(learner: types.ModuleType) -> list[Finding]:
    return [
        findings.learner_test_ignored(name, obj.__code__.co_firstlineno)
        for name, obj in vars(learner).items()
        if name.startswith("test_") and inspect.isfunction(obj) and obj.__module__ == learner.__name__
    ]


def _fixture_definitions(tests: types.ModuleType) -> dict[str, FixtureDefinition]:
    return {value.name: value for value in vars(tests).values() if isinstance(value, FixtureDefinition)}


def _not_run(tests_source: str) -> list[TestResult]:
    return [TestResult(name, "not-run") for name in declared_test_names(tests_source)]


def _report(results: list[TestResult], found: list[Finding]) -> dict[str, object]:
    return {"tests": [result.as_json() for result in results], "findings": [finding.as_json() for finding in found]}
