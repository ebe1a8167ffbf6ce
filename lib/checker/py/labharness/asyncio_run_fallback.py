"""`asyncio.run(main())` where the runtime cannot block on a coroutine.

In Pyodide, asyncio.run() needs WebAssembly stack switching (JSPI) to wait
for the event loop from inside a call that JavaScript started; browsers and
Node versions without it raise instead. Scripts call asyncio.run() at module
level, and there the same program can be written `await main()` with
top-level await, which needs no stack switching. So where blocking is not
possible, exactly those module-level calls are rewritten; calls inside
functions are left alone, since awaiting there would change the function.
"""

from __future__ import annotations

import ast

from .call_names import ImportedNames


def can_block_on_coroutines() -> bool:
    """Whether asyncio.run() can work from inside the harness's own running loop."""
    try:
        from pyodide.ffi import can_run_sync  # type: ignore[import-not-found]
    except ImportError:
        # CPython: the harness's loop is already running, so asyncio.run() would refuse.
        return False
    return bool(can_run_sync())


class _ModuleLevelRuns(ast.NodeTransformer):
    def __init__(self, names: ImportedNames) -> None:
        self.names = names

    def _leave_alone(self, node: ast.AST) -> ast.AST:
        return node

    # Code in these bodies does not run while the module loads.
    visit_FunctionDef = _leave_alone
    visit_AsyncFunctionDef = _leave_alone
    visit_Lambda = _leave_alone

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if "asyncio.run" in self.names.full_names(node.func) and len(node.args) == 1:
            return ast.copy_location(ast.Await(value=node.args[0]), node)
        return node


def await_module_level_runs(tree: ast.Module) -> ast.Module:
    """Rewrites module-level `asyncio.run(x)` to `await x`; compile the result with top-level await."""
    return ast.fix_missing_locations(_ModuleLevelRuns(ImportedNames(tree)).visit(tree))
