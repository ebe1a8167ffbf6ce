"""How a test ends other than by returning or raising its own exception:
`pytest.fail` and `pytest.skip`. Like pytest's, they derive from BaseException
so a learner's `except Exception` cannot swallow them."""

from __future__ import annotations

from typing import NoReturn


class OutcomeException(BaseException):
    def __init__(self, msg: str = "") -> None:
        super().__init__(msg)
        self.msg = msg


class Failed(OutcomeException):
    pass


class Skipped(OutcomeException):
    pass


def fail(reason: str = "", pytrace: bool = True) -> NoReturn:
    raise Failed(reason)


def skip(reason: str = "", *, allow_module_level: bool = False) -> NoReturn:
    raise Skipped(reason)


# pytest.fail.Exception and pytest.skip.Exception are part of pytest's API.
fail.Exception = Failed  # type: ignore[attr-defined]
skip.Exception = Skipped  # type: ignore[attr-defined]
