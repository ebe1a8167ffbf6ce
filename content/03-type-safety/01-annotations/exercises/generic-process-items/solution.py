"""Pull one field out of every record, keeping its type."""

from typing import TypeVar

T = TypeVar("T")


def process_items(items: list[dict[str, T]], filter_key: str, default: T | None = None) -> list[T]:
    """Collect `filter_key` from each item, in order.

    An item without the key contributes `default` instead; None values are left out.
    """
    results: list[T] = []
    for item in items:
        value = item.get(filter_key, default)
        if value is not None:
            results.append(value)
    return results


def total_stock(rows: list[dict[str, int]]) -> int:
    """Add up every row's "stock", counting a missing one as 0."""
    return sum(process_items(rows, "stock", 0))


if __name__ == "__main__":
    rows = [{"sku": 101, "stock": 4}, {"sku": 102}, {"sku": 103, "stock": 6}]
    print(process_items(rows, "stock"))
    print(total_stock(rows))
