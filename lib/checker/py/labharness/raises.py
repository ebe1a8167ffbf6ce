"""`pytest.raises`, as a context manager or called with a function."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

from .outcomes import Failed

E = TypeVar("E", bound=BaseException)


class ExceptionInfo(Generic[E]):
    def __init__(self) -> None:
        self._value: E | None = None

    @property
    def value(self) -> E:
        if self._value is None:
            raise AttributeError("the exception is only known after the `with pytest.raises(...)` block ends")
        return self._value

    @property
    def type(self) -> type[E]:
        return type(self.value)

    @property
    def tb(self) -> TracebackType | None:
        return self.value.__traceback__

    def match(self, pattern: str | re.Pattern[str]) -> bool:
        text = str(self.value)
        if not re.search(pattern, text):
            raise AssertionError(f"Regex pattern did not match.\n  Regex: {pattern!r}\n  Input: {text!r}")
        return True

    def __repr__(self) -> str:
        return f"<ExceptionInfo {self._value!r}>"


class RaisesContext(Generic[E]):
    def __init__(self, expected: type[E] | tuple[type[E], ...], match: str | re.Pattern[str] | None) -> None:
        self.expected = expected
        self.match = match
        self.info: ExceptionInfo[E] = ExceptionInfo()

    def __enter__(self) -> ExceptionInfo[E]:
        return self.info

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        if exc is None:
            raise Failed(f"DID NOT RAISE {_names(self.expected)}: the code finished without raising it")
        if not isinstance(exc, self.expected):
            return False  # an unexpected exception propagates unchanged, as in pytest
        self.info._value = exc
        if self.match is not None:
            self.info.match(self.match)
        return True


def raises(
    expected: type[E] | tuple[type[E], ...],
    func: Callable[..., Any] | None = None,
    *args: Any,
    match: str | re.Pattern[str] | None = None,
    **kwargs: Any,
) -> Any:
    context = RaisesContext(expected, match)
    if func is None:
        return context
    with context as info:
        func(*args, **kwargs)
    return info


def _names(expected: type | tuple[type, ...]) -> str:
    if isinstance(expected, tuple):
        return " or ".join(_names(one) for one in expected)
    return expected.__name__
