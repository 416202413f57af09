"""The seat's secret aims in words, each with its points, and its briefing: only its own
view holds them."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import GameState
from game.scenario import Scenario
from game.text.language import N_, Language, Np_
from game.text.objectives import aim_text

AIMS_HELP = N_("Only you see these; they are revealed at the end and weigh most in your score.")


@dataclass(frozen=True)
class AimWords:
    aims: list[str]  # 'Keep the Forum alive (3 points)'
    briefing: str  # the scenario's words to the seat ('' if none)


def aim_words(view: GameState, seat: str, scenario: Scenario, lang: Language) -> AimWords:
    if not view.has_nation(seat):  # observers have none
        return AimWords([], "")
    me = view.nation(seat)
    own = next((n for n in scenario.nations if n.id == seat), None)
    # the author's own words for each aim, where the scenario gives some (same order)
    authored: list[str | None] = [o.text for o in own.objectives] if own is not None else []
    authored += [None] * (len(me.objectives) - len(authored))
    aims = [
        lang.plural(
            Np_("{aim} ({count} point)", "{aim} ({count} points)"),
            o.points,
            aim=aim_text(o, view, text, lang),
        )
        for o, text in zip(me.objectives, authored, strict=False)
    ]
    return AimWords(aims, (own.briefing or "") if own is not None else "")
