"""The window's language: chosen in the settings, the screens are made again in it at
once, and it is kept for the next session; the system's when none is chosen; --lang for
one session."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.text.catalogues import language
from game.text.language import ENGLISH, N_
from game.ui.app import spoken
from game.ui.drive import Driver
from game.ui.settings import Settings
from game.ui.widgets import find

SETTINGS = N_("Settings")


def _choose(driver: Driver, name: str) -> None:
    driver.click("settings")
    assert driver.scene == "settings"
    driver.click("language")
    driver.frame()
    driver.click_text(name)
    driver.frame()
    driver.click("save")
    driver.frame()
    assert driver.scene == "title"


def _settings_button(driver: Driver) -> str:
    """The title's settings button, without its key ('Settings   (S)')."""
    element = find(driver.app.scene.elements, "settings")
    assert element is not None
    return str(element.text).rsplit("(", 1)[0].strip()


def test_a_language_chosen_in_the_settings_shows_at_once_and_is_kept(
    driver: Driver, home: Path
) -> None:
    assert _settings_button(driver) == ENGLISH.text(SETTINGS)
    _choose(driver, "Deutsch")
    german = language("de")
    assert driver.app.lang is german
    assert _settings_button(driver) == german.text(SETTINGS) != ENGLISH.text(SETTINGS)
    assert Settings.load().language == "de"
    _choose(driver, "Español")
    assert _settings_button(driver) == language("es").text(SETTINGS)
    # The system's: English here (the tests' LANGUAGE), named as the system's, in Spanish.
    system = language("es").text(N_("The system's ({language})"), language="English")
    _choose(driver, system)
    assert Settings.load().language is None and driver.app.lang is ENGLISH


def test_settings_of_a_language_the_game_no_longer_has_fall_back_to_the_system_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    assert spoken(Settings(language="fr")).code == "de"
    assert spoken(Settings(language="es")).code == "es"
    assert spoken(Settings()).code == "de"
