"""Hidden tests for load_scores; they run unchanged under pytest."""

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

import score_file
from score_file import load_scores


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[IO[Any]]]:
    """Every file load_scores opens with open(), so a test can ask whether it was closed."""
    files: list[IO[Any]] = []

    def recording_open(*args: Any, **kwargs: Any) -> IO[Any]:
        file = open(*args, **kwargs)  # the fixture closes whatever it records
        files.append(file)
        return file

    # A module-level name shadows the builtin for code inside score_file only.
    monkeypatch.setattr(score_file, "open", recording_open, raising=False)
    yield files
    for file in files:
        file.close()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "scores.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_every_score(tmp_path: Path) -> None:
    path = write(tmp_path, "ada,31\ngrace,27\n\nlinus,19\n")
    assert load_scores(path) == {"ada": 31, "grace": 27, "linus": 19}


def test_an_empty_file_has_no_scores(tmp_path: Path) -> None:
    assert load_scores(write(tmp_path, "")) == {}


@pytest.mark.parametrize("bad_line", ["grace,lots", "grace", "grace,1,2"])
def test_a_malformed_line_raises(tmp_path: Path, bad_line: str) -> None:
    with pytest.raises(ValueError):
        load_scores(write(tmp_path, f"ada,31\n{bad_line}\nlinus,19\n"))


def test_file_is_closed_after_reading(tmp_path: Path, opened: list[IO[Any]]) -> None:
    load_scores(write(tmp_path, "ada,31\n"))
    assert [file.closed for file in opened] == [True] * len(opened)


def test_file_is_closed_when_a_line_is_malformed(tmp_path: Path, opened: list[IO[Any]]) -> None:
    with pytest.raises(ValueError):
        load_scores(write(tmp_path, "ada,31\ngrace,lots\n"))
    # The error left load_scores halfway through the file; it must still be closed.
    assert [file.closed for file in opened] == [True] * len(opened)
