"""The seat set-up shows a course scenario's period, lesson and teaching notes."""

from __future__ import annotations

from pygame_gui.elements import UITextBox

from game.scenario import load_scenario
from game.text.language import ENGLISH
from game.ui.drive import Driver
from game.ui.scenes.browser import notes_lines


def test_the_notes_are_said_in_order_with_their_headings() -> None:
    lines = notes_lines(load_scenario("liberal-restraint-2025"), ENGLISH)
    headings = [line.split("</b>")[0].removeprefix("<br><b>") for line in lines]
    assert headings == [
        "For the instructor: what to watch",
        "A 50-minute session",
        "A 90-minute session",
        "For discussion",
        "What it simplifies",
        "Sources of its figures",
    ]
    assert "Security Council, the IMF" in lines[0] and lines[1].count("<br>•") == 3


def test_the_seat_set_up_shows_period_lesson_and_notes(driver: Driver) -> None:
    driver.click("new")
    driver.click_text("Liberal Restraint: Voice, Veto and Exit, 2025")
    driver.frame()
    shown = [
        element.html_text
        for top in driver.app.manager.get_root_container().elements
        for element in _all(top)
        if isinstance(element, UITextBox)
    ]
    text = next(t for t in shown if "Liberal Restraint" in t)
    assert "<b>Period:</b> 2025-2032, on the record of 2017-2021" in text
    assert "<b>Lesson:</b> Negative power keeps powerful states inside" in text
    assert "A 90-minute session" in text and "Sources of its figures" in text
    # How its games tend to end, and what happened, from the measured record
    assert "<b>How its games end</b>" in text and "hard AI: pluralist" in text
    assert "concert reached pluralist in" in text and "<b>Seats:</b> 5 for teams" in text
    # Its chambers at the start, drawn above the words: one per body open at the start
    image = next(
        e
        for top in driver.app.manager.get_root_container().elements
        for e in _all(top)
        if "#chambers" in e.get_object_ids()
    )
    assert image.rect.width > 300 and image.image.get_bounding_rect().width > 300


def _all(element):  # type: ignore[no-untyped-def]
    yield element
    for child in getattr(element, "elements", ()):
        yield from _all(child)
    container = getattr(element, "get_container", None)
    if container is not None and container() is not element:
        yield from _all(container())


def test_the_browser_lists_the_tutorial_then_the_periods_in_order() -> None:
    from game.ui.scenes.browser import bundled

    names = [path.stem for path, _ in bundled()]
    assert names[0] == "tutorial"
    years = [sc.start_year for _, sc in bundled()[1:]]
    assert years == sorted(years) and None not in years
    assert names.index("founding-1945") < names.index("unipolar-1992") < names.index("climate-2015")
