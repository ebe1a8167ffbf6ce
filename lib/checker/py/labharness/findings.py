"""The harness's findings: problems that are not one test's result, each with
a stable code and a message in plain language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    line: int | None = None

    def as_json(self) -> dict[str, object]:
        return {"source": "harness", "code": self.code, "severity": self.severity, "message": self.message, "line": self.line}


def syntax_error(line: int | None, detail: str) -> Finding:
    where = f" on line {line}" if line else ""
    return Finding(
        "syntax-error", "essential", f"Python could not read your code: {detail}{where}. Fix it, then check again.", line
    )


def load_error(error_type: str, line: int | None, while_doing: str = "while it was being loaded") -> Finding:
    where = f" on line {line}" if line else ""
    return Finding(
        "load-error",
        "essential",
        f"Your code raised {error_type}{where} {while_doing}, so the tests could not run.",
        line,
    )


def exit_on_import(line: int | None) -> Finding:
    return Finding(
        "exit-on-import",
        "essential",
        "Your code called sys.exit() while being loaded, so the tests could not run. "
        "Put code that runs the program under `if __name__ == \"__main__\":`.",
        line,
    )


def missing_name(name: str, module: str) -> Finding:
    return Finding(
        "missing-name",
        "essential",
        f"The tests import {name} from your code, but your code does not define it. "
        f"Check the spelling of {name} in {module}.py.",
    )


def learner_test_ignored(function: str, line: int | None) -> Finding:
    return Finding(
        "learner-tests-ignored",
        "informative",
        f"Check runs the exercise's own tests; your function {function} is not one of them.",
        line,
    )


def tests_broken(problem: str) -> Finding:
    return Finding(
        "tests-broken",
        "essential",
        f"The exercise's tests could not be loaded ({problem}). This is a problem with the exercise, not your code.",
    )


def no_tests() -> Finding:
    return Finding("no-tests", "essential", "The exercise's tests contain no tests. This is a problem with the exercise.")


def interrupted(while_doing: str = "") -> Finding:
    during = f" {while_doing}" if while_doing else ""
    return Finding(
        "interrupted",
        "essential",
        f"Check was stopped because it ran too long{during}. Is there an endless loop?",
    )
