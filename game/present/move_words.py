"""A move in the imperative, short enough for a menu line: 'Offer Eastmark recognition',
'Leave Trade Forum'."""

from __future__ import annotations

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
from game.text.language import N_, Language
from game.text.motions import motion_text, motion_title
from game.text.names import body_name, nation_name, series
from game.text.policy import area_named

# What a threat demands be granted (actions.DEMANDS), by its code.
DEMANDS = {
    "veto": N_("Threaten to leave {body} unless granted a veto"),
    "opt_out": N_("Threaten to leave {body} unless granted an opt-out"),
    "mandate_cut": N_("Threaten to leave {body} unless granted a narrower mandate"),
    "reweight": N_("Threaten to leave {body} unless granted reweighted votes"),
}
DEMAND_UNKNOWN = N_("Threaten to leave {body} unless granted {demand}")

# A ballot on a motion, by the vote.
VOTES = {
    "yes": N_("Vote yes on {motion}"),
    "no": N_("Vote no on {motion}"),
    "abstain": N_("Vote abstain on {motion}"),
}
VOTE_UNKNOWN = N_("Vote {vote} on {motion}")

# A rival body to found, in an issue area ({area}: 'trade'), alone or with others.
FOUND = N_("Found a rival {area} body")
FOUND_WITH = N_("Found a rival {area} body with {nations}")


def term_text(state: GameState, term: Term, mine: bool, lang: Language) -> str:
    """One side of an offer: `mine` the seat's own ('your yes in X'), else the other's
    ('their yes in X')."""
    body = body_name(state, term.body, lang=lang)
    if term.kind == "pledge":
        if mine:
            return lang.text(N_("your yes in {body}"), body=body)
        return lang.text(N_("their yes in {body}"), body=body)
    if term.kind == "transfer":
        return lang.text(N_("{amount} capital"), amount=lang.figure(term.amount or 0))
    if term.kind == "guarantee":
        if mine:
            return lang.text(N_("you stay in {body}"), body=body)
        return lang.text(N_("they stay in {body}"), body=body)
    return lang.text(N_("recognition")) if mine else lang.text(N_("their recognition"))


def offered_text(state: GameState, term: Term, lang: Language) -> str:
    """What another power offers the seat, as its offer line says it: 'yes in X',
    'recognition', 'they stay in X', '5 capital'."""
    if term.kind == "pledge":
        return lang.text(N_("yes in {body}"), body=body_name(state, term.body, lang=lang))
    if term.kind in ("transfer", "guarantee"):
        return term_text(state, term, False, lang)
    return lang.text(N_("recognition"))


def move_text(state: GameState, action: Action, lang: Language) -> str:
    if isinstance(action, Offer):
        to = nation_name(state, action.to, lang=lang)
        give = term_text(state, action.give, True, lang)
        if action.ask:
            return lang.text(
                N_("Offer {nation} {give} for {ask}"),
                nation=to,
                give=give,
                ask=term_text(state, action.ask, False, lang),
            )
        return lang.text(N_("Offer {nation} {give}"), nation=to, give=give)
    if isinstance(action, Answer):
        offer = next((o for o in state.offers if o.id == action.offer), None)
        number = lang.number(action.offer, 0)
        if offer is not None:
            owner = nation_name(state, offer.sender, lang=lang)
            if action.accept:
                return lang.text(
                    N_("Accept {owner:gen} offer (o{number})"), owner=owner, number=number
                )
            return lang.text(N_("Reject {owner:gen} offer (o{number})"), owner=owner, number=number)
        if action.accept:
            return lang.text(N_("Accept the offer (o{number})"), number=number)
        return lang.text(N_("Reject the offer (o{number})"), number=number)
    if isinstance(action, Table):
        return lang.text(
            N_("Table in {body}: {motion}"),
            body=body_name(state, action.body, lang=lang),
            motion=motion_text(action.motion, state, action.body, lang=lang),
        )
    if isinstance(action, Threaten):
        where = body_name(state, action.body, lang=lang)
        if action.demand in DEMANDS:
            return lang.text(DEMANDS[action.demand], body=where)
        return lang.text(DEMAND_UNKNOWN, body=where, demand=action.demand.replace("_", " "))
    if isinstance(action, Found):
        area = area_named(action.area, lang)
        names = [nation_name(state, n, lang=lang) for n in action.cofounders]
        if names:
            return lang.text(FOUND_WITH, area=area, nations=series(names, lang=lang))
        return lang.text(FOUND, area=area)
    if isinstance(action, Withdraw):
        return lang.text(N_("Leave {body}"), body=body_name(state, action.body, lang=lang))
    if isinstance(action, Join):
        return lang.text(N_("Join {body}"), body=body_name(state, action.body, lang=lang))
    if isinstance(action, OptOut):
        motion = state.motion(action.motion)
        return lang.text(
            N_("Opt out of {motion} in {body}"),
            motion=motion_title(state, action.motion, lang=lang),
            body=body_name(state, motion.body, lang=lang),
        )
    if isinstance(action, Cast):
        title = motion_title(state, action.motion, lang=lang)
        if action.vote in VOTES:
            return lang.text(VOTES[action.vote], motion=title)
        return lang.text(VOTE_UNKNOWN, vote=action.vote, motion=title)
    if isinstance(action, Pass):
        return lang.text(N_("Pass"))
    return str(action)
