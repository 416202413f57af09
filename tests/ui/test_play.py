"""Whole games played through the window, by clicks and keys on the real scenes."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.engine.state import Phase
from game.ui.drive import Driver


def play_turns(driver: Driver, limit: int = 600) -> None:
    """Answer every turn as a plain player would: yes on each ballot, else pass."""
    for _ in range(limit):
        driver.until(lambda: driver.scene in ("end", "handover") or _my_turn(driver))
        if driver.scene == "end":
            return
        if driver.scene == "handover":
            driver.click("ready")
            continue
        table = driver.app.scene
        yes = [b for b in table.quick if getattr(b, "object_ids", [""])[-1].endswith("-yes")]
        if yes:
            driver.click_at(yes[0].rect.center)
        else:
            driver.key(pygame.K_p, "p")
    raise AssertionError("the game did not end")


def _my_turn(driver: Driver) -> bool:
    """The table shows the seat's moves, and the game has taken in every move so far."""
    scene = driver.app.scene
    if scene.name != "table" or not scene.controller.wait_idle(0) or scene.dirty:
        return False
    return bool(scene.controller.legal(scene.seat)) and bool(scene.quick)


def test_a_solo_game_from_the_title_to_the_debrief(driver: Driver, home: Path) -> None:
    driver.click("new")
    assert driver.scene == "browser"
    driver.click("start")
    assert driver.scene == "table"
    assert driver.element("chambers") and driver.element("menu")
    play_turns(driver)
    assert driver.scene == "end"
    assert driver.element("chart-order") and driver.element("chart-indices")
    driver.click("export")
    reports = list((home / "saves").glob("* debrief/report.html"))
    assert len(reports) == 1
    folder = reports[0].parent
    assert {p.name for p in folder.iterdir()} >= {
        "report.html",
        "debrief.json",
        "rounds.csv",
        "game.json",
    }
    driver.click("title")
    assert driver.scene == "title"


def test_a_two_player_hot_seat_game(driver: Driver) -> None:
    driver.click("new")
    driver.click("seat-EM")
    driver.click_text("Person")
    driver.click("start")
    table = driver.app.scene
    assert table.controller.seats == ("NL", "EM")
    seen_handover = False
    for _ in range(800):
        driver.until(lambda: driver.scene in ("end", "handover") or _my_turn(driver))
        if driver.scene == "end":
            break
        if driver.scene == "handover":
            seen_handover = True
            # Nothing of the table shows under the hand-over screen's cover.
            assert driver.app.scenes[-1].name == "handover"
            driver.click("ready")
            continue
        scene = driver.app.scene
        yes = [b for b in scene.quick if getattr(b, "object_ids", [""])[-1].endswith("-yes")]
        if yes:
            driver.click_at(yes[0].rect.center)
        else:
            driver.key(pygame.K_p, "p")
    assert driver.scene == "end" and seen_handover


def test_continue_resumes_the_autosave(driver: Driver) -> None:
    driver.click("new")
    driver.click("start")
    table = driver.app.scene
    driver.until(lambda: _my_turn(driver))
    driver.key(pygame.K_p, "p")
    driver.until(
        lambda: (
            table.controller.match.state.phase is not Phase.diplomacy
            or len(table.controller.match.actions) > 0
        )
    )
    actions = list(table.controller.match.actions)
    driver.key(pygame.K_ESCAPE)
    assert driver.app.scenes[-1].name == "pause"
    driver.click("title")
    assert driver.scene == "title"
    driver.click("continue")
    assert driver.scene == "table"
    resumed = driver.app.scene.controller.match.actions
    assert resumed[: len(actions)] == actions


def test_closing_the_window_mid_game_autosaves_and_exits(driver: Driver, home: Path) -> None:
    driver.click("new")
    driver.click("start")
    driver.until(lambda: _my_turn(driver))
    driver.key(pygame.K_p, "p")
    driver.until(lambda: _my_turn(driver) or driver.scene == "end")
    played = list(driver.app.scene.controller.match.actions)
    driver.frame([pygame.event.Event(pygame.QUIT)])
    assert not driver.app.running
    from game.match import Match

    saved = Match.load(home / "autosave.json")
    assert saved.actions == played
