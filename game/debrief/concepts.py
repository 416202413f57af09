"""The concepts of the seed texts as they appeared in play: for each, the first moment
that showed it, said in the language given. The definitions (game/text/concepts.py)
paraphrase Sakwa (2019) on the models of global order and Daßler, Heinkelmann-Wild &
Kruck (2024) on negative institutional power."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.engine import Event, GameState, dominant, events
from game.text.concepts import concept_text
from game.text.language import ENGLISH, N_, Language
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
# that takes an event of that kind). Keyed by the concept's name in game/text/concepts.py.
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


def concepts_met(
    steps: list[tuple[GameState, tuple[Event, ...]]], lang: Language = ENGLISH
) -> list[Concept]:
    """Each concept that appeared, with the round and the moment it first did, in the
    order the game met them; its name, meaning and moment in `lang`."""
    first: dict[str, Concept] = {}
    for after, happened in steps:
        for event in happened:
            for key, (kind, test) in SIGNS.items():
                if key in first or not isinstance(event, kind):
                    continue
                if test is not None and not test(event, after):
                    continue
                name, meaning, source = concept_text(key, lang)
                moment = describe(event, after, lang) or _plain(event, after, lang)
                first[key] = Concept(
                    name=name, meaning=meaning, source=source, round=event.round, moment=moment
                )
    return sorted(first.values(), key=lambda c: c.round)


# A member's turn to a mode of contestation (engine model/dynamics.py's MODES).
TURNED = {
    "voice": N_("{nation} turned to voice in {body}"),
    "subversion": N_("{nation} turned to subversion in {body}"),
    "exit": N_("{nation} turned to exit in {body}"),
    "rollback": N_("{nation} turned to rollback in {body}"),
}


def _plain(event: Event, state: GameState, lang: Language = ENGLISH) -> str:
    match event:
        case events.MotionAdopted(motion=motion, body=body, spec=spec):
            what = motion_text(spec, state, body, tabled_from(state, motion), lang)
            return lang.text(
                N_("{body} adopted a motion to {motion}"),
                body=body_name(state, body, lang),
                motion=what,
            )
        case events.MovementSurged(movement=movement):
            return lang.text(
                N_("A surge for {movement}"), movement=movement_name(state, movement, lang)
            )
        case events.Contestation(nation=nation, mode=mode, body=body):
            return lang.text(
                TURNED.get(mode, N_("{nation} turned to {mode} in {body}")),
                nation=nation_name(state, nation, lang),
                mode=mode,
                body=body_name(state, body, lang),
            )
    return event.kind.replace("_", " ")  # an event no sign looks for: not reached
