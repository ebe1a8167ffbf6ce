"""The fixture exercise's hidden tests pass unchanged under real pytest (with
pytest-asyncio) and in the harness, and a wrong solution fails in both."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Harness

FIXTURES = Path(__file__).parent / "fixtures"
SOLUTION = (FIXTURES / "gather_demo.py").read_text()
TESTS = (FIXTURES / "test_gather_demo.py").read_text()
EXPECTED = {
    "test_results_keep_order": "passed",
    "test_failures_are_returned_not_raised": "passed",
    "test_count_words[one two-2]": "passed",
    "test_count_words[-0]": "passed",
    "test_count_words[  spaced   out -2]": "passed",
    "test_count_words_rejects_non_text": "passed",
}


def real_pytest(tmp_path: Path, solution: str, *options: str) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("pytest_asyncio", reason="the real-pytest comparison needs pytest-asyncio")
    (tmp_path / "gather_demo.py").write_text(solution)
    (tmp_path / "test_gather_demo.py").write_text(TESTS)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error::pytest.PytestUnknownMarkWarning", *options]
    return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120)


def test_solution_passes_in_the_harness(harness: Harness) -> None:
    report = harness.check(SOLUTION, TESTS, module="gather_demo", tests_filename="test_gather_demo.py")
    assert harness.outcomes(report) == EXPECTED
    assert report["findings"] == []


def test_solution_passes_under_real_pytest(tmp_path: Path) -> None:
    completed = real_pytest(tmp_path, SOLUTION)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "6 passed" in completed.stdout


def test_both_runners_name_the_tests_alike(tmp_path: Path) -> None:
    collected = real_pytest(tmp_path, SOLUTION, "--collect-only").stdout.splitlines()
    names = [line.removeprefix("test_gather_demo.py::") for line in collected if "::" in line]
    assert names == list(EXPECTED)


def test_wrong_solution_fails_in_both(harness: Harness, tmp_path: Path) -> None:
    wrong = SOLUTION.replace("return_exceptions=True", "return_exceptions=False")
    report = harness.check(wrong, TESTS, module="gather_demo", tests_filename="test_gather_demo.py")
    failing = {name for name, outcome in harness.outcomes(report).items() if outcome != "passed"}
    assert failing == {"test_results_keep_order", "test_failures_are_returned_not_raised"}
    completed = real_pytest(tmp_path, wrong)
    assert "2 failed, 4 passed" in completed.stdout
