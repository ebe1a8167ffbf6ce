"""Importing modules whose source lives in strings.

Learner code and hidden tests never touch a file system path the learner can
see, yet they must import each other by name (`from gather_demo import f`) and
their tracebacks must show real source lines. A meta path finder serving
registered sources does both.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import linecache
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Turns source into a code object; lets the hidden tests get assertion rewriting
# while learner code compiles exactly as CPython would compile it.
Compiler = Callable[[str, str], types.CodeType]


def plain_compile(source: str, filename: str) -> types.CodeType:
    return compile(source, filename, "exec", dont_inherit=True)


@dataclass(frozen=True)
class Source:
    name: str
    filename: str
    text: str
    compiler: Compiler = plain_compile
    # Names the compiled code expects to find in its module, such as the
    # helpers that rewritten assertions call.
    preset_globals: dict[str, Any] = field(default_factory=dict)


class SourceFinder(importlib.abc.MetaPathFinder, importlib.abc.InspectLoader):
    """Finds and loads the modules registered with it, ahead of the file system."""

    def __init__(self) -> None:
        self._sources: dict[str, Source] = {}

    def add(self, source: Source) -> None:
        self._sources[source.name] = source
        # An entry without mtime is never invalidated by linecache.checkcache, so
        # traceback formatting finds the lines even for code run as __main__.
        lines = source.text.splitlines(keepends=True)
        linecache.cache[source.filename] = (len(source.text), None, lines, source.filename)

    def clear(self) -> None:
        for source in self._sources.values():
            linecache.cache.pop(source.filename, None)
        self._sources.clear()

    def find_spec(self, fullname, path=None, target=None):  # noqa: ANN001 - importlib protocol
        source = self._sources.get(fullname)
        if source is None:
            return None
        spec = importlib.util.spec_from_loader(fullname, self, origin=source.filename)
        spec.has_location = True
        return spec

    def get_source(self, fullname: str) -> str | None:
        source = self._sources.get(fullname)
        return source.text if source else None

    def get_code(self, fullname: str) -> types.CodeType:
        source = self._sources[fullname]
        return source.compiler(source.text, source.filename)

    def exec_module(self, module: types.ModuleType) -> None:
        source = self._sources[module.__name__]
        module.__dict__.update(source.preset_globals)
        exec(self.get_code(module.__name__), module.__dict__)

    def install(self) -> None:
        if self not in sys.meta_path:
            sys.meta_path.insert(0, self)
