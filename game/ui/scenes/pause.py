"""The menu over a game: resume, save, load, undo the last phase (solo), play on from an
earlier round, the glossary, quit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

import pygame
from pygame_gui.elements import UIDropDownMenu

from game.session.contract import Controller
from game.support import paths
from game.text.language import N_

from ..scene import Scene
from ..seats import SeatSetup, round_choices
from ..widgets import button, label, picked
from .glossary import GlossaryScene
from .load import LoadScene

if TYPE_CHECKING:
    from ..app import App

ENTRIES = (
    ("resume", N_("Resume (Esc)")),
    ("save", N_("Save the game (S)")),
    ("load", N_("Load a game (L)")),
    ("undo", N_("Undo the last phase (U)")),
    ("glossary", N_("Glossary and rules (G)")),
    ("title", N_("Quit to the title (Q)")),
)
KEYS = {
    pygame.K_s: "save",
    pygame.K_l: "load",
    pygame.K_u: "undo",
    pygame.K_g: "glossary",
    pygame.K_q: "title",
    pygame.K_r: "branch",
}


class Paused(Protocol):
    """The game under the menu (the table)."""

    controller: Controller
    setup: SeatSetup
    notice: str
    dirty: bool

    def closing(self) -> None: ...


class PauseScene(Scene):
    name = "pause"

    def __init__(self, app: App, table: Paused) -> None:
        super().__init__(app)
        self.table = table
        self.message = ""

    def build(self) -> None:
        assert self.root is not None
        width, height = self.app.size
        s = self.app.settings.scale
        lang = self.app.lang
        w = int(380 * s)
        x = (width - w) // 2
        y = height // 5
        label(
            self.manager,
            self.root,
            pygame.Rect(x, y, w, int(40 * s)),
            lang.text(N_("Paused")),
            "@heading",
        )
        y += int(50 * s)
        self.buttons = {}
        for name, text in ENTRIES:
            self.buttons[name] = button(
                self.manager,
                self.root,
                pygame.Rect(x, y, w, int(44 * s)),
                lang.text(text),
                name,
                style="@menu",
            )
            y += int(52 * s)
        if len(self.table.controller.seats) > 1:
            self.buttons["undo"].disable()
            self.buttons["undo"].set_tooltip(
                lang.text(
                    N_(
                        "Undo is for solo games: in hot-seat play another person's move would "
                        "be taken back"
                    )
                )
            )
        # A game played here can be played on from the start of any round it reached.
        match = getattr(self.table.controller, "match", None)
        self.rounds = round_choices(match, lang=lang) if match is not None else {}
        self.branch_menu: UIDropDownMenu | None = None
        if self.rounds:
            half = (w - int(8 * s)) // 2
            self.branch_menu = UIDropDownMenu(
                list(self.rounds),
                list(self.rounds)[-1],
                pygame.Rect(x, y, half, int(40 * s)),
                manager=self.manager,
                container=self.root,
                object_id="#branch-round",
            )
            self.buttons["branch"] = button(
                self.manager,
                self.root,
                pygame.Rect(x + half + int(8 * s), y, half, int(40 * s)),
                lang.text(N_("Play on from it (R)")),
                "branch",
                lang.text(
                    N_(
                        "Go back to the start of the chosen round and play on from there; the "
                        "moves since are dropped (save first to keep them)"
                    )
                ),
            )
            y += int(52 * s)
        self.note = label(
            self.manager, self.root, pygame.Rect(x, y, w * 2, int(26 * s)), self.message, "@small"
        )

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_ESCAPE:
                self.choose("resume")
            elif (
                event.key in KEYS
                and KEYS[event.key] in self.buttons
                and self.buttons[KEYS[event.key]].is_enabled
            ):
                self.choose(KEYS[event.key])

    def pressed(self, element: object) -> None:
        for name, b in self.buttons.items():
            if element is b:
                self.choose(name)

    def choose(self, name: str) -> None:
        controller = self.table.controller
        lang = self.app.lang
        if name == "resume":
            self.app.close_overlay()
        elif name == "save":
            folder = paths.saves()
            stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
            target = folder / f"{controller.scenario.id} {stamp}.json"
            try:
                folder.mkdir(parents=True, exist_ok=True)
                controller.save(target)
                self.table.setup.write(target)
                self.message = lang.text(N_("Saved as {file}"), file=target)
            except OSError as error:
                self.message = lang.text(
                    N_("Could not save to {folder}: {problem}"),
                    folder=folder,
                    problem=error.strerror,
                )
            self.note.set_text(self.message)
        elif name == "load":
            self.table.closing()
            self.app.switch(LoadScene(self.app))
        elif name == "undo":
            done = controller.undo_phase()
            self.app.close_overlay()
            self.table.notice = lang.text(
                N_("Back to the start of the phase.") if done else N_("Nothing to undo.")
            )
            self.table.dirty = True
        elif name == "branch" and self.branch_menu is not None:
            self.app.close_overlay()
            round_ = self.rounds[picked(self.branch_menu)]
            self.app.screens.play_on(self.table.controller, self.table.setup, round_)
        elif name == "glossary":
            self.app.close_overlay()
            self.app.overlay(GlossaryScene(self.app, overlay=True))
        elif name == "title":
            self.table.closing()
            self.app.screens.title()
