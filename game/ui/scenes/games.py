"""Opening a game at the table: a new one from the seats picked, a save, or a finished
game played on from one of its rounds; each becomes the autosave."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.debrief.build import from_record
from game.play.match import Match
from game.play.record import RulesMoved, SaveError
from game.scenario import Scenario
from game.session.contract import Controller
from game.session.local import LocalController
from game.support import paths
from game.text.language import N_

from ..seats import SeatChoice, SeatSetup
from .end import EndScene
from .message import MessageScene
from .table import TableScene

if TYPE_CHECKING:
    from ..app import App

UNOPENED = N_("This game cannot be opened")


def start_game(
    app: App, scenario: Scenario, seed: int, choices: list[SeatChoice], coached: bool = False
) -> None:
    people = {c.nation: c.team for c in choices if c.player == "person"}
    ai = {c.nation: c.player for c in choices if c.player != "person"}
    for nation in scenario.great_powers():  # powers without a seat play at normal
        if nation.id not in people and nation.id not in ai:
            ai[nation.id] = "normal"
    save = paths.autosave()
    save.parent.mkdir(parents=True, exist_ok=True)
    setup = SeatSetup(people=people, ai=ai, coached=coached)
    setup.write(save)
    match = Match(scenario, seed, autosave=save)
    match.save(save)
    open_match(app, match, setup)


def resume(app: App, save: Path) -> None:
    """Open a saved game (the autosave, or a file the player picked)."""
    try:
        match = Match.load(save, autosave=paths.autosave())
    except RulesMoved as error:  # its record can still be read, debriefed
        try:
            debrief = from_record(error.save, str(save))
        except SaveError as unread:
            app.switch(MessageScene(app, app.lang.text(UNOPENED), str(unread)))
            return
        app.switch(EndScene(app, None, None, debrief))
        return
    except SaveError as error:
        app.switch(MessageScene(app, app.lang.text(UNOPENED), str(error)))
        return
    great = [n.id for n in match.scenario.great_powers()]
    setup = SeatSetup.read(save, great)
    setup.write(paths.autosave())
    open_match(app, match, setup)


def play_on_from(app: App, controller: Controller, setup: SeatSetup, round_: int) -> None:
    """A new game that is this one up to the start of the round, opened at the table
    with the same seats; it becomes the autosave."""
    match: Match | None = getattr(controller, "match", None)
    if match is None:
        return
    branch = match.branch(round_, autosave=paths.autosave())
    controller.close()
    problem = ""
    try:
        branch.save(paths.autosave())
        setup.write(paths.autosave())
    except OSError as error:
        problem = app.lang.text(
            N_("Could not write the autosave: {problem}"), problem=error.strerror
        )
    open_match(app, branch, setup)
    scene = app.scene
    if isinstance(scene, TableScene):
        scene.notice = problem or app.lang.text(
            N_("Playing on from round {round}."), round=app.lang.number(round_, 0)
        )


def open_match(app: App, match: Match, setup: SeatSetup) -> None:
    """The table for a game already under way (a save, or a branch of a finished game)."""
    controller = LocalController(match, list(setup.people), setup.ai, own_process=True)
    app.switch(TableScene(app, controller, setup))
