"""Hidden tests for fetch_multiple; they run unchanged under pytest + pytest-asyncio."""

import asyncio

import pytest

import gather_demo
from gather_demo import fetch_multiple

# Short delays keep Check fast; the overlap test compares against the sum of many.
DELAY = 0.01


class FakeNetwork:
    """Stands in for fetch_data: records calls and how many overlap."""

    def __init__(self, delays: dict[str, float] | None = None) -> None:
        self.delays = delays or {}
        self.calls: list[str] = []
        self.in_flight = 0
        self.peak = 0

    async def fetch(self, url: str) -> dict[str, str]:
        self.calls.append(url)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(self.delays.get(url, DELAY))
            if "fail" in url:
                raise ConnectionError(f"could not reach {url}")
            return {"url": url, "body": f"page at {url}"}
        finally:
            self.in_flight -= 1


def last_finishes_first(urls: list[str]) -> dict[str, float]:
    """Delays under which completion order is the reverse of `urls`, so results
    gathered in completion order fail every time, not by chance of equal timers."""
    return {url: DELAY * (len(urls) - index) for index, url in enumerate(urls)}


def page(url: str) -> dict[str, str]:
    return {"url": url, "body": f"page at {url}"}


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> FakeNetwork:
    fake = FakeNetwork()
    monkeypatch.setattr(gather_demo, "fetch_data", fake.fetch)
    return fake


@pytest.mark.asyncio
async def test_returns_every_page(network: FakeNetwork) -> None:
    urls = ["https://a.example", "https://b.example", "https://c.example"]
    network.delays = last_finishes_first(urls)
    assert await fetch_multiple(urls) == [page(u) for u in urls]


@pytest.mark.asyncio
async def test_results_keep_the_order_of_urls(network: FakeNetwork) -> None:
    urls = ["https://slow.example", "https://medium.example", "https://fast.example"]
    # The last URL finishes first; the results must still follow `urls`.
    network.delays = last_finishes_first(urls)
    assert await fetch_multiple(urls) == [page(u) for u in urls]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        (["https://a.example", "https://fail.example", "https://b.example"], ["https://a.example", "https://b.example"]),
        (["https://fail-1.example", "https://fail-2.example"], []),
        ([], []),
    ],
    ids=["one failure", "all fail", "no urls"],
)
async def test_failed_fetches_are_left_out(network: FakeNetwork, urls: list[str], expected: list[str]) -> None:
    network.delays = last_finishes_first(urls)
    assert await fetch_multiple(urls) == [page(u) for u in expected]


@pytest.mark.asyncio
async def test_fetches_each_url_once(network: FakeNetwork) -> None:
    urls = ["https://a.example", "https://b.example", "https://a.example/2"]
    await fetch_multiple(urls)
    assert sorted(network.calls) == sorted(urls)


@pytest.mark.asyncio
async def test_fetches_overlap(network: FakeNetwork) -> None:
    urls = [f"https://site-{n}.example" for n in range(20)]
    network.delays = dict.fromkeys(urls, 0.05)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await fetch_multiple(urls)
    elapsed = loop.time() - started
    # All twenty must be in flight together, so the wait is about one delay
    # (0.05 s), nowhere near the second that one-at-a-time fetching takes.
    assert network.peak == len(urls)
    assert elapsed < len(urls) * 0.05 / 2


@pytest.mark.asyncio
async def test_works_with_the_given_fetch_data() -> None:
    urls = ["https://example.com/a", "https://example.com/fail"]
    assert await fetch_multiple(urls) == [{"url": urls[0], "body": f"contents of {urls[0]}"}]
