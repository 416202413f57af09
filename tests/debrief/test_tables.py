"""The debrief command writes the debrief and the game's tables; the CSV columns are
stable and documented in docs/debrief.md."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from game.cli import main
from game.debrief.model import Debrief
from game.debrief.tables import COLUMNS
from game.play.record import load_save

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = ROOT / "scenarios" / "liberal-restraint-2025.yaml"


def test_the_columns_are_documented() -> None:
    docs = (ROOT / "docs" / "debrief.md").read_text(encoding="utf-8")
    for name, columns in COLUMNS.items():
        row = next(line for line in docs.splitlines() if line.startswith(f"| `{name}.csv`"))
        assert [c for c in columns if f"`{c}`" not in row] == [], name


def test_debrief_writes_json_and_tables(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    save = tmp_path / "game.json"
    assert (
        main(["play", "--headless", str(SCENARIO), "--ai", "heuristic", "--save", str(save)]) == 0
    )
    capsys.readouterr()
    assert main(["debrief", str(save), "-o", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "The order:" in printed and "Key moments:" in printed and "Scores" in printed
    debrief = Debrief.model_validate_json((tmp_path / "out" / "debrief.json").read_text())
    _, _, actions, final, _ = load_save(save)
    tables = {}
    for name, columns in COLUMNS.items():
        with (tmp_path / "out" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert tuple(reader.fieldnames or ()) == columns
            tables[name] = list(reader)
    assert len(tables["rounds"]) == debrief.rounds_played == final.rounds
    assert len(tables["actions"]) == len(actions)
    assert [row["action"] for row in tables["actions"]] == actions
    assert all(row["why"] for row in tables["actions"])  # every seat was an AI
    assert len(tables["nations"]) == final.rounds * len(final.nations)
    assert {row["nation"] for row in tables["scores"]} == set(final.great_powers())
    for row in tables["motions"]:
        ballots = [b for b in tables["ballots"] if b["motion"] == row["motion"]]
        assert ballots and row["result"] in ("adopted", "rejected", "vetoed")
    assert (
        json.loads((tmp_path / "out" / "debrief.json").read_text())["verdict"] == final.order.shown
    )


def test_a_bad_save_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert main(["debrief", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.json" in err[0]
