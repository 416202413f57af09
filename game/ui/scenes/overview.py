"""The table's overview: the great powers with their doctrines and your secret aims, the
institutions' chambers, and the world order's gauge."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pygame
from pygame_gui.elements import UIImage, UIPanel, UIScrollingContainer

from game.debrief.tipping import nearest
from game.engine import DOCTRINES, GameState, MotionStatus, indices
from game.layout.chamber import Change, Seat, changing
from game.layout.chamber import seats as seat_layout
from game.text.motions import motion_title
from game.text.narrate import rule_text
from game.text.policy import axes_for, place_words
from game.text.verdict import reason_text

from ..chamber import chamber_surface, seat_names
from ..order_map import Trail, map_surface
from ..text import markup, reason_markup
from ..theme import DOCTRINE_COLOURS, MUTED, SIZES, VERDICT_COLOURS, font_size, rgb
from ..widgets import card, heading, label, text_box
from .seated import Seated

CHAMBER_HELP = (
    "Members and rule: how decisions are taken; a no from a veto holder stops a motion, "
    "and an opt-out share spares members that much of a rule's cost. Breadth: how many "
    "issues it rules on (0-1). Intrusiveness: how deep into members' affairs its rules "
    "reach (0-1). Vitality: whether it still works (below 0.1 it is dead). Legitimacy: "
    "inclusiveness, fair procedure and vitality. Linkage: the share of its privileges a "
    "member loses by leaving. Motions: those tabled this round, and where they stand."
)
SEATS_HELP = (
    "The chamber: a dot for each member, coloured by its doctrine as in the great powers' "
    "bars, from sovereign on the left to liberal on the right. Larger and outlined: a "
    "great power. Ringed in black: it holds a veto. Hollow: it has left, or is suspended."
)


def powers(scene: Seated, view: GameState, area: pygame.Rect) -> None:
    assert scene.root is not None
    s = scene.app.settings.scale
    body, small, head = scene.app.line("body"), scene.app.line("small"), scene.app.line("heading")
    panel = card(scene.manager, scene.root, area)
    inner = area.width - 20
    heading(
        scene.manager,
        panel,
        pygame.Rect(8, 4, inner, head),
        "Great powers",
        "powers",
        tip="Each bar is a power's doctrine: blue liberal, green transformative, "
        "orange mercantilist, purple or pink sovereign internationalism.",
    )
    palette = DOCTRINE_COLOURS[scene.app.settings.palette]
    shares = dict(indices.compute(view).influence)
    y = head + 8
    for nation in view.great_powers():
        n = view.nation(nation)
        you = " (you)" if nation == scene.seat else ""
        label(
            scene.manager,
            panel,
            pygame.Rect(8, y, inner, body),
            f"{n.name}{you}",
            tip=f"{n.name} ({n.id})",
        )
        y += body
        weights = dict(zip(DOCTRINES, n.doctrine, strict=True))
        UIImage(
            pygame.Rect(8, y, inner, int(8 * s)),
            doctrine_bar(n.doctrine, inner, int(8 * s), palette),
            manager=scene.manager,
            container=panel,
        )
        y += int(10 * s)
        top = max(weights, key=lambda d: weights[d])
        label(
            scene.manager,
            panel,
            pygame.Rect(8, y, inner, small),
            f"{top} doctrine, influence {shares.get(nation, 0):.0%}",
            "@small",
            tip="Doctrine mix (the bar): "
            + ", ".join(f"{d} {w:.0%}" for d, w in weights.items())
            + ". Influence: its share "
            "of the order's institutional weight.",
        )
        y += small
        label(
            scene.manager,
            panel,
            pygame.Rect(8, y, inner, small),
            f"legitimacy {n.legitimacy:.2f} of 1, capital {n.capital:.0f}",
            "@small",
            tip="Legitimacy (0-1): its standing; using power against a majority "
            "costs it. Capital: what it can spend on deals and threats.",
        )
        y += small + int(8 * s)
    minor = [n for n in view.nations if not n.great]
    label(
        scene.manager,
        panel,
        pygame.Rect(8, y, inner, small),
        f"and {len(minor)} other nations",
        "@small",
        tip=", ".join(n.name for n in minor[:30]),
    )
    y += small + int(8 * s)
    y += int(8 * s)
    aims(scene, view, panel, pygame.Rect(8, y, inner, area.height - y - 12))


def aims(scene: Seated, view: GameState, panel: UIPanel, area: pygame.Rect) -> None:
    """The seat's briefing and secret objectives (its own view shows them)."""
    head = scene.app.line("heading")
    if area.height < head * 2 or not view.has_nation(scene.seat):  # observers have none
        return
    heading(
        scene.manager,
        panel,
        pygame.Rect(area.x, area.y, area.width, head),
        "Your secret aims",
        "aims",
        tip="Only you see these; they are revealed at the end and weigh most in your score.",
    )
    me = view.nation(scene.seat)
    briefing = next(
        (n.briefing for n in scene.controller.scenario.nations if n.id == scene.seat), None
    )
    lines = [f"- {markup(o.text)} ({o.points} points)" for o in me.objectives]
    if briefing:
        lines.append(f"<i>{markup(briefing)}</i>")
    text_box(
        scene.manager,
        panel,
        pygame.Rect(area.x - 6, area.y + head, area.width + 8, area.height - head),
        "<br>".join(lines) or "None in this scenario.",
        "@small",
        html=True,
    )


def chambers(
    scene: Seated,
    view: GameState,
    area: pygame.Rect,
    changes: Mapping[str, Change],
    progress: Callable[[Change], float],
) -> list[Drawn]:
    """A card per institution: one text box each, so that a scenario of twenty bodies
    lays out quickly (its tooltip explains every number on it), beside its chamber. The
    chambers whose seats changed lately (`changes`, by body) are returned, to be drawn
    again frame by frame as `progress` runs."""
    assert scene.root is not None
    s = scene.app.settings.scale
    scroll = UIScrollingContainer(
        area,
        manager=scene.manager,
        container=scene.root,
        allow_scroll_x=False,
        object_id="#chambers",
    )
    y = 0
    inner_w = area.width - int(20 * s)
    seat_w = int(150 * s)
    palette = DOCTRINE_COLOURS[scene.app.settings.palette]
    names = {n.id: n.name for n in view.nations}
    name_px = font_size(SIZES["name"], scene.app.settings)
    moving: list[Drawn] = []
    for body in view.bodies:
        motions = [m for m in view.motions if m.body == body.id and m.round == view.round]
        mine = " (member)" if scene.seat in body.members else ""
        legit = indices.institution_legitimacy(view, body)
        state = "alive" if body.alive else "dead"
        lines = [
            f"<font pixel_size={name_px}><b>{markup(body.name)}</b></font>{mine}",
            markup(f"{body.member_count} members; {rule_text(body, view)}"),
            markup(f"policy: {place_words(axes_for(view, body.id, body.area), body.policy)}"),
            f"mandate: breadth {body.breadth:.2f} of 1, "
            f"intrusiveness {body.intrusiveness:.2f} of 1",
            f"vitality {body.vitality:.2f} of 1 ({state}), legitimacy {legit:.2f} of 1; "
            f"leaving costs {body.linkage:.0%} of its privileges",
        ]
        for motion in motions:
            status = "on the floor" if motion.status is MotionStatus.tabled else motion.status.value
            lines.append(markup(f"{motion_title(view, motion.id)}: {status}"))
        chamber = seat_layout(view, body)
        change = changes.get(body.id)
        appear = changing(chamber, change, progress(change)) if change else None
        drawn = chamber_surface(chamber, seat_w, palette, appear=appear)
        box = text_box(
            scene.manager,
            scroll,
            pygame.Rect(0, y, inner_w - seat_w - int(6 * s), -1),
            "<br>".join(lines),
            "@chamber",
            html=True,
        )
        box.set_tooltip(CHAMBER_HELP)
        h = max(int(box.rect.height), drawn.get_height() + int(8 * s))
        if h > box.rect.height:
            box.set_dimensions((box.rect.width, h))
        seats = UIImage(
            pygame.Rect(inner_w - seat_w, y + int(4 * s), seat_w, drawn.get_height()),
            drawn,
            manager=scene.manager,
            container=scroll,
        )
        seats.set_tooltip(f"{SEATS_HELP}<br><br>{markup(seat_names(chamber, names))}")
        if change is not None:
            moving.append(Drawn(seats, chamber, change))
        y += h + int(8 * s)
    scroll.set_scrollable_area_dimensions((inner_w, max(y, 1)))
    return moving


@dataclass(frozen=True)
class Drawn:
    """A chamber on the table whose seats are changing: its image, seats and change."""

    image: UIImage
    chamber: list[Seat]
    change: Change


def gauge(scene: Seated, view: GameState, area: pygame.Rect, trail: Trail = ()) -> None:
    assert scene.root is not None
    head = scene.app.line("heading")
    panel = card(scene.manager, scene.root, area)
    order = view.order
    shown = order.shown
    if shown == "transitional" and order.leaning:
        shown = f"transitional, leaning {order.leaning}"
    colour = VERDICT_COLOURS.get(order.leaning or order.shown, MUTED)
    heading(
        scene.manager,
        panel,
        pygame.Rect(8, 2, area.width - 28, head),
        "The world order",
        "order",
        colour=colour,
        tip="The model's verdict on the world order: pluralist, hegemonic, bloc or "
        "fragmented once one holds long enough; until then transitional, leaning "
        "to the one it is closest to.",
    )
    reasons = "<br>".join(reason_markup(r.held, reason_text(r, view)) for r in order.reasons)
    verdict = f"<font color='{colour}'><b>{shown.capitalize()}</b></font>"
    tip = f"<br><i>What would tip it:</i> {markup(nearest(view).sentence)}" if order.reasons else ""
    side = max(0, min(area.height - head - 12, area.width // 3))
    UIImage(
        pygame.Rect(6, head + 4, side, side),
        map_surface(trail, side, max(9, side // 11)),
        manager=scene.manager,
        container=panel,
    )
    text_box(
        scene.manager,
        panel,
        pygame.Rect(side + 10, head + 2, area.width - side - 18, area.height - head - 10),
        f"{verdict}<br>"
        + (reasons or "Judged at the end of each round: nothing to say yet.")
        + tip,
        "@small",
        html=True,
    )


def doctrine_bar(
    weights: tuple[float, ...], width: int, height: int, palette: dict[str, str]
) -> pygame.Surface:
    """A bar split by weight, one colour per doctrine (or one colour for one weight)."""
    surface = pygame.Surface((max(1, width), max(1, height)))
    colours = (
        [palette[d] for d in DOCTRINES]
        if len(weights) == len(DOCTRINES)
        else list(palette.values())
    )
    x = 0
    for weight, colour in zip(weights, colours, strict=False):
        w = round(width * weight)
        surface.fill(rgb(colour), pygame.Rect(x, 0, w, height))
        x += w
    return surface
