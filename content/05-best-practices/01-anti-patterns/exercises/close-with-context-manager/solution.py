"""Load a scoreboard saved as lines of "name,score"."""

from pathlib import Path


def load_scores(path: Path) -> dict[str, int]:
    """Read the scores in the file at `path`; blank lines are skipped.

    A malformed line raises ValueError.
    """
    scores: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            name, score = line.split(",")
            scores[name] = int(score)
    return scores


if __name__ == "__main__":
    board = Path("scores.txt")
    board.write_text("ada,31\ngrace,27\n\nlinus,19\n", encoding="utf-8")
    print(load_scores(board))
