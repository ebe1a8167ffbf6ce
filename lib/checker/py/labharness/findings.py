"""The harness's findings: problems that are not one test's result, each with
a stable code and a message in plain language. Structural findings (the
exercise's rules about how the code is written) are worded here too."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    line: int | None = None
    source: str = "harness"

    def as_json(self) -> dict[str, object]:
        return {"source": self.source, "code": self.code, "severity": self.severity, "message": self.message, "line": self.line}


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


# Structural rules. The finding's code is the rule's id from exercise.json.


def structure_function_missing(rule: str, function: str) -> Finding:
    class_name, _, name = function.rpartition(".")
    if class_name:
        what, put_back = f"the method {name} in class {class_name}", f"`def {name}(self, ...)` inside `class {class_name}`"
    else:
        what, put_back = function, f"`def {name}(...)` at the top level of your file"
    return _structure(
        rule, f"Your code no longer defines {what}, which this exercise checks. Put back {put_back}.", None
    )


def structure_call_missing(name: str, function: str | None, line: int | None) -> Finding:
    where, there = (function, " there") if function else ("Your code", "")
    return _structure(
        "calls",
        f"{where} never calls `{name}`. This exercise asks you to call it{there} (import it any way you like).",
        line,
    )


# What to use instead of a call an exercise forbids, when there is a usual answer.
_INSTEAD_OF = {
    "time.sleep": "`time.sleep` stops the whole program, so no other task can run while it waits. "
    "In async code, use `await asyncio.sleep(...)`, which pauses only this task.",
}


def structure_call_forbidden(name: str, line: int) -> Finding:
    instead = _INSTEAD_OF.get(name, f"Solve it without `{name}`.")
    return _structure("no-call", f"Line {line} calls `{name}`, which this exercise asks you not to use. {instead}", line)


def structure_await_in_loop(await_line: int, loop_line: int, in_comprehension: bool) -> Finding:
    loop = "comprehension" if in_comprehension else "loop"
    inside = f"a {loop}" if await_line == loop_line else f"the {loop} that starts on line {loop_line}"
    return _structure(
        "no-await-in-loop",
        f"The `await` on line {await_line} is inside {inside}, so it waits for each call to finish "
        "before the next one starts. Create all the coroutines first, then await them together with asyncio.gather.",
        await_line,
    )


def _with_statement(kind: str) -> str:
    return "async with" if kind == "async-with" else "with"


def structure_context_missing(kind: str, name: str, function: str | None, line: int | None) -> Finding:
    statement = _with_statement(kind)
    where = function if function else "Your code"
    return _structure(
        kind,
        f"{where} never opens `{name}` with `{statement}`, which this exercise asks you to do. "
        f"Write `{statement} {name}(...) as ...:` and use it inside that block.",
        line,
    )


def structure_context_unmanaged(kind: str, name: str, line: int, used_with: str | None) -> Finding:
    statement = _with_statement(kind)
    if used_with:
        problem = f"`{name}(...)` on line {line} is opened with `{_with_statement(used_with)}`, but it needs `{statement}`."
    else:
        problem = (
            f"`{name}(...)` on line {line} is not opened with `{statement}`, "
            "so it is not closed reliably when the work is done or something goes wrong."
        )
    return _structure(kind, f"{problem} Write `{statement} {name}(...) as ...:` and use it inside that block.", line)


def structure_unannotated(function: str, line: int, missing: list[str], others: int) -> Finding:
    parameters = [name for name in missing if name != "return"]
    parts = []
    if parameters:
        noun = "parameter" if len(parameters) == 1 else "parameters"
        parts.append(f"the {noun} {_and(parameters)}")
    if "return" in missing:
        parts.append("the return type")
    example = f"after each parameter's name (like `{parameters[0]}: str`)" if parameters else ""
    example += " and " if parameters and "return" in missing else ""
    example += "after the parentheses (like `-> int`, or `-> None` when it returns nothing)" if "return" in missing else ""
    more = f" {others} more {'function needs' if others == 1 else 'functions need'} annotations too." if others else ""
    return _structure(
        "fully-annotated",
        f"{function} on line {line} has no type annotation for {' and '.join(parts)}. Add a type {example}.{more}",
        line,
    )


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _structure(rule: str, message: str, line: int | None) -> Finding:
    # Structural rules are what the exercise requires, so each one blocks the pass.
    return Finding(rule, "essential", message, line, source="structure")
