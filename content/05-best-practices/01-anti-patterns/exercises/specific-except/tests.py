"""Hidden tests for parse_port; they run unchanged under pytest."""

import pytest

from port_config import parse_port


@pytest.mark.parametrize(
    ("value", "expected"),
    [("8000", 8000), (" 443 ", 443), ("5432\n", 5432)],
    ids=["plain", "padded", "trailing newline"],
)
def test_parses_valid_ports(value: str, expected: int) -> None:
    assert parse_port(value) == expected


@pytest.mark.parametrize("value", ["eighty", "", "80.5", "8080/tcp"])
def test_invalid_text_falls_back_to_the_default(value: str) -> None:
    assert parse_port(value) == 8080
    assert parse_port(value, default=3000) == 3000


@pytest.mark.parametrize("value", [None, ["8000"]], ids=["None", "a list"])
def test_unexpected_errors_propagate(value: object) -> None:
    # Passing something that is not text is a bug in the caller. Quietly
    # answering 8080 would hide it; the TypeError must reach them.
    with pytest.raises(TypeError):
        parse_port(value)
