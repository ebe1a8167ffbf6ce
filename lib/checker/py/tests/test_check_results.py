"""Check's per-test results for the pytest features hidden tests use."""

from __future__ import annotations

import textwrap

from conftest import Harness

CODE = textwrap.dedent(
    """
    import asyncio

    def add(a, b):
        return a + b

    def parse_age(text):
        age = int(text)
        if age < 0:
            raise ValueError(f"age cannot be negative: {age}")
        return age

    async def fetch(x):
        await asyncio.sleep(0)
        return x * 2
    """
)


def check(harness: Harness, tests: str) -> dict:
    return harness.check(CODE, "import pytest\nfrom exercise import *\n" + textwrap.dedent(tests))


def test_passing_and_failing_asserts(harness: Harness) -> None:
    report = check(harness, """
        def test_add():
            assert add(1, 2) == 3

        def test_add_wrong():
            assert add(1, 2) == 4
    """)
    assert harness.outcomes(report) == {"test_add": "passed", "test_add_wrong": "failed"}
    failed = harness.test(report, "test_add_wrong")
    assert failed["message"].splitlines()[:2] == ["assert 3 == 4", "  left:  3 from add(1, 2)"]
    assert report["findings"] == []
    assert all(test["durationMs"] >= 0 for test in report["tests"])


def test_parametrize_names_and_values(harness: Harness) -> None:
    report = check(harness, """
        @pytest.mark.parametrize("a,b,total", [(1, 2, 3), (2, 2, 5)])
        def test_sum(a, b, total):
            assert add(a, b) == total

        @pytest.mark.parametrize("x", [0, 1])
        @pytest.mark.parametrize("y", [2, 3])
        def test_grid(x, y):
            assert add(x, y) >= 2

        @pytest.mark.parametrize("text", ["1", "2"], ids=["one", "two"])
        def test_ids(text):
            assert parse_age(text) > 0

        @pytest.mark.parametrize("pair", [pytest.param((1, 1), id="ones"), [1, 2]])
        def test_param(pair):
            assert add(*pair) >= 2
    """)
    assert harness.outcomes(report) == {
        "test_sum[1-2-3]": "passed",
        "test_sum[2-2-5]": "failed",
        "test_grid[2-0]": "passed",
        "test_grid[2-1]": "passed",
        "test_grid[3-0]": "passed",
        "test_grid[3-1]": "passed",
        "test_ids[one]": "passed",
        "test_ids[two]": "passed",
        "test_param[ones]": "passed",
        "test_param[pair1]": "passed",
    }
    # pytest's order: the outermost decorator's values vary fastest.
    grid = [test["name"] for test in report["tests"] if test["name"].startswith("test_grid")]
    assert grid == ["test_grid[2-0]", "test_grid[2-1]", "test_grid[3-0]", "test_grid[3-1]"]


def test_fixtures_yield_teardown_and_dependencies(harness: Harness) -> None:
    report = check(harness, """
        events = []

        @pytest.fixture
        def base():
            events.append("base up")
            yield 10
            events.append("base down")

        @pytest.fixture()
        def doubled(base):
            return base * 2

        def test_uses_both(base, doubled):
            assert (base, doubled) == (10, 20)

        def test_teardown_ran_and_fixture_is_fresh(base):
            assert events == ["base up", "base down", "base up"]

        def test_missing(nonexistent):
            pass
    """)
    assert harness.outcomes(report) == {
        "test_uses_both": "passed",
        "test_teardown_ran_and_fixture_is_fresh": "passed",
        "test_missing": "error",
    }
    assert "fixture 'nonexistent' not found" in harness.test(report, "test_missing")["message"]


def test_raises_checks_type_and_match(harness: Harness) -> None:
    report = check(harness, """
        def test_value_error():
            with pytest.raises(ValueError, match="negative") as excinfo:
                parse_age("-3")
            assert "-3" in str(excinfo.value)

        def test_did_not_raise():
            with pytest.raises(ValueError):
                parse_age("3")

        def test_wrong_match():
            with pytest.raises(ValueError, match="positive"):
                parse_age("-3")

        def test_other_exception_propagates():
            with pytest.raises(KeyError):
                parse_age("x")
    """)
    assert harness.outcomes(report) == {
        "test_value_error": "passed",
        "test_did_not_raise": "failed",
        "test_wrong_match": "failed",
        "test_other_exception_propagates": "error",
    }
    assert "DID NOT RAISE ValueError" in harness.test(report, "test_did_not_raise")["message"]
    assert "Regex pattern did not match" in harness.test(report, "test_wrong_match")["message"]
    other = harness.test(report, "test_other_exception_propagates")
    assert other["message"].startswith("ValueError: invalid literal for int()")
    assert other["line"] == 8  # `age = int(text)` in CODE


def test_async_tests_are_awaited(harness: Harness) -> None:
    report = check(harness, """
        @pytest.mark.asyncio
        async def test_fetch():
            assert await fetch(2) == 4

        @pytest.mark.anyio
        async def test_fetch_wrong():
            assert await fetch(2) == 5
    """)
    assert harness.outcomes(report) == {"test_fetch": "passed", "test_fetch_wrong": "failed"}
    assert harness.test(report, "test_fetch_wrong")["message"].startswith("assert 4 == 5")


def test_unittest_and_plain_classes(harness: Harness) -> None:
    report = check(harness, """
        import unittest

        class AddTests(unittest.TestCase):
            def setUp(self):
                self.base = 1

            def test_add(self):
                self.assertEqual(add(self.base, 1), 2)

            def test_add_wrong(self):
                self.assertEqual(add(self.base, 1), 3)

        class TestParse:
            def setup_method(self, method):
                self.text = "5"

            def test_parse(self):
                assert parse_age(self.text) == 5

            def test_parse_error(self):
                parse_age("-1")
    """)
    assert harness.outcomes(report) == {
        "AddTests::test_add": "passed",
        "AddTests::test_add_wrong": "failed",
        "TestParse::test_parse": "passed",
        "TestParse::test_parse_error": "error",
    }
    assert "2 != 3" in harness.test(report, "AddTests::test_add_wrong")["message"]


def test_skip_fail_and_approx(harness: Harness) -> None:
    report = check(harness, """
        @pytest.mark.skip(reason="not today")
        def test_skipped():
            raise RuntimeError

        @pytest.mark.skipif(True, reason="condition")
        def test_skipped_if():
            raise RuntimeError

        import sys

        @pytest.mark.skipif("sys.version_info > (3,)", reason="string condition")
        def test_skipped_if_string():
            raise RuntimeError

        @pytest.mark.skipif("no_such_name", reason="broken condition")
        def test_broken_condition():
            pass

        def test_skip_inside():
            pytest.skip("later")

        def test_fail():
            pytest.fail("explicit failure")

        def test_approx():
            assert add(0.1, 0.2) == pytest.approx(0.3)
            assert [add(0.1, 0.2)] == pytest.approx([0.3])

        def test_approx_wrong():
            assert add(0.1, 0.2) == pytest.approx(0.31)
    """)
    assert harness.outcomes(report) == {
        "test_skipped": "skipped",
        "test_skipped_if": "skipped",
        "test_skipped_if_string": "skipped",
        "test_broken_condition": "error",
        "test_skip_inside": "skipped",
        "test_fail": "failed",
        "test_approx": "passed",
        "test_approx_wrong": "failed",
    }
    assert harness.test(report, "test_skipped")["message"] == "not today"
    assert "0.31 ± 3.1e-07" in harness.test(report, "test_approx_wrong")["message"]


def test_monkeypatch_is_undone_and_capsys_reads_output(harness: Harness) -> None:
    report = check(harness, """
        import os

        def test_patch(monkeypatch):
            monkeypatch.setenv("LAB_SECRET", "s3cret")
            monkeypatch.setattr(os, "getcwd", lambda: "/patched")
            monkeypatch.setitem(os.environ, "LAB_OTHER", "x")
            assert os.getcwd() == "/patched"
            assert os.environ["LAB_SECRET"] == "s3cret"

        def test_patch_was_undone():
            assert os.getcwd() != "/patched"
            assert "LAB_SECRET" not in os.environ and "LAB_OTHER" not in os.environ

        def test_tmp_path(tmp_path):
            (tmp_path / "notes.txt").write_text("saved")
            assert (tmp_path / "notes.txt").read_text() == "saved"

        def test_capsys(capsys):
            print("hello")
            assert capsys.readouterr().out == "hello\\n"
            assert capsys.readouterr().out == ""
    """)
    assert set(harness.outcomes(report).values()) == {"passed"}


def test_output_is_captured_per_test(harness: Harness) -> None:
    report = check(harness, """
        import sys

        def test_one():
            print("one")
            print("to stderr", file=sys.stderr)

        def test_two():
            print("two")
    """)
    assert harness.test(report, "test_one")["output"] == "one\nto stderr\n"
    assert harness.test(report, "test_two")["output"] == "two\n"


def test_async_fixtures_via_pytest_asyncio(harness: Harness) -> None:
    report = check(harness, """
        import pytest_asyncio

        closed = []

        @pytest_asyncio.fixture
        async def doubled():
            value = await fetch(21)
            yield value
            closed.append(value)

        @pytest.mark.asyncio
        async def test_doubled(doubled):
            assert doubled == 42

        def test_teardown_was_awaited():
            assert closed == [42]
    """)
    assert harness.outcomes(report) == {"test_doubled": "passed", "test_teardown_was_awaited": "passed"}
