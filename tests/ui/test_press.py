"""A click is not lost when the part of the screen under it is laid out again: the press
reaches the button's successor under the same id, and nothing is laid out again while a
mouse button is held."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pygame_gui
import pytest

from game.ui.app import App
from game.ui.routes import open_window
from game.ui.scene import Scene
from game.ui.settings import Settings
from game.ui.widgets import button


class Pressing(Scene):
    name = "pressing"

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.got: list[object] = []

    def build(self) -> None:
        assert self.root is not None
        button(self.manager, self.root, pygame.Rect(10, 10, 120, 30), "Go", "go")

    def pressed(self, element: object) -> None:
        self.got.append(element)


@pytest.fixture
def app(home: Path) -> Iterator[App]:
    made = open_window(Settings(), (640, 480))
    yield made
    made.quit()


def test_a_press_on_a_button_laid_out_again_reaches_its_successor(app: App) -> None:
    scene = Pressing(app)
    app.switch(scene)
    old = scene.elements[0]
    scene.rebuild()  # the part is laid out again: a new button under the same id
    new = scene.elements[0]
    assert new is not old and not old.alive()
    app.step(1 / 60, [pygame.event.Event(pygame_gui.UI_BUTTON_PRESSED, ui_element=old)])
    assert scene.got == [new]


def test_a_press_whose_button_is_gone_reaches_nothing(app: App) -> None:
    scene = Pressing(app)
    app.switch(scene)
    old = scene.elements[0]
    scene.leave()
    app.step(1 / 60, [pygame.event.Event(pygame_gui.UI_BUTTON_PRESSED, ui_element=old)])
    assert scene.got == [None]


def test_the_app_knows_when_a_mouse_button_is_held(app: App) -> None:
    app.switch(Pressing(app))
    app.step(1 / 60, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(5, 5), button=1)])
    assert app.pressing
    app.step(1 / 60, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(5, 5), button=1)])
    assert not app.pressing
