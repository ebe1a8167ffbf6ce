# expect-fail: test_waits_between_polls, test_pollers_overlap
"""Poll a job service until each job has finished."""

import asyncio

_polls: dict[str, int] = {}


async def fetch_status(job_id: str) -> str:
    """Pretend to ask a job service how `job_id` is doing.

    Every job reports "running" twice and "done" on the third poll.
    """
    _polls[job_id] = _polls.get(job_id, 0) + 1
    return "done" if _polls[job_id] >= 3 else "running"


async def wait_for_job(job_id: str, interval: float = 0.05, max_polls: int = 20) -> str:
    """Poll until the job is no longer "running", waiting `interval` seconds between polls.

    Returns the final status. Raises TimeoutError after `max_polls` polls.
    """
    for _ in range(max_polls):
        status = await fetch_status(job_id)
        if status != "running":
            return status
        asyncio.sleep(interval)
    raise TimeoutError(f"job {job_id} was still running after {max_polls} polls")


async def main() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    statuses = await asyncio.gather(wait_for_job("report"), wait_for_job("backup"))
    print(statuses)
    print(f"took {loop.time() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
