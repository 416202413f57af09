"""The window's ways between screens, for the screens that lead back up (to the title, to
a new or saved game): they ask `app.screens` instead of importing the screens above them,
so no screen imports one that imports it."""

from __future__ import annotations

from pathlib import Path

from game.scenario import Scenario
from game.session.contract import Controller

from .app import App
from .scenes import games
from .scenes.title import TitleScene
from .seats import SeatChoice, SeatSetup
from .settings import Settings


class Routes:
    def __init__(self, app: App) -> None:
        self.app = app

    def title(self) -> None:
        self.app.switch(TitleScene(self.app))

    def start_game(
        self, scenario: Scenario, seed: int, choices: list[SeatChoice], coached: bool = False
    ) -> None:
        games.start_game(self.app, scenario, seed, choices, coached)

    def resume(self, save: Path) -> None:
        games.resume(self.app, save)

    def play_on(self, controller: Controller, setup: SeatSetup, round_: int) -> None:
        games.play_on_from(self.app, controller, setup, round_)


def open_window(settings: Settings | None = None, size: tuple[int, int] | None = None) -> App:
    """The game window with its screens (raises pygame.error without a display)."""
    return App(settings, size, routes=Routes)
