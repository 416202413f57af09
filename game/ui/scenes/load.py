"""Opening a saved game: the saves folder, newest first."""

from __future__ import annotations

import pygame
import pygame_gui
from pygame_gui.elements import UISelectionList

from game.support import paths
from game.text.language import N_

from ..scene import Scene
from ..widgets import button, label


class LoadScene(Scene):
    name = "load"

    def build(self) -> None:
        assert self.root is not None
        width, height = self.app.size
        s = self.app.settings.scale
        lang = self.app.lang
        pad = int(20 * s)
        label(
            self.manager,
            self.root,
            pygame.Rect(pad, pad, width - 2 * pad, int(34 * s)),
            lang.text(N_("Load a saved game")),
            "@heading",
        )
        folder = paths.saves()
        files = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        files = [f for f in files if not f.name.endswith(".seats.json")]
        self.files = {f.stem: f for f in files}
        top = pad + int(44 * s)
        if files:
            self.list = UISelectionList(
                pygame.Rect(pad, top, width - 2 * pad, height - top - int(90 * s)),
                list(self.files),
                manager=self.manager,
                container=self.root,
                object_id="#saves",
            )
        else:
            label(
                self.manager,
                self.root,
                pygame.Rect(pad, top, width - 2 * pad, int(30 * s)),
                lang.text(
                    N_("No saved games yet in {folder}. Save one from the game's menu (Esc)."),
                    folder=folder,
                ),
            )
        row = height - int(66 * s)
        self.back = button(
            self.manager,
            self.root,
            pygame.Rect(pad, row, int(160 * s), int(44 * s)),
            lang.text(N_("Back (Esc)")),
            "back",
        )
        self.open = button(
            self.manager,
            self.root,
            pygame.Rect(width - pad - int(220 * s), row, int(220 * s), int(44 * s)),
            lang.text(N_("Open (Enter)")),
            "open",
            style="@primary",
        )
        if not files:
            self.open.disable()

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        confirm = event.type == pygame_gui.UI_SELECTION_LIST_DOUBLE_CLICKED_SELECTION or (
            event.type == pygame.KEYDOWN and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)
        )
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.pressed(self.back)
        elif confirm:
            self.pressed(self.open)

    def pressed(self, element: object) -> None:
        if element is self.back:
            self.app.screens.title()
        elif element is self.open and self.files:
            picked = self.list.get_single_selection()
            if picked in self.files:
                self.app.screens.resume(self.files[picked])
