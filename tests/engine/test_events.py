"""Events are typed records, one class per kind: they read back exactly from their facts
and from JSON (as the classroom server sends them), and a malformed one is refused."""

from __future__ import annotations

import json
import random
from dataclasses import fields
from pathlib import Path

import pytest

from game.engine import (
    Event,
    apply,
    current_players,
    event_from_data,
    events,
    is_terminal,
    legal_actions,
    start,
)
from game.net.protocol import event_data, event_of
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[2]


def logs() -> list[Event]:
    """Every event of random games of both bundled scenarios."""
    found: list[Event] = []
    for name, seed in (("tutorial", 3), ("liberal-restraint-2025", 4), ("tutorial", 8)):
        chance = random.Random(seed)
        scenario = load_scenario(ROOT / "scenarios" / f"{name}.yaml")
        state, happened = start(compile_scenario(scenario, seed))
        found += happened
        while not is_terminal(state):
            nation = chance.choice(current_players(state))
            state, happened = apply(state, chance.choice(legal_actions(state, nation)))
            found += happened
    return found


@pytest.fixture(scope="module")
def log() -> list[Event]:
    return logs()


def test_every_event_reads_back_from_its_facts_and_from_json(log: list[Event]) -> None:
    kinds = {e.kind for e in log}
    assert len(kinds) >= 20, sorted(kinds)
    assert kinds <= set(events.KINDS)
    for event in log:
        assert type(event) is events.KINDS[event.kind]
        assert event_from_data(event.kind, event.round, event.data, event.audience) == event
        wire = json.loads(json.dumps(event_data(event)))
        assert event_of(wire) == event, wire


def test_only_the_kinds_that_may_be_private_carry_an_audience(log: list[Event]) -> None:
    private = {e.kind for e in log if e.audience is not None}
    assert {"offer_made", "standing_changed"} <= private
    for kind in private:
        assert issubclass(events.KINDS[kind], events.Private), kind
    for kind, cls in events.KINDS.items():
        names = {f.name for f in fields(cls)}
        assert ("seen_by" in names) == issubclass(cls, events.Private), kind


def test_a_standing_s_changes_are_facts_of_their_own() -> None:
    change = events.StandingChanged(
        round=2, nation="US", because="deal", changes=(("capital", -1.0),), seen_by=("US", "IN")
    )
    assert change.data == (("nation", "US"), ("because", "deal"), ("capital", -1.0))
    assert change.get("capital") == -1.0 and change.audience == ("US", "IN")
    assert event_from_data("standing_changed", 2, change.data, ("US", "IN")) == change


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("no_such_kind", (), "no such event kind"),
        ("veto_cast", (("nation", "US"), ("motion", 1), ("colour", "red")), "no fact 'colour'"),
        ("veto_cast", (("nation", "US"),), "veto_cast event"),
    ],
)
def test_a_malformed_event_is_refused(kind: str, data: events.Facts, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        event_from_data(kind, 1, data, None)
