"""A message with one way on: a save that cannot be opened, a game that stopped."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.text.language import N_

from ..scene import Scene
from ..widgets import button, label, text_box

if TYPE_CHECKING:
    from ..app import App


class MessageScene(Scene):
    name = "message"

    def __init__(self, app: App, title: str, text: str) -> None:
        super().__init__(app)
        self.title, self.text = title, text

    def build(self) -> None:
        assert self.root is not None
        width, height = self.app.size
        s = self.app.settings.scale
        w = int(640 * s)
        x = (width - w) // 2
        y = height // 4
        label(self.manager, self.root, pygame.Rect(x, y, w, int(34 * s)), self.title, "@heading")
        text_box(
            self.manager, self.root, pygame.Rect(x, y + int(44 * s), w, int(160 * s)), self.text
        )
        self.ok = button(
            self.manager,
            self.root,
            pygame.Rect(x, y + int(220 * s), int(200 * s), int(44 * s)),
            self.app.lang.text(N_("Back to the title (Enter)")),
            "ok",
            style="@primary",
        )

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_ESCAPE):
            self.pressed(self.ok)

    def pressed(self, element: object) -> None:
        if element is self.ok:
            self.app.screens.title()
