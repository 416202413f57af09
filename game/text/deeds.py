"""What a power did, as the clause an explanation opens with ("Northland vetoed Eastmark's
trade motion in the Trade Forum"), and a move named as an alternative ("voting no",
"tabling a motion in the Reserve Fund to ..."): made from the action and the names of the
moment, in a language, so that an explanation can be said when it is shown."""

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

from .codes import DEMANDS, code_text
from .language import ENGLISH, N_, Language
from .motions import motion_text, motion_title
from .names import body_name, nation_name, possessive
from .policy import area_words


def _given(state: GameState, term: Term, lang: Language) -> str:
    """One side of an offer as the offering power names it: 'a yes vote in the WTO'."""
    if term.kind == "pledge":
        return lang.text(N_("a yes vote in {body}"), body=body_name(state, term.body, lang))
    if term.kind == "guarantee":
        return lang.text(
            N_("a guarantee to stay in {body}"), body=body_name(state, term.body, lang)
        )
    if term.kind == "transfer":
        return lang.text(N_("{amount} capital"), amount=lang.figure(term.amount or 0))
    return lang.text(N_("recognition"))


def _area(area: str, lang: Language) -> str:
    return area_words(area, lang) or area.replace("_", " ")


def did(state: GameState, action: Action, lang: Language = ENGLISH) -> str:
    """What the power did, with its name: 'Northland voted yes on ... in ...'."""
    nation = nation_name(state, action.nation, lang)
    if isinstance(action, Cast):
        motion = state.motion(action.motion)
        where = body_name(state, motion.body, lang)
        title = motion_title(state, action.motion, lang)
        if action.vote == "no" and action.nation in state.body(motion.body).vetoes:
            message = N_("{nation} vetoed {motion} in {body}")
        elif action.vote == "abstain":
            message = N_("{nation} abstained on {motion} in {body}")
        elif action.vote == "yes":
            message = N_("{nation} voted yes on {motion} in {body}")
        else:
            message = N_("{nation} voted no on {motion} in {body}")
        return lang.text(message, nation=nation, motion=title, body=where)
    if isinstance(action, Table):
        return lang.text(
            N_("{nation} tabled a motion in {body} to {what}"),
            nation=nation,
            body=body_name(state, action.body, lang),
            what=motion_text(action.motion, state, action.body, lang=lang),
        )
    if isinstance(action, Threaten):
        return lang.text(
            N_("{nation} threatened to leave {body} unless granted {demand}"),
            nation=nation,
            body=body_name(state, action.body, lang),
            demand=code_text(DEMANDS, action.demand, lang),
        )
    if isinstance(action, Found):
        return lang.text(
            N_("{nation} founded a rival {area} body"),
            nation=nation,
            area=_area(action.area, lang),
        )
    if isinstance(action, Withdraw):
        return lang.text(
            N_("{nation} withdrew from {body}"),
            nation=nation,
            body=body_name(state, action.body, lang),
        )
    if isinstance(action, Join):
        return lang.text(
            N_("{nation} joined {body}"), nation=nation, body=body_name(state, action.body, lang)
        )
    if isinstance(action, OptOut):
        motion = state.motion(action.motion)
        return lang.text(
            N_("{nation} opted out of {motion} in {body}"),
            nation=nation,
            motion=motion_title(state, action.motion, lang),
            body=body_name(state, motion.body, lang),
        )
    if isinstance(action, Offer):
        to = nation_name(state, action.to, lang)
        give = _given(state, action.give, lang)
        if action.ask is None:
            return lang.text(N_("{nation} offered {to} {give}"), nation=nation, to=to, give=give)
        return lang.text(
            N_("{nation} offered {to} {give} for {ask}"),
            nation=nation,
            to=to,
            give=give,
            ask=_given(state, action.ask, lang),
        )
    if isinstance(action, Answer):
        offer = next((o for o in state.offers if o.id == action.offer), None)
        if offer is None:
            if action.accept:
                return lang.text(N_("{nation} accepted the offer"), nation=nation)
            return lang.text(N_("{nation} rejected the offer"), nation=nation)
        whose = possessive(nation_name(state, offer.sender, lang), lang)
        if action.accept:
            return lang.text(N_("{nation} accepted {whose} offer"), nation=nation, whose=whose)
        return lang.text(N_("{nation} rejected {whose} offer"), nation=nation, whose=whose)
    if isinstance(action, Pass):
        return lang.text(N_("{nation} passed"), nation=nation)
    return str(action)


def doing(state: GameState, action: Action, lang: Language = ENGLISH) -> str:
    """A move as an alternative is named: 'voting no', 'passing'."""
    if isinstance(action, Cast):
        votes = {
            "yes": N_("voting yes"),
            "no": N_("voting no"),
            "abstain": N_("voting abstain"),
        }
        return lang.text(votes[action.vote])
    if isinstance(action, Table):
        return lang.text(
            N_("tabling a motion in {body} to {what}"),
            body=body_name(state, action.body, lang),
            what=motion_text(action.motion, state, action.body, lang=lang),
        )
    if isinstance(action, Threaten):
        return lang.text(
            N_("threatening to leave {body}"), body=body_name(state, action.body, lang)
        )
    if isinstance(action, Found):
        return lang.text(N_("founding a rival {area} body"), area=_area(action.area, lang))
    if isinstance(action, Withdraw):
        return lang.text(N_("withdrawing from {body}"), body=body_name(state, action.body, lang))
    if isinstance(action, Join):
        return lang.text(N_("joining {body}"), body=body_name(state, action.body, lang))
    if isinstance(action, OptOut):
        return lang.text(
            N_("opting out of {motion}"), motion=motion_title(state, action.motion, lang)
        )
    if isinstance(action, Offer):
        return lang.text(N_("an offer to {nation}"), nation=nation_name(state, action.to, lang))
    if isinstance(action, Answer):
        return lang.text(N_("accepting") if action.accept else N_("rejecting"))
    return lang.text(N_("passing"))
