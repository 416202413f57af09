"""Why a power did what it did: structured terms (name, value) and one sentence built
from them. The sentence names every term and says in words how much it weighed ("it
stood to gain much from the policy move, more than it gave up: the capital a motion
costs"); the values stay with the terms, for the debrief and the tests, not in the
sentence a student reads."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import (
    Action,
    Answer,
    Cast,
    GameState,
    Offer,
    events,
)
from game.text.amounts import size_words
from game.text.codes import DEMANDS
from game.text.deeds import did

Terms = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Explanation:
    nation: str
    action: str  # the action's canonical text
    terms: Terms  # what weighed for (positive) and against (negative) the action
    sentence: str


DEMAND_TEXT = DEMANDS  # (English message ids: the explanations are still made in English)


SECRET_AIM = "objective: "  # how a reason that is one of the power's objectives begins
SECRET = "one of its secret aims"


def shown(name: str) -> str:
    """A term as the sentence names it: one of the power's own aims as 'its secret aim
    (rein in the council)', any other term as it is."""
    if name.startswith(SECRET_AIM):
        aim = name[len(SECRET_AIM) :]
        return f"its secret aim ({aim[:1].lower()}{aim[1:]})"
    return name


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _weighed(terms: Terms) -> str:
    """'much from the policy move and a little from India's recognition'."""
    return _joined([f"{size_words(value)} from {shown(name)}" for name, value in terms])


def explain(
    state: GameState, action: Action, terms: Terms, lead: str = "", said: str = ""
) -> Explanation:
    """The explanation of an action from its terms (zero ones left out). Each term keeps
    its natural sign (what it is worth to the power); the side the total leans to is
    what it stood to gain (or to lose), the other what it gave up (or could have
    gained). `lead` opens the reason (e.g. 'it votes for the motion it tabled; ');
    `said`, if given, is the whole reason, the terms kept as its data."""
    kept = tuple((name, round(value, 4)) for name, value in terms if round(value, 2) != 0)
    subject = did(state, action)
    if said:
        return Explanation(action.nation, str(action), kept, f"{subject}: {said}.")
    total = sum(v for _, v in kept)
    ahead = tuple(sorted((t for t in kept if (t[1] > 0) == (total >= 0)), key=lambda t: -abs(t[1])))
    behind = tuple(sorted((t for t in kept if t not in ahead), key=lambda t: -abs(t[1])))
    if ahead:
        names = [shown(name) for name, _ in behind]
        if total >= 0:
            why = f"it stood to gain {_weighed(ahead)}"
            why += f", more than it gave up: {_joined(names)}" if behind else ""
        else:
            why = f"it stood to lose {_weighed(ahead)}"
            why += f", more than it could gain from {_joined(names)}" if behind else ""
    elif lead:
        return Explanation(action.nation, str(action), kept, f"{subject}: {lead.rstrip(': ,;')}.")
    elif isinstance(action, Cast):
        why = (
            "too little at stake to vote either way"
            if action.vote == "abstain"
            else "it had almost nothing at stake either way"
        )
    else:
        why = "nothing on offer was worth its cost"
    return Explanation(action.nation, str(action), kept, f"{subject}: {lead}{why}.")


def explanation_event(
    state: GameState, action: Action, nation: str, terms: Terms, sentence: str
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
        for label, _ in terms:
            if label.startswith(SECRET_AIM) and label != SECRET:
                sentence = sentence.replace(shown(label), SECRET)
        terms = tuple((SECRET if label.startswith(SECRET_AIM) else label, v) for label, v in terms)
    return events.Explained(
        round=state.round,
        seen_by=audience,
        nation=nation,
        action=str(action),
        terms=terms,
        sentence=sentence,
    )


def as_event(state: GameState, explanation: Explanation, action: Action) -> events.Explained:
    """The event for an explanation of `action` made in `state`."""
    return explanation_event(
        state, action, explanation.nation, explanation.terms, explanation.sentence
    )
