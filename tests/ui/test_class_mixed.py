"""A class as it comes: two teams in browsers (headless Chromium) and one in the game's
window, at one server, playing the tutorial to the debrief together."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from game.net.client import RemoteController
from game.net.host import Host, new_seating
from game.play.match import Match
from game.scenario import load_scenario
from game.ui.drive import Driver
from game.ui.routes import open_window
from game.ui.scenes.table import TableScene
from game.ui.seats import SeatSetup
from game.ui.settings import Settings
from tests.chromium import chromium, need_chromium, watch
from tests.net.conftest import TUTORIAL, Running
from tests.web.test_browser_seat import join, live_buttons, next_move

from .test_play import play_turns

need_chromium()


def browsers(running: Running, codes: dict[str, str], found: dict[str, Any]) -> None:
    """The two browser teams, on a thread of their own, to the debrief."""
    try:
        with chromium() as browser:
            pages = {}
            for seat, code in codes.items():
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                found[f"{seat} problems"] = watch(
                    page, (f"http://{running.address}/", f"ws://{running.address}/")
                )
                page.goto(f"http://{running.address}/")
                join(page, code, f"Team {seat}")
                pages[seat] = page
            done: dict[str, set[str]] = {seat: set() for seat in pages}
            end = time.monotonic() + 300
            while not all(p.is_visible(".debrief") for p in pages.values()):
                assert time.monotonic() < end, "the browsers' game did not end"
                for seat, page in pages.items():
                    if page.is_visible(".debrief") or not page.is_visible(".table"):
                        continue
                    move = next_move(live_buttons(page), done[seat])
                    if move is not None:
                        page.click(f"button[data-name='{move}']")
                        if move in ("send", "table"):
                            done[seat].add(move)
                        elif move == "pass":
                            done[seat].clear()
                next(iter(pages.values())).wait_for_timeout(100)
            found["ended"] = True
    except BaseException as error:  # said by the test, on its own thread
        found["error"] = error


def test_two_browsers_and_a_window_play_a_class_game(home: Path) -> None:
    match = Match(load_scenario(TUTORIAL), 4)
    seating = new_seating(match)  # every power a people seat
    running = Running(Host(match, seating, None, password="pw"))
    found: dict[str, Any] = {}
    web = {s: seating.codes[s] for s in ("EM", "SG")}
    thread = threading.Thread(target=browsers, args=(running, web, found), daemon=True)
    thread.start()
    controller = RemoteController(running.address, seating.codes["NL"], name="Window team")
    app = open_window(Settings(), (1280, 720))
    try:
        assert controller.welcome is not None
        setup = SeatSetup(people=controller.welcome.people, ai=controller.welcome.ai)
        app.switch(TableScene(app, controller, setup))
        play_turns(Driver(app))
        thread.join(timeout=300)
        assert "error" not in found, found.get("error")
        assert found.get("ended")
        assert found["EM problems"] == [] and found["SG problems"] == []
        assert running.host.match.state.phase.value == "over"
        assert running.host.seating.ai == {}  # nobody's seat went to the AI
        actions = running.host.match.actions
        for seat in ("NL", "EM", "SG"):
            assert any(a.startswith(f"{seat} ") and not a.endswith(" pass") for a in actions)
    finally:
        app.quit()
        controller.close()
        running.stop()
