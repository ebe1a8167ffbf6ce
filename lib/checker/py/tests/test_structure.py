"""An exercise's structural rules, checked on the learner's source without running it."""

from __future__ import annotations

import asyncio
import json
import textwrap
from typing import Any

import pytest

from labharness import api
from labharness.structure import check_structure


def findings(code: str, *rules: dict[str, Any]) -> list[dict[str, Any]]:
    return [finding.as_json() for finding in check_structure(textwrap.dedent(code), rules)]


def only(code: str, rule: dict[str, Any]) -> dict[str, Any]:
    found = findings(code, rule)
    assert len(found) == 1, found
    finding = found[0]
    assert finding["source"] == "structure"
    assert finding["code"] == rule["rule"]
    assert finding["severity"] == "essential"
    return finding


# calls


@pytest.mark.parametrize(
    "imports, call",
    [
        ("import asyncio", "asyncio.gather"),
        ("import asyncio as aio", "aio.gather"),
        ("from asyncio import gather", "gather"),
        ("from asyncio import gather as g", "g"),
        ("from asyncio import *", "gather"),
    ],
)
def test_calls_passes_however_the_name_was_imported(imports: str, call: str) -> None:
    code = f"{imports}\n\nasync def fetch_multiple(coros):\n    return await {call}(*coros)\n"
    assert findings(code, {"rule": "calls", "name": "asyncio.gather"}) == []
    assert findings(code, {"rule": "calls", "name": "asyncio.gather", "function": "fetch_multiple"}) == []


def test_calls_fails_when_never_called_with_no_line() -> None:
    code = """
        import asyncio

        async def fetch_multiple(coros):
            return [await c for c in coros]
    """
    finding = only(code, {"rule": "calls", "name": "asyncio.gather"})
    assert finding["line"] is None
    assert "Your code never calls `asyncio.gather`" in finding["message"]


def test_calls_a_same_named_function_of_another_module_does_not_count() -> None:
    code = "from mylib import gather\n\ngather()\n"
    assert only(code, {"rule": "calls", "name": "asyncio.gather"})["line"] is None


def test_calls_within_a_function_points_at_its_def_line() -> None:
    code = """
        import asyncio

        async def helper(coros):
            return await asyncio.gather(*coros)

        @traced
        async def fetch_multiple(coros):
            return await helper(coros)
    """
    finding = only(code, {"rule": "calls", "name": "asyncio.gather", "function": "fetch_multiple"})
    assert finding["line"] == 8
    assert finding["message"].startswith("fetch_multiple never calls `asyncio.gather`")


# no-call


def test_no_call_passes_without_the_call() -> None:
    code = "import asyncio\n\nasync def wait():\n    await asyncio.sleep(1)\n"
    assert findings(code, {"rule": "no-call", "name": "time.sleep"}) == []


def test_no_call_points_at_the_first_call_however_imported() -> None:
    code = """
        from time import sleep as nap
        import time

        def wait():
            nap(1)
            time.sleep(2)
    """
    finding = only(code, {"rule": "no-call", "name": "time.sleep"})
    assert finding["line"] == 6
    assert "Line 6 calls `time.sleep`" in finding["message"]
    assert "await asyncio.sleep" in finding["message"]


def test_no_call_in_a_function_ignores_calls_elsewhere() -> None:
    code = """
        import time

        def setup():
            time.sleep(1)

        async def work():
            return 1
    """
    assert findings(code, {"rule": "no-call", "name": "time.sleep", "function": "work"}) == []
    finding = only(code, {"rule": "no-call", "name": "time.sleep", "function": "setup"})
    assert finding["line"] == 5


def test_no_call_of_a_builtin_also_catches_the_builtins_module() -> None:
    code = "import builtins\nbuiltins.eval('1')\n"
    finding = only(code, {"rule": "no-call", "name": "eval"})
    assert finding["line"] == 2
    assert "Solve it without `eval`" in finding["message"]


# no-await-in-loop

NO_AWAIT_IN_LOOP = {"rule": "no-await-in-loop"}


def test_no_await_in_loop_passes_for_gather() -> None:
    code = """
        import asyncio

        async def fetch_multiple(urls):
            coros = [fetch(url) for url in urls]
            for url in await asyncio.gather(*coros):
                print(url)
            else:
                await asyncio.sleep(0)
            return [x async for x in stream()]
    """
    assert findings(code, NO_AWAIT_IN_LOOP) == []


def test_no_await_in_loop_points_at_the_await_in_a_for_loop() -> None:
    code = """
        async def fetch_multiple(urls):
            results = []
            for url in urls:
                results.append(await fetch(url))
            return results
    """
    finding = only(code, NO_AWAIT_IN_LOOP)
    assert finding["line"] == 5
    assert "The `await` on line 5 is inside the loop that starts on line 4" in finding["message"]
    assert "asyncio.gather" in finding["message"]


@pytest.mark.parametrize(
    "loop, line",
    [
        ("    while await more():\n        pass", 3),
        ("    async for item in items():\n        await handle(item)", 4),
    ],
)
def test_no_await_in_loop_covers_while_conditions_and_async_for(loop: str, line: int) -> None:
    code = f"async def work():\n    x = 1\n{loop}\n"
    assert only(code, NO_AWAIT_IN_LOOP)["line"] == line


@pytest.mark.parametrize(
    "comprehension",
    [
        "[await fetch(u) for u in urls]",
        "{u: await fetch(u) for u in urls}",
        "[u for u in urls if await ok(u)]",
        "[v for u in urls for v in await fetch(u)]",
    ],
)
def test_no_await_in_loop_counts_comprehensions_as_loops(comprehension: str) -> None:
    code = f"async def fetch_multiple(urls):\n    return {comprehension}\n"
    finding = only(code, NO_AWAIT_IN_LOOP)
    assert finding["line"] == 2
    assert "is inside a comprehension" in finding["message"]


def test_no_await_in_loop_ignores_the_iterable_of_a_comprehension() -> None:
    code = "async def f():\n    return [u.upper() for u in await fetch_all()]\n"
    assert findings(code, NO_AWAIT_IN_LOOP) == []


def test_no_await_in_loop_ignores_functions_defined_in_the_loop() -> None:
    code = """
        import asyncio

        async def fetch_multiple(urls):
            tasks = []
            for url in urls:
                async def one(url=url):
                    return await fetch(url)
                tasks.append(one())
            return await asyncio.gather(*tasks)
    """
    assert findings(code, NO_AWAIT_IN_LOOP) == []


def test_no_await_in_loop_flags_a_loop_inside_a_nested_function() -> None:
    code = """
        def outer():
            async def inner(urls):
                for url in urls:
                    await fetch(url)
            return inner
    """
    assert only(code, NO_AWAIT_IN_LOOP)["line"] == 5


def test_no_await_in_loop_in_a_method_of_a_class() -> None:
    code = """
        class Client:
            async def fetch_all(self, urls):
                return [await self.fetch(url) for url in urls]

            async def drain(self, queue):
                while True:
                    await queue.get()
    """
    finding = only(code, {"rule": "no-await-in-loop", "function": "Client.fetch_all"})
    assert finding["line"] == 4
    assert only(code, {"rule": "no-await-in-loop", "function": "Client.drain"})["line"] == 8


# async-with

ASYNC_CLIENT = {"rule": "async-with", "name": "httpx.AsyncClient"}


def test_async_with_passes_when_every_call_opens_a_block() -> None:
    code = """
        import contextlib
        from httpx import AsyncClient

        async def main():
            async with AsyncClient() as client, AsyncClient(timeout=5) as other:
                return await client.get("/")

        async def stacked():
            async with contextlib.AsyncExitStack() as stack:
                client = await stack.enter_async_context(AsyncClient())
    """
    assert findings(code, ASYNC_CLIENT) == []


def test_async_with_points_at_a_call_outside_async_with() -> None:
    code = """
        import httpx

        async def main():
            async with httpx.AsyncClient() as client:
                pass
            client = httpx.AsyncClient()
            return await client.get("/")
    """
    finding = only(code, ASYNC_CLIENT)
    assert finding["line"] == 7
    assert "`httpx.AsyncClient(...)` on line 7 is not opened with `async with`" in finding["message"]
    assert "Write `async with httpx.AsyncClient(...) as ...:`" in finding["message"]


def test_async_with_names_plain_with_as_the_mistake() -> None:
    code = "import httpx\n\ndef main():\n    with httpx.AsyncClient() as client:\n        pass\n"
    finding = only(code, ASYNC_CLIENT)
    assert finding["line"] == 4
    assert "is opened with `with`, but it needs `async with`" in finding["message"]


def test_async_with_fails_when_never_used() -> None:
    code = "import httpx\n\nasync def main():\n    return 1\n"
    finding = only(code, {**ASYNC_CLIENT, "function": "main"})
    assert finding["line"] == 3
    assert "main never opens `httpx.AsyncClient` with `async with`" in finding["message"]


# with

WITH_OPEN = {"rule": "with", "name": "open"}


def test_with_passes_for_a_builtin_opened_in_a_with_block() -> None:
    code = "def read(path):\n    with open(path) as file:\n        return file.read()\n"
    assert findings(code, WITH_OPEN) == []


def test_with_points_at_a_bare_call() -> None:
    code = "def read(path):\n    file = open(path)\n    return file.read()\n"
    finding = only(code, WITH_OPEN)
    assert finding["line"] == 2
    assert "`open(...)` on line 2 is not opened with `with`" in finding["message"]


def test_with_fails_when_never_used_at_module_level() -> None:
    finding = only("from pathlib import Path\ntext = Path('x').read_text()\n", WITH_OPEN)
    assert finding["line"] is None
    assert "Your code never opens `open` with `with`" in finding["message"]


# fully-annotated

FULLY_ANNOTATED = {"rule": "fully-annotated"}


def test_fully_annotated_passes_with_self_cls_and_star_arguments() -> None:
    code = """
        class Client:
            def __init__(self, base: str) -> None:
                self.base = base

            @classmethod
            def make(cls, *parts: str, **options: int) -> "Client":
                def join(sep: str = "/") -> str:
                    return sep.join(parts)
                key = lambda x: x
                return cls(join())

        def get(url: str, /, *, timeout: float = 1.0) -> bytes:
            return b""
    """
    assert findings(code, FULLY_ANNOTATED) == []


def test_fully_annotated_names_the_missing_parameters_and_return() -> None:
    code = """
        def ok() -> None:
            pass

        async def fetch(url, *args: int, timeout, **kwargs) -> str:
            return url

        def later(x):
            return x
    """
    finding = only(code, FULLY_ANNOTATED)
    assert finding["line"] == 5
    assert finding["message"].startswith("fetch on line 5 has no type annotation for the parameters url, timeout and **kwargs.")
    assert "1 more function needs annotations too." in finding["message"]


def test_fully_annotated_checks_nested_functions_and_methods() -> None:
    code = """
        class Client:
            def get(self, url: str):
                return url

            @staticmethod
            def build(self: str) -> None:
                pass
    """
    finding = only(code, FULLY_ANNOTATED)
    assert finding["line"] == 3
    assert "get on line 3 has no type annotation for the return type" in finding["message"]
    assert "-> None" in finding["message"]

    nested = "def outer() -> None:\n    def inner(x: int):\n        return x\n"
    assert only(nested, FULLY_ANNOTATED)["line"] == 2


def test_fully_annotated_does_not_excuse_self_outside_a_class() -> None:
    finding = only("def helper(self) -> None:\n    pass\n", FULLY_ANNOTATED)
    assert "the parameter self." in finding["message"]


def test_fully_annotated_for_one_function_checks_only_it() -> None:
    code = """
        def untyped(x):
            return x

        class Client:
            def get(self, url: str) -> str:
                return url

            def post(self, url):
                return url
    """
    assert findings(code, {"rule": "fully-annotated", "function": "Client.get"}) == []
    finding = only(code, {"rule": "fully-annotated", "function": "Client.post"})
    assert finding["line"] == 9
    assert "the parameter url and the return type" in finding["message"]


# function scoping and the request as a whole


def test_a_missing_function_is_reported_once_for_all_rules_naming_it() -> None:
    code = "async def fetch_many(urls):\n    return urls\n"
    found = findings(
        code,
        {"rule": "calls", "name": "asyncio.gather", "function": "fetch_multiple"},
        {"rule": "no-await-in-loop", "function": "fetch_multiple"},
        {"rule": "fully-annotated", "function": "Client.get"},
    )
    assert [(f["code"], f["line"]) for f in found] == [("calls", None), ("fully-annotated", None)]
    assert found[0]["message"].startswith("Your code no longer defines fetch_multiple")
    assert found[1]["message"].startswith("Your code no longer defines the method get in class Client")


def test_only_top_level_functions_count_for_function() -> None:
    code = "def outer():\n    def fetch_multiple():\n        pass\n"
    finding = only(code, {"rule": "no-await-in-loop", "function": "fetch_multiple"})
    assert "no longer defines fetch_multiple" in finding["message"]


@pytest.mark.parametrize("code", ["def f(:\n    pass\n", "for x in y:\n    await x\n"])
def test_code_that_does_not_compile_gets_no_structural_findings(code: str) -> None:
    assert findings(code, NO_AWAIT_IN_LOOP, {"rule": "calls", "name": "asyncio.gather"}) == []


TESTS = "from exercise import total\n\ndef test_total():\n    assert total([1, 2]) == 3\n"
CALLS_SUM = {"rule": "calls", "name": "sum", "function": "total"}


def check(code: str, structure: list[dict[str, Any]] | None) -> dict[str, Any]:
    # The baseline is taken in the test itself, as conftest's Harness does.
    api.snapshot()
    request: dict[str, Any] = {"module": "exercise", "code": code, "tests": TESTS, "testsFilename": "test_exercise.py"}
    if structure is not None:
        request["structure"] = structure
    return json.loads(asyncio.run(api.check(json.dumps(request))))


def test_structure_findings_come_after_test_results_and_default_to_none() -> None:
    code = "def total(values):\n    result = 0\n    for v in values:\n        result += v\n    return result\n"
    assert check(code, None)["findings"] == []
    report = check(code, [CALLS_SUM])
    assert [t["outcome"] for t in report["tests"]] == ["passed"]
    assert report["findings"] == [
        {
            "source": "structure",
            "code": "calls",
            "severity": "essential",
            "message": "total never calls `sum`. This exercise asks you to call it there (import it any way you like).",
            "line": 1,
        }
    ]


def test_structure_is_reported_when_loading_fails_but_not_on_a_syntax_error() -> None:
    failing = check("def total(values):\n    return values\n\n1 / 0\n", [CALLS_SUM])
    assert [(f["source"], f["code"]) for f in failing["findings"]] == [("harness", "load-error"), ("structure", "calls")]
    broken = check("def total(values)\n    return sum(values)\n", [CALLS_SUM])
    assert [f["code"] for f in broken["findings"]] == ["syntax-error"]
