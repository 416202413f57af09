"""A move in the imperative, short enough for a menu line: 'Offer Eastmark recognition',
'Leave Trade Forum'."""

from __future__ import annotations

from game.ai.explain import DEMAND_TEXT
from game.engine import (
    Action,
    Answer,
    Cast,
    Found,
    GameState,
    Join,
    Offer,
    OptOut,
    Pass,
    Table,
    Term,
    Threaten,
    Withdraw,
)
from game.text.motions import motion_text, motion_title
from game.text.names import body_name, nation_name, possessive


def term_text(state: GameState, term: Term, mine: bool) -> str:
    if term.kind == "pledge":
        return f"{'your' if mine else 'their'} yes in {body_name(state, term.body)}"
    if term.kind == "transfer":
        return f"{term.amount or 0:g} capital"
    if term.kind == "guarantee":
        return f"{'you' if mine else 'they'} stay in {body_name(state, term.body)}"
    return "recognition" if mine else "their recognition"


def move_text(state: GameState, action: Action) -> str:
    if isinstance(action, Offer):
        to = nation_name(state, action.to)
        text = f"Offer {to} {term_text(state, action.give, True)}"
        return text + (f" for {term_text(state, action.ask, False)}" if action.ask else "")
    if isinstance(action, Answer):
        offer = next((o for o in state.offers if o.id == action.offer), None)
        whose = f"{possessive(nation_name(state, offer.sender))} offer" if offer else "the offer"
        return f"{'Accept' if action.accept else 'Reject'} {whose} (o{action.offer})"
    if isinstance(action, Table):
        what = motion_text(action.motion, state, action.body)
        return f"Table in {body_name(state, action.body)}: {what}"
    if isinstance(action, Threaten):
        where = body_name(state, action.body)
        return f"Threaten to leave {where} unless granted {DEMAND_TEXT[action.demand]}"
    if isinstance(action, Found):
        with_ = ", ".join(nation_name(state, n) for n in action.cofounders)
        return f"Found a rival {action.area.replace('_', ' ')} body" + (
            f" with {with_}" if with_ else ""
        )
    if isinstance(action, Withdraw):
        return f"Leave {body_name(state, action.body)}"
    if isinstance(action, Join):
        return f"Join {body_name(state, action.body)}"
    if isinstance(action, OptOut):
        where = body_name(state, state.motion(action.motion).body)
        return f"Opt out of {motion_title(state, action.motion)} in {where}"
    if isinstance(action, Cast):
        return f"Vote {action.vote} on {motion_title(state, action.motion)}"
    if isinstance(action, Pass):
        return "Pass"
    return str(action)
