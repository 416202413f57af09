"""The window's action panel: the seat's moves as game/present/moves.py builds them, laid
out with pygame_gui widgets (a menu stepped through with < and >, buttons, lines to read
and to type in), kept across layouts where they show the same."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

import pygame
from pygame_gui.core.interfaces import IContainerLikeInterface
from pygame_gui.elements import UIButton, UITextEntryLine

from game.ai.heuristic import Option
from game.engine import Action, GameState
from game.present import moves
from game.present.moves import Command, Entry, Item, Menu, Move, Row, Words
from game.text.language import N_, Language, Np_

from ..text import clean
from ..widgets import Reuse, button, label, text_box

if TYPE_CHECKING:
    from ..app import App

STYLES = {"heading": "@heading", "body": "@body", "small": "@small"}


@dataclass
class Panel:
    """The widgets of the action panel, and the move each button stands for."""

    app: App
    container: IContainerLikeInterface
    inner_width: int
    view: GameState
    seat: str
    legal: list[Action]
    advice: dict[str, Option]
    reasons: dict[str, str]  # an AI power's sentence for its offer, by the offer's text
    picks: dict[str, str]  # what the drop-downs show, kept across rebuilds
    reuse: Reuse  # the widgets of the last layout, taken back where they show the same
    moves: dict[UIButton, Action] = field(default_factory=dict)
    steps: dict[UIButton, tuple[str, str]] = field(default_factory=dict)  # < and >: pick
    entries: dict[str, UITextEntryLine] = field(default_factory=dict)  # typed: kept in picks
    y: int = 0

    @property
    def width(self) -> int:
        return self.inner_width - 12

    @property
    def lang(self) -> Language:
        return self.app.lang

    def text(
        self, text: str, style: str = "@small", lines: int = 1, tip: str | None = None
    ) -> None:
        height = self.app.line("small" if style == "@small" else "body") * lines
        manager, container = self.app.manager, self.container
        if lines == 1:  # (a text too long for one line wraps, and takes the room it needs)
            rect = pygame.Rect(6, self.y, self.width, height)
            line = self.reuse.widget(
                ("label", text, style, tip, self.width),
                rect.topleft,
                lambda: label(manager, container, rect, text, style, tip=tip),
            )
            height = max(height, int(line.rect.height))
        else:  # as tall as its text: a box with a scroll bar of its own costs a frame
            rect = pygame.Rect(2, self.y, self.width + 4, -1)
            box = self.reuse.widget(
                ("box", text, style, tip, self.width),
                rect.topleft,
                lambda: text_box(manager, container, rect, text, style),
            )
            height = int(box.rect.height)
        self.y += height

    def button(
        self,
        text: str,
        name: str,
        action: Action,
        tip: str | None = None,
        x: int = 6,
        width: int | None = None,
        primary: bool = False,
    ) -> None:
        rect = pygame.Rect(x, self.y, width or self.width, self.app.line() + 6)
        style = "@primary" if primary else None
        manager, container = self.app.manager, self.container
        b = self.reuse.widget(
            ("button", text, name, tip, style, rect.size),
            rect.topleft,
            lambda: button(manager, container, rect, text, name, tip, style),
        )
        self.moves[b] = action

    def row(self) -> None:
        self.y += self.app.line() + 12

    def entry(self, key: str, placeholder: str, limit: int) -> None:
        """A line to type in (what is typed is kept in `picks` across rebuilds)."""
        rect = pygame.Rect(6, self.y, self.width, self.app.line() + 10)

        def make() -> UITextEntryLine:
            made = UITextEntryLine(
                rect,
                manager=self.app.manager,
                container=self.container,
                placeholder_text=placeholder,
                object_id=f"#{key}",
            )
            made.set_text_length_limit(limit)
            made.set_text(self.picks.get(key, ""))
            return made

        # (one taken back keeps what is typed in it, and the keyboard's focus)
        self.entries[key] = self.reuse.widget(
            ("entry", key, placeholder, rect.size), rect.topleft, make
        )
        self.y += rect.height + 6

    def menu(self, key: str, options: list[str]) -> str:
        """A choice among options, stepped through with < and > (a drop-down list of forty
        drafts takes a frame and more to build, every time the panel is laid out); the
        one picked, kept across rebuilds."""
        chosen = self.picks.get(key)
        if chosen not in options:
            chosen = options[0]
            self.picks[key] = chosen
        index = options.index(chosen)
        h = self.app.line() + 6
        side = h + 4
        lang = self.lang
        tips = (
            lang.plural(
                Np_("Previous of {count} choice", "Previous of {count} choices"), len(options)
            ),
            lang.plural(Np_("Next of {count} choice", "Next of {count} choices"), len(options)),
        )
        manager, container = self.app.manager, self.container
        for step, text, x, tip in ((-1, "<", 6, tips[0]), (1, ">", self.width - side + 6, tips[1])):
            rect = pygame.Rect(x, self.y, side, h)
            name = f"pick-{key}-{'prev' if step < 0 else 'next'}"
            b = self.reuse.widget(
                ("step", name, tip, rect.size, len(options) == 1),
                rect.topleft,
                partial(button, manager, container, rect, text, name, tip),
            )
            self.steps[b] = (key, options[(index + step) % len(options)])
            if len(options) == 1:
                b.disable()
        shown = clean(chosen)
        if len(options) > 1:
            shown = lang.text(
                N_("{choice} ({number} of {count})"),
                choice=shown,
                number=lang.number(index + 1, 0),
                count=lang.number(len(options), 0),
            )
        rect = pygame.Rect(6 + side, self.y, self.width - 2 * side, -1)
        box = self.reuse.widget(
            ("choice", shown, rect.width),
            rect.topleft,
            lambda: text_box(manager, container, rect, shown, "@choice"),
        )
        self.y += max(h, int(box.rect.height)) + 6
        return chosen


def build_panel(panel: Panel) -> Iterator[None]:
    """The moves of the phase (game/present/moves.py), a step at a time (an offer, a
    motion, a ballot), so that a new phase's moves can be laid out over a few frames
    rather than in one long one."""
    seat = moves.Seat(panel.view, panel.seat, panel.legal, panel.advice, panel.reasons, panel.lang)
    for step in moves.steps(seat):
        for item in step:
            lay(panel, item)
        yield


def lay(panel: Panel, item: Item, command: Callable[[Command], None] | None = None) -> None:
    """One item and those under it (a menu's chosen); `command` lays out an instructor's
    control (only the class panel has them)."""
    if isinstance(item, Words):
        panel.text(item.text, STYLES.get(item.style, "@small"), item.lines, item.tip or None)
    elif isinstance(item, Move):
        panel.button(item.text, item.name, item.action, item.tip or None, primary=item.primary)
        panel.row()
    elif isinstance(item, Row):
        share = panel.width // max(1, len(item.moves))
        for i, move in enumerate(item.moves):
            panel.button(
                move.text, move.name, move.action, move.tip or None, x=6 + i * share,
                width=share - 8, primary=move.primary,
            )  # fmt: skip
        panel.row()
    elif isinstance(item, Menu):
        chosen = panel.menu(item.key, [c.text for c in item.choices])
        for inner in next(c for c in item.choices if c.text == chosen).items:
            lay(panel, inner, command)
    elif isinstance(item, Entry):
        panel.entry(item.key, item.placeholder, item.limit)
    elif isinstance(item, Command) and command is not None:
        command(item)
