"""A view with the scenario's texts in another language (game/play/translated.py): the
same game in other words; what the view hides stays hidden; a body founded in play
under one of the scenario's names takes that name's translation."""

from __future__ import annotations

from pathlib import Path

from game.engine import player_view, start
from game.play.translated import texts, view_in
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = ROOT / "scenarios" / "tutorial.yaml"


def test_a_view_reads_the_scenarios_texts_in_another_language() -> None:
    english, german = load_scenario(TUTORIAL, "en"), load_scenario(TUTORIAL, "de")
    state = start(compile_scenario(english, 4))[0]
    view = player_view(state, "NL")
    said = view_in(view, texts(german, english))
    assert {b.id: b.name for b in said.bodies}["council"] == "Weltrat"
    assert view.bodies[0].name == "World Council"  # the view itself unchanged
    own = said.nation("NL").nation
    assert [o.text for o in own.objectives] == [
        o.text for o in start(compile_scenario(german, 4))[0].nation("NL").nation.objectives
    ]
    for other in ("EM", "SG"):  # another power's secret aims stay secret in every language
        assert said.nation(other).nation.objectives == ()
    assert said.nation("NL").power == view.nation("NL").power
    assert said.round == view.round and said.motions == view.motions


def test_a_body_founded_under_a_scenarios_name_takes_its_translation() -> None:
    english, spanish = load_scenario(TUTORIAL, "en"), load_scenario(TUTORIAL, "es")
    state = start(compile_scenario(english, 4))[0]
    area, names = next(iter(english.founding_names.items()))
    founded = state.bodies[0].__class__(
        **{**state.bodies[0].__dict__, "id": "new1", "name": names[0]}
    )
    grown = state.__class__(**{**state.__dict__, "bodies": (*state.bodies, founded)})
    said = view_in(grown, texts(spanish, english))
    assert said.bodies[-1].name == spanish.founding_names[area][0] != names[0]
