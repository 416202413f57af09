"""Driving the real window headlessly: real input events posted to pygame's queue, one
frame at a time, and widgets found by their object ids."""

from __future__ import annotations

import time
from collections.abc import Callable

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIButton

from game.ui.app import App
from game.ui.widgets import find


class Driver:
    def __init__(self, app: App) -> None:
        self.app = app

    @property
    def scene(self) -> str:
        return self.app.scene.name

    def frame(self, events: list[pygame.event.Event] = ()) -> None:  # type: ignore[assignment]
        for event in events:
            pygame.event.post(event)
        self.app.step(1 / 60)

    def element(self, name: str) -> UIElement:
        for scene in reversed(self.app.scenes):
            if scene.root is not None and (found := find(scene.root, name)) is not None:
                return found
        raise AssertionError(f"no #{name} on the {self.scene} screen")

    def click_at(self, pos: tuple[int, int]) -> None:
        self.frame([pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))])
        self.frame([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1)])
        self.frame([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1)])
        self.frame()

    def click(self, name: str) -> None:
        element = self.element(name)
        assert element.visible, f"#{name} is hidden"
        if isinstance(element, UIButton):
            assert element.is_enabled, f"#{name} is disabled"
        self.click_at(element.rect.center)

    def click_text(self, text: str) -> None:
        """The visible button showing this text, newest first (a drop-down's options)."""
        for element in reversed(self.app.manager.get_sprite_group().sprites()):
            if isinstance(element, UIButton) and element.visible and element.text == text:
                self.click_at(element.rect.center)
                return
        raise AssertionError(f"no button '{text}' on the {self.scene} screen")

    def key(self, key: int, text: str = "") -> None:
        self.frame([pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=text, scancode=0)])
        self.frame([pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode=text, scancode=0)])

    def until(self, done: Callable[[], bool], seconds: float = 60.0) -> None:
        """Frames until the condition holds (the AI powers move on their own thread)."""
        end = time.monotonic() + seconds
        while not done():
            if time.monotonic() > end:
                raise AssertionError(f"timed out on the {self.scene} screen")
            self.frame()
            time.sleep(0.005)
