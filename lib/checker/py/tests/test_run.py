"""The Run entry point: how a script ended, with a traceback trimmed to the learner's file."""

from __future__ import annotations

import textwrap

from conftest import Harness


def test_ok_runs_main_block(harness: Harness) -> None:
    result = harness.run('if __name__ == "__main__":\n    print("main ran")\n')
    assert result == {"outcome": "ok", "error": None, "exitCode": None}
    assert harness.printed() == "main ran\n"


def test_error_traceback_shows_only_learner_frames(harness: Harness) -> None:
    code = textwrap.dedent(
        """
        import json

        def load(text):
            return json.loads(text)

        load("{not json")
        """
    )
    result = harness.run(code, "loader.py")
    error = result["error"]
    assert result["outcome"] == "error"
    assert error["type"] == "JSONDecodeError"
    assert error["line"] == 5  # the learner's innermost line, not inside json
    assert 'File "loader.py", line 7, in <module>' in error["traceback"]
    assert "json/decoder.py" not in error["traceback"] and "labharness" not in error["traceback"]
    assert "return json.loads(text)" in error["traceback"]


def test_syntax_error_has_its_line(harness: Harness) -> None:
    result = harness.run("x = 1\nprint(x\n")
    assert result["outcome"] == "error"
    assert result["error"]["type"] == "SyntaxError"
    assert result["error"]["line"] == 2


def test_exit_codes(harness: Harness) -> None:
    assert harness.run("import sys\nsys.exit(4)\n") == {"outcome": "exit", "error": None, "exitCode": 4}
    assert harness.run("raise SystemExit\n")["exitCode"] == 0
    assert harness.run("import sys\nsys.exit('bye')\n")["exitCode"] == 1


def test_interrupt(harness: Harness) -> None:
    assert harness.run("raise KeyboardInterrupt\n")["outcome"] == "interrupted"


def test_top_level_await(harness: Harness) -> None:
    result = harness.run("import asyncio\nawait asyncio.sleep(0)\nprint('after await')\n")
    assert result["outcome"] == "ok"
    assert harness.printed() == "after await\n"


def test_every_run_starts_fresh(harness: Harness) -> None:
    assert harness.run("import builtins\nbuiltins.leftover = 1\nprint = None\nremembered = 42\n")["outcome"] == "ok"
    result = harness.run("print(remembered)\n")
    assert result["error"]["type"] == "NameError"
    assert harness.run("leftover\n")["error"]["type"] == "NameError"


def test_module_level_asyncio_run_works_without_stack_switching(harness: Harness) -> None:
    # CPython, like a browser without JSPI, cannot block inside the harness's running loop.
    code = textwrap.dedent(
        """\
        import asyncio as aio

        async def main():
            await aio.sleep(0)
            return "done"

        if __name__ == "__main__":
            print(aio.run(main()))
        """
    )
    assert harness.run(code)["outcome"] == "ok"
    assert harness.printed() == "done\n"


def test_asyncio_run_inside_a_function_is_not_rewritten(harness: Harness) -> None:
    code = textwrap.dedent(
        """\
        import asyncio

        async def main():
            return 1

        def start():
            return asyncio.run(main())

        start()
        """
    )
    result = harness.run(code)
    # Still a real asyncio.run call, which refuses inside a running loop; nothing was silently changed.
    assert result["outcome"] == "error"
    assert result["error"]["line"] == 7
