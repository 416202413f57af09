"""The measured record of how each bundled scenario's games end (scenarios/tendencies.json,
`make tendencies`), which the scenario browser shows."""

from __future__ import annotations

import json
from pathlib import Path

from game.engine import RULES_VERSION
from game.present.tendency import tendency_lines
from game.scenario import load_scenario
from game.sim.tendencies import measure
from game.support.bundled import bundled_names
from game.support.tendencies import RECORD, WAYS, load

STALE = "run `make tendencies` and commit scenarios/tendencies.json"


def test_the_record_covers_every_bundled_scenario_under_these_rules() -> None:
    record = load()
    assert record is not None, f"missing or of other rules than {RULES_VERSION}: {STALE}"
    assert set(record.scenarios) == set(bundled_names()), STALE
    for name, found in record.scenarios.items():
        assert all(sum(c.values()) == record.level_runs for c in found.levels.values()), name
        assert set(found.strategies) == set(WAYS.values()), name
        assert all(sum(c.values()) == record.strategy_runs for c in found.strategies.values())


def test_the_hard_ai_s_record_agrees_with_each_period() -> None:
    """The browser's figures and the slow tests' (tests/scenario/test_historical.py) say
    the same: under the hard AI each period's world ends most often as its history."""
    record = load()
    assert record is not None, STALE
    for name, found in record.scenarios.items():
        history = load_scenario(name).history
        if history is None or history.verdict is None:
            continue
        hard = found.levels["hard"]
        assert max(hard, key=lambda v: hard[v]) == history.verdict, (name, hard)


def test_a_record_of_other_rules_is_not_shown(tmp_path: Path) -> None:
    data = json.loads(RECORD.read_text(encoding="utf-8"))
    data["rules"] = RULES_VERSION - 1
    stale = tmp_path / "tendencies.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    assert load(stale) is None
    assert load(tmp_path / "missing.json") is None
    assert "not measured yet" in tendency_lines("tutorial", load(stale))[0]
    assert "not measured yet" in tendency_lines("my-own-world", load())[0]


def test_measuring_plays_every_level_and_strategy_over_the_same_seeds() -> None:
    found = measure(["tutorial"], 2, 1, 1)
    assert found.rules == RULES_VERSION
    tutorial = found.scenarios["tutorial"]
    assert set(tutorial.levels) == {"normal", "hard"}
    assert all(sum(c.values()) == 2 for c in tutorial.levels.values())
    assert tutorial.strategies["bloc"]["bloc"] == 1  # the tutorial's two camps, as recorded
    lines = tendency_lines("tutorial", found)
    assert "(2 games each)" in lines[0] and "(1 game each)" in lines[1]
