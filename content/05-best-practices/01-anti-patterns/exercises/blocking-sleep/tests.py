"""Hidden tests for wait_for_job; they run unchanged under pytest + pytest-asyncio."""

import asyncio
import time

import pytest

import job_poller
from job_poller import wait_for_job

# Real sleeps, kept tiny so Check stays fast.
DELAY = 0.01


class FakeJobService:
    """Stands in for fetch_status: plays back scripted statuses and records the polling.

    `fetch` never awaits anything, so the only place a poller can let another
    one run is its wait between polls.
    """

    def __init__(self) -> None:
        self.scripts: dict[str, list[str]] = {}
        self.polls: dict[str, int] = {}
        self.waiting: set[str] = set()
        self.peak = 0

    async def fetch(self, job_id: str) -> str:
        count = self.polls.get(job_id, 0)
        self.polls[job_id] = count + 1
        script = self.scripts.get(job_id, ["running", "running", "done"])
        status = script[min(count, len(script) - 1)]
        if status == "running":
            self.waiting.add(job_id)
            self.peak = max(self.peak, len(self.waiting))
        else:
            self.waiting.discard(job_id)
        return status


def busy_sleep(seconds: float) -> None:
    """A sleep that holds on to the thread, as time.sleep does on a server."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        pass


@pytest.fixture
def blocking_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    # In the browser, Python's time.sleep can pause by handing control back to
    # JavaScript, which then lets other asyncio tasks run. On a server it blocks
    # the thread and every task on it. A busy wait blocks in both places.
    monkeypatch.setattr(time, "sleep", busy_sleep)


@pytest.fixture
def service(monkeypatch: pytest.MonkeyPatch) -> FakeJobService:
    fake = FakeJobService()
    monkeypatch.setattr(job_poller, "fetch_status", fake.fetch)
    return fake


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("script", "expected", "polls"),
    [
        (["running", "running", "done"], "done", 3),
        (["running", "failed"], "failed", 2),
        (["done"], "done", 1),
    ],
    ids=["done after three polls", "failed", "already done"],
)
async def test_returns_the_final_status(service: FakeJobService, script: list[str], expected: str, polls: int) -> None:
    service.scripts["job"] = script
    assert await wait_for_job("job", interval=DELAY) == expected
    assert service.polls["job"] == polls


@pytest.mark.asyncio
async def test_gives_up_after_max_polls(service: FakeJobService) -> None:
    service.scripts["stuck"] = ["running"]
    with pytest.raises(TimeoutError):
        await wait_for_job("stuck", interval=DELAY, max_polls=3)
    assert service.polls["stuck"] == 3


@pytest.mark.asyncio
async def test_waits_between_polls(service: FakeJobService) -> None:
    service.scripts["job"] = ["running", "running", "done"]
    loop = asyncio.get_running_loop()
    started = loop.time()
    await wait_for_job("job", interval=2 * DELAY)
    # Two waits of 2 * DELAY each. Only a lower bound, with a wide margin:
    # polling without waiting at all finishes in next to no time.
    assert loop.time() - started >= 2 * DELAY


@pytest.mark.asyncio
async def test_pollers_overlap(service: FakeJobService, blocking_sleep: None) -> None:
    service.scripts = {"report": ["running", "running", "done"], "backup": ["running", "running", "done"]}
    statuses = await asyncio.gather(wait_for_job("report", interval=DELAY), wait_for_job("backup", interval=DELAY))
    assert statuses == ["done", "done"]
    # While one job waits between polls, the other must get to poll too.
    # A blocking wait freezes the event loop, so the jobs run one after the other.
    assert service.peak == 2


@pytest.mark.asyncio
async def test_works_with_the_given_fetch_status() -> None:
    assert await wait_for_job("given-fetch-status", interval=DELAY) == "done"
