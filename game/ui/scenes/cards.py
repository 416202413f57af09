"""The card under the chambers: what happened, or in its place the tutorial's coach, a
vote's results filling in, or the year in review."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIImage

from ..text import markup
from ..widgets import button, card, label, text_box
from .results import tally_bar

if TYPE_CHECKING:
    from .table import TableScene


def happened_or_coach(scene: TableScene, area: pygame.Rect) -> None:
    step = scene.coach_step()
    if step is None and scene.results.get(scene.seat):
        results_card(scene, area)
        return
    if step is None and scene.seat in scene.reviews:
        review_card(scene, area)
        return
    if step is None:
        happened(scene, area)
        return
    assert scene.root is not None
    s = scene.app.settings.scale
    card(scene.manager, scene.root, area)
    label(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 8, area.y + 2, area.width - 16, scene.app.line("heading")),
        step.title,
        "@heading",
    )
    y = area.y + scene.app.line("heading") + 4
    button_h = scene.app.line() + 8
    text_box(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 4, y, area.width - 8, area.bottom - y - button_h - 12),
        step.text,
    )
    scene.coach_ok = button(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 8, area.bottom - button_h - 6, int(220 * s), button_h),
        "Got it (Enter)",
        "coach-ok",
        "Hide this card",
        "@primary",
    )


def results_card(scene: TableScene, area: pygame.Rect) -> None:
    """This vote's results, the tallies filling in."""
    assert scene.root is not None
    s = scene.app.settings.scale
    head, small = scene.app.line("heading"), scene.app.line("small")
    card(scene.manager, scene.root, area)
    label(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 8, area.y + 2, area.width - 16, head),
        "The vote's results",
        "@heading",
        tip="Green: yes, from the left; red: no, from the right; grey: abstentions. "
        "A red frame: vetoed.",
    )
    y = area.y + head + 4
    button_h = scene.app.line() + 8
    scene.bars = []
    bar_h = int(10 * s)
    for result in scene.results[scene.seat][-4:]:
        if y + small * 2 + bar_h > area.bottom - button_h - 10:
            break
        label(
            scene.manager,
            scene.root,
            pygame.Rect(area.x + 8, y, area.width - 16, small),
            result.text,
            "@small",
            tip=result.text,
        )
        y += small
        width = area.width - 16
        image = UIImage(
            pygame.Rect(area.x + 8, y + 2, width, bar_h),
            tally_bar(result, width, bar_h, scene.results_progress()),
            manager=scene.manager,
            container=scene.root,
        )
        scene.bars.append((image, result))
        y += bar_h + 4
        label(
            scene.manager,
            scene.root,
            pygame.Rect(area.x + 8, y, area.width - 16, small),
            result.summary,
            "@small",
        )
        y += small + 4
    scene.results_ok = button(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 8, area.bottom - button_h - 6, int(220 * s), button_h),
        "Continue (Enter)",
        "results-ok",
        "Back to what happened",
        "@primary",
    )


def review_card(scene: TableScene, area: pygame.Rect) -> None:
    """What the last year changed, each change with the moves behind it."""
    assert scene.root is not None
    s = scene.app.settings.scale
    head = scene.app.line("heading")
    year_round, lines = scene.reviews[scene.seat]
    start = scene.controller.scenario.start_year
    year = f" {start + year_round - 1}" if start else f", round {year_round}"
    card(scene.manager, scene.root, area)
    label(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 8, area.y + 2, area.width - 16, head),
        f"The year{year} in review",
        "@heading",
        tip="What changed from the start of the year to its end, with the moves "
        "behind each change as you saw them.",
    )
    button_h = scene.app.line() + 8
    y = area.y + head + 4
    text_box(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 4, y, area.width - 8, area.bottom - y - button_h - 12),
        "<br>".join(markup(line) for line in lines) or "Nothing changed.",
        "@small",
        html=True,
    )
    scene.review_ok = button(
        scene.manager,
        scene.root,
        pygame.Rect(area.x + 8, area.bottom - button_h - 6, int(220 * s), button_h),
        "Continue (Enter)",
        "review-ok",
        "Back to what happened",
        "@primary",
    )


def happened(scene: TableScene, area: pygame.Rect) -> None:
    """What happened, newest first, as the seat saw it."""
    assert scene.root is not None
    head = scene.app.line("heading")
    panel = card(scene.manager, scene.root, area)
    label(
        scene.manager,
        panel,
        pygame.Rect(8, 2, area.width - 20, head),
        "What happened",
        "@heading",
        tip="Events as your power saw them, newest first",
    )
    lines = "<br>".join(markup(line) for line in scene.logs[scene.seat][-40:][::-1])
    text_box(
        scene.manager,
        panel,
        pygame.Rect(2, head + 2, area.width - 12, area.height - head - 10),
        lines or "Nothing yet: the year's news comes in as the game goes on.",
        "@small",
        html=True,
    )
