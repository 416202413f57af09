"""Hot-seat: the screen between two people, so nobody sees another's private view."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.text.language import N_

from ..scene import Scene
from ..widgets import button, label

if TYPE_CHECKING:
    from ..app import App


class HandOverScene(Scene):
    """Covers the whole window until the next person says they are ready."""

    name = "handover"

    def __init__(self, app: App, team: str, nation: str) -> None:
        super().__init__(app)
        self.team, self.nation = team, nation

    def build(self) -> None:
        assert self.root is not None
        width, height = self.app.size
        s = self.app.settings.scale
        lang = self.app.lang
        y = height // 3
        label(
            self.manager,
            self.root,
            pygame.Rect(0, y, width, int(40 * s)),
            lang.text(N_("Pass the computer to {team}"), team=self.team),
            "@title",
        )
        label(
            self.manager,
            self.root,
            pygame.Rect(0, y + int(70 * s), width, int(30 * s)),
            lang.text(
                N_("It is {whose:gen} turn. Everyone else, look away."),
                whose=self.nation,
            ),
            "@subtitle",
        )
        self.ready = button(
            self.manager,
            self.root,
            pygame.Rect((width - int(260 * s)) // 2, y + int(130 * s), int(260 * s), int(48 * s)),
            lang.text(N_("{team} is ready (Enter)"), team=self.team),
            "ready",
            style="@primary",
        )

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.pressed(self.ready)

    def pressed(self, element: object) -> None:
        if element is self.ready:
            self.app.close_overlay()
