"""The title: new game, continue the autosave, load, tutorial, settings, quit."""

from __future__ import annotations

import pygame
from pygame_gui.elements import UIImage

from game.support import paths
from game.text.language import N_

from ..icons import icon
from ..scene import Scene
from ..widgets import button, label

# (button name, text, key, what it does): message ids, said where shown
ENTRIES = (
    ("new", N_("New game"), pygame.K_n, N_("Choose a scenario and who plays each power")),
    ("continue", N_("Continue"), pygame.K_c, N_("Go on with the game you last played")),
    ("load", N_("Load a saved game"), pygame.K_l, N_("Open a game you saved")),
    (
        "tutorial",
        N_("Tutorial"),
        pygame.K_t,
        N_(
            "The tutorial scenario: three powers, two bodies, four short rounds to learn each phase"
        ),
    ),
    (
        "glossary",
        N_("Glossary and rules"),
        pygame.K_g,
        N_("The words and concepts of the game, and a round phase by phase"),
    ),
    ("settings", N_("Settings"), pygame.K_s, N_("Window size, text size, colours, sound")),
    ("quit", N_("Quit"), pygame.K_q, N_("Close the game")),
)
# A menu entry and the key that chooses it: "New game   (N)".
ENTRY = N_("{entry}   ({key})")


class TitleScene(Scene):
    name = "title"

    def build(self) -> None:
        assert self.root is not None
        width, height = self.app.size
        scale = self.app.settings.scale
        lang = self.app.lang
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
            lang.text(N_("Concert of Powers")),
            "@title",
        ).text_horiz_alignment = "center"
        subtitle = label(
            self.manager,
            self.root,
            pygame.Rect(0, top + int(72 * scale), width, int(30 * scale)),
            lang.text(N_("Great powers, institutions and the making of world order")),
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
                lang.text(ENTRY, entry=lang.text(text), key=keyname),
                name,
                lang.text(tip),
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
