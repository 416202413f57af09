"""Events in words: offers read as sentences, not as the engine's action text."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.engine import start
from game.engine.events import OfferMade
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.text.narrate import describe

ROOT = Path(__file__).resolve().parents[1]
STATE, _ = start(
    compile_scenario(load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml"), 1)
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "US offer IN pledge wto for pledge wto",
            "United States offers India its yes in World Trade Organization for India's yes "
            "in World Trade Organization",
        ),
        ("US offer CN transfer 2", "United States offers China 2 capital"),
        (
            "EU offer US recognise for guarantee unsc",
            "European Union offers United States its recognition for United States staying "
            "in UN Security Council",
        ),
        (
            "EU offer US guarantee unsc for transfer 1.5",
            "European Union offers United States to stay in UN Security Council for 1.5 "
            "capital from United States",
        ),
    ],
)
def test_an_offer_is_a_sentence(text: str, said: str) -> None:
    made = OfferMade(round=2, seen_by=("US", "IN"), offer=4, text=text)
    assert describe(made, STATE) == said
