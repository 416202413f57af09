"""The table's scrolling lists (the moves, the institutions) stay where the reader
scrolled them when an AI power's move lays them out again, and nothing of their old
contents is left behind; a new turn's moves show from the top."""

from __future__ import annotations

import pygame
import pytest
from pygame_gui.elements import UIScrollingContainer

from game.engine import events
from game.ui.drive import Driver


def _scrolled(driver: Driver, name: str) -> UIScrollingContainer:
    scroll = driver.element(name)
    assert isinstance(scroll, UIScrollingContainer)
    return scroll


def _at(scroll: UIScrollingContainer) -> float:
    bar = scroll.vert_scroll_bar
    return 0.0 if bar is None else float(bar.start_percentage)


def test_a_relayout_leaves_the_lists_where_the_reader_scrolled_them(driver: Driver) -> None:
    driver.click("new")
    driver.click("start")
    driver.agenda()
    table = driver.table
    # the advice in, and laid out: the moves' list as long as it will be this turn
    driver.until(lambda: not table.advice_pending and not table.dirty)
    driver.frame()
    lists = [_scrolled(driver, "moves"), _scrolled(driver, "chambers")]
    for scroll in lists:
        assert scroll.vert_scroll_bar is not None  # each longer than it shows
        scroll.vert_scroll_bar.set_scroll_from_start_percentage(1.0)  # to its end
    driver.frame()
    where = [_at(scroll) for scroll in lists]
    assert all(at > 0 for at in where)
    widgets = len([e for e in driver.app.manager.get_sprite_group().sprites() if e.alive()])
    for part in ("act", "chambers"):  # laid out again, as an AI power's move has them
        table.built[part] = (None, table.built[part][1])
    driver.frame()
    driver.frame()
    assert [_scrolled(driver, "moves"), _scrolled(driver, "chambers")] == lists
    # where it was (the moves' length may change a little as the advice comes in)
    assert [_at(scroll) for scroll in lists] == pytest.approx(where, abs=0.02)
    # the old contents went: as many widgets as before, none of them dead inside
    assert len([e for e in driver.app.manager.get_sprite_group().sprites() if e.alive()]) == widgets
    driver.key(pygame.K_p, "p")  # the seat passes: the next phase's moves
    driver.settle()
    assert table.view.phase.value != "agenda"
    assert _at(_scrolled(driver, "moves")) == 0.0


def test_one_institutions_change_lays_out_its_card_alone(driver: Driver) -> None:
    driver.click("new")
    driver.click("start")
    driver.settle()
    table = driver.table
    boxes = {body: card.box for body, card in table.body_cards.items()}
    assert len(boxes) == len(table.view.bodies) >= 3
    table.built["chambers"] = (None, table.built["chambers"][1])  # laid out again
    driver.frame()
    assert {body: card.box for body, card in table.body_cards.items()} == boxes
    body = table.view.bodies[1]
    joined = events.NationJoined(round=1, nation=body.members[0], body=body.id)
    table.note_changes(table.seat, [joined])  # its seats change
    driver.frame()
    now = {body: card.box for body, card in table.body_cards.items()}
    assert [b for b in now if now[b] is not boxes[b]] == [body.id]
    assert all(card.box.alive() for card in table.body_cards.values())
    assert not boxes[body.id].alive()


def test_the_great_powers_card_takes_new_figures_in_place(driver: Driver) -> None:
    driver.click("new")
    driver.click("start")
    driver.settle()
    table = driver.table
    assert table.powers_card is not None
    key = f"{table.seat} standing"
    standing = table.powers_card.widgets[key]
    before = standing.text
    while driver.settle() == "table" and table.view.round < 2:  # a year's income comes in
        driver.plain_move()
    driver.frame()
    assert table.powers_card.widgets[key] is standing  # the same label, new words
    capital = table.view.nation(table.seat).capital
    assert standing.text != before and standing.text.endswith(f"capital {capital:.0f}")


def _in_list(driver: Driver, name: str) -> list[object]:
    return [e for e in _scrolled(driver, name).get_container().elements if e.alive()]


def test_a_new_line_of_what_happened_lays_out_that_line_alone(driver: Driver) -> None:
    driver.click("new")
    driver.click("start")
    driver.settle()
    table = driver.table
    table.coach = None  # the log's card, not the tutorial's
    driver.frame()
    before = _in_list(driver, "happened")
    assert before
    table.records[table.seat].log("Round 1: a line of news")
    driver.frame()
    after = _in_list(driver, "happened")
    assert len(after) == len(before) + 1
    assert set(before) <= set(after)  # the others moved down, not made again
    # the newest first, however long the log has grown (it keeps the latest 200 lines)
    for n in range(250):
        table.records[table.seat].log(f"Round 1: news number {n}")
    driver.frame()
    top = min(_in_list(driver, "happened"), key=lambda e: e.rect.top)  # type: ignore[attr-defined]
    assert "news number 249" in top.html_text  # type: ignore[attr-defined]
    assert len(_in_list(driver, "happened")) == 40


def test_a_new_turns_moves_fill_in_over_frames_when_frames_are_short(
    driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from game.ui.scenes import table as table_module

    driver.app.seed = 7  # a world in which the seat's agenda has motions and more to show
    driver.click("new")
    driver.click("start")
    driver.settle()
    monkeypatch.setattr(table_module, "BUDGET", 0.0)  # a step a frame
    table = driver.table
    shown: list[tuple[str, int]] = []  # after each frame's layout: the phase, the moves
    lay = table.lay

    def laid(part: str) -> None:
        lay(part)
        if part == "act":
            shown.append((table.view.phase.value, len(_in_list(driver, "moves"))))

    monkeypatch.setattr(table, "lay", laid)
    driver.key(pygame.K_p, "p")  # the next phase's moves, laid out anew
    # (the AI powers move on their own thread: the frame that sees the agenda lays it out)
    driver.until(
        lambda: (
            table.view.phase.value == "agenda"
            and not table.laying
            and getattr(table.panel.view.phase, "value", "") == "agenda"
        )
    )
    assert len(table.panel.moves) > 2  # motions to table, other moves, and a pass
    agenda = [n for phase, n in shown if phase == "agenda"]
    final = agenda[-1]
    growing = [n for n in agenda if 0 < n < final]
    assert growing  # some frames showed part of the list, top first
    assert growing == sorted(growing)
