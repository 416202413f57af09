"""Names in sentences (game/text/grammar.py): a message asks for a name's form by case,
the scenario's grammar gives it, the language's rule makes it where the scenario gives
none; a word agrees with a name's gender and number; a preposition meets an article as
the language joins them; and a scenario's grammar is checked against its names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.scenario import ScenarioError, load_scenario, parse_scenario, validate_data
from game.text import grammar
from game.text.catalogues import language
from game.text.language import fill

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = sorted(p.stem for p in (ROOT / "scenarios").glob("*.yaml"))

GRAMMAR = {
    "de": {
        "Vereinigte Staaten (Test)": {
            "gender": "feminine",
            "plural": True,
            "nominative": "die Vereinigten Staaten (Test)",
            "accusative": "die Vereinigten Staaten (Test)",
            "dative": "den Vereinigten Staaten (Test)",
            "genitive": "der Vereinigten Staaten (Test)",
        },
        "Weltrat (Test)": {
            "gender": "masculine",
            "nominative": "der Weltrat (Test)",
            "accusative": "den Weltrat (Test)",
            "dative": "dem Weltrat (Test)",
            "genitive": "des Weltrats (Test)",
        },
        "Weltbank (Test)": {
            "gender": "feminine",
            "nominative": "die Weltbank (Test)",
            "accusative": "die Weltbank (Test)",
            "dative": "der Weltbank (Test)",
            "genitive": "der Weltbank (Test)",
        },
    },
    "es": {
        "Consejo (Test)": {"gender": "masculine", "nominative": "el Consejo (Test)"},
        "Unión (Test)": {"gender": "feminine", "nominative": "la Unión (Test)"},
    },
}

# (language, message, values, what it says)
CASES = [
    # A name alone stays as it is; each case from the scenario.
    ("de", "{body}", {"body": "Weltrat (Test)"}, "Weltrat (Test)"),
    (
        "de",
        "Antrag {nation:gen}",
        {"nation": "Vereinigte Staaten (Test)"},
        "Antrag der Vereinigten Staaten (Test)",
    ),
    ("de", "tritt {body:dat} bei", {"body": "Weltbank (Test)"}, "tritt der Weltbank (Test) bei"),
    ("de", "verlässt {body:acc}", {"body": "Weltrat (Test)"}, "verlässt den Weltrat (Test)"),
    # A preposition joins the article; a relative clause's words are the message's own.
    ("de", "Krise in {body:dat}", {"body": "Weltrat (Test)"}, "Krise im Weltrat (Test)"),
    ("de", "Weg zu {body:dat}", {"body": "Weltbank (Test)"}, "Weg zur Weltbank (Test)"),
    ("de", "von {body:dat}", {"body": "Weltrat (Test)"}, "vom Weltrat (Test)"),
    (
        "de",
        "das Gremium, in dem {body} tagt",
        {"body": "Weltrat (Test)"},
        "das Gremium, in dem Weltrat (Test) tagt",
    ),
    # A subject's article starts a sentence with a capital; a word agrees with it.
    (
        "de",
        "{nation:nom} {nation:bietet|pl=bieten} an. {body:nom} tagt.",
        {"nation": "Vereinigte Staaten (Test)", "body": "Weltrat (Test)"},
        "Die Vereinigten Staaten (Test) bieten an. Der Weltrat (Test) tagt.",
    ),
    (
        "de",
        "{body:nom} stimmt über {body:sein|f=ihr} Mandat ab",
        {"body": "Weltbank (Test)"},
        "Die Weltbank (Test) stimmt über ihr Mandat ab",
    ),
    # A name the scenario does not describe: the language's regular forms.
    ("de", "Antrag {nation:gen}", {"nation": "Ostmark"}, "Antrag Ostmarks"),
    ("de", "Antrag {nation:gen}", {"nation": "Paris"}, "Antrag Paris'"),
    ("de", "{nation:nom} {nation:bietet|pl=bieten}", {"nation": "Ostmark"}, "Ostmark bietet"),
    ("en", "{owner:gen} offer", {"owner": "India"}, "India's offer"),
    ("en", "{owner:gen} offer", {"owner": "United States"}, "United States' offer"),
    ("es", "oferta {owner:gen}", {"owner": "China"}, "oferta de China"),
    # Spanish: de el -> del, a el -> al (not before a name's own capital El).
    ("es", "se retira de {body:nom}", {"body": "Consejo (Test)"}, "se retira del Consejo (Test)"),
    ("es", "propuesta {body:gen}", {"body": "Consejo (Test)"}, "propuesta del Consejo (Test)"),
    ("es", "se une {body:dat}", {"body": "Consejo (Test)"}, "se une al Consejo (Test)"),
    ("es", "se une {body:dat}", {"body": "Unión (Test)"}, "se une a la Unión (Test)"),
    ("es", "viaja a {nation}", {"nation": "El Salvador"}, "viaja a El Salvador"),
    ("es", "{body:nom} decide", {"body": "Unión (Test)"}, "La Unión (Test) decide"),
    ("es", "{body:fundado|f=fundada}", {"body": "Unión (Test)"}, "fundada"),
    # Spanish y -> e before an i- sound, o -> u before an o- sound; not before a diphthong.
    ("es", "{first} y {last}", {"first": "Francia", "last": "India"}, "Francia e India"),
    ("es", "{first} y {last}", {"first": "Francia", "last": "Hispania"}, "Francia e Hispania"),
    ("es", "{first} y {last}", {"first": "agua", "last": "hielo"}, "agua y hielo"),
    ("es", "{first} o {last}", {"first": "Bélgica", "last": "Omán"}, "Bélgica u Omán"),
    ("es", "{first} y {last}", {"first": "Francia", "last": "China"}, "Francia y China"),
    # Any other value or spec as str.format writes it.
    ("en", "{share:.1f} of {count}", {"share": 0.25, "count": 3}, "0.2 of 3"),
]


@pytest.fixture(autouse=True, scope="module")
def learnt() -> None:
    grammar.learn(GRAMMAR)


@pytest.mark.parametrize(("code", "message", "values", "said"), CASES)
def test_a_name_takes_the_form_its_place_in_the_sentence_asks_for(
    code: str, message: str, values: dict[str, object], said: str
) -> None:
    assert fill(message, values, code) == said


def test_a_language_object_fills_forms_in_its_own_grammar() -> None:
    assert language("de").text("in {body:dat}", body="Weltrat (Test)") == "im Weltrat (Test)"
    assert language("es").text("de {body:nom}", body="Consejo (Test)") == "del Consejo (Test)"


@pytest.mark.parametrize(
    ("spec", "valid"),
    [
        ("", True),
        ("gen", True),
        ("bietet|pl=bieten", True),
        ("sein|f=ihr|pl=ihr", True),
        ("genitive", False),
        ("x|q=y", False),
        ("a|f=b|f=c", False),
    ],
)
def test_only_the_forms_and_choices_the_game_reads_are_valid(spec: str, valid: bool) -> None:
    assert grammar.valid_spec(spec) is valid


@pytest.mark.parametrize("name", BUNDLED)
@pytest.mark.parametrize("code", ["de", "es"])
def test_every_name_of_a_bundled_scenario_has_its_grammar(name: str, code: str) -> None:
    """Each name's gender, and in German the four cases of every name with an article."""
    scenario = load_scenario(ROOT / "scenarios" / f"{name}.yaml", code)
    described = scenario.grammar[code]
    assert set(scenario.names()) <= set(described), set(scenario.names()) - set(described)
    for word, forms in described.items():
        assert forms.gender, word
        if forms.nominative and code == "de":
            assert forms.genitive and forms.dative and forms.accusative, word


def _scenario(grammar_yaml: str) -> str:
    text = (ROOT / "scenarios" / "tutorial.yaml").read_text()
    text = re.sub(r"\ngrammar:\n(?:  .*\n|\n|#.*\n)*", "\n", text)
    return text + grammar_yaml


def test_a_grammar_names_only_the_scenarios_names() -> None:
    with pytest.raises(ScenarioError) as error:
        parse_scenario(
            _scenario("grammar:\n  de:\n    Weltrta: {gender: masculine}\n"), "t.yaml", "de"
        )
    said = str(error.value)
    assert "'Weltrta' is no name in this scenario's de texts" in said
    assert "Weltrat" in said and "t.yaml:" in said


def test_a_german_name_with_an_article_gives_its_four_cases() -> None:
    bad = "grammar:\n  de:\n    Weltrat: {gender: masculine, nominative: der Weltrat}\n"
    with pytest.raises(ScenarioError, match="give its accusative, dative, genitive too"):
        parse_scenario(_scenario(bad), "t.yaml", "de")


def test_a_scenario_read_in_another_language_checks_every_languages_names() -> None:
    bad = "grammar:\n  de:\n    Weltrta: {gender: masculine}\n"
    with pytest.raises(ScenarioError, match="'Weltrta' is no name in this scenario's de"):
        parse_scenario(_scenario(bad), "t.yaml", "en")


def test_a_games_copy_of_a_scenario_in_one_language_keeps_the_others_grammar() -> None:
    """A save or a journal keeps the scenario as read in one language, and its grammar in
    every language: it reads again whatever language reads it."""
    spanish = load_scenario(ROOT / "scenarios" / "tutorial.yaml", "es").model_dump(mode="json")
    for code in ("en", "de", "es"):
        assert validate_data(spanish, "save", lang=code).grammar["de"]["Weltrat"].gender


def test_a_scenario_in_one_language_has_its_grammar_checked() -> None:
    plain = validate_data(load_scenario(ROOT / "scenarios" / "tutorial.yaml").model_dump())
    data = plain.model_dump(mode="json") | {"grammar": {"en": {"World Councl": {}}}}
    with pytest.raises(ScenarioError, match="'World Councl' is no name"):
        validate_data(data, "mine.yaml")


def test_a_message_begun_by_a_name_is_written_small_inside_another_sentence() -> None:
    """A motion's gist or one side of a deal begins with a name's article, capitalised as
    a sentence's start; placed inside another sentence its article is small again, but a
    whole German sentence after a colon keeps its capital."""
    gist = fill("{nation:acc} aufnehmen", {"nation": "Vereinigte Staaten (Test)"}, "de")
    assert gist == "Die Vereinigten Staaten (Test) aufnehmen"
    assert fill("Antrag ({area}: {gist})", {"area": "Handel", "gist": gist}, "de") == (
        "Antrag (Handel: die Vereinigten Staaten (Test) aufnehmen)"
    )
    assert fill("{gist}", {"gist": gist}, "de") == gist
    said = fill("{nation:nom} {nation:stimmte|pl=stimmten}.", {"nation": "Weltrat (Test)"}, "de")
    assert (
        fill("warum: {sentence}", {"sentence": said}, "de") == "warum: Der Weltrat (Test) stimmte."
    )
    side = fill("{sender:nom} promete {x}", {"sender": "Unión (Test)", "x": "5"}, "es")
    assert fill("cerró un acuerdo: {terms}", {"terms": side}, "es") == (
        "cerró un acuerdo: la Unión (Test) promete 5"
    )
    # ... and so does a message that begins with such a message.
    deed = fill("{deed}: {why}.", {"deed": side, "why": "gana"}, "es")
    assert fill("motivo: {s}", {"s": deed}, "es") == "motivo: la Unión (Test) promete 5: gana."
    # A name's own article keeps its capital; a Spanish sentence after a colon does not.
    assert fill("a: {x}", {"x": "La Haya decide"}, "es") == "a: La Haya decide"
    assert fill("ronda 1: {x}", {"x": "El orden está en transición"}, "es") == (
        "ronda 1: el orden está en transición"
    )
    assert fill("Runde 1: {x}", {"x": "Die Ordnung ist im Übergang"}, "de") == (
        "Runde 1: Die Ordnung ist im Übergang"
    )
