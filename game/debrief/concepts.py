"""The concepts of the seed texts as they appeared in play: for each, the first moment
that showed it. The definitions paraphrase Sakwa (2019) on the models of global order
and Daßler, Heinkelmann-Wild & Kruck (2024) on negative institutional power."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.engine import Event, GameState, dominant, events
from game.text.concepts import DEFINITIONS
from game.text.motions import motion_text
from game.text.names import body_name, movement_name, nation_name, tabled_from
from game.text.narrate import describe

from .model import Concept


def _dominant(state: GameState, nation: str) -> int:
    return dominant(state.nation(nation).doctrine)


def _split(event: events.BallotsRevealed, state: GameState) -> bool:
    """Great powers of different dominant doctrines voting yes and no on one motion."""
    ballots = dict(event.ballots)
    great = [g for g in state.great_powers() if g in ballots]
    yes = {_dominant(state, g) for g in great if ballots[g] == "yes"}
    no = {_dominant(state, g) for g in great if ballots[g] == "no"}
    return bool(yes and no and yes != no)


def _cross(event: events.BallotsRevealed, state: GameState) -> bool:
    """An adopted motion whose great-power yes votes span two dominant doctrines."""
    ballots = dict(event.ballots)
    yes = {_dominant(state, g) for g in state.great_powers() if ballots.get(g) == "yes"}
    return event.result == "adopted" and len(yes) >= 2


def _restraint(event: events.BallotsRevealed, state: GameState) -> bool:
    """A veto holder of liberal doctrine abstaining on a motion that then passes."""
    ballots = dict(event.ballots)
    body = state.body(event.body) if state.has_body(event.body) else None
    return (
        event.result == "adopted"
        and body is not None
        and any(ballots.get(v) == "abstain" and _dominant(state, v) == 0 for v in body.vetoes)
    )


def _reform(event: events.ThreatResolved, state: GameState) -> bool:
    """A power of other than liberal doctrine winning a reform inside an existing body."""
    return event.won and state.has_nation(event.nation) and _dominant(state, event.nation) != 0


# Each concept's sign in the log: the kind of event, and what else must hold of it (a test
# that takes an event of that kind).
Test = Callable[[Any, GameState], bool]
SIGNS: dict[str, tuple[type[Event], Test | None]] = {
    "three storeys": (events.MovementSurged, None),
    "four globalisms": (events.BallotsRevealed, _split),
    "negative power": (events.VetoCast, None),
    "liberal restraint": (events.BallotsRevealed, _restraint),
    "voice": (events.Contestation, lambda e, s: e.mode == "voice"),
    "subversion": (events.Contestation, lambda e, s: e.mode == "subversion"),
    "exit": (events.NationWithdrew, lambda e, s: e.mode == "exit"),
    "rollback": (events.NationWithdrew, lambda e, s: e.mode == "rollback"),
    "linkage": (events.MotionAdopted, lambda e, s: e.spec.startswith("linkage")),
    "neo-revisionism": (events.ThreatResolved, _reform),
    "cross-order coalitions": (events.BallotsRevealed, _cross),
    "legitimacy and power": (events.VetoCast, lambda e, s: e.against_majority),
    "rival institutions": (events.InstitutionFounded, None),
}


def concepts_met(steps: list[tuple[GameState, tuple[Event, ...]]]) -> list[Concept]:
    """Each concept that appeared, with the round and the moment it first did, in the
    order the game met them."""
    first: dict[str, Concept] = {}
    for after, happened in steps:
        for event in happened:
            for name, (kind, test) in SIGNS.items():
                if name in first or not isinstance(event, kind):
                    continue
                if test is not None and not test(event, after):
                    continue
                meaning, source = DEFINITIONS[name]
                moment = describe(event, after) or _plain(event, after)
                first[name] = Concept(
                    name=name, meaning=meaning, source=source, round=event.round, moment=moment
                )
    return sorted(first.values(), key=lambda c: c.round)


def _plain(event: Event, state: GameState) -> str:
    match event:
        case events.MotionAdopted(motion=motion, body=body, spec=spec):
            what = motion_text(spec, state, body, tabled_from(state, motion))
            return f"{body_name(state, body)} adopted a motion to {what}"
        case events.MovementSurged(movement=movement):
            return f"A surge for {movement_name(state, movement)}"
        case events.Contestation(nation=nation, mode=mode, body=body):
            return f"{nation_name(state, nation)} turned to {mode} in {body_name(state, body)}"
    return event.kind.replace("_", " ")
