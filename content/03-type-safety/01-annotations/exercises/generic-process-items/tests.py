"""Hidden tests for process_items; they run unchanged under pytest.

Annotations do not change what the code does: these tests make sure the
behaviour survives, and the strict type check looks at the annotations.
"""

from item_tools import process_items, total_stock


def test_collects_the_field_in_order() -> None:
    items = [{"price": 30}, {"price": 10}, {"price": 20}]
    assert process_items(items, "price") == [30, 10, 20]


def test_a_missing_key_contributes_the_default() -> None:
    items = [{"stock": 4}, {"sku": 102}, {"stock": 6}]
    assert process_items(items, "stock", 0) == [4, 0, 6]


def test_a_missing_key_without_a_default_is_left_out() -> None:
    items = [{"stock": 4}, {"sku": 102}, {"stock": 6}]
    assert process_items(items, "stock") == [4, 6]


def test_none_values_are_left_out() -> None:
    # A key that is present but None is skipped, not replaced by the default.
    items = [{"owner": None}, {"owner": "ada"}, {}]
    assert process_items(items, "owner", "nobody") == ["ada", "nobody"]


def test_falsy_values_are_kept() -> None:
    items = [{"value": 0}, {"value": ""}, {"value": False}, {"value": []}]
    assert process_items(items, "value") == [0, "", False, []]


def test_no_items_give_an_empty_list() -> None:
    assert process_items([], "anything", 1) == []


def test_totals_the_stock() -> None:
    rows = [{"sku": 101, "stock": 4}, {"sku": 102}, {"sku": 103, "stock": 6}]
    assert total_stock(rows) == 10
    assert total_stock([]) == 0
