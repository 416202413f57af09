"""A scene: one screen of the game. It builds its widgets in one root panel on enter and
drops them all on leave, reads views from its controller and submits actions to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pygame_gui
from pygame_gui.elements import UIPanel

if TYPE_CHECKING:
    from .app import App


class Scene:
    name = "scene"

    def __init__(self, app: App) -> None:
        self.app = app
        self.manager = app.manager
        self.root: UIPanel | None = None

    # ------------------------------------------------------------ lifecycle

    def enter(self) -> None:
        width, height = self.app.size
        self.root = UIPanel(
            pygame.Rect(0, 0, width, height),
            manager=self.manager,
            starting_height=0,
            object_id="#root",
        )
        self.build()

    def build(self) -> None:
        """Make the widgets, children of self.root."""

    def leave(self) -> None:
        if self.root is not None:
            self.root.kill()
            self.root = None

    def rebuild(self) -> None:
        """Lay the scene out again (a new window size or scale, or new data)."""
        self.leave()
        self.enter()

    # ------------------------------------------------------------ each frame

    def handle(self, event: pygame.event.Event) -> None:
        """An input or widget event (after the UI manager has seen it)."""
        if event.type == pygame_gui.UI_BUTTON_PRESSED:
            self.pressed(event.ui_element)

    def pressed(self, button: object) -> None:
        """A button of this scene was pressed."""

    def update(self, seconds: float) -> None:
        """Advance animations and read what came in."""

    def draw(self, surface: pygame.Surface) -> None:
        """Anything drawn under the widgets (charts, the order gauge)."""

    def closing(self) -> None:
        """The window is closing: keep what must be kept (a game in play autosaves)."""
