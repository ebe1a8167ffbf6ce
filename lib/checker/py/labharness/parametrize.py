"""Expanding `pytest.mark.parametrize` into cases with pytest's ids.

Stacked decorators multiply: the decorator nearest the function is applied
first, its id comes first, and the outermost decorator's values vary fastest,
exactly as in pytest (`test_f[2-0]`, `test_f[2-1]`, ...).
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .marks import Mark, ParameterSet


@dataclass(frozen=True)
class Case:
    # None: not parametrized. "" is a real id (an empty string value), which
    # pytest still shows in brackets: `test_x[]`.
    id: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    marks: tuple[Mark, ...] = ()


def expand(parametrize_marks: list[Mark]) -> list[Case]:
    cases = [Case()]
    for mark in parametrize_marks:
        new_cases = _cases(mark)
        cases = [
            Case(
                id=new.id if case.id is None else f"{case.id}-{new.id}",
                params={**case.params, **new.params},
                marks=case.marks + new.marks,
            )
            for case in cases
            for new in new_cases
        ]
    return _unique(cases)


def _cases(mark: Mark) -> list[Case]:
    arguments = dict(zip(("argnames", "argvalues"), mark.args)) | mark.kwargs
    names = arguments["argnames"]
    if isinstance(names, str):
        names = [name.strip() for name in names.split(",") if name.strip()]
    ids = arguments.get("ids")
    cases = []
    for index, raw in enumerate(arguments["argvalues"]):
        parameter_set = raw if isinstance(raw, ParameterSet) else ParameterSet((raw,) if len(names) == 1 else tuple(raw))
        if len(parameter_set.values) != len(names):
            raise ValueError(
                f"parametrize {', '.join(names)}: value set {index} has {len(parameter_set.values)} values "
                f"for {len(names)} names"
            )
        explicit = ids[index] if isinstance(ids, (list, tuple)) and index < len(ids) else None
        case_id = parameter_set.id or explicit or "-".join(
            _value_id(value, name, index, ids) for name, value in zip(names, parameter_set.values)
        )
        cases.append(Case(str(case_id), dict(zip(names, parameter_set.values)), parameter_set.marks))
    return cases


def _value_id(value: Any, name: str, index: int, ids: Any) -> str:
    if callable(ids):
        made = ids(value)
        if made is not None:
            return str(made)
    if isinstance(value, str):
        return value.encode("unicode_escape").decode("ascii")
    if value is None or isinstance(value, (bool, int, float, complex, enum.Enum)):
        return str(value)
    if isinstance(value, type) or callable(value) and hasattr(value, "__name__"):
        return value.__name__
    return f"{name}{index}"


def _unique(cases: list[Case]) -> list[Case]:
    # pytest numbers repeated ids (`a0`, `a1`) so every test name is distinct.
    counts = Counter(case.id for case in cases)
    seen: Counter[str | None] = Counter()
    unique = []
    for case in cases:
        if counts[case.id] > 1 and case.id is not None:
            unique.append(Case(f"{case.id}{seen[case.id]}", case.params, case.marks))
            seen[case.id] += 1
        else:
            unique.append(case)
    return unique
