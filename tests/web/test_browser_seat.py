"""A seat played from a real browser (headless Chromium) against a real classroom server:
the page joins with a code, shows a hostile team name as text, plays the tutorial to its
end clicking every phase, reconnects by itself after the server drops it, fits a phone,
works from the keyboard, and receives nothing of another seat's secrets."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from game.net.host import Host, new_seating
from game.play.match import Match
from game.scenario import load_scenario

from ..chromium import chromium, need_chromium, watch
from ..net.conftest import TUTORIAL, Running

need_chromium()
pytestmark = pytest.mark.xdist_group("browser-seat")

HOSTILE = "<img src=x onerror=window.pwned=1>"  # (a team's name is at most 40 characters)
PHASES = ("diplomacy", "agenda", "the vote", "opt-outs", "membership")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def serve(seed: int = 5) -> tuple[Running, str, dict[str, str]]:
    match = Match(load_scenario(TUTORIAL), seed)
    people = [match.scenario.great_powers()[0].id]
    seating = new_seating(match, people=people)
    return Running(Host(match, seating, None, password="pw")), people[0], seating.codes


def open_page(browser: Any, running: Running, width: int = 1280) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems = watch(page, (f"http://{running.address}/", f"ws://{running.address}/"))
    page.goto(f"http://{running.address}/")
    return page, problems


def join(page: Any, code: str, team: str = "Team A") -> None:
    page.fill("#code", code)
    page.fill("#team", team)
    page.click("button[type=submit]")


def until(page: Any, script: str, seconds: float = 30) -> None:
    """Wait until the script is true in the page. (Polled from here: Playwright's own
    waiting evaluates strings in the page, which the page's policy rightly forbids.)"""
    end = time.monotonic() + seconds
    while not page.evaluate(script):
        assert time.monotonic() < end, f"timed out waiting for {script}"
        page.wait_for_timeout(50)


def tab_to(page: Any, name: str) -> None:
    """Tab along until a button whose name ends so has the focus."""
    for _ in range(80):
        page.keyboard.press("Tab")
        if str(page.evaluate("document.activeElement.dataset.name || ''")).endswith(name):
            return
    raise AssertionError(f"no button ending {name!r} reached with Tab")


def live_buttons(page: Any) -> list[str]:
    names: list[str] = page.eval_on_selector_all(
        "button[data-name]:not([disabled])", "found => found.map(b => b.dataset.name)"
    )
    return names


def heading(page: Any) -> str:
    return str(page.inner_text(".topbar h1"))


def next_move(names: list[str], done: set[str]) -> str | None:
    """What a student would press: a card's button to read on, then a move of the phase
    (an offer, a motion, a yes), else pass."""
    for card in ("results-ok", "review-ok"):
        if card in names:
            return card
    for wanted in ("send", "table"):
        if wanted in names and wanted not in done:
            return wanted
    votes = [n for n in names if n.startswith("vote-") and n.endswith("-yes")]
    if votes:
        return votes[0]
    return "pass" if "pass" in names else None


@pytest.fixture(scope="module")
def played(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The tutorial played to its end from the browser by one seat (the others AI):
    what the page showed and received on the way."""
    running, seat, codes = serve()
    shots = tmp_path_factory.mktemp("browser")
    page, problems = open_page(browser, running)
    frames: list[str] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: frames.append(str(f))))
    page.wait_for_selector("#code")
    join(page, codes[seat], HOSTILE)
    page.wait_for_selector(".table")
    seen_phases: dict[str, str] = {}
    done: set[str] = set()
    clicked: list[str] = []
    end = time.monotonic() + 240
    while not page.is_visible(".debrief"):
        assert time.monotonic() < end, f"the game did not end; clicked {clicked[-10:]}"
        phase = heading(page).rsplit(": ", 1)[-1]
        names = live_buttons(page)
        if phase not in seen_phases and names:
            seen_phases[phase] = str(shots / f"{len(seen_phases):02d}-{phase}.png")
            page.screenshot(path=seen_phases[phase], full_page=True)
        move = next_move(names, done)
        if move is None:
            page.wait_for_timeout(100)
            continue
        page.click(f"button[data-name='{move}']")
        clicked.append(move)
        if move in ("send", "table"):
            done.add(move)
        if move == "pass":
            done.clear()
        page.wait_for_timeout(150)
    result = {
        "page": page,
        "problems": problems,
        "frames": frames,
        "phases": seen_phases,
        "clicked": clicked,
        "running": running,
        "seat": seat,
        "shots": shots,
    }
    yield result
    page.close()
    running.stop()


def test_the_tutorial_is_played_to_its_end_in_the_browser(played: dict[str, Any]) -> None:
    assert played["problems"] == []
    assert set(PHASES) <= set(played["phases"]), played["phases"]
    for kind in ("send", "table", "pass", "results-ok"):
        assert kind in played["clicked"]
    assert any(c.startswith("vote-") for c in played["clicked"])
    running = played["running"]
    assert running.host.over
    # the moves clicked reached the game as the seat's own
    seat = played["seat"]
    mine = [a for a in running.host.match.actions if a.startswith(f"{seat} ")]
    assert any(" offer " in a for a in mine) and any(" table " in a for a in mine)
    for shot in played["phases"].values():
        assert Path(shot).stat().st_size > 10_000


def test_the_debrief_shows_and_its_report_downloads(played: dict[str, Any]) -> None:
    page, running = played["page"], played["running"]
    assert page.inner_text("#debrief-title").startswith("Debrief: ")
    titles = page.eval_on_selector_all(".debrief h2", "found => found.map(h => h.innerText)")
    assert titles[0].startswith("The order: ")
    assert "Scores and secret objectives" in titles and "For discussion" in titles
    page.wait_for_selector(".debrief a[download]", timeout=60_000)  # the report is made
    with page.expect_download() as downloading:
        page.click(".debrief a[download]")
    saved = Path(downloading.value.path()).read_text("utf-8")
    assert "<html" in saved.lower() and running.host.match.scenario.title in saved
    page.click(".debrief .actions button")  # back to the table, and to the debrief again
    page.wait_for_selector(".table")
    page.click(".topbar button.primary")
    page.wait_for_selector(".debrief")


def test_a_hostile_team_name_is_shown_as_text(played: dict[str, Any]) -> None:
    page = played["page"]
    assert page.evaluate("window.pwned") is None
    assert HOSTILE in page.inner_text(".you")
    assert page.query_selector(".you img") is None


def test_the_page_receives_nothing_of_another_seat(played: dict[str, Any]) -> None:
    running, seat = played["running"], played["seat"]
    scenario = running.host.match.scenario
    received = "\n".join(played["frames"])
    assert '"type":"table"' in received.replace(" ", "")
    for nation in scenario.nations:
        if nation.id == seat:
            continue
        if nation.briefing:
            assert nation.briefing not in received
        for objective in nation.objectives:
            if objective.text:
                assert objective.text not in received
    # no other seat's sealed ballots: only its own ballots' actions are in its moves
    for frame in played["frames"]:
        message = json.loads(frame)
        if message["type"] == "table" and "moves" in message:  # (else kept)
            actions = json.dumps(message["moves"])
            for nation in scenario.great_powers():
                if nation.id != seat:
                    assert f'"action": "{nation.id} ' not in actions


def test_a_wrong_code_is_said_and_the_page_stays(browser: Any) -> None:
    running, _, _ = serve()
    try:
        page, problems = open_page(browser, running)
        # Before joining, the page shows what the class will play, its chambers drawn
        until(page, "document.querySelectorAll('.about svg.chamber circle').length > 10")
        about = page.inner_text(".about")
        assert running.host.match.scenario.title in about and "How its games end" in about
        join(page, "WRONG-CODE0")
        until(page, "document.querySelector('#join-error').innerText.length > 0")
        assert "no seat has this code" in page.inner_text("#join-error")
        assert page.is_visible("#code")
        # the page's one console error: the browser's own note of the refused socket
        assert all("WebSocket" in p or "1008" in p for p in problems), problems
        page.close()
    finally:
        running.stop()


def test_the_page_reconnects_after_the_server_drops_it(browser: Any) -> None:
    running, seat, codes = serve()
    try:
        page, _ = open_page(browser, running)
        join(page, codes[seat])
        page.wait_for_selector("button[data-name=pass]:not([disabled])", timeout=60_000)
        before = heading(page)

        def drop() -> None:
            for client in running.host.clients.values():
                transport = client.ws.transport
                if transport is not None:
                    transport.abort()

        running.call(drop)
        until(page, "document.querySelector('.status').innerText.includes('reconnecting')")
        until(
            page,
            "!document.querySelector('.status').innerText.includes('reconnecting')",
            20,
        )
        page.wait_for_selector("button[data-name=pass]:not([disabled])")
        assert heading(page) == before
        assert [c.seat for c in running.host.clients.values()] == [seat]
        page.click("button[data-name=pass]")
        until(page, f"document.querySelector('.topbar h1').innerText !== {before!r}")
        page.close()
    finally:
        running.stop()


def test_a_phone_holds_the_table_without_sideways_scrolling(browser: Any) -> None:
    running, seat, codes = serve()
    try:
        page, problems = open_page(browser, running, width=360)
        join(page, codes[seat])
        page.wait_for_selector("button[data-name=pass]:not([disabled])", timeout=60_000)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        # the moves come first on a phone
        moves = page.locator("#moves-title").bounding_box()
        powers = page.locator("#powers-title").bounding_box()
        assert moves["y"] < powers["y"]
        assert problems == []
        page.close()
    finally:
        running.stop()


def test_a_round_is_played_from_the_keyboard_alone(browser: Any) -> None:
    running, seat, codes = serve()
    try:
        page, problems = open_page(browser, running)
        page.focus("#code")
        page.keyboard.type(codes[seat])
        page.keyboard.press("Tab")
        page.keyboard.type("Keys")
        page.keyboard.press("Enter")
        page.wait_for_selector("button[data-name=pass]:not([disabled])", timeout=60_000)
        tab_to(page, "send")
        page.keyboard.press("Enter")
        end = time.monotonic() + 30
        while not any(a.startswith(f"{seat} offer ") for a in running.host.match.actions):
            assert time.monotonic() < end, "the offer sent from the keyboard did not arrive"
            page.wait_for_timeout(50)
        start = heading(page)
        round_one = start.split(":")[0]
        end = time.monotonic() + 120
        while heading(page).split(":")[0] == round_one:  # P passes, as in the window
            assert time.monotonic() < end, f"round 1 did not end: {heading(page)}"
            votes = page.query_selector_all("button[data-name$='-yes']:not([disabled])")
            if votes:  # a ballot: Tab along to its yes, Enter
                tab_to(page, "-yes")
                page.keyboard.press("Enter")
            elif page.query_selector("button[data-name=pass]:not([disabled])"):
                page.keyboard.press("p")
            page.wait_for_timeout(200)
        assert problems == []
        page.close()
    finally:
        running.stop()


def violations(page: Any) -> list[str]:
    """What axe-core (the accessibility engine browsers' own audits use) finds wrong."""
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']}: {[n['target'] for n in v['nodes'][:3]]}"
        for v in found
    ]


def test_the_pages_pass_an_accessibility_audit(browser: Any, played: dict[str, Any]) -> None:
    running, seat, codes = serve()
    try:
        page, _ = open_page(browser, running)
        assert violations(page) == []  # the join page
        join(page, codes[seat])
        page.wait_for_selector("button[data-name=pass]:not([disabled])", timeout=60_000)
        assert violations(page) == []  # the table, the seat's moves
        page.close()
    finally:
        running.stop()
    assert violations(played["page"]) == []  # the debrief
