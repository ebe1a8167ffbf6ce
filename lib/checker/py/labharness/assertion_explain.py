"""Turns a failed, rewritten assertion into a message a learner can read:

    assert [1, 2] == [1, 3]
      left:  [1, 2] from total(items)
      right: [1, 3] from expected
      first difference at index 1: 2 != 3
"""

from __future__ import annotations

import ast
import reprlib

UNSET = object()
_MAX_REPR = 240


def explain(spec: tuple, values: tuple, message: object = None) -> str:
    summary = "assert " + _render(spec, values)
    details = _details(spec, values)
    lines = [str(message)] if message is not None else []
    lines.append(summary)
    lines.extend("  " + detail for detail in details)
    return "\n".join(lines)


def show(value: object) -> str:
    if value is UNSET:
        return "(not evaluated)"
    try:
        text = repr(value)
    except Exception as error:  # a broken __repr__ must not hide the failure
        return f"<{type(value).__name__} whose repr() raised {type(error).__name__}>"
    return text if len(text) <= _MAX_REPR else reprlib.Repr(maxstring=_MAX_REPR).repr(value)


def _render(spec: tuple, values: tuple) -> str:
    kind = spec[0]
    if kind == "compare":
        _, ops, operands = spec
        parts = [show(values[operands[0][1]])]
        for op, (_, index) in zip(ops, operands[1:]):
            parts.append(f"{op} {show(values[index])}")
        return " ".join(parts)
    if kind == "bool":
        return f" {spec[1]} ".join(_render(part, values) for part in spec[2])
    if kind == "not":
        return "not " + _render(spec[1], values)
    return show(values[spec[2]])


def _details(spec: tuple, values: tuple) -> list[str]:
    kind = spec[0]
    if kind == "compare":
        return _compare_details(spec, values)
    if kind == "bool":
        return [line for part in spec[2] for line in _details(part, values)]
    if kind == "not":
        return _details(spec[1], values)
    _, text, index = spec
    value = values[index]
    if value is UNSET or _is_literal(text):
        return []
    return [f"{show(value)} from {text}"]


def _compare_details(spec: tuple, values: tuple) -> list[str]:
    _, ops, operands = spec
    if len(operands) == 2:
        labelled = [("left: ", operands[0]), ("right:", operands[1])]
    else:
        labelled = [(f"value {number}:", operand) for number, operand in enumerate(operands, 1)]
    lines = []
    for label, (text, index) in labelled:
        value = values[index]
        origin = "" if value is UNSET or _is_literal(text) else f" from {text}"
        lines.append(f"{label} {show(value)}{origin}")
    if len(operands) == 2 and ops[0] == "==":
        hint = difference(values[operands[0][1]], values[operands[1][1]])
        if hint:
            lines.append(hint)
    return lines


def difference(left: object, right: object) -> str | None:
    """One line pointing at where two unequal containers differ, if it helps."""
    if isinstance(left, dict) and isinstance(right, dict):
        missing = [key for key in right if key not in left]
        extra = [key for key in left if key not in right]
        changed = [key for key in left if key in right and left[key] != right[key]]
        parts = []
        if changed:
            key = changed[0]
            parts.append(f"at key {show(key)}: {show(left[key])} != {show(right[key])}")
        if missing:
            parts.append(f"left is missing keys {show(missing)}")
        if extra:
            parts.append(f"left has extra keys {show(extra)}")
        return "; ".join(parts) or None
    if isinstance(left, (set, frozenset)) and isinstance(right, (set, frozenset)):
        parts = []
        if right - left:
            parts.append(f"left is missing {show(sorted(right - left, key=repr))}")
        if left - right:
            parts.append(f"left has extra {show(sorted(left - right, key=repr))}")
        return "; ".join(parts) or None
    if type(left) is type(right) and isinstance(left, (list, tuple, str)):
        for position, (a, b) in enumerate(zip(left, right)):
            if a != b:
                return f"first difference at index {position}: {show(a)} != {show(b)}"
        if len(left) != len(right):
            return f"lengths differ: {len(left)} != {len(right)}"
    return None


def _is_literal(text: str) -> bool:
    # Saying "2 from 2" adds nothing: only name an operand's origin when it is
    # more than the value itself.
    try:
        ast.literal_eval(text)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return True
