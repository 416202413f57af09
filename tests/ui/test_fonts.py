"""The window measures text without drawing it (game/ui/app.py, `sized`): the same
rectangle as pygame_gui's own measure, which draws the text and keeps its size, for the
game's fonts at every size and style the table uses."""

from __future__ import annotations

import pygame
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.ui.app import RENDERED_SIZE, sized
from game.ui.drive import Driver

# Letters the game's texts and the three languages it is written for use, and some
# that kern, join or fall outside the fonts.
LETTERS = st.text(
    st.sampled_from(
        list("AVWaTyfi .,:;'\u2019\u201c\u201d-\u2013\u2014()%0123456789")
        + list("äöüßñéçÉÑ\u0301\ufb01\u2003x")
    ),
    max_size=60,
)


def _fonts(driver: Driver) -> list[object]:
    fonts = driver.app.manager.get_theme().get_font_dictionary()
    loaded = [
        resource.loaded_font
        for resource in fonts.loaded_fonts.values()
        if resource.loaded_font is not None
    ]
    assert len(loaded) >= 6  # the regular, bold and italic faces, at several sizes
    return loaded


# (the window is only read: one for every example)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=LETTERS)
def test_a_text_is_measured_as_pygame_gui_would_measure_it(driver: Driver, text: str) -> None:
    for font in _fonts(driver):
        assert sized(font, text) == RENDERED_SIZE(font, text)  # type: ignore[arg-type]


def test_the_window_measures_by_size(driver: Driver) -> None:
    from pygame_gui.core.gui_font_pygame import GUIFontPygame

    assert GUIFontPygame.get_rect is sized
    assert sized(_fonts(driver)[0], "") == pygame.Rect(0, 0, 0, 0)  # type: ignore[arg-type]
