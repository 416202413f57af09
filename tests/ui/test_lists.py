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
