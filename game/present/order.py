"""The world order's gauge in words: the verdict as it stands (or the order it leans to),
each condition's reason and whether it holds, and what would tip it."""

from __future__ import annotations

from dataclasses import dataclass

from game.debrief.tipping import nearest
from game.engine import GameState
from game.text.codes import VERDICTS
from game.text.language import N_, Language
from game.text.verdict import reason_text

ORDER_HELP = N_(
    "The model's verdict on the world order: pluralist, hegemonic, bloc or fragmented once "
    "one holds long enough; until then transitional, leaning to the one it is closest to."
)
MAP_HELP = N_(
    "The order map: the order's point after each year, joined. Its corners are the four "
    "orders; the circle in the middle, an order in transition."
)
# A condition of the verdict, as it stands (the game's font has no tick or cross).
HOLDS = N_("holds")
FAILS = N_("fails")
# The order's verdict as the gauge heads it, by its code.
SHOWN = {
    "fragmented": N_("Fragmented"),
    "bloc": N_("Bloc"),
    "hegemonic": N_("Hegemonic"),
    "pluralist": N_("Pluralist"),
    "transitional": N_("Transitional"),
}


@dataclass(frozen=True)
class OrderWords:
    shown: str  # 'Transitional, leaning hegemonic'
    colour: str  # the verdict its colour is taken from: the leaning, else the order shown
    reasons: list[tuple[bool, str]]  # each condition: whether it holds, and why
    tipping: str  # what would tip it ('' before the first judgement)


def order_words(view: GameState, lang: Language) -> OrderWords:
    order = view.order
    if order.shown == "transitional" and order.leaning:
        leaning = order.leaning
        said = lang.text(VERDICTS[leaning]) if leaning in VERDICTS else leaning
        shown = lang.text(N_("Transitional, leaning {leaning}"), leaning=said)
    else:
        shown = lang.text(SHOWN[order.shown]) if order.shown in SHOWN else order.shown
    reasons = [(r.held, reason_text(r, view, lang=lang)) for r in order.reasons]
    tipping = nearest(view, lang).sentence if order.reasons else ""
    return OrderWords(shown, order.leaning or order.shown, reasons, tipping)
