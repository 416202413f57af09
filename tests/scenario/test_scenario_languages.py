"""A scenario's texts in several languages: a text may be a map from language code to
text; the scenario loads in the language asked for, else English, else the first given;
every language's text is checked; the schema for editors allows both forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from game.scenario import ScenarioError, load_scenario
from game.scenario.load import load_data, validate_data
from game.scenario.reference import json_schema

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = ROOT / "scenarios" / "tutorial.yaml"


def _tutorial() -> Any:
    """The tutorial's data with its texts in English only (plain strings), and no grammar
    (whose German and Spanish names it no longer has)."""
    data = validate_data(load_data(TUTORIAL)).model_dump(mode="json")
    del data["grammar"]
    return data


def test_a_text_given_per_language_is_read_in_the_language_asked_for() -> None:
    data = _tutorial()
    data["title"] = {"en": "Tutorial", "es": "Tutorial en español", "de": "Einführung"}
    data["nations"][0]["name"] = {"es": "Tierra del Norte", "de": "Nordland"}  # no English
    data["summary"] = {"fr": "Trois grandes puissances.", "en": "Three great powers."}
    english = validate_data(data)
    spanish = validate_data(data, lang="es")
    german = validate_data(data, lang="de")
    assert (english.title, spanish.title, german.title) == (
        "Tutorial",
        "Tutorial en español",
        "Einführung",
    )
    # No English: the first given; a language not given: the English.
    assert english.nations[0].name == "Tierra del Norte" and german.nations[0].name == "Nordland"
    assert spanish.summary == "Three great powers." == german.summary
    # Plain strings are the same in every language; nothing else changes.
    assert spanish.nations[1].name == english.nations[1].name == "Eastmark"
    assert spanish.nations[1].briefing == english.nations[1].briefing
    assert spanish.model_copy(update={"title": "x", "nations": [], "summary": ""}) == (
        english.model_copy(update={"title": "x", "nations": [], "summary": ""})
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ({"EN": "x"}, "'EN' is no language code: key each text by two lowercase letters"),
        ({"eng": "x"}, "'eng' is no language code"),
        ({}, "give the text in at least one language"),
        ({"en": "x", "es": ""}, "write the es text as a string"),
        ({"en": "x", "es": 3}, "write the es text as a string"),
        ({"en": "x", "de": "y" * 81}, "the de text has 81 characters; at most 80"),
        ({"en": "x", "de": "a\u200bb"}, "contains an invisible character"),
    ],
)
def test_a_bad_text_map_is_told_at_its_place(tmp_path: Path, text: object, said: str) -> None:
    data = _tutorial()
    data["nations"][0]["name"] = text
    with pytest.raises(ScenarioError) as caught:
        validate_data(data, "world.yaml")
    message = str(caught.value)
    assert "nations.NL.name" in message and said in message, message


def test_the_file_s_line_is_named_for_a_bad_translation(tmp_path: Path) -> None:
    text = TUTORIAL.read_text("utf-8")
    assert "    name: Northland\n" in text
    text = text.replace(
        "    name: Northland\n",
        "    name: {en: Northland, es: Tierra del Norte, DE: Nordland}\n",
        1,
    )
    path = tmp_path / "world.yaml"
    path.write_text(text, "utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "Tierra del Norte" in row)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path, "es")
    assert f"world.yaml:{line}:" in str(caught.value) and "'DE' is no language code" in str(
        caught.value
    )


def test_the_schema_for_editors_allows_a_string_or_one_per_language() -> None:
    schema = json_schema()
    title = schema["properties"]["title"]
    kinds = [option.get("type") for option in title["anyOf"]]
    assert kinds == ["string", "object"]
    assert title["anyOf"][1]["propertyNames"]["pattern"] == "^[a-z]{2}$"
    assert title["anyOf"][1]["additionalProperties"]["maxLength"] == 80


@pytest.mark.parametrize("path", sorted((ROOT / "scenarios").glob("*.yaml")), ids=lambda p: p.stem)
def test_the_bundled_scenarios_speak_all_three_languages(path: Path) -> None:
    """Every text of a bundled scenario is given in English, Spanish and German (or is a
    name the same in each: Northland, the G20), and the English reads as before."""
    english, spanish, german = (load_scenario(path, code) for code in ("en", "es", "de"))
    texts = _texts(english)
    assert len(texts) > 60
    differ = 0
    for where, said in texts.items():
        es, de = _at(spanish, where), _at(german, where)
        assert es and de, where
        differ += es != said and de != said
    assert differ >= 0.8 * len(texts), f"{differ} of {len(texts)} texts translated"
    assert spanish.title != english.title != german.title


def _texts(model: Any, where: tuple[Any, ...] = (), text: bool = False) -> dict[Any, str]:
    """Every text of a scenario (the fields that may be given per language), by place."""
    from pydantic import BaseModel

    found: dict[Any, str] = {}
    if isinstance(model, BaseModel):
        for name, field in type(model).model_fields.items():
            given = "pick" in repr(field.annotation) + repr(field.metadata)
            found.update(_texts(getattr(model, name), (*where, name), given))
    elif isinstance(model, list | tuple):
        for i, item in enumerate(model):
            found.update(_texts(item, (*where, i), text))
    elif isinstance(model, dict):
        for key, item in model.items():
            found.update(_texts(item, (*where, key), text))
    elif isinstance(model, str) and text:
        found[where] = model
    return found


def _at(model: Any, where: tuple[Any, ...]) -> Any:
    for step in where:
        model = (
            model[step]
            if isinstance(step, int) or isinstance(model, dict)
            else getattr(model, step)
        )
    return model
