"""A team at its own computer: the game window joined to a class's server on loopback,
played to the debrief through real input events, exactly as in solo play."""

from __future__ import annotations

from pathlib import Path

from game.net.client import RemoteController
from game.net.host import Host, new_seating
from game.play.match import Match
from game.scenario import load_scenario
from game.ui.drive import Driver
from game.ui.routes import open_window
from game.ui.scenes.table import TableScene
from game.ui.seats import SeatSetup
from game.ui.settings import Settings
from tests.net.conftest import TUTORIAL, Running

from .test_play import play_turns


def test_a_team_plays_a_class_game_in_the_window(home: Path) -> None:
    match = Match(load_scenario(TUTORIAL), 4)
    seating = new_seating(match, people=["NL"])  # the other powers: the AI, on the server
    running = Running(Host(match, seating, None, password="pw"))
    controller = RemoteController(running.address, seating.codes["NL"], name="Ana")
    app = open_window(Settings(), (1280, 720))
    try:
        assert controller.welcome is not None
        setup = SeatSetup(people=controller.welcome.people, ai=controller.welcome.ai)
        app.switch(TableScene(app, controller, setup))
        driver = Driver(app)
        assert [c.name for c in running.host.clients.values()] == ["Ana"]
        play_turns(driver)
        assert driver.scene == "end"
        assert driver.element("chart-order")
        driver.click("export")
        [report] = (home / "saves").glob("* debrief/report.html")
        # The class's game is the server's: its client writes the report, not a save.
        assert not (report.parent / "game.json").exists()
        assert running.host.match.state.phase.value == "over"
    finally:
        app.quit()
        controller.close()
        running.stop()
