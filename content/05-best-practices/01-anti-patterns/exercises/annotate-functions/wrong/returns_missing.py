# expect-fail: ANN201, ANN202, ANN204, fully-annotated
"""A shopping cart that totals prices in cents, so no rounding error creeps in."""


def to_cents(price: str):
    """Convert a price string such as "4.99" to a whole number of cents."""
    euros, _, cents = price.partition(".")
    return int(euros) * 100 + int(cents.ljust(2, "0")[:2])


def format_cents(amount: int, currency: str = "EUR"):
    """Show an amount of cents as text, such as "4.99 EUR"."""
    return f"{amount // 100}.{amount % 100:02d} {currency}"


def _discounted(amount: int, percent: int):
    return amount - amount * percent // 100


class Cart:
    def __init__(self):
        self.lines: list[tuple[str, int, int]] = []

    def add(self, name: str, price: str, quantity: int = 1):
        """Add `quantity` of an item whose price is a string such as "4.99"."""
        self.lines.append((name, to_cents(price), quantity))

    def total(self, discount_percent: int = 0):
        """The total in cents, after an optional percentage discount."""
        subtotal = sum(cents * quantity for _, cents, quantity in self.lines)
        return _discounted(subtotal, discount_percent)

    def item_names(self):
        return [name for name, _, _ in self.lines]


if __name__ == "__main__":
    cart = Cart()
    cart.add("coffee", "4.5", quantity=2)
    cart.add("croissant", "2.20")
    print(cart.item_names(), format_cents(cart.total(discount_percent=10)))
