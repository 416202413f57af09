"""Whole games played through the window, by clicks and keys on the real scenes."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
from pygame_gui.elements import UITooltip

from game.layout.order_map import region
from game.text.reasons import explained_text
from game.ui.drive import Driver


def play_turns(driver: Driver, limit: int = 600) -> bool:
    """Play every person's turn as a plain player would (yes on each ballot, else pass)
    to the end; whether a hand-over screen came up on the way."""
    handed_over = False
    for _ in range(limit):
        screen = driver.settle()
        if screen == "end":
            return handed_over
        if screen == "handover":
            handed_over = True
            # The hand-over screen alone shows: nothing of the table, no widget laid out
            # since, shows through it (the next player must not see the last one's view).
            assert [s.name for s in driver.app.scenes] == ["table", "handover"]
            cover = set(driver.app.scene.elements)
            root = driver.app.manager.get_root_container()
            shown = [
                e
                for e in driver.app.manager.get_sprite_group().sprites()
                if e.visible
                and e is not root
                and e.ui_container is root
                and not isinstance(e, UITooltip)  # a hover hint, not the table's content
            ]
            assert [e for e in shown if e not in cover] == []
            driver.click("ready")
            continue
        driver.plain_move()
    raise AssertionError("the game did not end")


def test_a_solo_game_from_the_title_to_the_debrief(
    driver: Driver, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    driver.click("new")
    assert driver.scene == "browser"
    driver.click("start")
    assert driver.scene == "table"
    assert driver.element("chambers") and driver.element("menu")
    play_turns(driver)
    assert driver.scene == "end"
    assert driver.element("chart-order") and driver.element("chart-indices")
    assert not driver.element("open-report").is_enabled  # nothing written yet
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
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda uri: opened.append(uri) or True)
    driver.click("open-report")
    assert opened == [reports[0].as_uri()]
    driver.click("title")
    assert driver.scene == "title"


def test_the_debrief_gains_its_turning_point_and_plays_on_from_a_round(
    driver: Driver, home: Path
) -> None:
    from game.ui.scenes.end import EndScene

    driver.click("new")
    driver.click("start")
    play_turns(driver)
    end = driver.app.scene
    assert isinstance(end, EndScene) and end.turning is not None
    driver.until(lambda: end.applied, 300)  # the replays run while the debrief is read
    assert driver.app.scene is end and end.turning.error is None
    point = end.debrief.turning_point
    assert point is not None and end.turning_label is not None  # shown on the screen
    assert point.sentence[:40] in end.turning_label.html_text
    driver.click("branch-round")
    driver.click_text("Round 2 (2031)")
    driver.click("branch")
    assert driver.scene == "table"
    table = driver.app.scene
    assert table.view.round == 2
    # the branch is the autosave: Continue would open it
    assert (home / "autosave.json").exists()


def test_the_pause_menu_plays_on_from_an_earlier_round(driver: Driver, home: Path) -> None:
    driver.click("new")
    driver.click("start")
    for _ in range(300):  # a plain player's moves until the third round
        driver.settle()
        if driver.app.scene.view.round >= 3:
            break
        driver.plain_move()
    assert driver.app.scene.view.round == 3
    driver.key(pygame.K_ESCAPE)
    assert driver.scene == "pause"
    driver.click("branch-round")
    driver.click_text("Round 2 (2031)")
    driver.click("branch")
    assert driver.scene == "table"
    table = driver.app.scene
    assert table.view.round == 2 and table.notice == "Playing on from round 2."
    match = table.controller.match
    assert all(s.round <= 2 for s in match.states)
    driver.settle()  # and the game goes on from there
    driver.plain_move()


def test_a_two_player_hot_seat_game(driver: Driver) -> None:
    driver.click("new")
    driver.click("seat-EM")
    driver.click_text("Person")
    driver.click("start")
    table = driver.app.scene
    assert table.controller.seats == ("NL", "EM")
    assert play_turns(driver)
    assert driver.scene == "end"


def test_a_seat_can_be_given_to_a_strategy(driver: Driver, home: Path) -> None:
    driver.click("new")
    driver.click("seat-EM")
    driver.click_text("AI, overreach")
    driver.click("start")
    assert driver.scene == "table"
    assert driver.app.scene.setup.ai == {"EM": "overreach", "SG": "normal"}
    play_turns(driver)
    # the overreaching power played as its strategy says, and said so
    match = driver.app.scene.controller.match
    explained = [e for events in match.events for e in events if e.kind == "explained"]
    assert any(
        e.get("nation") == "EM" and "its overreach strategy (" in explained_text(e, match.state)
        for e in explained
    )


def test_continue_resumes_the_autosave(driver: Driver) -> None:
    driver.click("new")
    driver.click("start")
    driver.settle()
    driver.key(pygame.K_p, "p")
    driver.settle()
    actions = list(driver.table.controller.match.actions)
    assert actions
    seat = driver.table.seat
    log = list(driver.table.records[seat].lines)
    assert log
    driver.key(pygame.K_ESCAPE)
    assert driver.app.scenes[-1].name == "pause"
    driver.click("title")
    assert driver.scene == "title"
    driver.click("continue")
    assert driver.scene == "table"
    resumed = driver.table.controller.match.actions
    assert resumed[: len(actions)] == actions
    # What happened before is still there to read.
    assert driver.table.records[seat].lines[: len(log)] == log


def test_closing_the_window_mid_game_autosaves_and_exits(driver: Driver, home: Path) -> None:
    driver.click("new")
    driver.click("start")
    driver.settle()
    driver.key(pygame.K_p, "p")
    driver.settle()
    played = list(driver.table.controller.match.actions)
    driver.frame([pygame.event.Event(pygame.QUIT)])
    assert not driver.app.running
    from game.play.match import Match

    saved = Match.load(home / "autosave.json")
    assert saved.actions == played


def test_the_founder_names_its_new_body(driver: Driver) -> None:
    """The agenda's founding move takes a name typed in the window; typing a p there
    types, it does not pass."""
    driver.click("new")
    driver.click("start")
    driver.agenda()
    for _ in range(30):  # step through the other moves to a founding
        if driver.has("found-name"):
            break
        driver.click("pick-other-next")
    driver.click("found-name")
    driver.frame([pygame.event.Event(pygame.TEXTINPUT, text="Bank of the pale Strait")])
    driver.key(pygame.K_p, "p")
    assert driver.table.view.phase.value == "agenda"  # the p was typed, not a pass
    driver.click("other")
    driver.until(
        lambda: any(b.name.startswith("Bank of the pale Strait") for b in driver.table.view.bodies)
    )
    seat = driver.table.seat
    driver.until(
        lambda: any(
            "founds the Bank of the pale Strait" in line
            for line in driver.table.records[seat].lines
        )
    )


def test_the_order_map_gains_a_point_each_round(driver: Driver) -> None:
    driver.click("new")
    driver.click("start")
    while driver.settle() == "table" and driver.table.view.round < 3:
        driver.plain_move()
    table = driver.table
    trail = table.records[table.seat].trail
    assert len(trail) == 2  # rounds 1 and 2 ended
    assert trail[-1][1] == table.view.order.shown
    assert all(region(point) == shown for point, shown in trail)
