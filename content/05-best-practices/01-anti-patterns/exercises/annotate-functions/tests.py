"""Hidden tests for the cart; they run unchanged under pytest.

Annotations change nothing at run time, so these tests only make sure the
behaviour survives; the lint and structure checks look at the annotations.
"""

import pytest

from cart import Cart, format_cents, to_cents


@pytest.mark.parametrize(
    ("price", "cents"),
    [("4.99", 499), ("4.5", 450), ("12", 1200), ("4.35", 435), ("0.07", 7)],
)
def test_converts_prices_to_cents(price: str, cents: int) -> None:
    assert to_cents(price) == cents


def test_formats_cents() -> None:
    assert format_cents(1008) == "10.08 EUR"
    assert format_cents(5, currency="USD") == "0.05 USD"
    assert format_cents(1200, "GBP") == "12.00 GBP"


def test_an_empty_cart_costs_nothing() -> None:
    cart = Cart()
    assert cart.total() == 0
    assert cart.item_names() == []


def test_totals_items_and_quantities() -> None:
    cart = Cart()
    cart.add("coffee", "4.5", quantity=2)
    cart.add("croissant", "2.20")
    assert cart.total() == 1120
    assert cart.item_names() == ["coffee", "croissant"]


def test_applies_a_discount() -> None:
    cart = Cart()
    cart.add("coffee", "4.5", quantity=2)
    cart.add("croissant", "2.20")
    assert cart.total(discount_percent=10) == 1008
    assert cart.total(discount_percent=100) == 0
