"""Which dotted name a call stands for, however its module was imported.

`import asyncio as aio` then `aio.gather(...)`, and `from asyncio import gather
as g` then `g(...)`, both call asyncio.gather. This is read from the syntax tree
alone: imports anywhere in the file count, and rebinding a name later
(`gather = my_gather`) is not followed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator


class ImportedNames:
    """The names a module's imports bind, and the dotted names they stand for."""

    def __init__(self, tree: ast.AST) -> None:
        self._aliases: dict[str, str] = {}
        # `from asyncio import *` lets a bare `gather` mean asyncio.gather.
        self._star_modules: list[str] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        self._aliases[alias.asname] = alias.name
                    else:
                        # `import os.path` binds `os`; `os.path.join` resolves through it.
                        head = alias.name.split(".")[0]
                        self._aliases[head] = head
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    if alias.name == "*":
                        self._star_modules.append(node.module)
                    else:
                        self._aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def full_names(self, expression: ast.expr) -> set[str]:
        """The dotted names `expression` may stand for; empty if it is no plain name or attribute chain."""
        parts = _dotted_parts(expression)
        if parts is None:
            return set()
        head, rest = parts[0], parts[1:]
        if head in self._aliases:
            return {_normalized(".".join([self._aliases[head], *rest]))}
        names = {_normalized(".".join(parts))}
        names.update(_normalized(".".join([module, *parts])) for module in self._star_modules)
        return names

    def calls_to(self, name: str, roots: Iterable[ast.AST]) -> list[ast.Call]:
        """Every call of `name` under `roots`, in source order."""
        target = _normalized(name)
        calls = [node for node in walk_all(roots) if isinstance(node, ast.Call) and target in self.full_names(node.func)]
        return sorted(calls, key=position)


def walk_all(roots: Iterable[ast.AST]) -> Iterator[ast.AST]:
    for root in roots:
        yield from ast.walk(root)


def position(node: ast.AST) -> tuple[int, int]:
    return (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))


def _dotted_parts(expression: ast.expr) -> list[str] | None:
    if isinstance(expression, ast.Name):
        return [expression.id]
    if isinstance(expression, ast.Attribute):
        inner = _dotted_parts(expression.value)
        return None if inner is None else [*inner, expression.attr]
    return None


def _normalized(name: str) -> str:
    # `builtins.open(...)` is the same call as `open(...)`.
    return name.removeprefix("builtins.")
