"""What a scenario's author writes reaches the studies: the AI its `seats:` names plays
those seats in `simulate` and `play --headless` unless `--ai` says otherwise; and
`simulate` says what its transitional runs leaned to."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from game.ai.play import seat_kinds, written_seats
from game.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]


def seated(folder: Path) -> Path:
    """The tutorial with seats written: Northland played hard, Eastmark by the concert."""
    data = yaml.safe_load((ROOT / "scenarios" / "tutorial.yaml").read_text())
    data["seats"] = [
        {"nation": "NL", "ai": "hard"},
        {"nation": "EM", "ai": "concert"},
        {"nation": "SG"},
    ]
    path = folder / "seated.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def test_the_seats_written_are_the_default_and_ai_overrides_them(tmp_path: Path) -> None:
    scenario = load_scenario(seated(tmp_path))
    great = [n.id for n in scenario.great_powers()]
    written = written_seats(scenario)
    assert written == {"NL": "hard", "EM": "concert", "SG": "normal"}
    assert seat_kinds([], great, written) == written
    assert seat_kinds(["EM=easy"], great, written) == {**written, "EM": "easy"}
    assert seat_kinds(["baseline"], great, written) == dict.fromkeys(great, "baseline")
    # a scenario that lists no seats leaves the studies' default (the baseline) alone
    assert written_seats(load_scenario(ROOT / "scenarios" / "tutorial.yaml")) == {}


def study(*args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "simulate", *args, "--json", "--jobs", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    found: dict[str, object] = json.loads(result.stdout)
    return found


def test_simulate_plays_the_written_seats_and_tells_the_leaning(tmp_path: Path) -> None:
    path = str(seated(tmp_path))
    summary = study(path, "--runs", "2", "--rounds", "2")
    assert summary["ai"] == {"EM": "concert", "NL": "hard", "SG": "normal"}
    assert study(path, "--runs", "1", "--rounds", "1", "--ai", "NL=easy")["ai"] == {
        "EM": "concert",
        "NL": "easy",
        "SG": "normal",
    }
    # Two rounds are too few for a verdict to hold: every run is transitional, and each
    # leaned one way or another.
    verdicts, leanings = summary["verdicts"], summary["leanings"]
    assert isinstance(verdicts, dict) and isinstance(leanings, dict)
    assert sum(leanings.values()) == verdicts["transitional"] > 0


def test_play_headless_plays_the_written_seats(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "play", "--headless", str(seated(tmp_path)),
         "--seed", "2"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )  # fmt: skip
    assert (
        "Northland (hard AI), Eastmark (AI playing concert), Southgate (normal AI)"
        in (result.stdout.splitlines()[0])
    )
