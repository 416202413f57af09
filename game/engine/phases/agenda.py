"""The close of diplomacy (open offers lapse) and the agenda's speaking order."""

from __future__ import annotations

from .. import rules
from ..events import Event, OfferLapsed
from ..records import evolve
from ..state import GameState, OfferStatus


def lapse_offers(state: GameState, log: list[Event]) -> GameState:
    offers = []
    for offer in state.offers:
        if offer.status is OfferStatus.open:
            offer = evolve(offer, status=OfferStatus.lapsed)
            log.append(
                OfferLapsed(
                    round=state.round, seen_by=(offer.sender, offer.receiver), offer=offer.id
                )
            )
        offers.append(offer)
    return evolve(state, offers=tuple(offers))


def start_agenda(state: GameState, log: list[Event]) -> GameState:
    great = list(state.great_powers())
    if state.params.agenda.speaker_order == "rotating":
        shift = (state.round - 1) % max(len(great), 1)
        great = great[shift:] + great[:shift]
    elif state.params.agenda.speaker_order == "power":
        great.sort(key=lambda g: -rules.power_share(state, state.nation(g)))
    return evolve(state, speaker_order=tuple(great))
