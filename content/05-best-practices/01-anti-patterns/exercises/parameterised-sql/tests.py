"""Hidden tests for add_user and find_user; they run unchanged under pytest."""

import sqlite3
from collections.abc import Iterator

import pytest

from user_lookup import add_user, find_user


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    """A fresh in-memory database with three users, built without the code under test."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT)")
    conn.executemany(
        "INSERT INTO users (username, email) VALUES (?, ?)",
        [("ada", "ada@example.com"), ("grace", "grace@example.com"), ("o'brien", "ob@example.com")],
    )
    conn.commit()
    yield conn
    conn.close()


def test_finds_an_existing_user(db: sqlite3.Connection) -> None:
    assert find_user(db, "grace") == (2, "grace", "grace@example.com")


def test_an_unknown_user_is_none(db: sqlite3.Connection) -> None:
    assert find_user(db, "linus") is None


def test_finds_a_name_containing_a_quote(db: sqlite3.Connection) -> None:
    assert find_user(db, "o'brien") == (3, "o'brien", "ob@example.com")


@pytest.mark.parametrize("attack", ["x' OR '1'='1", "' OR 1=1 --", "ada' --"])
def test_injection_finds_nothing(db: sqlite3.Connection, attack: str) -> None:
    # No user is called any of these; SQL built from the text would match someone.
    assert find_user(db, attack) is None


def test_added_users_can_be_found(db: sqlite3.Connection) -> None:
    add_user(db, "d'arcy", "darcy@example.com")
    assert find_user(db, "d'arcy") == (4, "d'arcy", "darcy@example.com")


def test_values_cannot_add_statements(db: sqlite3.Connection) -> None:
    attack = "x'); DELETE FROM users; --"
    add_user(db, "eve", attack)
    assert find_user(db, "eve") == (4, "eve", attack)
    assert find_user(db, "ada") == (1, "ada", "ada@example.com")
