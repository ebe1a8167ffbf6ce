"""Every exercise's hidden tests give the same verdict per test under real
pytest (with pytest-asyncio) as in the harness, for the solution, the starter
and every known-wrong variant: the harness is a faithful pytest."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import Harness

CONTENT = Path(__file__).resolve().parents[4] / "content"
EXERCISES = sorted(path.parent for path in CONTENT.glob("*/*/exercises/*/exercise.json"))
CASES = [
    pytest.param(exercise, variant, id=f"{exercise.name}/{variant.relative_to(exercise)}")
    for exercise in EXERCISES
    for variant in [exercise / "solution.py", exercise / "starter.py", *sorted((exercise / "wrong").glob("*.py"))]
]


def real_pytest_outcomes(tmp_path: Path, module: str, code: str, tests: str) -> dict[str, str]:
    (tmp_path / f"{module}.py").write_text(code)
    (tmp_path / f"test_{module}.py").write_text(tests)
    report = tmp_path / "report.xml"
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}", f"test_{module}.py"]
    subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    outcomes = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        failed = case.find("failure") is not None or case.find("error") is not None
        skipped = case.find("skipped") is not None
        outcomes[case.attrib["name"]] = "failed" if failed else "skipped" if skipped else "passed"
    return outcomes


def test_the_course_has_exercises() -> None:
    assert EXERCISES


@pytest.mark.parametrize(("exercise", "variant"), CASES)
def test_real_pytest_agrees_with_the_harness(exercise: Path, variant: Path, tmp_path: Path, harness: Harness) -> None:
    pytest.importorskip("pytest_asyncio", reason="async hidden tests need pytest-asyncio under real pytest")
    module = json.loads((exercise / "exercise.json").read_text())["module"]
    code = variant.read_text()
    tests = (exercise / "tests.py").read_text()
    real = real_pytest_outcomes(tmp_path, module, code, tests)
    report = harness.check(code, tests, module=module, tests_filename=f"test_{module}.py")
    # A test that errors in the harness is a failure to pytest's junit report too.
    ours = {test["name"]: "failed" if test["outcome"] == "error" else test["outcome"] for test in report["tests"]}
    assert ours == real
