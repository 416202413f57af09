"""The year in review: each change of a great power or a body with the moves behind it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.ai.heuristic import HeuristicBot
from game.engine import apply, current_players, is_terminal, start
from game.engine.actions import MotionSpec
from game.engine.events import Event, MotionAdopted, StandingChanged, VetoCast
from game.engine.state import GameState, Motion, MotionStatus
from game.engine.views import player_view, visible
from game.present.review import year_review
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[2]


def first_state() -> GameState:
    state, _ = start(compile_scenario(load_scenario(ROOT / "scenarios/tutorial.yaml"), 1))
    return state


def test_nothing_changed_says_nothing() -> None:
    state = first_state()
    assert year_review(state, state, []) == []


def test_a_change_comes_with_the_move_behind_it() -> None:
    before = first_state()
    nations = tuple(
        replace(n, legitimacy=n.legitimacy - 0.05) if n.id == "EM" else n for n in before.nations
    )
    bodies = tuple(
        replace(b, vitality=b.vitality + 0.03) if b.id == "forum" else b for b in before.bodies
    )
    motions = (
        Motion(3, "council", "NL", MotionSpec("mandate", x=0.1), 1, MotionStatus.vetoed),
        Motion(4, "forum", "SG", MotionSpec("opt_out", value=1.0), 1, MotionStatus.adopted),
    )
    after = replace(before, nations=nations, bodies=bodies, motions=motions)
    events = [
        VetoCast(round=1, nation="EM", motion=3, against_majority=True),
        StandingChanged(
            round=1, nation="EM", because="veto_vs_majority", changes=(("legitimacy", -0.04),)
        ),
        StandingChanged(round=1, nation="EM", because="rest", changes=(("legitimacy", -0.01),)),
        MotionAdopted(round=1, motion=4, body="forum", spec="opt_out 1"),
        StandingChanged(round=1, body="forum", because="rest", vitality=0.03),
    ]
    lines = year_review(before, after, events)
    assert (
        "Eastmark: legitimacy -0.05 (vetoing against a majority -0.04, drifting back toward "
        "the usual level -0.01). Its moves: vetoed Northland's security motion (a wider "
        "mandate) against a majority"
    ) in lines
    assert (
        "Trade Forum: vitality +0.03 (settling toward its rest level +0.03). This year: "
        "adopted Southgate's trade motion (opt-outs for all)" in lines
    )
    assert not any(line.startswith("Northland") for line in lines)


def test_bodies_only_settling_share_one_line() -> None:
    before = first_state()
    bodies = tuple(replace(b, vitality=b.vitality + 0.02) for b in before.bodies)
    after = replace(before, bodies=bodies)
    events = [
        StandingChanged(round=1, body=b.id, because="rest", vitality=0.02) for b in before.bodies
    ]
    [line] = year_review(before, after, events)
    assert line.startswith("Vitality settling toward each body's rest level: ")
    assert line.count("+0.02") == len(before.bodies)


def test_a_part_the_seat_did_not_see_is_named_as_such() -> None:
    before = first_state()
    nations = tuple(
        replace(n, capital=n.capital + 1.5) if n.id == "EM" else n for n in before.nations
    )
    after = replace(before, nations=nations)
    seen = [StandingChanged(round=1, nation="EM", because="income", changes=(("capital", 2.0),))]
    assert year_review(before, after, seen) == [
        "Eastmark: capital +1.5 (yearly income from its power +2.0, moves you did not see -0.5)"
    ]


def test_a_real_year_is_explained_in_full_to_the_power_that_lived_it() -> None:
    """A year of heuristic play: every number of a seat's own power splits into causes it
    saw, with nothing left over."""
    state = first_state()
    bots = {n.id: HeuristicBot(n.id) for n in state.nations}
    seat = "EM"
    start_view = player_view(state, seat)
    seen: list[Event] = []
    while state.round == 1 and not is_terminal(state):
        nation = current_players(state)[0]
        state, events = apply(state, bots[nation].decide(player_view(state, nation)).action)
        seen.extend(e for e in events if visible(e, seat))
    lines = year_review(start_view, player_view(state, seat), seen)
    own = [line for line in lines if line.startswith("Eastmark:")]
    assert own, lines
    assert "(" in own[0] and "did not see" not in own[0], own


def test_a_review_shared_between_seats_is_each_seat_s_own() -> None:
    """One review serves every seat that saw the same year (the events it tells of,
    read from the same states): each is the review written for that seat alone, from
    every event it saw, offers and all."""
    from game.present.review import _written
    from game.text.language import ENGLISH

    state, _ = start(
        compile_scenario(load_scenario(ROOT / "scenarios/liberal-restraint-2025.yaml"), 3)
    )
    seats = [n.id for n in state.nations if n.great]
    begun = {s: player_view(state, s) for s in seats}
    seen: dict[str, list[Event]] = {s: [] for s in seats}
    bots = {s: HeuristicBot(s) for s in seats}
    compared = 0
    while not is_terminal(state) and state.round <= 3:
        mover = current_players(state)[0]
        state, happened = apply(state, bots[mover].decide(player_view(state, mover)).action)
        for seat in seats:
            seen[seat] += [e for e in happened if visible(e, seat)]
        if any(e.kind == "round_ended" for e in happened):
            for seat in seats:
                after = player_view(state, seat)
                shared = year_review(begun[seat], after, seen[seat])
                assert shared == _written(begun[seat], after, seen[seat], ENGLISH), seat
                begun[seat], seen[seat] = after, []
                compared += bool(shared)
    assert compared >= 10
