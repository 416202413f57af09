"""Policies and motions in words: where a body's policy stands and how a motion moves it,
in the words its scenario (or its issue area) gives the ends of its axes; motions by
title, never by number; tallies and advice a student reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.ai.play import seat_bots
from game.engine import (
    Action,
    Cast,
    GameState,
    Pass,
    apply,
    current_players,
    is_terminal,
    legal_actions,
    parse_action,
    start,
)
from game.engine.events import MotionTabled
from game.play.loop import Bots, step
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.text.motions import ballot_advice, motion_text, motion_title, tally_words
from game.text.names import NameBook, weighted
from game.text.narrate import describe, rule_text
from game.text.policy import AREA_AXES, axes_for, move_words, place_words

ROOT = Path(__file__).resolve().parents[1]
TRADE = AREA_AXES["trade"]
SCENARIOS = (
    ROOT / "scenarios" / "tutorial.yaml",
    ROOT / "scenarios" / "liberal-restraint-2025.yaml",
    *sorted((ROOT / "scenarios" / "worlds").glob("*.yaml")),
)


def tutorial(seed: int = 1) -> GameState:
    state, _ = start(compile_scenario(load_scenario(ROOT / "scenarios/tutorial.yaml"), seed))
    return state


@pytest.mark.parametrize(
    ("point", "said"),
    [
        ((0.8, -0.2), "strongly for open markets, leaning to equal terms"),
        ((-0.5, 0.05), "for managed trade, between equal terms and special terms for the South"),
        ((0.0, 0.69), "between managed trade and open markets, for special terms for the South"),
    ],
)
def test_a_place_reads_as_the_ends_it_leans_to(point: tuple[float, float], said: str) -> None:
    assert place_words(TRADE, point) == said


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (
            (0.5, -0.2),
            (0.6, 0.3),
            "far toward special terms for the South and a little toward open markets",
        ),
        ((0.5, -0.2), (-0.3, -0.2), "far toward managed trade"),
        ((0.5, -0.3), (0.53, -0.29), "barely toward open markets"),
        ((0.0, 0.0), (0.0, -0.14), "a little toward equal terms"),
    ],
)
def test_a_move_reads_as_how_far_toward_which_end(
    before: tuple[float, float], after: tuple[float, float], said: str
) -> None:
    assert move_words(TRADE, before, after) == said


def test_a_body_reads_its_scenarios_words_else_its_areas() -> None:
    state = tutorial()
    assert axes_for(state, "forum", "trade") == (
        ("managed trade", "open markets"),
        ("equal terms", "help for poorer members"),
    )
    # A body the scenario gives no words (as one founded in play) reads its area's.
    assert axes_for(state, "founded-1", "climate") == AREA_AXES["climate"]


@pytest.mark.parametrize(
    ("spec", "said"),
    [
        ("policy 0.6 -0.2", "move its policy a little toward open markets"),
        ("mandate 0.1 0", "widen its mandate"),
        ("mandate 0 -0.1", "keep it out of more of members' affairs"),
        ("opt_out 1", "let any member opt out of its decisions in full"),
        ("opt_out 0.5", "let a member that opts out be spared 50% of a decision's cost"),
        ("opt_out 1 EM", "give Eastmark an opt-out of its decisions"),
        ("linkage 0.7", "tie 70% of members' privileges to staying in"),
        ("add_veto EM", "give Eastmark a veto"),
        ("remove_veto NL", "take away Northland's veto"),
        ("admit SG", "admit Southgate"),
    ],
)
def test_every_kind_of_motion_reads_as_what_it_does(spec: str, said: str) -> None:
    # The Trade Forum's policy is (0.5, -0.2).
    assert motion_text(spec, tutorial(), "forum") == said


def _move(state: GameState, table: str, motion: int) -> Action:
    """Northland tables `table` in the agenda; every ballot on the motion is yes; every
    other move is a pass."""
    mover = current_players(state)[0]
    legal = legal_actions(state, mover)
    if state.phase.value == "agenda" and mover == "NL":
        return parse_action(table)
    for action in legal:
        if isinstance(action, Cast) and action.motion == motion and action.vote == "yes":
            return action
    return next(a for a in legal if isinstance(a, Pass))


def test_a_motion_keeps_its_words_after_it_moved_the_policy() -> None:
    """Measured from the policy it was tabled against, not from where it took it."""
    state, table = tutorial(), "NL table forum policy 0.9 -0.2"
    tabled: MotionTabled | None = None
    while tabled is None:
        state, happened = apply(state, _move(state, table, 0))
        tabled = next((e for e in happened if isinstance(e, MotionTabled)), None)
    said = describe(tabled, state)
    assert (
        said == "Northland tables a motion in Trade Forum: move its policy far toward open markets"
    )
    title = motion_title(state, tabled.motion)
    assert title == "Northland's trade motion (open markets)"
    while state.body("forum").policy != (0.9, -0.2):
        assert state.round == 1, "the motion was never adopted"
        state, _ = apply(state, _move(state, table, tabled.motion))
    assert describe(tabled, state) == said
    assert motion_title(state, tabled.motion) == title
    # And from a save's record, where no state is replayed.
    scenario = load_scenario(ROOT / "scenarios/tutorial.yaml").model_dump(mode="json")
    book = NameBook.of_scenario(scenario)
    book.learn(tabled)
    assert describe(tabled, book) == said and motion_title(book, tabled.motion) == title


@pytest.mark.parametrize(
    ("tally", "said"),
    [
        ((5.0, 1.0, 1.0), "5 yes, 1 no, 1 abstaining"),
        ((3.0, 4.0, 0.0), "3 yes, 4 no"),
        ((0.248, 0.0377, 0.1), "64% of the weight yes, 10% no, 26% abstaining"),
    ],
)
def test_a_tally_counts_ballots_or_shares_of_weight(
    tally: tuple[float, float, float], said: str
) -> None:
    assert tally_words(tally) == said


def test_a_weighted_tally_reads_as_shares_even_in_whole_numbers() -> None:
    state = tutorial()  # the Reserve Fund weighs its votes: 79 of 100 is not 79 ballots
    assert weighted(state, "fund") and not weighted(state, "forum")
    assert tally_words((79.0, 0.0, 21.0), weighted(state, "fund")) == (
        "79% of the weight yes, 0% no, 21% abstaining"
    )


@pytest.mark.parametrize(
    ("vote", "value", "said"),
    [
        ("abstain", -0.02, "Your advisers: abstain; it changes little for you either way."),
        ("yes", 0.2, "Your advisers: vote yes; it gains you a little."),
        ("no", -2.0, "Your advisers: vote no; it costs you much."),
        ("yes", 6.0, "Your advisers: vote yes; it gains you a great deal."),
    ],
)
def test_advice_reads_as_advice(vote: str, value: float, said: str) -> None:
    assert ballot_advice(vote, value) == said


def test_a_rule_reads_as_who_must_agree_and_who_can_block() -> None:
    state = tutorial()
    assert rule_text(state.body("council"), state) == (
        "5 of 7 must agree; Northland, Eastmark and Southgate hold a veto"
    )
    assert rule_text(state.body("forum"), state) == (
        "more than half of those voting must agree; a member may opt out, spared 50% of a "
        "decision's cost"
    )


# What must never reach a player in the log: a motion's or an offer's number, or a
# policy as a pair of coordinates.
BARE = re.compile(r"\b[mo]\d+\b|\(-?\d+(\.\d+)?, -?\d+(\.\d+)?\)")


@pytest.mark.parametrize("world", SCENARIOS, ids=lambda w: w.stem)
def test_a_whole_games_log_names_motions_and_policies_in_words(world: Path) -> None:
    scenario = load_scenario(world)
    state, happened = start(compile_scenario(scenario, 3))
    bots = Bots(seat_bots(scenario, {g.id: "heuristic" for g in scenario.great_powers()}))
    log = list(happened)
    while not is_terminal(state):
        state, _, happened = step(state, bots)
        log.extend(happened)
    lines = [line for e in log if (line := describe(e, state))]
    assert any("motion" in line for line in lines)
    bare = [line for line in lines if BARE.search(line)]
    assert not bare, bare[:5]
