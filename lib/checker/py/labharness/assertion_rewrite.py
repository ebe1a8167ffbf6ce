"""Rewrites the hidden tests' `assert` statements so a failure shows values.

Like pytest, the interesting parts of the asserted expression are stored in
temporaries as they are evaluated (with `:=`, so evaluation order and
short-circuiting stay exactly as written), and on failure a description of the
expression plus those values is handed to assertion_explain. Temporaries use
names containing `@`, which no Python source can spell, so they never clash with
the test's own names.
"""

from __future__ import annotations

import ast
import types

from . import assertion_explain

EXPLAIN = "@lab_explain"
UNSET = "@lab_unset"


def compile_with_rewrite(source: str, filename: str) -> types.CodeType:
    tree = ast.parse(source, filename)
    tree = ast.fix_missing_locations(AssertRewriter(source).visit(tree))
    return compile(tree, filename, "exec", dont_inherit=True)


def rewrite_globals() -> dict[str, object]:
    """Names the rewritten code expects in its module globals."""
    return {EXPLAIN: assertion_explain.explain, UNSET: assertion_explain.UNSET}


class AssertRewriter(ast.NodeTransformer):
    def __init__(self, source: str) -> None:
        self._source = source
        self._temps: list[str] = []

    def visit_Assert(self, node: ast.Assert) -> list[ast.stmt]:
        self._temps = []
        test, spec = self._explainable(node.test)
        temps = [ast.Name(name, ast.Load()) for name in self._temps]
        explain_call = ast.Call(
            func=ast.Name(EXPLAIN, ast.Load()),
            args=[ast.Constant(spec), ast.Tuple(temps, ast.Load()), node.msg or ast.Constant(None)],
            keywords=[],
        )
        fail = ast.Raise(exc=ast.Call(ast.Name("AssertionError", ast.Load()), [explain_call], []), cause=None)
        check = ast.If(test=ast.UnaryOp(ast.Not(), test), body=[fail], orelse=[])
        # Every temporary starts unset: a short-circuited operand is never assigned.
        statements: list[ast.stmt] = [check]
        if self._temps:
            targets = [ast.Name(name, ast.Store()) for name in self._temps]
            statements.insert(0, ast.Assign(targets=targets, value=ast.Name(UNSET, ast.Load())))
        return [ast.copy_location(statement, node) for statement in statements]

    def _explainable(self, node: ast.expr) -> tuple[ast.expr, tuple]:
        """The node with its parts stored, and a spec of nested str/int tuples
        (which ast.Constant can carry into the code object) saying where each
        stored value came from."""
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            stored = [self._store(operand) for operand in operands]
            ops = tuple(_OPERATORS[type(op)] for op in node.ops)
            specs = tuple((self._text(operand), index) for operand, (_, index) in zip(operands, stored))
            new = ast.Compare(stored[0][0], node.ops, [expr for expr, _ in stored[1:]])
            return ast.copy_location(new, node), ("compare", ops, specs)
        if isinstance(node, ast.BoolOp):
            parts = [self._explainable(value) for value in node.values]
            new = ast.BoolOp(node.op, [expr for expr, _ in parts])
            kind = "and" if isinstance(node.op, ast.And) else "or"
            return ast.copy_location(new, node), ("bool", kind, tuple(spec for _, spec in parts))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            operand, spec = self._explainable(node.operand)
            return ast.copy_location(ast.UnaryOp(ast.Not(), operand), node), ("not", spec)
        expr, index = self._store(node)
        return expr, ("value", self._text(node), index)

    def _store(self, node: ast.expr) -> tuple[ast.expr, int]:
        name = f"@lab_t{len(self._temps)}"
        self._temps.append(name)
        walrus = ast.NamedExpr(target=ast.Name(name, ast.Store()), value=node)
        return ast.copy_location(walrus, node), len(self._temps) - 1

    def _text(self, node: ast.expr) -> str:
        return ast.get_source_segment(self._source, node) or ast.unparse(node)


_OPERATORS = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}
