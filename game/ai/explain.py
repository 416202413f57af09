"""Why a power did what it did: its terms (a phrase and a value each: what weighed for,
positive, and against, negative) and the whole explanation as a phrase made from them.
The explanation names every term and says in words how much it weighed ("it stood to
gain much from the policy move, more than it gave up: the capital a motion costs"); the
values stay with the terms, for the debrief and the tests, not in what a student reads.
Nothing here is in a language: game/text/reasons.py words the phrases when shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.engine import (
    Action,
    Answer,
    Cast,
    GameState,
    Offer,
    Phrase,
    events,
    phrase,
    replaced,
)

from .deeds import deed

Terms = tuple[tuple[Phrase, float], ...]

AIM = "aim"  # a term that is one of the power's own aims (its key in the state: `aim`)
SECRET = phrase("secret_aim")  # the same aim as others may learn of it


@dataclass(frozen=True)
class Explanation:
    nation: str
    action: str  # the action's canonical text
    terms: Terms  # what weighed for (positive) and against (negative) the action
    why: Phrase  # the whole explanation: what it did, and why


def aim(nation: str, key: str) -> Phrase:
    """One of the power's aims as a term (`key`: the aim's text in the state)."""
    return phrase(AIM, nation=nation, aim=key.rstrip("."))


def led(leads: Sequence[Phrase], reason: Phrase | None) -> Phrase | None:
    """The reason opened by its leads, the outermost first ('misjudging what was at
    stake, it votes for the motion it tabled; it stood to gain ...'); the innermost
    lead said alone where there is no reason."""
    for lead in reversed(leads):
        reason = lead if reason is None else Phrase(lead.says, (*lead.facts, ("reason", reason)))
    return reason


def explain(
    state: GameState,
    action: Action,
    terms: Terms,
    leads: Sequence[Phrase] = (),
    said: Phrase | None = None,
) -> Explanation:
    """The explanation of an action from its terms (zero ones left out). Each term keeps
    its natural sign (what it is worth to the power); the side the total leans to is
    what it stood to gain (or to lose), the other what it gave up (or could have
    gained). `leads` open the reason (e.g. 'it votes for the motion it tabled'); `said`,
    if given, is the whole reason, the terms kept as its data."""
    kept = tuple((name, round(value, 4)) for name, value in terms if round(value, 2) != 0)
    why = said or _weighed(kept, leads, action)
    return Explanation(
        action.nation, str(action), kept, phrase("explained", deed=deed(state, action), why=why)
    )


def _weighed(kept: Terms, leads: Sequence[Phrase], action: Action) -> Phrase:
    total = sum(v for _, v in kept)
    ahead = sorted((t for t in kept if (t[1] > 0) == (total >= 0)), key=lambda t: -abs(t[1]))
    behind = sorted((t for t in kept if t not in ahead), key=lambda t: -abs(t[1]))
    if ahead:
        sizes = tuple(phrase("weighed", size=value, term=name) for name, value in ahead)
        against = tuple(name for name, _ in behind) or None
        reason = phrase("gained" if total >= 0 else "lost", terms=sizes, others=against)
        return led(leads, reason) or reason
    if leads:
        return led(leads, None) or phrase("nothing_worth_cost")
    if isinstance(action, Cast):
        return phrase("too_little_at_stake" if action.vote == "abstain" else "almost_nothing")
    return phrase("nothing_worth_cost")


def explanation_event(
    state: GameState, action: Action, nation: str, terms: Terms, why: Phrase
) -> events.Explained:
    """An explanation as a log event. A ballot's reasons would reveal the ballot, and an
    offer's concern its two parties, so those are private; the rest are public. Whoever
    else reads it learns that a secret aim weighed, and how much, never which aim."""
    audience: tuple[str, ...] | None = None
    if isinstance(action, Cast):
        audience = (nation,)
    elif isinstance(action, Offer):
        audience = (nation, action.to)
    elif isinstance(action, Answer):
        offer = next((o for o in state.offers if o.id == action.offer), None)
        audience = (nation, offer.sender) if offer else (nation,)
    if audience != (nation,):
        why = replaced(why, {AIM: SECRET})
        terms = tuple((SECRET if term.says == AIM else term, v) for term, v in terms)
    return events.Explained(
        round=state.round,
        seen_by=audience,
        nation=nation,
        action=str(action),
        terms=terms,
        why=why,
    )


def as_event(state: GameState, explanation: Explanation, action: Action) -> events.Explained:
    """The event for an explanation of `action` made in `state`."""
    return explanation_event(state, action, explanation.nation, explanation.terms, explanation.why)
