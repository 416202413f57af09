"""The bundled scenarios load, survive a round trip through YAML, and have the shape the
rest of the game relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.scenario import Scenario, load_scenario, parse_scenario
from game.scenario.dump import dump_scenario
from game.scenario.schema import QualifiedMajorityRule, UnanimityRule, WeightedRule

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
# The class scenarios and the study worlds built for each order verdict.
BUNDLED = sorted(SCENARIOS.glob("*.yaml")) + sorted((SCENARIOS / "worlds").glob("*.yaml"))


def test_both_bundled_scenarios_are_there() -> None:
    assert {p.name for p in BUNDLED} >= {"tutorial.yaml", "liberal-restraint-2025.yaml"}


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_loads(path: Path) -> None:
    scenario = load_scenario(path)
    assert scenario.id == path.stem


@pytest.mark.parametrize("minimal", [True, False])
@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_round_trip(path: Path, minimal: bool) -> None:
    scenario = load_scenario(path)
    text = dump_scenario(scenario, minimal=minimal)
    again = parse_scenario(text, "dumped.yaml")
    assert again == scenario
    assert dump_scenario(again, minimal=minimal) == text


def test_round_trip_keeps_ids_yaml_would_read_as_booleans() -> None:
    scenario = load_scenario(SCENARIOS / "tutorial.yaml")
    data = scenario.model_dump(mode="json")
    renamed_id = data["nations"][3]["id"]
    data["nations"][3]["id"] = "NO"
    for body in data["institutions"]:
        for key in ("members", "founders"):
            body[key] = ["NO" if m == renamed_id else m for m in body[key]]
        weights = body["rule"].get("weights") or {}
        if renamed_id in weights:
            weights["NO"] = weights.pop(renamed_id)
    renamed = Scenario.model_validate(data)
    text = dump_scenario(renamed)
    assert "'NO'" in text
    assert parse_scenario(text) == renamed


def test_tutorial_shape() -> None:
    s = load_scenario(SCENARIOS / "tutorial.yaml")
    assert len(s.great_powers()) == 3
    assert len(s.nations) - len(s.great_powers()) == 4
    assert len(s.institutions) == 3
    assert s.length.rounds == 4


@pytest.fixture(scope="module")
def restraint() -> Scenario:
    return load_scenario(SCENARIOS / "liberal-restraint-2025.yaml")


def test_restraint_powers(restraint: Scenario) -> None:
    nations = {n.id: n for n in restraint.nations}
    assert {n.id for n in restraint.great_powers()} == {"US", "CN", "RU", "EU", "IN"}
    assert not nations["GB"].great_power and not nations["FR"].great_power
    assert nations["US"].doctrine.dominant().value == "mercantilist"
    assert nations["CN"].doctrine.dominant().value == "sovereign"
    assert nations["RU"].doctrine.dominant().value == "sovereign"
    assert nations["EU"].doctrine.dominant().value == "liberal"
    assert max(nations["IN"].doctrine.as_tuple()) <= 0.45  # between the camps


def test_restraint_institutions(restraint: Scenario) -> None:
    bodies = {i.id: i for i in restraint.institutions}
    assert set(bodies) == {"unsc", "wto", "imf", "hrc", "paris", "nato", "sco", "ndb"}

    unsc = bodies["unsc"]
    assert unsc.tier.value == "apex" and unsc.member_count() == 15
    assert isinstance(unsc.rule, QualifiedMajorityRule) and unsc.rule.threshold == 0.6
    assert round(unsc.rule.threshold * unsc.member_count()) == 9
    assert set(unsc.veto_holders) == {"US", "CN", "RU", "GB", "FR"}

    assert isinstance(bodies["wto"].rule, UnanimityRule)
    imf = bodies["imf"]
    assert isinstance(imf.rule, WeightedRule) and imf.rule.quota == 0.85
    total = sum(imf.rule.weights.values()) + sum(
        (g.weight or 0) * g.count for g in imf.anonymous_members
    )
    assert total == pytest.approx(100, abs=0.5)
    assert imf.rule.weights["US"] / total > 0.15  # the US alone blocks an 85% decision

    hrc = bodies["hrc"]
    assert hrc.rule.kind == "majority" and not hrc.veto_holders and hrc.opt_out == 0
    assert "US" in hrc.members and hrc.member_count() == 47
    paris = bodies["paris"]
    assert paris.opt_out > 0 and "US" in paris.members
    assert bodies["nato"].member_count() == 32
    assert bodies["sco"].member_count() == 10


def test_restraint_events_use_every_effect(restraint: Scenario) -> None:
    kinds = {effect.kind for event in restraint.events for effect in event.effects}
    assert kinds == {
        "shock",
        "growth_change",
        "movement_surge",
        "doctrine_shift",
        "election",
        "injected_motion",
    }
    assert any(e.round is None for e in restraint.events)  # some are conditional
