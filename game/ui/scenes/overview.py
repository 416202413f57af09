"""The table's overview: the great powers with their doctrines and your secret aims, the
institutions' chambers, and the world order's gauge."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import pygame
from pygame_gui.elements import UIImage, UILabel, UIScrollingContainer, UITextBox

from game.engine import DOCTRINES, GameState
from game.layout.chamber import Change, Seat, changing
from game.layout.chamber import seats as seat_layout
from game.present.aims import AIMS_HELP, aim_words
from game.present.bodies import CHAMBER_HELP, SEATS_HELP, body_words, seat_names
from game.present.order import ORDER_HELP, order_words
from game.present.powers import DOCTRINES_HELP, Row, power_rows
from game.present.titles import TITLES
from game.text.language import N_

from ..chamber import chamber_surface
from ..order_map import Trail, map_surface
from ..text import clean, markup, markup_text, reason_markup
from ..theme import DOCTRINE_COLOURS, MUTED, SIZES, VERDICT_COLOURS, font_size, rgb
from ..widgets import card, fit, heading, label, text_box
from .seated import Seated


@dataclass
class PowersCard:
    """The great powers' card as laid out: what it was laid out for (`frame`), and its
    widgets by row, to be given new words in place while the frame stays the same."""

    frame: tuple[object, ...]
    rows: dict[str, Row]
    widgets: dict[str, UILabel | UIImage]
    height: int


def powers(scene: Seated, view: GameState, area: pygame.Rect) -> PowersCard:
    """The great powers' card, at the top of `area`, as tall as its content. (The seat's
    aims have a card of their own below it: they change only with the seat, and a long
    briefing is costly to lay out each time a power's standing moves.)"""
    assert scene.root is not None
    s = scene.app.settings.scale
    body, small, head = scene.app.line("body"), scene.app.line("small"), scene.app.line("heading")
    lang = scene.app.lang
    panel = card(scene.manager, scene.root, area)
    inner = area.width - 20
    heading(
        scene.manager,
        panel,
        pygame.Rect(8, 4, inner, head),
        lang.text(TITLES["powers"]),
        "powers",
        tip=lang.text(DOCTRINES_HELP),
    )
    palette = DOCTRINE_COLOURS[scene.app.settings.palette]
    rows = power_rows(view, scene.seat, scene.app.lang)
    widgets: dict[str, UILabel | UIImage] = {}
    y = head + 8
    for row in rows:
        if row.bar:
            widgets[row.key] = UIImage(
                pygame.Rect(8, y, inner, int(8 * s)),
                doctrine_bar(row.bar, inner, int(8 * s), palette),
                manager=scene.manager,
                container=panel,
            )
            y += int(10 * s)
            continue
        line_h = small if row.style else body
        # Each line as tall as its text: a longer translation wraps, and takes the room.
        made = label(
            scene.manager, panel, pygame.Rect(8, y, inner, line_h), row.text, row.style, tip=row.tip
        )
        widgets[row.key] = made
        y += max(line_h, int(made.rect.height)) + int(row.gap * s)
    height = min(y, area.height)
    panel.set_dimensions((area.width, height))
    return PowersCard(_powers_frame(scene, view, area), {r.key: r for r in rows}, widgets, height)


def _powers_frame(scene: Seated, view: GameState, area: pygame.Rect) -> tuple[object, ...]:
    """What the great powers' card is laid out for: its seat, place, colours, scale,
    language and powers."""
    settings = scene.app.settings
    return (scene.seat, tuple(area), settings.palette, settings.scale, scene.app.lang,
            view.great_powers())  # fmt: skip


def repowered(scene: Seated, view: GameState, area: pygame.Rect, laid: PowersCard) -> bool:
    """The card `laid` given the powers' standing now, in place (a label's new words, a
    bar's new mix), where it was laid out for the same seat, powers and window: whether
    it could be (else it is to be laid out anew)."""
    s = scene.app.settings.scale
    palette = DOCTRINE_COLOURS[scene.app.settings.palette]
    rows = power_rows(view, scene.seat, scene.app.lang)
    if _powers_frame(scene, view, area) != laid.frame or [r.key for r in rows] != list(laid.rows):
        return False
    if not all(widget.alive() for widget in laid.widgets.values()):
        return False
    for row in rows:
        if row == laid.rows[row.key]:
            continue
        widget = laid.widgets[row.key]
        if isinstance(widget, UIImage):
            width = int(widget.relative_rect.width)
            widget.set_image(doctrine_bar(row.bar, width, int(8 * s), palette))
        else:
            font = widget.font
            if font is not None and (
                font.get_rect(clean(row.text)).width > widget.relative_rect.width
            ) != (font.get_rect(widget.text).width > widget.relative_rect.width):
                return False  # its words now take another number of lines: lay out anew
            widget.set_text(clean(row.text))
            if row.tip:
                widget.set_tooltip(clean(row.tip))
        laid.rows[row.key] = row
    return True


def aims(scene: Seated, view: GameState, area: pygame.Rect) -> None:
    """The seat's briefing and secret objectives (its own view shows them), in a card."""
    assert scene.root is not None
    head = scene.app.line("heading")
    if area.height < head * 2 or not view.has_nation(scene.seat):  # observers have none
        return
    lang = scene.app.lang
    panel = card(scene.manager, scene.root, area)
    inner = pygame.Rect(8, 4, area.width - 20, area.height - 12)
    heading(
        scene.manager,
        panel,
        pygame.Rect(inner.x, inner.y, inner.width, head),
        lang.text(TITLES["aims"]),
        "aims",
        tip=lang.text(AIMS_HELP),
    )
    words = aim_words(view, scene.seat, scene.controller.scenario, lang)
    lines = ["- " + markup(aim) for aim in words.aims]
    if words.briefing:
        lines.append(f"<i>{markup(words.briefing)}</i>")
    scene.long_text(
        "aims",
        pygame.Rect(
            area.x + inner.x - 6, area.y + inner.y + head, inner.width + 8, inner.height - head
        ),
        "<br>".join(lines) or markup(lang.text(N_("None in this scenario."))),
    )


def chambers(
    scene: Seated,
    view: GameState,
    scroll: UIScrollingContainer,
    cards: dict[str, BodyCard],
    changes: Mapping[str, Change],
    progress: Callable[[Change], float],
    moving: list[Drawn],
) -> Iterator[None]:
    """A card per institution: one text box each, so that a scenario of twenty bodies
    lays out quickly (its tooltip explains every number on it), beside its chamber.
    `cards` are those laid out last time in `scroll`: a card whose words and seats are
    the same is only moved, so that one body's change lays out one card (a text box
    takes a few ms); a step for each card made anew. The chambers whose seats changed
    lately (`changes`, by body) are put in `moving`, to be drawn again frame by frame as
    `progress` runs."""
    assert scene.root is not None
    s = scene.app.settings.scale
    lang = scene.app.lang
    y = 0
    inner_w = int(scroll.relative_rect.width) - int(20 * s)
    seat_w = int(150 * s)
    palette = DOCTRINE_COLOURS[scene.app.settings.palette]
    names = {n.id: n.name for n in view.nations}
    name_px = font_size(SIZES["name"], scene.app.settings)
    for body in view.bodies:
        words = body_words(view, body, scene.seat, lang)
        name = f"<font pixel_size={name_px}><b>{markup(words.name)}</b></font>"
        if words.member:
            name = markup_text(lang, N_("{body} (member)"), marked={"body": name})
        lines = [name, *(markup(line) for line in words.lines)]
        chamber = seat_layout(view, body)
        change = changes.get(body.id)
        numbers = words.numbers
        # (a change is noted in place: its moment, not the object, tells one from the next)
        moment = (
            (change.since, change.founded, sorted(change.joined), sorted(change.left))
            if change is not None
            else None
        )
        shows = CardShows(lines, chamber, palette, numbers, moment, seat_w, inner_w)
        last = cards.get(body.id)
        fresh = last is None or last.shows != shows or not last.box.alive()
        if fresh:
            if last is not None:
                last.kill()
            cards[body.id] = _body_card(scene, scroll, shows, names, change, progress)
        kept = cards[body.id]
        kept.place(y, inner_w - seat_w, int(4 * s))
        if change is not None:
            moving.append(Drawn(kept.seats, chamber, change))
        y += kept.height + int(8 * s)
        if fresh:
            yield
    for gone in set(cards) - {b.id for b in view.bodies}:
        cards.pop(gone).kill()
    fit(scroll, inner_w, y)


@dataclass(frozen=True)
class CardShows:
    """What an institution's card is laid out from: a card showing the same is kept."""

    lines: list[str]  # its text, a line each
    chamber: list[Seat]
    palette: dict[str, str]
    numbers: str  # its policy in numbers, for the tooltip
    moment: object  # its seats' latest change, if any
    seat_w: int
    inner_w: int


@dataclass
class BodyCard:
    """One institution's card on the table: what it was laid out from, its text box and
    its chamber."""

    shows: CardShows
    box: UITextBox
    seats: UIImage
    height: int

    def place(self, y: int, seats_x: int, seats_dy: int) -> None:
        if self.box.relative_rect.y != y:
            self.box.set_relative_position((0, y))
            self.seats.set_relative_position((seats_x, y + seats_dy))

    def kill(self) -> None:
        self.box.kill()
        self.seats.kill()


def _body_card(
    scene: Seated,
    scroll: UIScrollingContainer,
    shows: CardShows,
    names: dict[str, str],
    change: Change | None,
    progress: Callable[[Change], float],
) -> BodyCard:
    chamber, seat_w, inner_w = shows.chamber, shows.seat_w, shows.inner_w
    s = scene.app.settings.scale
    lang = scene.app.lang
    appear = changing(chamber, change, progress(change)) if change is not None else None
    drawn = chamber_surface(chamber, seat_w, shows.palette, appear=appear)
    box = text_box(
        scene.manager,
        scroll,
        pygame.Rect(0, 0, inner_w - seat_w - int(6 * s), -1),
        "<br>".join(shows.lines),
        "@chamber",
        html=True,
    )
    box.set_tooltip(
        lang.text(CHAMBER_HELP)
        + "<br><br>"
        + markup(lang.text(N_("Its policy in numbers: {numbers}."), numbers=shows.numbers))
    )
    h = max(int(box.rect.height), drawn.get_height() + int(8 * s))
    if h > box.rect.height:
        box.set_dimensions((box.rect.width, h))
    seats = UIImage(
        pygame.Rect(inner_w - seat_w, int(4 * s), seat_w, drawn.get_height()),
        drawn,
        manager=scene.manager,
        container=scroll,
    )
    seats.set_tooltip(f"{lang.text(SEATS_HELP)}<br><br>{markup(seat_names(chamber, names, lang))}")
    return BodyCard(shows, box, seats, h)


@dataclass(frozen=True)
class Drawn:
    """A chamber on the table whose seats are changing: its image, seats and change."""

    image: UIImage
    chamber: list[Seat]
    change: Change


def gauge(scene: Seated, view: GameState, area: pygame.Rect, trail: Trail = ()) -> None:
    assert scene.root is not None
    head = scene.app.line("heading")
    lang = scene.app.lang
    panel = card(scene.manager, scene.root, area)
    words = order_words(view, lang)
    colour = VERDICT_COLOURS.get(words.colour, MUTED)
    heading(
        scene.manager,
        panel,
        pygame.Rect(8, 2, area.width - 28, head),
        lang.text(TITLES["order"]),
        "order",
        colour=colour,
        tip=lang.text(ORDER_HELP),
    )
    reasons = "<br>".join(reason_markup(held, text, lang=lang) for held, text in words.reasons)
    verdict = f"<font color='{colour}'><b>{markup(words.shown)}</b></font>"
    tip = ""
    if words.tipping:
        tip = "<br>" + markup_text(
            lang,
            N_("{what} {sentence}"),
            marked={"what": f"<i>{markup(lang.text(TITLES['tipping']))}</i>"},
            sentence=words.tipping,
        )
    side = max(0, min(area.height - head - 12, area.width // 3))
    UIImage(
        pygame.Rect(6, head + 4, side, side),
        map_surface(trail, side, max(9, side // 11), lang),
        manager=scene.manager,
        container=panel,
    )
    scene.long_text(
        "reasons",
        pygame.Rect(
            area.x + side + 10, area.y + head + 2, area.width - side - 18, area.height - head - 10
        ),
        f"{verdict}<br>" + (reasons or markup(lang.text(TITLES["not_judged"]))) + tip,
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
