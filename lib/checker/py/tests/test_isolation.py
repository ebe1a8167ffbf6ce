"""Check leaves no trace: modules, builtins and the real pytest are as before."""

from __future__ import annotations

import builtins
import sys

import pytest

from conftest import Harness


def test_check_restores_real_pytest_and_drops_learner_modules(harness: Harness) -> None:
    real_pytest = sys.modules["pytest"]
    real_input = builtins.input
    report = harness.check(
        "import builtins\nimport colorsys\nbuiltins.input = None\nbuiltins.leftover = 1\ndef f():\n    return 1\n",
        "import pytest\nfrom exercise import f\n\ndef test_f():\n    assert f() == 1\n",
    )
    assert harness.outcomes(report) == {"test_f": "passed"}
    assert sys.modules["pytest"] is real_pytest is pytest
    assert not {"exercise", "test_exercise", "colorsys"} & set(sys.modules)
    assert builtins.input is real_input
    assert not hasattr(builtins, "leftover")


def test_learner_module_is_reloaded_each_check(harness: Harness) -> None:
    tests = "from exercise import COUNTER\n\ndef test_fresh():\n    assert COUNTER == [1]\n"
    code = "COUNTER = []\nCOUNTER.append(1)\n"
    first = harness.check(code, tests)
    second = harness.check(code, tests)
    assert harness.outcomes(first) == harness.outcomes(second) == {"test_fresh": "passed"}
