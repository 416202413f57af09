"""`main.py play`: open the game window."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame

from game.scenario import ScenarioError, load_scenario

from .app import App
from .scene import Scene


def run_game(scenario: str | None = None) -> int:
    if scenario is not None:
        try:
            load_scenario(scenario)  # every problem of the file, in the terminal, first
        except ScenarioError as error:
            return error.report()
    try:
        app = App()
    except pygame.error as error:
        print(
            f"main.py play: cannot open a window ({error}). The game needs a display; "
            "without one, AI powers can still play it: main.py play --headless SCENARIO",
            file=sys.stderr,
        )
        return 1

    def first(app: App) -> Scene:
        if scenario is not None:
            from .scenes.browser import BrowserScene

            return BrowserScene(app, extra=Path(scenario))
        from .scenes.title import TitleScene

        return TitleScene(app)

    try:
        return app.run(first)
    except KeyboardInterrupt:
        app.quit()
        print("interrupted; the game is autosaved", file=sys.stderr)
        return 130
