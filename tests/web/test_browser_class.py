"""The projector's page and the instructor's page in a real browser: the public table
updates live as the teams move, with the vote's results; the instructor runs the class
(codes hidden until asked, start, pause and resume, the phase timer, the end) from the
browser, as from the window."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from websockets.sync.client import ClientConnection, connect

from game.net import codes as seat_codes
from game.net.host import Host, new_seating
from game.play.match import Match
from game.scenario import load_scenario

from ..chromium import chromium, need_chromium, watch
from ..net.conftest import TUTORIAL, Running
from .test_browser_seat import heading, until, violations

need_chromium()
pytestmark = pytest.mark.xdist_group("browser-class")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@contextmanager
def team(running: Running, code: str) -> Iterator[ClientConnection]:
    """A team at its seat, from a script: it moves only when told."""
    with connect(f"ws://{running.address}/", max_size=2**24) as ws:
        ws.send(json.dumps({"type": "hello", "code": code, "name": "Team by script"}))
        yield ws


def latest(ws: ClientConnection) -> dict[str, Any]:
    """The team's legal moves as the last update of those waiting says them."""
    found: dict[str, Any] = {}
    while True:
        try:
            message = json.loads(ws.recv(timeout=0.3))
        except TimeoutError:
            return found
        if message["type"] == "update":
            found = message


def test_the_projector_shows_the_table_as_it_moves(browser: Any) -> None:
    match = Match(load_scenario(TUTORIAL), 4)
    seating = new_seating(match, people=["NL"])
    running = Running(Host(match, seating, None, password="pw"))
    try:
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        problems = watch(page, (f"http://{running.address}/", f"ws://{running.address}/"))
        page.goto(f"http://{running.address}/watch")
        assert "observers' code" in page.inner_text("form").lower()
        page.fill("#code", seating.codes["observer"])
        page.click("button[type=submit]")
        page.wait_for_selector(".table")
        assert page.query_selector(".projector") is not None
        assert violations(page) == []
        assert page.query_selector("#team") is None  # no team's name to give
        phases = set()
        end = time.monotonic() + 120
        with team(running, seating.codes["NL"]) as ws:  # the game starts: the seat is taken
            while not page.query_selector(".results"):  # the team passes and votes yes
                assert time.monotonic() < end, f"no vote's results shown; saw {phases}"
                phases.add(heading(page).rsplit(": ", 1)[-1])
                moves = latest(ws).get("legal", [])
                chosen = next((m for m in moves if m.endswith(" yes")), None) or next(
                    (m for m in moves if m.endswith(" pass")), None
                )
                if chosen:
                    ws.send(json.dumps({"type": "act", "ticket": 1, "action": chosen}))
        assert {"diplomacy", "the vote"} <= phases  # (the agenda may pass between two looks)
        # the vote's chamber, a seat a ballot, and nothing to press but the card's button
        assert page.query_selector_all(".results .seat[class*=vote-]")
        assert page.query_selector(".moves") is None or not page.is_visible(".moves")
        assert problems == []
        page.close()
    finally:
        running.stop()


def test_the_instructor_runs_the_class_from_the_browser(browser: Any) -> None:
    match = Match(load_scenario(TUTORIAL), 4)
    seating = new_seating(match, people=["NL"])
    running = Running(Host(match, seating, None, password="pw", autostart=False))
    try:
        with team(running, seating.codes["NL"]):  # a team that never moves: the game waits
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            problems = watch(page, (f"http://{running.address}/", f"ws://{running.address}/"))
            page.goto(f"http://{running.address}/teach")
            assert page.get_attribute("#code", "type") == "password"
            page.fill("#code", "wrong")
            page.click("button[type=submit]")
            until(page, "document.querySelector('#join-error').innerText.length > 0")
            page.fill("#code", "pw")
            page.click("button[type=submit]")
            page.wait_for_selector("button[data-name=class-start]")
            assert violations(page) == []
            controls = page.inner_text(".controls")
            shown = {seat_codes.shown(code) for code in seating.codes.values()}
            assert not any(code in controls for code in shown)  # hidden until asked for
            assert "Team by script" in controls
            page.click("button[data-name=class-codes]")
            until(
                page,
                f"document.querySelector('.controls').innerText.includes({next(iter(shown))!r})",
            )
            page.click("button[data-name=class-start]")
            until(page, "document.querySelector('button[data-name=class-start]').disabled")
            assert running.host.controller is not None
            # a team's private view, on request, and back to the public one
            northland = next(n for n in match.scenario.nations if n.id == "NL")
            aims = [northland.briefing or ""]  # (its secret briefing)
            assert aims[0] and aims[0] not in page.inner_text("body")
            page.select_option("#pick-seat", "Northland")
            page.click("button:has-text('Show its private view')")
            until(page, f"document.body.innerText.includes({aims[0]!r})")
            assert "private view" in page.inner_text(".you")
            page.click("button:has-text('Back to the class')")
            until(page, f"!document.body.innerText.includes({aims[0]!r})")
            page.click("button[data-name=class-pause]")
            page.wait_for_selector("button[data-name=class-resume]")
            assert running.host.match.state.paused
            page.click("button[data-name=class-resume]")
            page.wait_for_selector("button[data-name=class-pause]")
            page.select_option("#pick-timer", index=2)
            page.click("button[data-name=class-timer]")
            end = time.monotonic() + 10
            while running.host.timer != 120:
                assert time.monotonic() < end, "the timer was not set"
                page.wait_for_timeout(50)
            until(page, "document.querySelector('.clock')?.innerText.includes('left in this')")
            page.click("button[data-name=class-end_game]")
            page.wait_for_selector(".debrief")
            assert running.host.over
            # the browser refused as a bad code once: the console says so; nothing else
            assert all("WebSocket" in p or "1008" in p for p in problems), problems
            page.close()
    finally:
        running.stop()
