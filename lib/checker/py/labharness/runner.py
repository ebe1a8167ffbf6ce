"""Running collected tests one at a time, each with fresh fixtures and its
own captured output, and turning how each ended into a result."""

from __future__ import annotations

import inspect
import time
import unittest
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

from . import tracebacks
from .capture import captured_streams
from .collect import TestItem
from .fixtures import FixtureDefinition, FixtureSession, parameter_names
from .outcomes import Failed, Skipped

STOPPED = "Stopped: this test ran too long (is there an endless loop?)"


@dataclass
class TestResult:
    name: str
    outcome: str
    message: str = ""
    duration_ms: float = 0.0
    line: int | None = None
    output: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "outcome": self.outcome,
            "message": self.message,
            "durationMs": self.duration_ms,
            "line": self.line,
            "output": self.output,
        }


@dataclass(frozen=True)
class TestRun:
    results: list[TestResult]
    interrupted: bool


async def run_tests(
    items: list[TestItem], definitions: dict[str, FixtureDefinition], namespace: dict[str, Any], learner_file: str
) -> TestRun:
    """Runs every test; an interrupt (the host stopping a runaway check) ends
    the current test as an error and leaves the rest not run."""
    results: list[TestResult] = []
    for position, item in enumerate(items):
        started = time.perf_counter()
        with captured_streams() as captured:
            try:
                error = await _execute(item, definitions, namespace)
            except KeyboardInterrupt:
                elapsed = (time.perf_counter() - started) * 1000
                results.append(TestResult(item.name, "error", STOPPED, elapsed, None, captured.text()))
                results.extend(TestResult(rest.name, "not-run") for rest in items[position + 1:])
                return TestRun(results, interrupted=True)
        result = _result(item.name, error, learner_file)
        result.duration_ms = (time.perf_counter() - started) * 1000
        result.output = captured.text()
        results.append(result)
    return TestRun(results, interrupted=False)


async def _execute(item: TestItem, definitions: dict[str, FixtureDefinition], namespace: dict[str, Any]) -> BaseException | None:
    """How the test ended: None when it passed, else what it raised."""
    session = FixtureSession(definitions)
    try:
        error = await _outcome_of(_body(item, session, namespace))
    finally:
        # Teardown runs even when interrupted: a monkeypatch must not outlive its test.
        teardown_error = await _outcome_of(session.tear_down())
    return error or teardown_error


async def _outcome_of(step: Awaitable[None]) -> BaseException | None:
    try:
        await step
    except KeyboardInterrupt:
        raise
    except BaseException as raised:  # noqa: BLE001 - any way a test can end is a result
        return raised
    return None


async def _body(item: TestItem, session: FixtureSession, namespace: dict[str, Any]) -> None:
    reason = skip_reason(item, namespace)
    if reason is not None:
        raise Skipped(reason)
    if item.is_unittest:
        problem = _run_unittest(item)
        if problem is not None:
            raise problem
        return
    await session.autouse()
    instance = item.cls() if item.cls is not None else None
    function = item.function.__get__(instance) if instance is not None else item.function
    if hasattr(instance, "setup_method"):
        instance.setup_method(function)
    try:
        arguments = {
            name: item.params[name] if name in item.params else await session.get(name)
            for name in parameter_names(function)
        }
        outcome = function(**arguments)
        if inspect.isawaitable(outcome):
            await outcome
    finally:
        if hasattr(instance, "teardown_method"):
            instance.teardown_method(function)


def skip_reason(item: TestItem, namespace: dict[str, Any]) -> str | None:
    for mark in item.marks:
        if mark.name == "skip":
            return str(mark.kwargs.get("reason", mark.args[0] if mark.args else "skipped"))
        if mark.name == "skipif":
            condition = mark.args[0] if mark.args else mark.kwargs.get("condition", True)
            # pytest evaluates string conditions in the test module's namespace.
            if eval(condition, dict(namespace)) if isinstance(condition, str) else condition:
                return str(mark.kwargs.get("reason", "condition is true"))
    return None


class _FirstProblem(unittest.TestResult):
    """Keeps the first thing that went wrong in a unittest test, as the exception itself."""

    def __init__(self) -> None:
        super().__init__()
        self.problem: BaseException | None = None

    def _keep(self, err: tuple[type[BaseException], BaseException, Any]) -> None:
        self.problem = self.problem or err[1]

    def addError(self, test: unittest.TestCase, err: Any) -> None:
        self._keep(err)

    def addFailure(self, test: unittest.TestCase, err: Any) -> None:
        self._keep(err)

    def addSubTest(self, test: unittest.TestCase, subtest: unittest.TestCase, err: Any) -> None:
        if err is not None:
            self._keep(err)

    def addSkip(self, test: unittest.TestCase, reason: str) -> None:
        self.problem = self.problem or Skipped(reason)

    def addUnexpectedSuccess(self, test: unittest.TestCase) -> None:
        self.problem = self.problem or Failed("passed, but was marked as an expected failure")


def _run_unittest(item: TestItem) -> BaseException | None:
    assert item.cls is not None
    result = _FirstProblem()
    item.cls(item.function.__name__).run(result)
    return result.problem


def _result(name: str, error: BaseException | None, learner_file: str) -> TestResult:
    if error is None:
        return TestResult(name, "passed")
    line = tracebacks.learner_line(error, learner_file)
    if isinstance(error, (Skipped, unittest.SkipTest)):
        return TestResult(name, "skipped", str(error))
    if isinstance(error, (AssertionError, Failed)):
        return TestResult(name, "failed", str(error) or "assertion failed", line=line)
    if isinstance(error, SystemExit):
        message = (
            f"Your code called sys.exit({error.code!r}) during this test. Code that is tested should "
            "return a value or raise an exception instead of ending the program."
        )
        return TestResult(name, "error", message, line=line)
    message = tracebacks.describe(error)
    if tracebacks.frames_in(error, learner_file):
        message += "\n\n" + tracebacks.trimmed_traceback(error, learner_file).rstrip()
    return TestResult(name, "error", message, line=line)
