"""Diplomacy: making an offer, and answering one (the terms change hands)."""

from __future__ import annotations

from typing import Any

from ..changes import adjust, offer_sides, set_recognition
from ..events import Event, OfferAccepted, OfferMade, OfferRejected
from ..records import evolve
from ..state import GameState, OfferState, OfferStatus


def apply_offer(state: GameState, action: Any, log: list[Event]) -> GameState:
    offer = OfferState(
        state.next_offer, action.nation, action.to, action.give, action.ask, state.round
    )
    log.append(
        OfferMade(
            round=state.round, seen_by=(action.nation, action.to), offer=offer.id, text=str(action)
        )
    )
    return evolve(state, offers=(*state.offers, offer), next_offer=state.next_offer + 1)


def apply_answer(state: GameState, action: Any, log: list[Event]) -> GameState:
    offer = state.offer(action.offer)
    assert offer is not None  # checked legal
    status = OfferStatus.accepted if action.accept else OfferStatus.rejected
    state = evolve(
        state,
        offers=tuple(evolve(o, status=status) if o.id == offer.id else o for o in state.offers),
    )
    audience = (offer.sender, offer.receiver)
    log.append(
        (OfferAccepted if action.accept else OfferRejected)(
            round=state.round, seen_by=audience, offer=offer.id
        )
    )
    if action.accept:
        for term, giver, taker in offer_sides(offer):
            if term.kind == "transfer":
                paid = term.amount or 0
                state = adjust(state, giver, log, "deal", audience, capital=-paid)
                state = adjust(state, taker, log, "deal", audience, capital=paid)
            elif term.kind == "recognise":
                state = set_recognition(
                    state, giver, taker, state.nation(giver).recognises(taker) + 0.1
                )
    return state
