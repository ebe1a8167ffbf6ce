"""Tracebacks trimmed to the learner's own file.

Frames from the harness, the hidden tests, asyncio and the standard library
mean nothing to a learner (and the hidden tests must stay hidden), so only the
frames in the learner's file are shown, followed by the exception itself.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorReport:
    type: str
    message: str
    line: int | None
    traceback: str

    def as_json(self) -> dict[str, object]:
        return {"type": self.type, "message": self.message, "line": self.line, "traceback": self.traceback}


def frames_in(error: BaseException, filename: str) -> list[traceback.FrameSummary]:
    return [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == filename]


def learner_line(error: BaseException, filename: str) -> int | None:
    """The learner's line to highlight: where a syntax error is, or the
    innermost learner frame the exception passed through."""
    if isinstance(error, SyntaxError) and error.filename == filename:
        return error.lineno
    frames = frames_in(error, filename)
    return frames[-1].lineno if frames else None


def trimmed_traceback(error: BaseException, filename: str) -> str:
    frames = frames_in(error, filename)
    lines = ["Traceback (most recent call last):\n", *traceback.format_list(frames)] if frames else []
    lines.extend(traceback.format_exception_only(type(error), error))
    return "".join(lines)


def describe(error: BaseException) -> str:
    """`ValueError: bad value`, or just the type name when there is no message."""
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def report(error: BaseException, filename: str) -> ErrorReport:
    message = (error.msg or str(error)) if isinstance(error, SyntaxError) else str(error)
    return ErrorReport(
        type=type(error).__name__,
        message=message,
        line=learner_line(error, filename),
        traceback=trimmed_traceback(error, filename),
    )
