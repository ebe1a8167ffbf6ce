"""`pytest.fixture` and setting fixtures up and tearing them down for one test.

Every test gets fresh fixtures: a scope other than "function" is accepted (so
the same file runs under real pytest) but each test still builds its own, which
keeps one test's state out of the next.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FixtureDefinition:
    func: Callable[..., Any]
    name: str
    autouse: bool = False

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(
            f"Fixture {self.name!r} was called directly. Fixtures are not meant to be called: "
            "name it as a parameter of the test instead."
        )


def fixture(
    func: Callable[..., Any] | None = None,
    *,
    scope: str = "function",
    autouse: bool = False,
    name: str | None = None,
) -> Any:
    def decorate(function: Callable[..., Any]) -> FixtureDefinition:
        return FixtureDefinition(function, name or function.__name__, autouse)

    return decorate(func) if func is not None else decorate


class FixtureNotFound(LookupError):
    pass


def parameter_names(func: Callable[..., Any]) -> list[str]:
    return [
        p.name
        for p in inspect.signature(func).parameters.values()
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.default is p.empty
    ]


class FixtureSession:
    """The fixtures of one test: each set up once on first request, torn down
    in reverse order of setup."""

    def __init__(self, definitions: dict[str, FixtureDefinition]) -> None:
        self._definitions = definitions
        self._values: dict[str, Any] = {}
        self._finalizers: list[Callable[[], Any]] = []
        self._resolving: list[str] = []

    async def autouse(self) -> None:
        for definition in self._definitions.values():
            if definition.autouse:
                await self.get(definition.name)

    async def get(self, name: str) -> Any:
        if name in self._values:
            return self._values[name]
        definition = self._definitions.get(name)
        if definition is None:
            available = ", ".join(sorted(self._definitions))
            raise FixtureNotFound(f"fixture {name!r} not found (available: {available})")
        if name in self._resolving:
            raise FixtureNotFound(f"fixture {name!r} depends on itself: {' -> '.join([*self._resolving, name])}")
        self._resolving.append(name)
        try:
            arguments = {arg: await self.get(arg) for arg in parameter_names(definition.func)}
        finally:
            self._resolving.pop()
        self._values[name] = await self._set_up(definition.func(**arguments))
        return self._values[name]

    async def _set_up(self, produced: Any) -> Any:
        if inspect.isgenerator(produced):
            value = next(produced)
            self._finalizers.append(lambda: _finish_sync(produced))
            return value
        if inspect.isasyncgen(produced):
            value = await produced.__anext__()
            self._finalizers.append(lambda: _finish_async(produced))
            return value
        if inspect.iscoroutine(produced):
            return await produced
        return produced

    async def tear_down(self) -> None:
        """Runs every teardown even if one fails; the first failure is raised."""
        first_error: BaseException | None = None
        while self._finalizers:
            try:
                result = self._finalizers.pop()()
                if inspect.isawaitable(result):
                    await result
            except KeyboardInterrupt:
                raise
            except BaseException as error:  # noqa: BLE001 - reported after the other teardowns ran
                first_error = first_error or error
        if first_error is not None:
            raise first_error


def _finish_sync(generator: Any) -> None:
    try:
        next(generator)
    except StopIteration:
        return
    raise RuntimeError("a fixture yielded more than once; a fixture must yield exactly one value")


async def _finish_async(generator: Any) -> None:
    try:
        await generator.__anext__()
    except StopAsyncIteration:
        return
    raise RuntimeError("a fixture yielded more than once; a fixture must yield exactly one value")
