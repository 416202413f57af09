"""The card under the chambers: what happened, or in its place the tutorial's coach, a
vote's results filling in, or the year in review."""

from __future__ import annotations

from functools import partial

import pygame
from pygame_gui.elements import UIButton, UIImage, UIScrollingContainer

from game.present.order import MAP_HELP
from game.present.titles import RESULTS_HELP, REVIEW_HELP, TITLES, VOTE_SEATS_HELP
from game.text.language import N_

from ..order_map import map_surface
from ..text import markup
from ..widgets import button, card, fit, heading, label, text_box
from .results import tally_bar, vote_chamber
from .seated import Carded


def showing(scene: Carded) -> tuple[str, object]:
    """Which card shows, and what it shows, cheaply: the card is laid out again when this
    changes (the log's new lines do not lay out the vote's results again)."""
    step = scene.coach_step()
    if step is not None:
        return "coach", step
    record = scene.records[scene.seat]
    if record.results:
        return "results", len(record.results)
    if record.review is not None:
        return "review", record.review[0]
    return "happened", record.count


def happened_or_coach(scene: Carded, area: pygame.Rect) -> None:
    shown, _ = showing(scene)
    if shown == "results":
        results_card(scene, area)
    elif shown == "review":
        review_card(scene, area)
    elif shown == "happened":
        happened(scene, area)
    else:
        coach_card(scene, area)


def coach_card(scene: Carded, area: pygame.Rect) -> None:
    """The tutorial's card for this phase."""
    step = scene.coach_step()
    assert scene.root is not None and step is not None
    lang = scene.app.lang
    title, text = step.said(lang)
    y = _frame(scene, area, title, "coach")
    text_box(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 4, y, area.width - 8, area.bottom - y - _button_height(scene) - 12),
        text,
    )
    scene.coach_ok = _dismiss(
        scene, area, lang.text(N_("Got it (Enter)")), "coach-ok", lang.text(N_("Hide this card"))
    )


def results_card(scene: Carded, area: pygame.Rect) -> None:
    """This vote's results, a row a motion: its chamber filling in seat by seat with the
    ballots beside its title, its tally bar and its outcome; a list that scrolls when
    the vote had more motions than the card holds."""
    assert scene.root is not None
    small = scene.app.line("small")
    s = scene.app.settings.scale
    lang = scene.app.lang
    y = _frame(scene, area, lang.text(TITLES["results"]), "results", lang.text(RESULTS_HELP))
    button_h = _button_height(scene)
    scroll = UIScrollingContainer(
        pygame.Rect(area.x + 4, y, area.width - 8, area.bottom - y - button_h - 12),
        manager=scene.manager,
        container=scene.root,
        allow_scroll_x=False,
    )
    scene.bars = []
    colours = scene.vote_colours()
    bar_h = int(10 * s)
    side = 2 * (small * 2 + bar_h + 2)  # the chamber, as high as a row of one-line texts
    width = area.width - 8 - int(20 * s)
    text_w = width - side - int(10 * s)
    progress = scene.results_progress()
    row = 0
    for result in scene.records[scene.seat].results:
        x = side + int(10 * s)
        title = label(  # a long title wraps, and the row grows with it
            scene.manager,
            scroll,
            pygame.Rect(x, row, text_w, small),
            result.text,
            "@small",
            tip=result.text,
        )
        y = row + int(title.rect.height) + 2
        bar = UIImage(
            pygame.Rect(x, y, text_w, bar_h),
            tally_bar(result, text_w, bar_h, progress, colours),
            manager=scene.manager,
            container=scroll,
        )
        said = result.summary(lang)
        summary = label(
            scene.manager,
            scroll,
            pygame.Rect(x, y + bar_h + 4, text_w, small),
            said,
            "@small",
            tip=said,
        )
        seats = UIImage(
            pygame.Rect(0, row, side, side // 2 + 4),
            vote_chamber(result, side, progress, colours),
            manager=scene.manager,
            container=scroll,
        )
        seats.set_tooltip(lang.text(VOTE_SEATS_HELP))
        scene.bars.append((seats, bar, result))
        row = int(max(summary.relative_rect.bottom, seats.relative_rect.bottom)) + int(8 * s)
    scroll.set_scrollable_area_dimensions((width, max(row, 1)))
    scene.results_ok = _dismiss(
        scene,
        area,
        lang.text(TITLES["continue"]),
        "results-ok",
        lang.text(TITLES["back"]),
    )


def review_card(scene: Carded, area: pygame.Rect) -> None:
    """What the last year changed, each change with the moves behind it."""
    assert scene.root is not None
    record = scene.records[scene.seat]
    assert record.review is not None
    year_round, lines = record.review
    lang = scene.app.lang
    start = scene.controller.scenario.start_year
    if start:
        # A calendar year is a name, not an amount: no thousands separator.
        title = lang.text(N_("The year {year} in review"), year=str(start + year_round - 1))
    else:
        title = lang.text(N_("The year, round {round} in review"), round=lang.number(year_round, 0))
    y = _frame(scene, area, title, "review", lang.text(REVIEW_HELP))
    height = area.bottom - y - _button_height(scene) - 12
    trail = record.trail
    side = min(height, area.width // 4) if trail else 0
    if side:  # where the order stood after this year, and how it moved to get there
        pictured = UIImage(
            pygame.Rect(area.right - side - 6, y, side, side),
            map_surface(trail, side, max(9, side // 11), scene.app.lang),
            manager=scene.manager,
            container=scene.root,
        )
        pictured.set_tooltip(lang.text(MAP_HELP))
    scene.long_text(
        "review",
        pygame.Rect(area.x + 4, y, area.width - 8 - (side + 8 if side else 0), height),
        "<br>".join(_named(line) for line in lines) or markup(lang.text(TITLES["nothing_changed"])),
    )
    scene.review_ok = _dismiss(
        scene,
        area,
        lang.text(TITLES["continue"]),
        "review-ok",
        lang.text(TITLES["back"]),
    )


def _named(line: str) -> str:
    """'China: legitimacy ...' with the name in bold, so the eye finds each power."""
    name, colon, rest = line.partition(": ")
    return f"<b>{markup(name)}</b>: {markup(rest)}" if colon else markup(line)


def happened(scene: Carded, area: pygame.Rect) -> None:
    """What happened, newest first, as the seat saw it: a text box a line, so that a new
    line lays out one box and moves the others down (one box of forty lines took a
    frame and more to lay out again, each time an AI power moved)."""
    assert scene.root is not None
    lang = scene.app.lang
    y = _frame(
        scene,
        area,
        lang.text(TITLES["happened"]),
        "happened",
        lang.text(TITLES["happened_help"]),
    )
    listed = scene.listing(
        "happened", pygame.Rect(area.x + 4, y, area.width - 8, area.bottom - y - 6), scene.seat
    )
    width = area.width - 8 - int(20 * scene.app.settings.scale)  # beside its scroll bar
    lines = scene.records[scene.seat].lines[-40:][::-1] or [lang.text(TITLES["nothing"])]
    top = 0
    for line in lines:
        at = pygame.Rect(0, top, width, -1)
        box = listed.reuse.widget(
            ("line", line, width),
            at.topleft,
            partial(text_box, scene.manager, listed.scroll, at, line, "@line"),
        )
        top += int(box.rect.height)
    listed.reuse.done()
    fit(listed.scroll, width, top)


def _frame(scene: Carded, area: pygame.Rect, title: str, icon: str, tip: str | None = None) -> int:
    """A card with its heading; where its content starts."""
    assert scene.root is not None
    head = scene.app.line("heading")
    card(scene.manager, scene.root, area)
    heading(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 8, area.y + 2, area.width - 16, head),
        title,
        icon,
        tip=tip,
    )
    return area.y + head + 4


def _button_height(scene: Carded) -> int:
    return scene.app.line() + 8


def _dismiss(scene: Carded, area: pygame.Rect, text: str, name: str, tip: str) -> UIButton:
    """The card's one button, at its foot."""
    assert scene.root is not None
    h = _button_height(scene)
    return button(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 8, area.bottom - h - 6, int(220 * scene.app.settings.scale), h),
        text,
        name,
        tip,
        "@primary",
    )
