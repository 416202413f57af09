"""The report pages as text: one image per chart, nothing loaded from outside, and the
scenario's own words escaped, never read as markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.ai.baseline import baseline_action
from game.debrief.build import build
from game.debrief.model import Debrief
from game.engine import apply, current_players, is_terminal, start
from game.report.debrief import charts, debrief_page
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def debrief() -> Debrief:
    scenario = load_scenario(ROOT / "scenarios/tutorial.yaml")
    state, events = start(compile_scenario(scenario, 3))
    steps = [(state, events)]
    while not is_terminal(state):
        state, events = apply(state, baseline_action(state, current_players(state)[0]))
        steps.append((state, events))
    return build(scenario, 3, steps)


def test_one_embedded_image_per_chart(debrief: Debrief) -> None:
    page = debrief_page(debrief)
    sources = re.findall(r'<img src="([^"]+)"', page)
    assert len(sources) == len(charts(debrief)) >= 5
    assert all(s.startswith("data:image/png;base64,") for s in sources)
    assert not re.search(r'(src|href)="(https?:)?//', page)


def test_scenario_text_is_escaped(debrief: Debrief) -> None:
    hostile = debrief.model_copy(
        update={"title": "<script>alert(1)</script>", "discussion_questions": ["A & B?"]}
    )
    page = debrief_page(hostile)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "A &amp; B?" in page


def test_a_game_stopped_before_its_first_round_ends_still_reports(debrief: Debrief) -> None:
    empty = debrief.model_copy(update={"rounds": [], "timeline": [], "concepts": []})
    page = debrief_page(empty)
    assert "No round ended in this game, so there is nothing to chart yet." in page
    assert "<img" not in page
    assert "The game ended before any of the texts' concepts showed in play." in page
