"""`python main.py tour OUTDIR --web`: the browser's pages as a student, the projector
and the instructor see them, played in headless Chromium against a real classroom server
on loopback, each written to PNG: the join page, each phase of a seat's table, the vote's
results, the year in review and the debrief at a laptop's width and a phone's, the
projector's page, the instructor's page.

It needs Playwright (the dev extra) and a Chromium (Debian's `chromium` package, or the
one `CHROMIUM` names); it says so if either is missing."""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from game.play.match import Match
from game.scenario import load_scenario
from game.support.bundled import SCENARIOS

from .host import Host, new_seating

SCENARIO = SCENARIOS / "tutorial.yaml"
WIDTHS = {"laptop": (1280, 800), "phone": (360, 780)}
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


class Served:
    """A classroom server on a thread of its own, on a free port of loopback."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        while host.server is None:
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{host.port}"

    def _run(self) -> None:
        self.loop.run_until_complete(self.host.serve("127.0.0.1", 0))
        self.loop.close()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.host.stop)
        self.thread.join(timeout=20)


def _until(page: Any, script: str, seconds: float) -> None:
    """Poll the page (its policy forbids the evaluated waits of Playwright's own)."""
    end = time.monotonic() + seconds
    while not page.evaluate(script) and time.monotonic() < end:
        page.wait_for_timeout(100)


def _seat(browser: Any, served: Served, code: str, out: Path, size: str) -> None:
    """One seat played to the debrief, a picture of each phase the first time it comes."""
    width, height = WIDTHS[size]
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(served.url + "/")
    page.screenshot(path=str(out / f"web-{size}-01-join.png"))
    page.fill("#code", code)
    page.fill("#team", "Team A")
    page.click("button[type=submit]")
    page.wait_for_selector(".table")
    seen: set[str] = set()
    number = 2
    end = time.monotonic() + 300
    while not page.is_visible(".debrief") and time.monotonic() < end:
        phase = page.inner_text(".topbar h1").rsplit(": ", 1)[-1]
        names = page.eval_on_selector_all(
            "button[data-name]:not([disabled])", "found => found.map(b => b.dataset.name)"
        )
        shown = next((c for c in ("results", "review") if page.query_selector(f".{c}")), phase)
        if names and shown not in seen:
            seen.add(shown)
            if shown == "agenda":  # as a student reads it: with the advisers' word in
                _until(page, "document.body.innerText.includes('Your advisers')", 10)
            name = f"web-{size}-{number:02d}-{shown.replace(' ', '-')}.png"
            page.screenshot(path=str(out / name), full_page=True)
            number += 1
        choice = next((n for n in ("results-ok", "review-ok") if n in names), None)
        choice = choice or next(
            (n for n in ("send", "table") if n in names and n not in seen), None
        )
        choice = choice or next((n for n in names if n.endswith("-yes")), None)
        choice = choice or ("pass" if "pass" in names else None)
        if choice in ("send", "table"):
            seen.add(choice)
        if choice is not None:
            page.click(f"button[data-name='{choice}']")
        page.wait_for_timeout(150)
    page.wait_for_selector(".debrief a[download]", timeout=120_000)
    page.screenshot(path=str(out / f"web-{size}-{number:02d}-debrief.png"))
    page.close()


def _class(browser: Any, served: Served, seating_codes: dict[str, str], out: Path) -> None:
    """The projector's page and the instructor's, before the game starts."""
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(served.url + "/watch")
    page.fill("#code", seating_codes["observer"])
    page.click("button[type=submit]")
    page.wait_for_selector(".table")
    page.screenshot(path=str(out / "web-projector.png"))
    page.close()
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(served.url + "/teach")
    page.fill("#code", "tour")
    page.click("button[type=submit]")
    page.wait_for_selector("button[data-name=class-start]")
    page.screenshot(path=str(out / "web-instructor.png"), full_page=True)
    page.close()


def web_tour(outdir: Path) -> int:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("tour --web: needs Playwright: pip install -c constraints.txt -e '.[dev]'")
        return 1
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if chromium is None:
        print("tour --web: needs Chromium (apt-get install chromium, or CHROMIUM=PATH)")
        return 1
    outdir.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
        try:
            for size in WIDTHS:
                match = Match(load_scenario(SCENARIO), 5)
                people = [match.scenario.great_powers()[0].id]
                seating = new_seating(match, people=people)
                # (the game starts when the seat's page joins: the others are the AI's)
                served = Served(Host(match, seating, None, password="tour"))
                try:
                    if size == "laptop":
                        _class(browser, served, seating.codes, outdir)
                    _seat(browser, served, seating.codes[people[0]], outdir, size)
                finally:
                    served.stop()
        finally:
            browser.close()
    print(f"tour --web: {len(list(outdir.glob('web-*.png')))} pictures in {outdir}")
    return 0
