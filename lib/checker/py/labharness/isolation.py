"""Every Run and Check starts from the same interpreter state.

Learner code can import modules, leave globals in modules it imported, replace
builtins (`print = ...`) or swap sys streams. The baseline is taken once the
harness is loaded; restoring it drops every module imported since (so the
learner's module and anything it touched are imported afresh next time) and puts
builtins and the sys attributes back as they were.
"""

from __future__ import annotations

import builtins
import sys
from dataclasses import dataclass
from typing import Any

_SYS_ATTRIBUTES = ("stdin", "stdout", "stderr", "argv", "excepthook", "displayhook")


@dataclass(frozen=True)
class Baseline:
    modules: dict[str, Any]
    builtins: dict[str, Any]
    sys_attributes: dict[str, Any]
    path: list[str]
    meta_path: list[Any]

    @classmethod
    def take(cls) -> Baseline:
        return cls(
            modules=dict(sys.modules),
            builtins=dict(builtins.__dict__),
            sys_attributes={name: getattr(sys, name) for name in _SYS_ATTRIBUTES if hasattr(sys, name)},
            path=list(sys.path),
            meta_path=list(sys.meta_path),
        )

    def restore(self) -> None:
        current = builtins.__dict__
        # Comprehensions and dict methods only: a learner may have replaced
        # builtins like `list`, so none is looked up until they are restored.
        for name in [name for name in current if name not in self.builtins]:
            del current[name]
        current.update(self.builtins)
        for name in [name for name in sys.modules if name not in self.modules]:
            del sys.modules[name]
        sys.modules.update(self.modules)
        for name, value in self.sys_attributes.items():
            setattr(sys, name, value)
        sys.path[:] = self.path
        sys.meta_path[:] = self.meta_path
