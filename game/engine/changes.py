"""Small changes to a state that moves and phases share: a nation, a body or a motion
replaced, a nation's standing adjusted with its event."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .actions import Term
from .events import Event, StandingChanged
from .records import evolve
from .state import BodyState, GameState, Motion, NationState, OfferState


def replace_nation(state: GameState, nation: NationState) -> GameState:
    return evolve(state, nations=tuple(nation if n.id == nation.id else n for n in state.nations))


def replace_body(state: GameState, body: BodyState) -> GameState:
    if not state.has_body(body.id):
        return evolve(state, bodies=(*state.bodies, body))
    return evolve(state, bodies=tuple(body if b.id == body.id else b for b in state.bodies))


def replace_motion(state: GameState, motion: Motion) -> GameState:
    return evolve(state, motions=tuple(motion if m.id == motion.id else m for m in state.motions))


def adjust(
    state: GameState,
    nation_id: str,
    log: list[Event],
    because: str,
    audience: tuple[str, ...] | None = None,
    **changes: float,
) -> GameState:
    """Add to a nation's legitimacy or capital, keeping legitimacy in [0, 1]. The change as
    applied goes to the log with its cause, so the year in review can explain each number
    term by term; a private cause (a deal's payment) is logged only to those who know it."""
    nation = state.nation(nation_id)
    moved = _adjusted(state, nation, log, because, audience, changes)
    return state if moved is nation else replace_nation(state, moved)


Changes = tuple[str, tuple[dict[str, float], ...]]  # a nation, and its change for each cause


def adjust_each(
    state: GameState, log: list[Event], because: tuple[str, ...], changes: Sequence[Changes]
) -> GameState:
    """`adjust` for many nations at once, each (nation, one change per cause) in turn: the
    same events in the same order, and one new tuple of nations rather than one a change."""
    nations = {n.id: n for n in state.nations}
    for nation_id, amounts in changes:
        for cause, change in zip(because, amounts, strict=True):
            nations[nation_id] = _adjusted(state, nations[nation_id], log, cause, None, change)
    if all(nations[n.id] is n for n in state.nations):
        return state
    return evolve(state, nations=tuple(nations[n.id] for n in state.nations))


def _adjusted(
    state: GameState,
    nation: NationState,
    log: list[Event],
    because: str,
    audience: tuple[str, ...] | None,
    changes: dict[str, float],
) -> NationState:
    updates: dict[str, Any] = {}
    applied: dict[str, float] = {}
    for name, delta in changes.items():
        old = getattr(nation, name)
        value = old + delta
        updates[name] = min(1.0, max(0.0, value)) if name == "legitimacy" else max(0.0, value)
        if updates[name] != old:
            applied[name] = updates[name] - old
    if not applied:
        return nation  # nothing moved (a bound reached): the nation stays the same object
    log.append(
        StandingChanged(
            round=state.round,
            seen_by=audience,
            nation=nation.id,
            because=because,
            changes=tuple(applied.items()),
        )
    )
    return evolve(nation, **updates)


def set_recognition(state: GameState, holder: str, other: str, value: float) -> GameState:
    nation = state.nation(holder)
    table = dict(nation.recognition)
    table[other] = min(1.0, max(0.0, value))
    return replace_nation(state, evolve(nation, recognition=tuple(sorted(table.items()))))


def offer_sides(offer: OfferState) -> list[tuple[Term, str, str]]:
    """Each promised term of an offer with who gives it and who receives it."""
    sides = [(offer.give, offer.sender, offer.receiver)]
    if offer.ask is not None:
        sides.append((offer.ask, offer.receiver, offer.sender))
    return sides


def mark_done(state: GameState, nation: str) -> GameState:
    return evolve(state, acted=(*state.acted, nation))
