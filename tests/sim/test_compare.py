"""Class experiments: a lever with a known effect is found, an irrelevant one is not, and
the reading says so in a sentence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from game.sim.compare import (
    MEASURES,
    CompareError,
    differences,
    parse_sweep,
    plan,
    reading,
    results,
    run_compare,
    value_at,
)

ROOT = Path(__file__).resolve().parents[2]
LIBERAL = str(ROOT / "scenarios/liberal-restraint-2025.yaml")
TUTORIAL = str(ROOT / "scenarios/tutorial.yaml")


def compared(path: str, sets: list[str], runs: int, rounds: int | None = None) -> dict[str, Any]:
    study = plan(path, sets, None, rounds)
    base, variants = run_compare(study, runs, 1, (), 1, None)
    return results(study, base, variants, runs, 1, {}, None)


# Vetoes are rare (a no counts as one only where the draft had the votes it needed):
# 60 games tell their absence beyond chance among all the measures.
VETO_RUNS = 60


@pytest.fixture(scope="module")
def without_vetoes() -> dict[str, Any]:
    return compared(LIBERAL, ["institutions.unsc.veto_holders=[]"], VETO_RUNS)


def test_removing_the_security_council_vetoes_is_found(without_vetoes: dict[str, Any]) -> None:
    vetoes = without_vetoes["differences"]["vetoes"]
    assert vetoes["base"]["mean"] > 0.5
    assert vetoes["variant"]["mean"] == 0
    assert vetoes["clear"] and vetoes["difference"]["ci95"][1] < 0
    assert "no vetoes were cast" in without_vetoes["reading"]
    assert without_vetoes["reading"].startswith("With institutions.unsc.veto_holders=[], ")


def test_the_json_holds_both_sides_in_the_form_of_simulate(
    without_vetoes: dict[str, Any],
) -> None:
    for side in ("base", "variant"):
        summary = without_vetoes[side]
        assert {"verdicts", "rates", "modes", "by_nation", "by_institution"} <= set(summary)
        assert sum(summary["verdicts"].values()) == VETO_RUNS
    assert without_vetoes["variant"]["overrides"] == {"institutions.unsc.veto_holders": []}
    assert without_vetoes["base"]["overrides"] == {}
    assert set(without_vetoes["differences"]) == set(MEASURES)


def test_an_irrelevant_lever_finds_nothing() -> None:
    found = compared(LIBERAL, ["length.minutes=90"], 12)
    assert not [k for k, row in found["differences"].items() if row["clear"]]
    assert all(row["difference"]["mean"] == 0 for row in found["differences"].values())
    assert "nothing changed beyond chance in 12 runs" in found["reading"]


def _rows(**sides: tuple[float, float, bool]) -> dict[str, dict[str, Any]]:
    """Differences with every measure unchanged but the ones given as (base, variant,
    clear)."""
    rows = {}
    for key in MEASURES:
        b, v, clear = sides.get(key, (1.0, 1.0, False))
        rows[key] = {
            "base": {"mean": b, "ci95": [b, b]},
            "variant": {"mean": v, "ci95": [v, v]},
            "difference": {"mean": v - b, "ci95": [v - b, v - b]},
            "clear": clear,
        }
    return rows


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        (
            {"exits_great": (0.14, 0.42, True), "verdict_fragmented": (0.12, 0.41, True)},
            "With X=1, great powers left a body 3.0x as often (0.42 against 0.14 a game); "
            "the order was fragmented in 41% of runs against 12%.",
        ),
        (
            {"exits_great": (1.5, 0.9, True), "opt_outs": (0.8, 0.2, True)},
            "With X=1, great powers left a body 40% less often (0.90 against 1.50 a game); "
            "opt-outs were taken 75% less often (0.20 against 0.80 a game).",
        ),
        (
            {"rejoins": (2.0, 2.5, True)},
            "With X=1, nations rejoined a body 25% more often (2.50 against 2.00 a game).",
        ),
        (
            {"vetoes": (1.5, 0.0, True)},
            "With X=1, no vetoes were cast, against 1.50 a game.",
        ),
        (
            {"threats": (0.0, 0.3, True)},
            "With X=1, exit threats were made 0.30 times a game, against never.",
        ),
        (
            {"adopted": (8.0, 6.0, True), "exits_minor": (0.5, 0.45, False)},
            "With X=1, decisions were adopted 25% less often (6.00 against 8.00 a game).",
        ),
        (
            {"index_recognition": (0.5, 0.4, True)},
            "With X=1, mutual recognition ended at 0.400 against 0.500.",
        ),
        (
            {"vetoes": (1.5, 0.0, False)},
            "With X=1, nothing changed beyond chance in 20 runs on the same seeds: the final "
            "order, exits, vetoes, decisions and indices all differ by no more than the runs "
            "vary.",
        ),
    ],
)
def test_the_reading(sides: dict[str, tuple[float, float, bool]], expected: str) -> None:
    assert reading("With X=1", _rows(**sides), 20) == expected


def test_a_difference_is_clear_only_beyond_chance_over_all_measures() -> None:
    from game.sim.compare import Arm

    base, variant = Arm(), Arm()
    # The same vetoes but in a different order: the paired differences scatter around 0.
    for i in range(40):
        record = _record(vetoes=i % 3)
        values = base.add(record, None)
        variant.add(_record(vetoes=(i + 1) % 3), values)
    found = differences(base, variant)
    assert not found["vetoes"]["clear"]
    shifted = Arm()
    base2 = Arm()
    for i in range(40):
        values = base2.add(_record(vetoes=i % 3), None)
        shifted.add(_record(vetoes=i % 3 + 1), values)
    assert differences(base2, shifted)["vetoes"]["clear"]


def _record(vetoes: int) -> dict[str, Any]:
    return {
        "verdict": "transitional",
        "rounds": 4,
        "member_rounds": {"great": 10, "minor": 10},
        "exits": {"great": 0, "minor": 0},
        "veto_member_rounds": {"holder": 5, "other": 15},
        "veto_exits": {"holder": 0, "other": 0},
        **dict.fromkeys(("rejoins", "tabled", "adopted", "opt_outs", "threats", "reforms_won"), 0),
        "rivals_founded": 0,
        "vetoes": vetoes,
        "modes": {},
        "by_nation": {},
        "by_institution": {},
        "indices": {k[len("index_") :]: 0.5 for k in MEASURES if k.startswith("index_")},
    }


@pytest.mark.parametrize(
    ("text", "path", "values"),
    [
        ("institutions.forum.opt_out=0,0.5,1", "institutions.forum.opt_out", [0, 0.5, 1]),
        ("institutions.council.veto_holders=[],[NL]", "institutions.council.veto_holders",
         [[], ["NL"]]),
    ],
)  # fmt: skip
def test_sweep_values_are_read_as_yaml(text: str, path: str, values: list[Any]) -> None:
    assert parse_sweep(text) == (path, values)


@pytest.mark.parametrize("text", ["opt_out", "opt_out=", "=1,2", "a=[1,"])
def test_a_bad_sweep_is_explained(text: str) -> None:
    with pytest.raises(CompareError, match="--sweep"):
        parse_sweep(text)


def test_value_at_reads_list_entries_by_id() -> None:
    study = plan(TUTORIAL, [], "institutions.forum.opt_out=0,1", 2)
    assert value_at(study.base, "institutions.forum.opt_out") == 0.5
    assert value_at(study.base, "institutions.nowhere.opt_out") is None


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_compare_sweep_from_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "sweep.html"
    result = run(
        "compare", "scenarios/tutorial.yaml", "--sweep", "institutions.forum.opt_out=0,1",
        "--runs", "6", "--rounds", "2", "--jobs", "2", "--json", "--html", str(page),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["sweep"] == {
        "path": "institutions.forum.opt_out",
        "values": [0, 1],
        "written": 0.5,
    }
    assert [p["change"] for p in found["points"]] == [
        {"institutions.forum.opt_out": 0},
        {"institutions.forum.opt_out": 1},
    ]
    assert page.read_text().startswith("<!DOCTYPE html>")
    # The same seeds on one process give the same numbers.
    one = run(
        "compare", "scenarios/tutorial.yaml", "--sweep", "institutions.forum.opt_out=0,1",
        "--runs", "6", "--rounds", "2", "--jobs", "1", "--json",
    )  # fmt: skip
    assert json.loads(one.stdout) == found


def test_a_seat_played_otherwise_in_the_variant() -> None:
    """What if the leader overreaches? The same seeds, the US played by the overreach
    strategy in the variant and by the normal AI in the base."""
    study = plan(TUTORIAL, [], None, None, {"NL": "overreach"})
    assert study.variants[0][1] == {"ai.NL": "overreach"}
    assert study.variants[0][0] == study.base  # the scenario itself is unchanged
    seats = (("EM", "normal"), ("NL", "normal"), ("SG", "normal"))
    base, variants = run_compare(study, 6, 1, seats, 1, None)
    found = results(study, base, variants, 6, 1, dict(seats), None)
    assert found["reading"].startswith("With NL played by overreach, ")
    verdicts = found["differences"]
    assert verdicts["verdict_fragmented"]["variant"]["mean"] >= 0.5
    assert verdicts["verdict_fragmented"]["base"]["mean"] == 0
    assert verdicts["exits_great"]["variant"]["mean"] > verdicts["exits_great"]["base"]["mean"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "say what to change"),
        (("--variant-ai", "NL=hegemon"), "no AI 'hegemon'; did you mean 'hegemony'?"),
        (("--set", "institutions.forom.opt_out=1"), "forum"),
        (("--set", "institutions.forum.opt_out=2"), "opt_out"),
        (("--sweep", "institutions.forum.opt_out"), "PATH=V1,V2"),
        (("--set", "length.minutes=9", "--executor", "spark://x"), "dask://HOST:PORT"),
        (("--set", "length.minutes=9", "--runs", "1"), "at least 2"),
    ],
)
def test_compare_mistakes_are_one_clear_message(args: tuple[str, ...], message: str) -> None:
    result = run("compare", "scenarios/tutorial.yaml", *args)
    assert result.returncode in (1, 2)
    assert message in result.stderr
    assert "Traceback" not in result.stderr
