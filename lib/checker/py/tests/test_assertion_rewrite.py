from __future__ import annotations

import pytest

from labharness.assertion_rewrite import compile_with_rewrite, rewrite_globals


def failure(body: str, setup: str = "") -> str:
    """The message of the AssertionError raised by a rewritten `body`."""
    source = f"{setup}\ndef check():\n" + "".join(f"    {line}\n" for line in body.splitlines())
    namespace = rewrite_globals()
    exec(compile_with_rewrite(source, "test_sample.py"), namespace)
    with pytest.raises(AssertionError) as info:
        namespace["check"]()
    return str(info.value)


def test_equality_shows_both_sides_and_the_first_difference() -> None:
    message = failure("result = [1, 2]\nexpected = [1, 3]\nassert result == expected")
    assert message.splitlines() == [
        "assert [1, 2] == [1, 3]",
        "  left:  [1, 2] from result",
        "  right: [1, 3] from expected",
        "  first difference at index 1: 2 != 3",
    ]


def test_call_results_are_named_by_their_source() -> None:
    message = failure("assert double(2) == 5", setup="def double(x):\n    return x * 2")
    assert "assert 4 == 5" in message
    assert "left:  4 from double(2)" in message
    assert "right: 5" in message and "from 5" not in message


def test_own_message_comes_first() -> None:
    assert failure("assert 1 == 2, 'numbers differ'").splitlines()[:2] == ["numbers differ", "assert 1 == 2"]


def test_chained_comparison_stops_where_python_stops() -> None:
    calls = "calls = []\ndef seen(x):\n    calls.append(x)\n    return x"
    message = failure("assert seen(3) < seen(2) < seen(5)", setup=calls)
    assert message.startswith("assert 3 < 2 < (not evaluated)")


def test_short_circuit_is_kept() -> None:
    setup = "def boom():\n    raise RuntimeError('must not run')"
    message = failure("assert False and boom()", setup=setup)
    assert message.startswith("assert False and (not evaluated)")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("assert 3 in [1, 2]", "assert 3 in [1, 2]"),
        ("assert 3 not in [3]", "assert 3 not in [3]"),
        ("x = None\nassert x is not None", "assert None is not None"),
        ("items = [1]\nassert not items", "assert not [1]"),
        ("flag = 0\nassert flag", "assert 0"),
        ("assert {1, 2} == {2, 3}", "assert {1, 2} == {2, 3}"),
    ],
)
def test_first_line_substitutes_values(body: str, expected: str) -> None:
    assert failure(body).splitlines()[0] == expected


def test_attribute_and_name_origins_are_shown() -> None:
    setup = "class Job:\n    done = False"
    assert "False from Job.done" in failure("assert Job.done", setup=setup)


def test_dict_difference_names_keys() -> None:
    message = failure("assert {'a': 1} == {'a': 2, 'b': 3}")
    assert "at key 'a': 1 != 2" in message
    assert "left is missing keys ['b']" in message


def test_passing_asserts_do_not_raise_and_evaluate_once() -> None:
    source = "count = []\ndef check():\n    assert count.append(1) is None\n    assert len(count) == 1\n"
    namespace = rewrite_globals()
    exec(compile_with_rewrite(source, "test_sample.py"), namespace)
    namespace["check"]()
    assert namespace["count"] == [1]


def test_broken_repr_does_not_hide_the_failure() -> None:
    setup = "class Odd:\n    def __repr__(self):\n        raise ValueError\n    def __eq__(self, other):\n        return False"
    assert "whose repr() raised ValueError" in failure("assert Odd() == 1", setup=setup)
