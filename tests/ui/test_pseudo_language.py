"""The window's text all comes through the text layer: the tour played in the
pseudo-language, whose messages come back in capitals and a third longer, shows no
lowercase word that is not one of the scenario's own (an English fragment glued on in
code, or a code shown raw, would be one), and nothing clips or overlaps."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from pygame_gui.elements import UIButton, UILabel, UITextBox

from game.scenario import load_scenario
from game.support import paths
from game.text.catalogues import codes, native_name
from game.text.concepts import DEFINITIONS
from game.text.pseudo import PSEUDO, escaped
from game.ui.drive import Driver
from game.ui.scenes.browser import bundled
from game.ui.tour import take_tour
from tests.words import strings

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial.yaml"
TAG = re.compile(r"<[^>]*>")


def shown(driver: Driver) -> list[str]:
    """The text of every visible label, button and text box on the screen, and the
    tooltips of every visible widget."""
    texts = []
    for element in driver.app.manager.get_sprite_group().sprites():
        if not getattr(element, "visible", False):
            continue
        if isinstance(element, UILabel | UIButton):
            texts.append(element.text)
        elif isinstance(element, UITextBox):
            texts.append(html.unescape(TAG.sub(" ", element.html_text)))
        tip = getattr(element, "tool_tip_text", None)
        if tip:  # what shows on hovering
            texts.append(html.unescape(TAG.sub(" ", str(tip))))
    return texts


@pytest.fixture(scope="module")
def escapes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The tour played in the pseudo-language: per screen, each text that showed a word
    that did not go through a message."""
    # Not translated: the scenario's own words (its powers, bodies, aims, questions), the
    # other bundled scenarios' titles (the browser lists them), and the sources the
    # glossary cites. The tour types no player names: the teams keep their powers' names.
    scenario = load_scenario(TUTORIAL)
    names = [
        *strings(scenario.model_dump()),
        *(s.title for _, s in bundled()),
        *{source for _, source in DEFINITIONS.values()},
        *(native_name(code) for code in codes()),  # each language by its own name
    ]
    found: dict[str, list[str]] = {}

    def look(driver: Driver) -> None:
        saves = str(paths.saves())  # a folder's path (the tour's own home) is no word
        for text in shown(driver):
            text = text.replace(saves, " ")
            words = escaped(text, names)
            if words:
                found.setdefault(driver.scene, []).append(f"{words} in {text!r}")

    _, problems = take_tour(tmp_path_factory.mktemp("pseudo"), (1280, 720), lang=PSEUDO, look=look)
    if problems:  # text that clips or overlaps, a third longer than the English
        found["fits"] = problems
    return found


def test_the_tour_in_the_pseudo_language_shows_no_english(escapes: dict[str, list[str]]) -> None:
    left = {screen: texts for screen, texts in escapes.items() if screen not in ("end", "fits")}
    assert not left, "\n".join(f"{screen}: {t}" for screen, texts in left.items() for t in texts)


def test_the_debrief_in_the_pseudo_language_shows_no_english(
    escapes: dict[str, list[str]],
) -> None:
    assert not escapes.get("end"), "\n".join(escapes["end"])


def test_the_tour_in_the_pseudo_language_fits(escapes: dict[str, list[str]]) -> None:
    """Every message a third longer (and in capitals): no button's text or heading wider
    than its place, nothing overlapping, at 1280x720."""
    assert not escapes.get("fits"), "\n".join(escapes["fits"])
