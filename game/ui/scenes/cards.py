"""The card under the chambers: what happened, or in its place the tutorial's coach, a
vote's results filling in, or the year in review."""

from __future__ import annotations

from functools import partial

import pygame
from pygame_gui.elements import UIButton, UIImage, UIScrollingContainer

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
    if scene.results.get(scene.seat):
        return "results", len(scene.results[scene.seat])
    if scene.seat in scene.reviews:
        return "review", scene.reviews[scene.seat][0]
    return "happened", scene.logged[scene.seat]


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
    y = _frame(scene, area, lang.text(N_("The vote's results")), "results", lang.text(RESULTS_HELP))
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
    for result in scene.results[scene.seat]:
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
        lang.text(N_("Continue (Enter)")),
        "results-ok",
        lang.text(N_("Back to what happened")),
    )


RESULTS_HELP = N_(
    "Each motion's chamber, seat by seat: a full dot voted yes, a crossed dot no, a ring "
    "abstained; a thick ring, a veto. The bar: yes from the left, no from the right, grey "
    "abstentions; a thick frame, vetoed."
)
VOTE_SEATS_HELP = N_(
    "The chamber as it voted, seat by seat from the left: a full dot yes, a dot crossed by "
    "a white bar no, a ring an abstention, an outline an empty seat; a thick ring marks a "
    "veto. The members the scenario does not list are shown as a crowd: its yes, "
    "abstentions and no in that order."
)
REVIEW_HELP = N_(
    "What changed from the start of the year to its end, each number split into its causes: "
    "moves costing or earning legitimacy and capital, yearly income, legitimacy drifting "
    "back toward its usual level, and each body's vitality settling toward a rest level set "
    "by its leadership and recent decisions. Parts you could not see (others' private "
    "deals) are named as such."
)
MAP_HELP = N_(
    "The order map: the order's point after each year, joined. Its corners are the four "
    "orders; the circle in the middle, an order in transition."
)


def review_card(scene: Carded, area: pygame.Rect) -> None:
    """What the last year changed, each change with the moves behind it."""
    assert scene.root is not None
    year_round, lines = scene.reviews[scene.seat]
    lang = scene.app.lang
    start = scene.controller.scenario.start_year
    if start:
        # A calendar year is a name, not an amount: no thousands separator.
        title = lang.text(N_("The year {year} in review"), year=str(start + year_round - 1))
    else:
        title = lang.text(N_("The year, round {round} in review"), round=lang.number(year_round, 0))
    y = _frame(scene, area, title, "review", lang.text(REVIEW_HELP))
    height = area.bottom - y - _button_height(scene) - 12
    trail = scene.trails.get(scene.seat, [])
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
        "<br>".join(_named(line) for line in lines) or markup(lang.text(N_("Nothing changed."))),
    )
    scene.review_ok = _dismiss(
        scene,
        area,
        lang.text(N_("Continue (Enter)")),
        "review-ok",
        lang.text(N_("Back to what happened")),
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
        lang.text(N_("What happened")),
        "happened",
        lang.text(N_("Events as your power saw them, newest first")),
    )
    listed = scene.listing(
        "happened", pygame.Rect(area.x + 4, y, area.width - 8, area.bottom - y - 6), scene.seat
    )
    width = area.width - 8 - int(20 * scene.app.settings.scale)  # beside its scroll bar
    lines = scene.logs[scene.seat][-40:][::-1] or [
        lang.text(N_("Nothing yet: the year's news comes in as the game goes on."))
    ]
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
