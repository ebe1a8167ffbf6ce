# expect-fail: test_results_keep_the_order_of_urls, calls
"""Fetch several URLs at once instead of one after another."""

import asyncio


async def fetch_data(url: str) -> dict[str, str]:
    """Pretend to download `url`: wait a moment, then return its data.

    URLs containing "fail" raise ConnectionError, as a real network call might.
    """
    await asyncio.sleep(0.1)
    if "fail" in url:
        raise ConnectionError(f"could not reach {url}")
    return {"url": url, "body": f"contents of {url}"}


async def fetch_multiple(urls: list[str]) -> list[dict[str, str]]:
    """Fetch every URL concurrently and return the successful results in order."""
    pages = []
    for next_done in asyncio.as_completed([fetch_data(url) for url in urls]):
        try:
            pages.append(await next_done)
        except ConnectionError:
            pass
    return pages


async def main() -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    urls = ["https://example.com/a", "https://example.com/fail", "https://example.com/b"]
    pages = await fetch_multiple(urls)
    for page in pages:
        print("fetched", page["url"])
    print(f"took {loop.time() - started:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
