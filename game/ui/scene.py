"""A scene: one screen of the game. It builds its widgets in one root panel on enter and
drops them all on leave, reads views from its controller and submits actions to it."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

import pygame
import pygame_gui
from pygame_gui.core import UIContainer
from pygame_gui.core.interfaces import IContainerLikeInterface, IUIElementInterface

from .widgets import find

if TYPE_CHECKING:
    from .app import App


class Scene:
    name = "scene"

    def __init__(self, app: App) -> None:
        self.app = app
        self.manager = app.manager
        # The scene's widgets sit in the window's own root container: a panel of our own
        # around them would nest every widget one level deeper, and pygame_gui's theme
        # lookups grow steeply with depth (memory and time). `elements` says which are ours.
        self.root: IContainerLikeInterface | None = None
        self.elements: list[IUIElementInterface] = []

    # ------------------------------------------------------------ lifecycle

    def enter(self) -> None:
        container = self.manager.get_root_container()
        assert isinstance(container, UIContainer)
        before = set(container.elements)
        self.root = container
        self.build()
        self.elements = [e for e in container.elements if e not in before]

    def build(self) -> None:
        """Make the widgets, in self.root."""

    def leave(self) -> None:
        for element in self.elements:
            element.kill()
        self.elements = []
        self.root = None
        # Killed widgets sit in reference cycles holding their surfaces, which the
        # collector cannot weigh: without this a few re-layouts in a row (a window being
        # resized) had the window's memory pass 280 MB. Leaving is rare; 50 ms is fine.
        gc.collect()

    def hide(self) -> None:
        for element in self.elements:
            element.hide()

    def show(self) -> None:
        for element in self.elements:
            element.show()

    def rebuild(self) -> None:
        """Lay the scene out again (a new window size or scale, or new data)."""
        self.leave()
        self.enter()

    # ------------------------------------------------------------ each frame

    def handle(self, event: pygame.event.Event) -> None:
        """An input or widget event (after the UI manager has seen it)."""
        if event.type == pygame_gui.UI_BUTTON_PRESSED:
            self.pressed(self.successor(event.ui_element))

    def successor(self, element: object) -> object:
        """The element a press was meant for. A part of the screen laid out again between
        the release and this frame replaced the button with a new one under the same id:
        the press goes to that one, not to the old button, which nothing answers."""
        alive = getattr(element, "alive", None)
        if alive is None or alive():
            return element
        for name in reversed(getattr(element, "object_ids", None) or []):
            if name and name.startswith("#"):
                return find(self.elements, name[1:])
        return None

    def pressed(self, button: object) -> None:
        """A button of this scene was pressed."""

    def update(self, seconds: float) -> None:
        """Advance animations and read what came in."""

    def draw(self, surface: pygame.Surface) -> None:
        """Anything drawn under the widgets (charts, the order gauge)."""

    def closing(self) -> None:
        """The window is closing: keep what must be kept (a game in play autosaves)."""
