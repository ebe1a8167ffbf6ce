"""The fixtures pytest provides itself that hidden tests use: monkeypatch,
capsys and tmp_path."""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any, NamedTuple

from .fixtures import FixtureDefinition

_MISSING = object()


class MonkeyPatch:
    """Changes made through it are undone, newest first, when the test ends."""

    def __init__(self) -> None:
        self._undo: list[tuple[Any, ...]] = []

    def setattr(self, target: Any, name: Any, value: Any = _MISSING, raising: bool = True) -> None:
        if value is _MISSING:
            # The "package.module.attribute" form: setattr("os.getcwd", fake).
            target, name, value = _resolve(target), target.rpartition(".")[2], name
        old = getattr(target, name, _MISSING)
        if old is _MISSING and raising:
            raise AttributeError(f"{target!r} has no attribute {name!r}")
        self._undo.append(("attr", target, name, old))
        setattr(target, name, value)

    def delattr(self, target: Any, name: Any = _MISSING, raising: bool = True) -> None:
        if name is _MISSING:
            target, name = _resolve(target), target.rpartition(".")[2]
        old = getattr(target, name, _MISSING)
        if old is _MISSING:
            if raising:
                raise AttributeError(name)
            return
        self._undo.append(("attr", target, name, old))
        delattr(target, name)

    def setitem(self, mapping: MutableMapping[Any, Any], key: Any, value: Any) -> None:
        self._undo.append(("item", mapping, key, mapping.get(key, _MISSING)))
        mapping[key] = value

    def delitem(self, mapping: MutableMapping[Any, Any], key: Any, raising: bool = True) -> None:
        if key not in mapping:
            if raising:
                raise KeyError(key)
            return
        self._undo.append(("item", mapping, key, mapping[key]))
        del mapping[key]

    def setenv(self, name: str, value: str, prepend: str | None = None) -> None:
        value = str(value)
        if prepend and name in os.environ:
            value = value + prepend + os.environ[name]
        self.setitem(os.environ, name, value)

    def delenv(self, name: str, raising: bool = True) -> None:
        self.delitem(os.environ, name, raising)

    def syspath_prepend(self, path: str | os.PathLike[str]) -> None:
        self._undo.append(("syspath", list(sys.path)))
        sys.path.insert(0, str(path))

    def undo(self) -> None:
        while self._undo:
            kind, *rest = self._undo.pop()
            if kind == "syspath":
                sys.path[:] = rest[0]
            elif kind == "attr":
                target, name, old = rest
                if old is _MISSING:
                    delattr(target, name)
                else:
                    setattr(target, name, old)
            else:
                mapping, key, old = rest
                if old is _MISSING:
                    mapping.pop(key, None)
                else:
                    mapping[key] = old


def _resolve(dotted: str) -> Any:
    """The object owning the last part of "a.b.c": the longest importable
    module prefix, then attributes."""
    parts = dotted.split(".")[:-1]
    for cut in range(len(parts), 0, -1):
        try:
            owner: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            owner = getattr(owner, attribute)
        return owner
    raise ValueError(f"must be a dotted import path like 'os.getcwd', got {dotted!r}")


class CaptureResult(NamedTuple):
    out: str
    err: str


class CaptureFixture:
    """Reads what the test printed since the last read. The test's own
    capture (set up before any fixture) provides the streams."""

    def __init__(self) -> None:
        self._out, self._err = sys.stdout, sys.stderr
        self._read = [0, 0]

    def readouterr(self) -> CaptureResult:
        out, err = self._out.getvalue(), self._err.getvalue()  # type: ignore[attr-defined]
        result = CaptureResult(out[self._read[0]:], err[self._read[1]:])
        self._read = [len(out), len(err)]
        return result


def _monkeypatch() -> Iterator[MonkeyPatch]:
    patch = MonkeyPatch()
    yield patch
    patch.undo()


def _capsys() -> CaptureFixture:
    return CaptureFixture()


def _tmp_path() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="lab-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


BUILTIN_FIXTURES = {
    definition.name: definition
    for definition in (
        FixtureDefinition(_monkeypatch, "monkeypatch"),
        FixtureDefinition(_capsys, "capsys"),
        FixtureDefinition(_tmp_path, "tmp_path"),
    )
}
