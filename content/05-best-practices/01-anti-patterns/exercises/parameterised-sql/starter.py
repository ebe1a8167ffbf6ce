"""Add and look up users in the accounts database."""

import sqlite3

Row = tuple[int, str, str]


def create_schema(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT)")


def add_user(conn: sqlite3.Connection, username: str, email: str) -> None:
    """Insert a new user."""
    conn.execute(f"INSERT INTO users (username, email) VALUES ('{username}', '{email}')")
    conn.commit()


def find_user(conn: sqlite3.Connection, username: str) -> Row | None:
    """Return (id, username, email) for `username`, or None if there is no such user."""
    cursor = conn.execute(f"SELECT id, username, email FROM users WHERE username = '{username}'")
    return cursor.fetchone()


if __name__ == "__main__":
    db = sqlite3.connect(":memory:")
    create_schema(db)
    add_user(db, "ada", "ada@example.com")
    add_user(db, "grace", "grace@example.com")
    print(find_user(db, "grace"))
    print(find_user(db, "x' OR '1'='1"))  # no user has this name...
