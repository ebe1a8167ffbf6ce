"""`pytest.approx` for numbers, sequences of numbers and dicts of numbers."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any


class Approx:
    def __init__(self, expected: Any, rel: float | None = None, abs: float | None = None) -> None:
        self.expected = expected
        self.rel = rel
        self.abs = abs

    def __eq__(self, actual: object) -> bool:
        expected = self.expected
        if isinstance(expected, Mapping):
            return (
                isinstance(actual, Mapping)
                and set(actual) == set(expected)
                and all(self._close(actual[key], expected[key]) for key in expected)
            )
        if isinstance(expected, (list, tuple)):
            return (
                isinstance(actual, (list, tuple))
                and len(actual) == len(expected)
                and all(self._close(a, e) for a, e in zip(actual, expected))
            )
        return self._close(actual, expected)

    __hash__ = None  # type: ignore[assignment]  # mutable comparison helper, like pytest's

    def _close(self, actual: object, expected: object) -> bool:
        if not isinstance(actual, (int, float)) or not isinstance(expected, (int, float)):
            return actual == expected
        if math.isinf(expected) or math.isinf(actual):
            return actual == expected
        return math.fabs(actual - expected) <= self._tolerance(expected)

    def _tolerance(self, expected: float) -> float:
        # pytest's rule: only an absolute tolerance given means no relative one.
        absolute = 1e-12 if self.abs is None else self.abs
        if self.rel is None and self.abs is not None:
            return absolute
        relative = (1e-6 if self.rel is None else self.rel) * math.fabs(expected)
        return max(relative, absolute)

    def _show(self, expected: object) -> str:
        if isinstance(expected, (int, float)) and not isinstance(expected, bool):
            return f"{expected} ± {self._tolerance(expected):.1e}"
        return repr(expected)

    def __repr__(self) -> str:
        expected = self.expected
        if isinstance(expected, Mapping):
            inner = ", ".join(f"{key!r}: {self._show(value)}" for key, value in expected.items())
            return f"approx({{{inner}}})"
        if isinstance(expected, (list, tuple)):
            inner = ", ".join(self._show(value) for value in expected)
            return f"approx([{inner}])" if isinstance(expected, list) else f"approx(({inner}))"
        return self._show(expected)


def approx(expected: Any, rel: float | None = None, abs: float | None = None) -> Approx:
    return Approx(expected, rel, abs)
