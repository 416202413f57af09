"""`main.py play`: open the game window."""

from __future__ import annotations

import sys
from pathlib import Path

import pygame

from game.play.told import says
from game.scenario import ScenarioError, load_scenario
from game.support.bundled import program
from game.text.language import ENGLISH, N_, Language

from .app import App, Scene
from .routes import open_window
from .settings import Settings


def run_game(scenario: str | None = None, lang: Language | None = None) -> int:
    """The window, in `lang` if one was asked for (--lang: for this session, unless the
    settings are saved with it), else in the language of the settings."""
    said = lang or ENGLISH
    if scenario is not None:
        try:
            load_scenario(scenario)  # every problem of the file, in the terminal, first
        except ScenarioError as error:
            return error.report(said)
    settings = Settings.load()
    if lang is not None:
        settings = settings.model_copy(update={"language": lang.code})
    try:
        app = open_window(settings)
    except pygame.error as error:
        message = N_(
            "{prog} play: cannot open a window ({problem}). The game needs a display; "
            "without one, AI powers can still play it: {prog} play --headless SCENARIO"
        )
        print(said.text(message, prog=program(), problem=str(error)), file=sys.stderr)
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
        said = app.lang
        app.quit()
        print(said.text(N_("interrupted; the game is autosaved")), file=sys.stderr)
        return 130


def run_join(address: str, code: str, name: str = "", lang: Language | None = None) -> int:
    """`main.py join`: the game window as one seat of a class's game on the network, in
    `lang` if one was asked for (--lang), else in the language of the settings; the
    server says its refusals in it too."""
    from game.net.client import JoinError, RemoteController

    from .app import spoken
    from .scenes.table import TableScene
    from .seats import SeatSetup

    settings = Settings.load()
    if lang is not None:
        settings = settings.model_copy(update={"language": lang.code})
    said = spoken(settings)
    try:
        controller = RemoteController(address, code, name, lang=said)
    except JoinError as error:
        print(says(f"{program()} join", error.text(said), said), file=sys.stderr)
        return 1
    try:
        app = open_window(settings)
    except pygame.error as error:
        controller.close()
        message = N_("{prog} join: cannot open a window ({problem}); the game needs a display")
        print(said.text(message, prog=program(), problem=str(error)), file=sys.stderr)
        return 1
    assert controller.welcome is not None
    setup = SeatSetup(people=controller.welcome.people, ai=controller.welcome.ai)
    try:
        return app.run(lambda app: TableScene(app, controller, setup))
    except KeyboardInterrupt:
        app.quit()
        return 130
