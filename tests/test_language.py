"""The text layer's language: whole messages with named placeholders that a catalogue
may reorder, plural forms chosen by the catalogue, numbers in the language's decimal
sign; and, said in the pseudo-language, the glossary, the concepts, the verdict's
reasons and what a power did leave no English word behind (every word went through a
message)."""

from __future__ import annotations

import gettext
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from game.ai.deeds import alternative, deed
from game.engine import current_players, is_terminal, legal_actions, start
from game.play.loop import Baseline, step
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.text.concepts import DEFINITIONS, concept_text
from game.text.glossary import glossary, round_phases
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.objectives import aim_text
from game.text.pseudo import PSEUDO, escaped, shout
from game.text.reasons import phrase_text
from game.text.verdict import reason_text
from tests.words import strings

ROOT = Path(__file__).resolve().parents[1]


class Catalogue(gettext.NullTranslations):
    """A catalogue from a dict, with a plural rule of three forms (as in Polish)."""

    def __init__(self, messages: dict[str, str | list[str]]) -> None:
        super().__init__()
        self.messages = messages

    def gettext(self, message: str) -> str:
        found = self.messages.get(message, message)
        return found if isinstance(found, str) else found[0]

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = self.messages.get(msgid1)
        if not isinstance(forms, list):
            return msgid1 if n == 1 else msgid2
        few = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
        return forms[0 if n == 1 else 1 if few else 2]


def test_english_is_the_messages_themselves() -> None:
    assert ENGLISH.text(N_("{nation} vetoed {motion}"), nation="Russia", motion="it") == (
        "Russia vetoed it"
    )
    assert ENGLISH.plural(Np_("{count} member", "{count} members"), 1) == "1 member"
    assert ENGLISH.plural(Np_("{count} member", "{count} members"), 7) == "7 members"
    assert ENGLISH.number(0.7) == "0.70" and ENGLISH.number(12.4, 0) == "12"
    assert ENGLISH.percent(0.414) == "41%"


def test_a_catalogue_reorders_placeholders_and_picks_plural_forms() -> None:
    polish = Language(
        "pl",
        Catalogue(
            {
                "{nation} vetoed {motion}": "{motion}: weto {nation}",
                "{count} member": ["{count} członek", "{count} członkowie", "{count} członków"],
            }
        ),
        decimal=",",
    )
    assert polish.text("{nation} vetoed {motion}", nation="Rosja", motion="wniosek") == (
        "wniosek: weto Rosja"
    )
    forms = [polish.plural(("{count} member", "{count} members"), n) for n in (1, 3, 5, 22)]
    assert forms == ["1 członek", "3 członkowie", "5 członków", "22 członkowie"]
    assert polish.number(0.7) == "0,70" and polish.number(3, 0) == "3"


def test_the_pseudo_language_shouts_words_not_placeholders() -> None:
    assert shout("{nation}'s yes in {body}") == "{nation}'S YES IN {body} ··"
    said = PSEUDO.text(N_("{nation} vetoed {motion}"), nation="Russia", motion="it")
    assert said == "Russia VETOED it ··"
    assert shout("{a}; {b}") == "{a}; {b}" and len(shout("Save and go back")) >= 16 * 4 // 3
    assert escaped(said, ["Russia"]) == ["it"]


def test_the_glossary_and_the_concepts_are_all_messages() -> None:
    said = [*glossary(PSEUDO), *round_phases(PSEUDO)]
    said += [concept_text(name, PSEUDO)[:2] for name in DEFINITIONS]
    assert len(said) > 30
    for term, meaning in said:
        assert escaped(f"{term} {meaning}", []) == [], (term, meaning)
    assert glossary() == glossary(ENGLISH) and glossary()[0][0] == "great power"


def test_every_verdict_reason_met_in_play_is_all_messages() -> None:
    codes = set()
    for name in ("tutorial", "liberal-restraint-2025"):
        scenario = load_scenario(ROOT / "scenarios" / f"{name}.yaml")
        state = start(compile_scenario(scenario, 2))[0]
        players = Baseline(tuple(g.id for g in scenario.great_powers()))
        names = [n.name for n in state.nations]
        while not is_terminal(state):
            state = step(state, players)[0]
            for reason in state.order.reasons:
                codes.add(reason.code)
                said = reason_text(reason, state, lang=PSEUDO)
                assert escaped(said, names) == [], said
                assert reason_text(reason, state) == reason_text(reason, state, lang=ENGLISH)
    assert len(codes) >= 8


def test_what_a_power_did_and_its_alternatives_are_all_messages() -> None:
    """The clause an explanation opens with and the moves it weighs, said in the
    pseudo-language for every legal move over a baseline game of the tutorial."""
    scenario = load_scenario(ROOT / "scenarios" / "tutorial.yaml")
    state = start(compile_scenario(scenario, 1))[0]
    players = Baseline(tuple(g.id for g in scenario.great_powers()))
    names = strings(scenario.model_dump())
    kinds = set()
    while not is_terminal(state):
        for nation in current_players(state):
            for action in legal_actions(state, nation):
                kinds.add(type(action).__name__)
                for made in (deed(state, action), alternative(state, action)):
                    said = phrase_text(made, state, PSEUDO)
                    assert escaped(said, names) == [], said
                    assert phrase_text(made, state) == phrase_text(made, state, ENGLISH)
        state = step(state, players)[0]
    assert {"Cast", "Table", "Offer", "Pass", "OptOut"} <= kinds


def test_an_aim_reads_as_its_author_wrote_it_or_in_the_readers_language() -> None:
    """Over every aim of the six scenarios: the author's words kept where given; else the
    aim said from its kind and parameters, in English as the scenario compiler words it
    (but a possessive of a name ending in s) and in the pseudo-language all messages."""
    worlds = [ROOT / "scenarios" / f"{n}.yaml" for n in ("tutorial", "liberal-restraint-2025")]
    said = 0
    for path in [*worlds, *sorted((ROOT / "scenarios" / "worlds").glob("*.yaml"))]:
        scenario = load_scenario(path)
        state = start(compile_scenario(scenario, 1))[0]
        names = strings(scenario.model_dump())
        for nation in scenario.nations:
            aims = state.nation(nation.id).objectives
            for aim, spec in zip(aims, nation.objectives, strict=True):
                if spec.text:
                    assert aim_text(aim, state, spec.text, PSEUDO) == spec.text
                    continue
                english = aim_text(aim, state)
                assert english == aim.text or english == aim.text.replace("s's", "s'")
                assert escaped(aim_text(aim, state, lang=PSEUDO), names) == []
                said += 1
    assert said >= 20


@given(st.floats(1e-4, 1e5) | st.integers(-5000, 5000).map(float) | st.just(0.0))
def test_a_figure_has_the_decimals_it_has_as_python_writes_it(value: float) -> None:
    assert ENGLISH.figure(value) == f"{value:g}"
    assert Language("de", decimal=",").figure(value) == f"{value:g}".replace(".", ",")
