"""The Run button: execute the learner's code as a script, with its output
going straight to the page, and say how it ended."""

from __future__ import annotations

import ast
import builtins
import inspect
import sys
import types

from . import tracebacks
from .asyncio_run_fallback import await_module_level_runs, can_block_on_coroutines
from .sources import Source, SourceFinder


async def run(code: str, filename: str, finder: SourceFinder) -> dict[str, object]:
    finder.add(Source("__main__", filename, code))
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__loader__ = finder
    main.__builtins__ = builtins  # type: ignore[attr-defined]
    # Registered as __main__ so dataclasses, pickle and `if __name__ == "__main__":`
    # behave as in a script; isolation puts the host's __main__ back.
    sys.modules["__main__"] = main
    try:
        # Top-level `await` is allowed: it makes the code object a coroutine,
        # awaited on the loop that is already running this entry point.
        tree = ast.parse(code, filename)
        if not can_block_on_coroutines():
            tree = await_module_level_runs(tree)
        compiled = compile(tree, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        outcome = eval(compiled, main.__dict__)
        if compiled.co_flags & inspect.CO_COROUTINE:
            await outcome
    except KeyboardInterrupt:
        return _result("interrupted")
    except SystemExit as exit:
        return _result("exit", exit_code=_exit_code(exit))
    except BaseException as error:  # noqa: BLE001 - everything the learner's code raises is reported
        return _result("error", tracebacks.report(error, filename).as_json())
    return _result("ok")


def _exit_code(exit: SystemExit) -> int:
    # As the interpreter does: None is success, other non-integers are printed
    # to stderr and mean failure.
    if exit.code is None:
        return 0
    if isinstance(exit.code, int):
        return int(exit.code)
    print(exit.code, file=sys.stderr)
    return 1


def _result(outcome: str, error: dict[str, object] | None = None, exit_code: int | None = None) -> dict[str, object]:
    return {"outcome": outcome, "error": error, "exitCode": exit_code}
