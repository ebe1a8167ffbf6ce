"""Finding the tests in the hidden test module, the way pytest would.

Only what the test module itself defines is collected: a learner's own
`test_*` function pulled in by `from exercise import *` is not one of the
exercise's tests.
"""

from __future__ import annotations

import ast
import inspect
import types
import unittest
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .marks import Mark, get_marks
from .parametrize import Case, expand


@dataclass(frozen=True)
class TestItem:
    name: str
    function: Callable[..., Any]
    cls: type | None = None
    params: dict[str, Any] = field(default_factory=dict)
    marks: tuple[Mark, ...] = ()

    @property
    def is_unittest(self) -> bool:
        return self.cls is not None and issubclass(self.cls, unittest.TestCase)


def collect(module: types.ModuleType) -> list[TestItem]:
    module_marks = get_marks(module, inherited=True)
    items: list[TestItem] = []
    for name, obj in list(vars(module).items()):
        if getattr(obj, "__module__", None) != module.__name__:
            continue
        if inspect.isclass(obj) and issubclass(obj, unittest.TestCase):
            items.extend(_unittest_items(obj))
        elif inspect.isclass(obj) and name.startswith("Test") and obj.__init__ is object.__init__:
            items.extend(_class_items(obj, module_marks))
        elif inspect.isfunction(obj) and name.startswith("test"):
            items.extend(_items(name, obj, None, module_marks))
    return items


def _unittest_items(cls: type[unittest.TestCase]) -> list[TestItem]:
    names = unittest.TestLoader().getTestCaseNames(cls)
    return [TestItem(f"{cls.__name__}::{name}", getattr(cls, name), cls) for name in names]


def _class_items(cls: type, module_marks: list[Mark]) -> list[TestItem]:
    marks = [*module_marks, *get_marks(cls, inherited=True)]
    items = []
    for name in dir(cls):
        method = getattr(cls, name)
        if name.startswith("test") and inspect.isfunction(method):
            items.extend(_items(f"{cls.__name__}::{name}", method, cls, marks))
    return sorted(items, key=lambda item: item.function.__code__.co_firstlineno)


def _items(name: str, function: Callable[..., Any], cls: type | None, outer: list[Mark]) -> list[TestItem]:
    marks = [*outer, *get_marks(function)]
    cases: list[Case] = expand([mark for mark in marks if mark.name == "parametrize"])
    return [
        TestItem(
            name=name if case.id is None else f"{name}[{case.id}]",
            function=function,
            cls=cls,
            params=case.params,
            marks=(*marks, *case.marks),
        )
        for case in cases
    ]


def declared_test_names(source: str) -> list[str]:
    """The tests a module defines, read from its source without running it:
    what Check lists as not run when loading stopped it. Parametrized tests
    appear once, without ids, since their values were never computed."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
            names.append(node.name)
        elif isinstance(node, ast.ClassDef) and (node.name.startswith("Test") or _looks_like_testcase(node)):
            names.extend(
                f"{node.name}::{child.name}"
                for child in node.body
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) and child.name.startswith("test")
            )
    return names


def _looks_like_testcase(node: ast.ClassDef) -> bool:
    return any(ast.unparse(base).endswith("TestCase") for base in node.bases)
