"""What Check reports when the learner's code (or, rarely, the exercise) goes wrong."""

from __future__ import annotations

import textwrap

from conftest import Harness

TESTS = textwrap.dedent(
    """
    import pytest
    from exercise import add

    def test_add():
        assert add(1, 2) == 3

    @pytest.mark.parametrize("n", [1, 2])
    def test_add_zero(n):
        assert add(n, 0) == n
    """
)
GOOD = "def add(a, b):\n    return a + b\n"


def test_a_learner_cannot_fake_a_pass_by_printing(harness: Harness) -> None:
    code = "print('test_add PASSED')\nprint('2 passed')\ndef add(a, b):\n    return a - b\n"
    report = harness.check(code, TESTS)
    assert harness.outcomes(report)["test_add"] == "failed"


def test_syntax_error_is_a_finding_and_nothing_runs(harness: Harness) -> None:
    report = harness.check("def add(a, b)\n    return a + b\n", TESTS)
    assert harness.codes(report) == ["syntax-error"]
    finding = report["findings"][0]
    assert finding["severity"] == "essential" and finding["line"] == 1
    assert harness.outcomes(report) == {"test_add": "not-run", "test_add_zero": "not-run"}


def test_exception_while_loading(harness: Harness) -> None:
    report = harness.check("x = 1\ny = 2\nz = x / 0\n" + GOOD, TESTS)
    assert report["findings"] == [
        {
            "source": "harness",
            "code": "load-error",
            "severity": "essential",
            "message": "Your code raised ZeroDivisionError on line 3 while it was being loaded, so the tests could not run.",
            "line": 3,
        }
    ]
    assert set(harness.outcomes(report).values()) == {"not-run"}


def test_sys_exit_while_loading(harness: Harness) -> None:
    report = harness.check("import sys\n" + GOOD + "sys.exit(0)\n", TESTS)
    assert harness.codes(report) == ["exit-on-import"]
    assert report["findings"][0]["line"] == 4
    assert "sys.exit()" in report["findings"][0]["message"]


def test_sys_exit_inside_a_test_only_fails_that_test(harness: Harness) -> None:
    code = "import sys\ndef add(a, b):\n    if a == 1:\n        sys.exit(3)\n    return a + b\n"
    report = harness.check(code, TESTS)
    assert harness.outcomes(report) == {"test_add": "error", "test_add_zero[1]": "error", "test_add_zero[2]": "passed"}
    failed = harness.test(report, "test_add")
    assert "sys.exit(3)" in failed["message"] and failed["line"] == 4


def test_learner_test_functions_are_ignored_with_a_note(harness: Harness) -> None:
    code = GOOD + "\ndef test_add():\n    assert False\n"
    tests = "from exercise import *\n\ndef test_real():\n    assert add(2, 2) == 4\n"
    report = harness.check(code, tests)
    assert harness.outcomes(report) == {"test_real": "passed"}
    assert report["findings"] == [
        {
            "source": "harness",
            "code": "learner-tests-ignored",
            "severity": "informative",
            "message": "Check runs the exercise's own tests; your function test_add is not one of them.",
            "line": 4,
        }
    ]


def test_input_fails_fast_during_check(harness: Harness) -> None:
    code = "def add(a, b):\n    extra = input('more? ')\n    return a + b\n"
    report = harness.check(code, TESTS)
    failed = harness.test(report, "test_add")
    assert failed["outcome"] == "error" and failed["line"] == 2
    assert "EOFError: input() cannot be answered during Check" in failed["message"]
    assert failed["output"] == "more? "


def test_missing_function_is_named(harness: Harness) -> None:
    report = harness.check("def plus(a, b):\n    return a + b\n", TESTS)
    assert harness.codes(report) == ["missing-name"]
    assert "add" in report["findings"][0]["message"]


def test_interrupt_stops_the_check(harness: Harness) -> None:
    # The host interrupts a runaway check by raising KeyboardInterrupt in it.
    code = "def add(a, b):\n    if b == 0:\n        raise KeyboardInterrupt\n    return a + b\n"
    report = harness.check(code, TESTS)
    assert harness.outcomes(report) == {"test_add": "passed", "test_add_zero[1]": "error", "test_add_zero[2]": "not-run"}
    assert harness.test(report, "test_add_zero[1]")["message"].startswith("Stopped: this test ran too long")
    assert harness.codes(report) == ["interrupted"]


def test_broken_or_empty_test_files_are_authoring_errors(harness: Harness) -> None:
    broken = harness.check(GOOD, "import pytest\nfrom exercise import add\nraise RuntimeError('oops')\n")
    assert harness.codes(broken) == ["tests-broken"]
    assert "RuntimeError: oops, line 3 of test_exercise.py" in broken["findings"][0]["message"]
    empty = harness.check(GOOD, "from exercise import add\n")
    assert harness.codes(empty) == ["no-tests"]


def test_other_base_exceptions_do_not_escape(harness: Harness) -> None:
    code = "class Odd(BaseException):\n    pass\ndef add(a, b):\n    raise Odd('strange')\n"
    report = harness.check(code, TESTS)
    assert harness.test(report, "test_add")["message"].startswith("Odd: strange")


def test_interrupt_landing_in_harness_code_still_gives_a_report(harness: Harness, monkeypatch) -> None:
    # The host's interrupt is asynchronous: it can arrive between learner steps.
    from labharness import check as check_module

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(check_module, "check", interrupted)
    report = harness.check(GOOD, TESTS)
    assert report["tests"] == [] and harness.codes(report) == ["interrupted"]
