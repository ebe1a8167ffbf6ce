"""Per-test capture of stdout and stderr, and an stdin that cannot block.

During Check nobody can answer `input()`, so reading stdin fails at once with a
message saying why, instead of waiting for a prompt that never comes.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


class ClosedStdin(io.TextIOBase):
    MESSAGE = "input() cannot be answered during Check: the tests give your code its data instead"

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        raise EOFError(self.MESSAGE)

    def readline(self, size: int | None = -1) -> str:
        raise EOFError(self.MESSAGE)


class TeeStream(io.StringIO):
    """Keeps its own text (for capsys) and also writes into the combined text,
    so a test's output reads in the order it was printed."""

    def __init__(self, combined: io.StringIO) -> None:
        super().__init__()
        self._combined = combined

    def write(self, text: str) -> int:
        self._combined.write(text)
        return super().write(text)


@dataclass
class Captured:
    combined: io.StringIO = field(default_factory=io.StringIO)
    out: TeeStream = field(init=False)
    err: TeeStream = field(init=False)

    def __post_init__(self) -> None:
        self.out = TeeStream(self.combined)
        self.err = TeeStream(self.combined)

    def text(self) -> str:
        return self.combined.getvalue()


@contextmanager
def captured_streams() -> Iterator[Captured]:
    captured = Captured()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = ClosedStdin(), captured.out, captured.err
    try:
        yield captured
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
