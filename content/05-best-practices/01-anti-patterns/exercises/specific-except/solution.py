"""Read the port a service should listen on from its configuration."""


def parse_port(value: str, default: int = 8080) -> int:
    """Return `value` as a port number, or `default` if it is not a whole number.

    Surrounding whitespace is fine: " 8000 " is port 8000.
    """
    try:
        return int(value)
    except ValueError:
        return default


if __name__ == "__main__":
    for setting in ["8000", " 443 ", "eighty", ""]:
        print(repr(setting), "->", parse_port(setting))
