"""The log's sentences through the text layer: in the pseudo-language, every word of every
line an event makes comes from a message (or is one of the scenario's own names), so a
translation of the messages translates the log whole; and numbers take the language's
decimal sign."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from game.engine import GameState, events, is_terminal, start
from game.play.loop import Baseline, step
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.text.language import Language
from game.text.names import NameBook
from game.text.narrate import describe, offer_text, rule_text
from game.text.pseudo import PSEUDO, escaped
from tests.words import strings

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = [
    ROOT / "scenarios" / "tutorial.yaml",
    ROOT / "scenarios" / "liberal-restraint-2025.yaml",
    *sorted((ROOT / "scenarios" / "worlds").glob("*.yaml")),
]
ROUNDS = 30  # a cap: the scenarios end sooner


@dataclass(frozen=True)
class Played:
    names: list[str]  # the scenario's own words
    state: GameState  # at the end
    log: tuple[events.Event, ...]
    book: NameBook  # the names a save's record would know
    lines: tuple[tuple[str, str], ...]  # (kind, line) in the pseudo-language, as it went


@cache
def played(path: Path) -> Played:
    """A baseline game of the scenario to its end, its log in the pseudo-language as it
    went."""
    scenario = load_scenario(path)
    data = scenario.model_dump()
    state = start(compile_scenario(scenario, 3))[0]
    players = Baseline(tuple(g.id for g in scenario.great_powers()))
    book = NameBook.of_scenario(data)
    log: list[events.Event] = []
    lines: list[tuple[str, str]] = []
    while not is_terminal(state) and state.round <= ROUNDS:
        state, _, happened = step(state, players)
        log += happened
        for event in happened:
            book.learn(event)
            if (line := describe(event, state, lang=PSEUDO)) is not None:
                lines.append((event.kind, line))
    # A body founded in play is named by its founder, or after its founders by the game
    # (scenario/compile.py's FOUNDING_NOUNS): a name, as the scenario's are.
    founded = [e.name for e in log if isinstance(e, events.InstitutionFounded)]
    return Played(strings(data) + founded, state, tuple(log), book, tuple(lines))


def shouted(lines: Iterable[tuple[str, str]], names: list[str]) -> list[tuple[str, str, list[str]]]:
    """The lines with words that escaped the catalogue, and those words."""
    return [(kind, line, found) for kind, line in lines if (found := escaped(line, names))]


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_every_line_of_a_game_comes_from_the_catalogue(path: Path) -> None:
    game = played(path)
    assert game.state.round >= 8 or is_terminal(game.state)
    assert {"motion_tabled", "ballots_revealed"} <= {kind for kind, _ in game.lines}
    assert shouted(game.lines, game.names) == []


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_a_saved_games_log_and_the_rules_come_from_the_catalogue(path: Path) -> None:
    game = played(path)
    lines = [(e.kind, line) for e in game.log if (line := describe(e, game.book, lang=PSEUDO))]
    lines += [("rule", rule_text(body, game.state, lang=PSEUDO)) for body in game.state.bodies]
    assert len(lines) > len(game.state.bodies)
    assert shouted(lines, game.names) == []


def instructor_news(state: GameState) -> list[events.Event]:
    """What the instructor's menu and the rarer moments make, for a game's powers."""
    nation, other = (n.id for n in state.nations[:2])
    body, r = state.bodies[0].id, state.round
    return [
        events.EventFired(round=r, id="", title="X", briefing="", by_instructor=True),
        *(
            events.EventComposed(round=r, what=what, target=target, amount=amount)
            for what, target in (
                ("shock", body),
                ("growth", nation),
                *(("surge", m.id) for m in state.movement_specs),
            )
            for amount in (0.25, -0.01)
        ),
        events.PhaseEndedByInstructor(round=r, phase="opt_out"),
        events.Paused(round=r),
        events.Resumed(round=r),
        events.ThreatMade(round=r, nation=nation, body=body, demand="mandate_cut"),
        *(
            events.ThreatResolved(
                round=r, nation=nation, body=body, demand="veto", won=won, chance=0.5
            )
            for won in (True, False)
        ),
        events.InstitutionFounded(
            round=r,
            body="new",
            founder=nation,
            members=(nation, other),
            invited=(),
            area="human_rights",
            name="X",
        ),
        events.PledgeKept(round=r, nation=nation, to=other, motion=1),
        events.PledgeBroken(round=r, nation=nation, to=other),
        events.OfferMade(
            round=r, offer=1, text=f"{nation} offer {other} pledge {body} for transfer 1.5"
        ),
        events.OfferMade(
            round=r, offer=2, text=f"{nation} offer {other} recognise for guarantee {body}"
        ),
        events.OfferAccepted(round=r, offer=10_000),
        events.OfferLapsed(round=r, offer=10_000),
        events.VetoCast(round=r, nation=nation, motion=10_000, against_majority=True),
        events.MotionTabled(
            round=r, motion=10_000, body=body, sponsor=None, spec="policy 0.5 0.5", scripted=True
        ),
        events.MotionLapsed(
            round=r,
            motion=10_000,
            body=body,
            reason="not_a_member",
            facts=(("nation", nation), ("body", body)),
        ),
        events.GameOver(round=r),
    ]


@pytest.mark.parametrize("path", SCENARIOS[:2], ids=lambda p: p.stem)
def test_the_instructors_news_comes_from_the_catalogue(path: Path) -> None:
    game = played(path)
    state, book = game.state, game.book
    lines = [
        (e.kind, line)
        for e in instructor_news(state)
        for where in (state, book)
        if (line := describe(e, where, lang=PSEUDO))
    ]
    assert len(lines) == 2 * len(instructor_news(state))
    assert shouted(lines, game.names) == []


def test_numbers_take_the_languages_decimal_sign() -> None:
    state = played(SCENARIOS[1]).state
    comma = Language("xx", decimal=",")
    said = offer_text("EU offer US guarantee unsc for transfer 1.5", state, lang=comma)
    assert said.endswith("for 1,5 capital from United States")
    assert offer_text("US offer CN transfer 2", state, lang=comma) == (
        "United States offers China 2 capital"
    )
    shock = events.EventComposed(round=1, what="shock", target="unsc", amount=0.25)
    assert "(severity 0,25)" in str(describe(shock, state, lang=comma))
