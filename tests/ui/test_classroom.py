"""The instructor's window: the public view with the class's controls, clicked through
against a real server on loopback."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pygame

from game.engine.actions import Cast, Pass
from game.net import codes
from game.net.client import RemoteController
from game.net.host import Host, new_seating
from game.play.match import Match
from game.scenario import load_scenario
from game.ui.app import App
from game.ui.drive import Driver
from game.ui.routes import open_window
from game.ui.scenes.classroom import ClassroomScene
from game.ui.scenes.end import EndScene
from game.ui.settings import Settings
from tests.net.conftest import TUTORIAL, Running
from tests.net.test_game import until


def test_the_instructor_steers_the_class_from_the_window(home: Path, tmp_path: Path) -> None:
    match = Match(load_scenario(TUTORIAL), 6)
    seating = new_seating(match)
    running = Running(Host(match, seating, None, password="pw"))

    def moving(done: Callable[[], bool]) -> None:
        """Wait while the game moves on: the AI may play slowly on a loaded machine."""
        until(done, progress=lambda: len(running.host.match.actions))

    public = RemoteController(running.address, seating.codes["observer"], "projector")
    chief = RemoteController(running.address, "pw", "instructor", instructor=True)
    team = RemoteController(running.address, seating.codes["NL"], "Ana")
    app = open_window(Settings(), (1280, 720))
    try:
        port = running.host.port
        app.switch(ClassroomScene(app, public, chief, seating.codes, "127.0.0.1", port))
        driver = Driver(app)
        driver.until(lambda: driver.has("class-start"))
        scene = app.scene
        assert isinstance(scene, ClassroomScene)
        shown = " ".join(
            str(getattr(e, "html_text", "")) for e in app.manager.get_sprite_group().sprites()
        )
        assert "(Ana)" in shown
        # The codes are not on the projector until asked for.
        assert not any(codes.shown(code) in shown for code in seating.codes.values())
        driver.click("class-codes")
        driver.until(lambda: codes.shown(seating.codes["EM"]) in text_on_screen(app))
        assert driver.outside() == []
        driver.click("class-start")
        moving(lambda: running.host.controller is not None)
        driver.until(lambda: not driver.element("class-start").is_enabled)
        assert running.host.seating.people == {"NL": "Northland"}  # the empty seats: the AI
        driver.click("class-pause")
        moving(lambda: running.host.match.state.paused)
        driver.until(lambda: driver.has("class-resume"))
        driver.click("class-resume")
        moving(lambda: not running.host.match.state.paused)
        driver.click("pick-timer-next")  # No timer -> 1 minute
        driver.until(lambda: driver.has("class-timer"))
        driver.click("class-timer")
        moving(lambda: running.host.timer == 60)
        driver.until(lambda: "left in this phase" in scene.status.text)
        # An event of the instructor's own making: a severe crisis in the World Council.
        driver.click("pick-compose-amount-shock-next")  # mild -> serious
        driver.until(lambda: driver.has("class-compose"))
        driver.click("pick-compose-amount-shock-next")  # serious -> severe
        driver.until(lambda: driver.has("class-compose"))
        driver.click("class-compose")
        moving(lambda: any(a.startswith("instructor compose") for a in running.host.match.actions))
        assert "instructor compose shock council 0.9" in running.host.match.actions
        driver.until(lambda: "A crisis shakes World Council" in text_on_screen(app))
        # A team's private view, in front until Esc; the projector's is public.
        driver.click("class-view_as")
        assert driver.scene == "peek"
        peek = app.scene
        assert peek.view.nation("NL").objectives  # its secret aims, for the instructor
        assert not public.view("observer").nation("NL").objectives
        driver.key(pygame.K_ESCAPE)
        assert driver.scene == "classroom"
        walk_out(team, running)
        driver.frame()  # the screen catches up with the moves made meanwhile
        driver.click("class-end_game")
        driver.until(lambda: driver.scene == "end", 30)
        moving(lambda: team.debrief() is not None)
        # The turning point follows from the server's replays, and joins the debrief on
        # the instructor's screen when it comes.
        end = app.scene
        assert isinstance(end, EndScene)
        driver.until(lambda: end.debrief.turning_point is not None, 300)
        point = end.debrief.turning_point
        assert point is not None
        # Northland's walkout was replayed, as played and replaced by staying.
        assert [r.move for r in point.examined] == ["NL withdraw council"]
        driver.until(lambda: point.sentence[:40] in text_on_screen(app))
        assert "Each key move replayed" in text_on_screen(app)
        assert "replaying the key moves" not in text_on_screen(app)
        moving(lambda: running.host.match.state.paused)  # the AI powers stopped with it
        played = len(running.host.match.actions)
        driver.frame()
        assert len(running.host.match.actions) == played
    finally:
        app.quit()
        for client in (public, chief, team):
            client.close()
        running.stop()


def walk_out(team: RemoteController, running: Running) -> None:
    """Northland's team plays on (passing, voting yes) until it may leave the World
    Council, and leaves: a key move for the turning point."""
    waiting: int | None = None
    end = time.monotonic() + 60
    while "NL withdraw council" not in running.host.match.actions:
        assert time.monotonic() < end, "Northland never could leave the World Council"
        for update in team.poll():
            if getattr(update, "ticket", None) == waiting:
                waiting = None
        legal = team.legal("NL")
        if legal and waiting is None:
            move = next((a for a in legal if str(a) == "NL withdraw council"), None)
            move = move or next((a for a in legal if isinstance(a, Cast) and a.vote == "yes"), None)
            move = move or next((a for a in legal if isinstance(a, Pass)), legal[0])
            waiting = team.submit("NL", move)
        time.sleep(0.005)


def text_on_screen(app: App) -> str:
    return " ".join(
        str(getattr(e, "html_text", "")) for e in app.manager.get_sprite_group().sprites()
    )
