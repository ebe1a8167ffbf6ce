"""The harness's two entry points, called by the Python worker (and by the
content validator) with a JSON request and answering with a JSON result.

Both are async: awaiting async tests and top-level `await` happens on the loop
that already runs the entry point, and in Pyodide a call from JavaScript into
an async function is what lets learner code use `asyncio.run()` (stack
switching). Whatever learner code does, each call starts from and returns to
the baseline taken by `snapshot()`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

from . import check as check_module
from . import findings
from . import run as run_module
from .isolation import Baseline
from .sources import SourceFinder

_baseline: Baseline | None = None


def snapshot() -> None:
    """Records the interpreter state every Run and Check starts from. Call it
    once the harness is imported (installHarness does)."""
    global _baseline
    _baseline = Baseline.take()


async def run(request_json: str) -> str:
    request = json.loads(request_json)
    try:
        with _isolated() as finder:
            result = await run_module.run(request["code"], request["filename"], finder)
    except KeyboardInterrupt:
        # The host's interrupt can land in harness code too, just before or
        # after the learner's; it still means "stopped", not a crash.
        result = {"outcome": "interrupted", "error": None, "exitCode": None}
    return json.dumps(result)


async def check(request_json: str) -> str:
    request = json.loads(request_json)
    check_request = check_module.CheckRequest(
        module=request["module"],
        code=request["code"],
        tests=request["tests"],
        tests_filename=request["testsFilename"],
        structure=tuple(request.get("structure", ())),
    )
    try:
        with _isolated() as finder:
            report = await check_module.check(check_request, finder)
    except KeyboardInterrupt:
        report = {"tests": [], "findings": [findings.interrupted().as_json()]}
    return json.dumps(report)


@contextmanager
def _isolated() -> Iterator[SourceFinder]:
    """Restores the baseline before and after a call, with a fresh source finder in between."""
    if _baseline is None:
        raise RuntimeError("labharness.api.snapshot() must be called once before run() or check()")
    baseline = _baseline
    baseline.restore()
    finder = SourceFinder()
    finder.install()
    try:
        yield finder
    finally:
        finder.clear()
        baseline.restore()
