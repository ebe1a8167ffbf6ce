"""`pytest.mark` and `pytest.param`: marks are recorded on the function (or
class) in `pytestmark`, just where pytest keeps them, and read back by collect."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mark:
    name: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MarkDecorator:
    mark: Mark

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        # `@pytest.mark.asyncio` applies directly; `@pytest.mark.skip(reason=…)`
        # first builds a new decorator carrying its arguments.
        if len(args) == 1 and not kwargs and callable(args[0]):
            return apply_mark(args[0], self.mark)
        return MarkDecorator(Mark(self.mark.name, self.mark.args + args, {**self.mark.kwargs, **kwargs}))


class MarkGenerator:
    """Any attribute is a mark, as in pytest: unknown marks are harmless labels."""

    def __getattr__(self, name: str) -> MarkDecorator:
        if name.startswith("_"):
            raise AttributeError(name)
        return MarkDecorator(Mark(name))


def apply_mark(target: Any, mark: Mark) -> Any:
    # Copy rather than append: a class's marks must not leak into its base class.
    target.pytestmark = [*get_marks(target, inherited=True), mark]
    return target


def get_marks(target: Any, inherited: bool = False) -> list[Mark]:
    marks = getattr(target, "pytestmark", []) if inherited else vars(target).get("pytestmark", [])
    if isinstance(marks, MarkDecorator):
        marks = [marks.mark]
    return [m.mark if isinstance(m, MarkDecorator) else m for m in marks]


@dataclass(frozen=True)
class ParameterSet:
    values: tuple[Any, ...]
    marks: tuple[Mark, ...] = ()
    id: str | None = None


def param(*values: Any, marks: MarkDecorator | Sequence[MarkDecorator] = (), id: str | None = None) -> ParameterSet:
    if isinstance(marks, MarkDecorator):
        marks = [marks]
    return ParameterSet(values, tuple(m.mark for m in marks), id)

