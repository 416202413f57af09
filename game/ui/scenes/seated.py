"""What the parts of the table (the overview, the cards) draw from: the seat's screen, seen
through these protocols so that the parts need not import the table that uses them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import pygame
import pygame_gui
from pygame_gui.core.interfaces import IContainerLikeInterface
from pygame_gui.elements import UIButton, UIImage

from game.present.record import SeatRecord
from game.present.results import Result
from game.session.contract import Controller

from ..tutorial import Step
from ..widgets import Listing

if TYPE_CHECKING:
    from ..app import App


class Seated(Protocol):
    """A screen showing one seat's game."""

    app: App
    manager: pygame_gui.UIManager
    root: IContainerLikeInterface | None
    controller: Controller
    seat: str

    def long_text(self, name: str, rect: pygame.Rect, text: str) -> None:
        """Markup in a scrolling list of its own, as tall as it needs (the table's)."""


class Carded(Seated, Protocol):
    """The table as its cards see it: what the seat has yet to read, and the buttons that
    dismiss it."""

    records: dict[str, SeatRecord]  # what each seat has seen: its log, review, results
    coach_ok: UIButton | None
    results_ok: UIButton | None
    review_ok: UIButton | None
    bars: list[tuple[UIImage, UIImage, Result]]  # each result's chamber and tally bar

    def coach_step(self) -> Step | None: ...
    def listing(self, name: str, rect: pygame.Rect, shows: object) -> Listing: ...
    def results_progress(self) -> float: ...
    def vote_colours(self) -> dict[str, str]: ...
