"""The title: new game, continue the autosave, load, tutorial, settings, quit."""

from __future__ import annotations

import pygame
from pygame_gui.elements import UIImage

from game.support import paths

from ..icons import icon
from ..scene import Scene
from ..widgets import button, label

# (button name, text, key, what it does)
ENTRIES = (
    ("new", "New game", pygame.K_n, "Choose a scenario and who plays each power"),
    ("continue", "Continue", pygame.K_c, "Go on with the game you last played"),
    ("load", "Load a saved game", pygame.K_l, "Open a game you saved"),
    (
        "tutorial",
        "Tutorial",
        pygame.K_t,
        "The tutorial scenario: three powers, two bodies, four short rounds to learn each phase",
    ),
    (
        "glossary",
        "Glossary and rules",
        pygame.K_g,
        "The words and concepts of the game, and a round phase by phase",
    ),
    ("settings", "Settings", pygame.K_s, "Window size, text size, colours, sound"),
    ("quit", "Quit", pygame.K_q, "Close the game"),
)


class TitleScene(Scene):
    name = "title"

    def build(self) -> None:
        assert self.root is not None
        width, height = self.app.size
        scale = self.app.settings.scale
        column = int(360 * scale)
        left = (width - column) // 2
        top = int(height * 0.16)
        size = int(72 * scale)
        UIImage(
            pygame.Rect((width - size) // 2, max(0, top - size - int(4 * scale)), size, size),
            icon("emblem", size),
            manager=self.manager,
            container=self.root,
        )
        label(
            self.manager,
            self.root,
            pygame.Rect(0, top, width, int(70 * scale)),
            "Concert of Powers",
            "@title",
        ).text_horiz_alignment = "center"
        subtitle = label(
            self.manager,
            self.root,
            pygame.Rect(0, top + int(72 * scale), width, int(30 * scale)),
            "Great powers, institutions and the making of world order",
            "@subtitle",
        )
        subtitle.text_horiz_alignment = "center"
        y = top + int(140 * scale)
        row = int(52 * scale)
        self.buttons = {}
        for name, text, key, tip in ENTRIES:
            keyname = pygame.key.name(key).upper()
            self.buttons[name] = button(
                self.manager,
                self.root,
                pygame.Rect(left, y, column, row - 10),
                f"{text}   ({keyname})",
                name,
                tip,
                "@primary" if name == "new" else "@menu",
            )
            y += row
        if not paths.autosave().exists():
            self.buttons["continue"].disable()
        for element in (subtitle,):
            element.rebuild()

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        if event.type == pygame.KEYDOWN:
            for name, _, key, _ in ENTRIES:
                if event.key == key and self.buttons[name].is_enabled:
                    self.choose(name)

    def pressed(self, button: object) -> None:
        for name, element in self.buttons.items():
            if button is element:
                self.choose(name)

    def choose(self, name: str) -> None:
        if name == "quit":
            self.app.quit()
        elif name == "new":
            from .browser import BrowserScene

            self.app.switch(BrowserScene(self.app))
        elif name == "tutorial":
            from ..seats import SeatChoice
            from ..tutorial import SCENARIO
            from .browser import bundled

            tutorial = next(sc for _, sc in bundled() if sc.id == SCENARIO)
            first, *others = [n.id for n in tutorial.great_powers()]
            choices = [SeatChoice(first, "person", first)] + [
                SeatChoice(n, "easy", n) for n in others
            ]
            self.app.screens.start_game(tutorial, self.app.seed or 1, choices, coached=True)
        elif name == "glossary":
            from .glossary import GlossaryScene

            self.app.switch(GlossaryScene(self.app))
        elif name == "settings":
            from .settings import SettingsScene

            self.app.switch(SettingsScene(self.app))
        elif name == "continue":
            self.app.screens.resume(paths.autosave())
        elif name == "load":
            from .load import LoadScene

            self.app.switch(LoadScene(self.app))
