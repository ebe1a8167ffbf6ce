"""An exercise's structural rules, checked on the learner's syntax tree.

The rules are authored in exercise.json (`structureRuleSchema` in
lib/content/schema.ts) and arrive with the check request. They are read from
the source without running it, so they report even when loading the code
fails; code that does not compile gets no structural findings, since its
syntax error already says what to fix. Each rule gives at most one finding,
about the first place it is broken.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import findings
from .call_names import ImportedNames, position, walk_all
from .findings import Finding

Rule = Mapping[str, Any]
FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
_FUNCTION_TYPES = (ast.FunctionDef, ast.AsyncFunctionDef)


@dataclass(frozen=True)
class Scope:
    """Where a rule looks: the whole module, or one function's body."""

    roots: Sequence[ast.AST]
    function: str | None = None
    definition: FunctionNode | None = None

    @property
    def def_line(self) -> int | None:
        return self.definition.lineno if self.definition else None


def check_structure(code: str, rules: Iterable[Rule], filename: str = "<learner>") -> list[Finding]:
    """Findings for the rules `code` breaks, in the order the rules are listed."""
    rules = list(rules)
    if not rules:
        return []
    try:
        tree = ast.parse(code, filename)
        # Compiling catches what parsing lets through, such as `await` outside a function.
        compile(tree, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    names = ImportedNames(tree)
    found: list[Finding] = []
    missing: set[str] = set()
    for rule in rules:
        check_rule = _RULES.get(rule.get("rule", ""))
        if check_rule is None:
            continue  # the content schema rejects unknown rules; an old harness skips new ones
        function = rule.get("function")
        scope = _scope(tree, function)
        if scope is None:
            # One message per missing function, however many rules name it.
            if function not in missing:
                missing.add(function)
                found.append(findings.structure_function_missing(rule["rule"], function))
            continue
        finding = check_rule(rule, scope, names)
        if finding is not None:
            found.append(finding)
    return found


def _scope(tree: ast.Module, function: str | None) -> Scope | None:
    if not function:
        return Scope([tree])
    class_name, _, method = function.rpartition(".")
    body = tree.body
    if class_name:
        classes = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == class_name]
        if not classes:
            return None
        body = classes[-1].body
    # The last definition is the one Python keeps.
    definitions = [node for node in body if isinstance(node, _FUNCTION_TYPES) and node.name == method]
    if not definitions:
        return None
    return Scope(definitions[-1].body, function, definitions[-1])


def _calls(rule: Rule, scope: Scope, names: ImportedNames) -> Finding | None:
    if names.calls_to(rule["name"], scope.roots):
        return None
    return findings.structure_call_missing(rule["name"], scope.function, scope.def_line)


def _no_call(rule: Rule, scope: Scope, names: ImportedNames) -> Finding | None:
    calls = names.calls_to(rule["name"], scope.roots)
    return findings.structure_call_forbidden(rule["name"], calls[0].lineno) if calls else None


def _no_await_in_loop(rule: Rule, scope: Scope, names: ImportedNames) -> Finding | None:
    awaits: list[tuple[ast.Await, ast.AST]] = []
    for root in scope.roots:
        _awaits_in_loops(root, None, awaits)
    if not awaits:
        return None
    await_node, loop = min(awaits, key=lambda pair: position(pair[0]))
    is_comprehension = isinstance(loop, _COMPREHENSIONS)
    return findings.structure_await_in_loop(await_node.lineno, loop.lineno, is_comprehension)


_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _awaits_in_loops(node: ast.AST, loop: ast.AST | None, found: list[tuple[ast.Await, ast.AST]]) -> None:
    """Collects awaits that run once per iteration of `loop` (or of a loop inside `node`)."""

    def visit(child: ast.AST | None, inside: ast.AST | None) -> None:
        if child is not None:
            _awaits_in_loops(child, inside, found)

    if isinstance(node, (*_FUNCTION_TYPES, ast.Lambda)):
        # Decorators and defaults run where the definition is; the body runs later, when called.
        for decorator in getattr(node, "decorator_list", []):
            visit(decorator, loop)
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            visit(default, loop)
        for statement in node.body if isinstance(node.body, list) else [node.body]:
            visit(statement, None)
    elif isinstance(node, (ast.For, ast.AsyncFor)):
        visit(node.iter, loop)  # evaluated once, before the first iteration
        for statement in node.body:
            visit(statement, node)
        for statement in node.orelse:
            visit(statement, loop)  # runs once, after the last iteration
    elif isinstance(node, ast.While):
        visit(node.test, node)  # evaluated before every iteration
        for statement in node.body:
            visit(statement, node)
        for statement in node.orelse:
            visit(statement, loop)
    elif isinstance(node, _COMPREHENSIONS):
        first, *others = node.generators
        visit(first.iter, loop)  # the only part evaluated once
        for condition in first.ifs:
            visit(condition, node)
        for generator in others:
            visit(generator.iter, node)
            for condition in generator.ifs:
                visit(condition, node)
        for part in (node.key, node.value) if isinstance(node, ast.DictComp) else (node.elt,):
            visit(part, node)
    else:
        if isinstance(node, ast.Await) and loop is not None:
            found.append((node, loop))
        for child in ast.iter_child_nodes(node):
            visit(child, loop)


def _context_manager(kind: str) -> Callable[[Rule, Scope, ImportedNames], Finding | None]:
    """The `with` and `async-with` rules: every call of the name opens a `kind` block."""
    other = "with" if kind == "async-with" else "async-with"

    def check(rule: Rule, scope: Scope, names: ImportedNames) -> Finding | None:
        calls = names.calls_to(rule["name"], scope.roots)
        if not calls:
            return findings.structure_context_missing(kind, rule["name"], scope.function, scope.def_line)
        managed = _managed_calls(scope.roots)
        for call in calls:
            if id(call) not in managed[kind]:
                used_with = other if id(call) in managed[other] else None
                return findings.structure_context_unmanaged(kind, rule["name"], call.lineno, used_with)
        return None

    return check


def _managed_calls(roots: Sequence[ast.AST]) -> dict[str, set[int]]:
    """Ids of the calls that a `with` or `async with` block manages."""
    managed: dict[str, set[int]] = {"with": set(), "async-with": set()}
    for node in walk_all(roots):
        if isinstance(node, (ast.With, ast.AsyncWith)):
            kind = "with" if isinstance(node, ast.With) else "async-with"
            managed[kind].update(id(item.context_expr) for item in node.items)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            # `stack.enter_async_context(httpx.AsyncClient())` is managed by the ExitStack's block.
            kind = {"enter_context": "with", "enter_async_context": "async-with"}.get(node.func.attr)
            if kind:
                managed[kind].add(id(node.args[0]))
    return managed


def _fully_annotated(rule: Rule, scope: Scope, names: ImportedNames) -> Finding | None:
    if scope.definition is not None:
        is_method = "." in (scope.function or "")
        functions = [(scope.definition, is_method), *_functions(scope.definition.body, in_class=False)]
    else:
        functions = list(_functions(scope.roots, in_class=False))
    unannotated = [(node, missing) for node, is_method in functions if (missing := _missing_annotations(node, is_method))]
    if not unannotated:
        return None
    node, missing = unannotated[0]
    return findings.structure_unannotated(node.name, node.lineno, missing, len(unannotated) - 1)


def _functions(nodes: Iterable[ast.AST], in_class: bool) -> Iterator[tuple[FunctionNode, bool]]:
    """Every def under `nodes`, in source order, each with whether it is a method."""
    for node in nodes:
        if isinstance(node, _FUNCTION_TYPES):
            yield node, in_class
        yield from _functions(ast.iter_child_nodes(node), in_class=isinstance(node, ast.ClassDef))


def _missing_annotations(node: FunctionNode, is_method: bool) -> list[str]:
    """Names of the unannotated parameters, then "return" if the return type is missing."""
    arguments = node.args
    positional = [*arguments.posonlyargs, *arguments.args]
    if is_method and positional and positional[0].arg in ("self", "cls") and not _is_staticmethod(node):
        positional = positional[1:]
    missing = [argument.arg for argument in positional if argument.annotation is None]
    if arguments.vararg and arguments.vararg.annotation is None:
        missing.append(f"*{arguments.vararg.arg}")
    missing += [argument.arg for argument in arguments.kwonlyargs if argument.annotation is None]
    if arguments.kwarg and arguments.kwarg.annotation is None:
        missing.append(f"**{arguments.kwarg.arg}")
    if node.returns is None:
        missing.append("return")
    return missing


def _is_staticmethod(node: FunctionNode) -> bool:
    return any(
        (isinstance(decorator, ast.Name) and decorator.id == "staticmethod")
        or (isinstance(decorator, ast.Attribute) and decorator.attr == "staticmethod")
        for decorator in node.decorator_list
    )


_RULES: dict[str, Callable[[Rule, Scope, ImportedNames], Finding | None]] = {
    "calls": _calls,
    "no-call": _no_call,
    "no-await-in-loop": _no_await_in_loop,
    "async-with": _context_manager("async-with"),
    "with": _context_manager("with"),
    "fully-annotated": _fully_annotated,
}
