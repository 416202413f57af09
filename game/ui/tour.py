"""`main.py tour OUTDIR`: every screen of a scripted hot-seat game on the tutorial,
rendered to PNG without a display (for the README, and to look at after a change)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pygame

from game.support.bundled import program
from game.text.language import ENGLISH, N_, Language

from .drive import Driver
from .routes import open_window
from .scenes.browser import CHOICES
from .scenes.end import EndScene
from .scenes.table import TableScene
from .settings import Settings

# Each screen and the widgets it must show (by object id).
REQUIRED = {
    "title": ("new", "continue", "load", "tutorial", "settings", "quit"),
    "settings": ("size", "scale", "palette", "animation", "fullscreen", "sound", "save"),
    "load": ("back", "open"),
    "browser": ("scenarios", "start", "back", "anonymous"),
    "table": ("chambers", "moves", "menu"),
    "handover": ("ready",),
    "pause": ("resume", "save", "load", "undo", "title"),
    "end": ("debrief", "export", "title"),
    "glossary": ("glossary", "back"),
}


def take_tour(
    folder: Path,
    size: tuple[int, int] = (1280, 720),
    seed: int = 7,
    scale: float = 1.0,
    min_text: int = 0,
    *,
    lang: Language = ENGLISH,
    look: Callable[[Driver], None] | None = None,
) -> tuple[list[Path], list[str]]:
    """Play the tour and write one PNG per screen: the paths, in order, and the problems
    seen: a widget past the window's edge, widgets overlapping, a button's text wider than
    it, and text smaller than `min_text` pixels. The window speaks `lang`; `look`, if
    given, sees each screen before its PNG is written."""
    folder.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["CONCERT_HOME"] = home  # the tour never touches the player's files
        app = open_window(Settings(scale=scale), size)
        app.lang = lang
        app.seed = seed
        driver = Driver(app)
        from .scenes.title import TitleScene

        app.switch(TitleScene(app))
        driver.frame()

        def shot(name: str) -> None:
            driver.frame()
            for widget in REQUIRED.get(driver.scene, ()):
                driver.element(widget)  # raises if a required widget is missing
            problems.extend(driver.outside())
            problems.extend(driver.overlapping())
            problems.extend(driver.small_text(min_text))
            if look is not None:
                look(driver)
            path = folder / f"{len(shots) + 1:02d}-{name}.png"
            pygame.image.save(app.surface, str(path))
            shots.append(path)

        shot("title")
        driver.click("settings")
        shot("settings")
        driver.click("back")
        driver.click("load")
        shot("load")
        driver.click("back")
        driver.click("glossary")
        shot("glossary")
        driver.click("back")
        driver.click("new")
        driver.click("seat-EM")
        driver.click_text(app.lang.text(CHOICES["person"]))
        shot("browser")
        driver.click("start")
        seen: set[str] = set()
        last: tuple[object, ...] = ()
        stuck = 0
        for _ in range(400):
            screen = driver.settle()
            if screen == "end":
                break
            if screen == "handover":
                if "handover" not in seen:
                    seen.add("handover")
                    shot("handover")
                driver.click("ready")
                continue
            table = driver.table
            if table.records[table.seat].results and "results" not in seen:
                seen.add("results")
                for _ in range(90):  # the tallies fill in over about a second
                    driver.frame()
                driver.until(lambda: driver.has("results-ok"))
                shot("table-results")
                driver.click("results-ok")
            if table.records[table.seat].review is not None and "review" not in seen:
                seen.add("review")
                if table.records[table.seat].results:  # a vote's results show first
                    driver.until(lambda: driver.has("results-ok"))
                    driver.click("results-ok")
                driver.until(lambda: driver.has("review-ok"))
                shot("table-review")
                driver.click("review-ok")
            phase = table.view.phase.value
            if phase not in seen:
                seen.add(phase)
                shot(f"table-{phase}")
                if phase == "vote" and "pause" not in seen:
                    seen.add("pause")
                    driver.key(pygame.K_ESCAPE)
                    shot("pause")
                    driver.key(pygame.K_ESCAPE)
            now = (table.view.round, phase, table.seat, table.happened)
            stuck = stuck + 1 if now == last else 0
            last = now
            if stuck > 5:
                moves = [str(a) for a in table.quick.values()]
                raise AssertionError(f"the tour is stuck at {now}: {table.notice!r}, {moves}")
            driver.plain_move(table_motions=True)
        else:
            state = driver.app.scene
            where = ""
            if isinstance(state, TableScene):
                where = (
                    f" (round {state.view.round}, {state.view.phase.value}, "
                    f"{state.happened} updates in)"
                )
            raise AssertionError(f"the tour's game did not end in 400 moves{where}")
        shot("end")
        end = driver.app.scene
        if isinstance(end, EndScene) and end.turning is not None and not end.applied:
            driver.until(lambda: end.applied, 300)  # the turning point's replays
            shot("end-turning")
        app.quit()
    return shots, problems


def tour_command(outdir: str, size: str, scale: float = 1.0, lang: Language = ENGLISH) -> int:
    try:
        width, height = (int(v) for v in size.lower().split("x"))
    except ValueError:
        said = lang.text(
            N_("{prog} tour: --size '{size}' is not WIDTHxHEIGHT, e.g. 1280x720"),
            prog=program(),
            size=size,
        )
        print(said, file=sys.stderr)
        return 2
    try:
        shots, problems = take_tour(Path(outdir), (width, height), scale=scale, lang=lang)
    except OSError as error:
        said = lang.text(
            N_("{prog} tour: cannot write to {folder}: {problem}"),
            prog=program(),
            folder=outdir,
            problem=error.strerror,
        )
        print(said, file=sys.stderr)
        return 1
    for path in shots:
        print(path)
    for problem in problems:
        print(f"{program()} tour: {problem}", file=sys.stderr)
    return 1 if problems else 0
