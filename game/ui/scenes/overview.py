"""The table's overview: the great powers with their doctrines and your secret aims, the
institutions' chambers, and the world order's gauge."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import pygame
from pygame_gui.elements import UIImage, UILabel, UIScrollingContainer, UITextBox

from game.debrief.tipping import nearest
from game.engine import DOCTRINES, GameState, indices
from game.layout.chamber import Change, Seat, changing
from game.layout.chamber import seats as seat_layout
from game.text.codes import VERDICTS
from game.text.language import N_, Language
from game.text.motions import motion_title
from game.text.names import series
from game.text.narrate import rule_text
from game.text.objectives import aim_text
from game.text.policy import axes_for, place_numbers, place_words
from game.text.verdict import reason_text

from ..chamber import chamber_surface, seat_names
from ..order_map import Trail, map_surface
from ..text import clean, markup, markup_text, reason_markup
from ..theme import DOCTRINE_COLOURS, MUTED, SIZES, VERDICT_COLOURS, font_size, rgb
from ..widgets import card, fit, heading, label, text_box
from .seated import Seated

CHAMBER_HELP = N_(
    "Members and rule: how decisions are taken; a no from a veto holder stops a motion, "
    "and an opt-out share spares members that much of a rule's cost. Breadth: how many "
    "issues it rules on (0-1). Intrusiveness: how deep into members' affairs its rules "
    "reach (0-1). Vitality: whether it still works (below 0.1 it is dead). Legitimacy: "
    "inclusiveness, fair procedure and vitality. Linkage: the share of its privileges a "
    "member loses by leaving. Motions: those tabled this round, and where they stand."
)
SEATS_HELP = N_(
    "The chamber: a dot for each member, coloured by its doctrine as in the great powers' "
    "bars, from sovereign on the left to liberal on the right. Larger and outlined: a "
    "great power. Ringed in black: it holds a veto. Hollow: it has left, or is suspended."
)
DOCTRINES_HELP = N_(
    "Each bar is a power's doctrine: blue liberal, green transformative, orange "
    "mercantilist, purple or pink sovereign internationalism."
)
STANDING_HELP = N_(
    "Legitimacy (0-1): its standing; using power against a majority costs it. Capital: "
    "what it can spend on deals and threats."
)
AIMS_HELP = N_("Only you see these; they are revealed at the end and weigh most in your score.")
ORDER_HELP = N_(
    "The model's verdict on the world order: pluralist, hegemonic, bloc or fragmented once "
    "one holds long enough; until then transitional, leaning to the one it is closest to."
)
# A power's leading doctrine ({share}: its influence, '41%'), by the doctrine.
TOP_DOCTRINE = {
    "liberal": N_("liberal doctrine, influence {share}"),
    "transformative": N_("transformative doctrine, influence {share}"),
    "mercantilist": N_("mercantilist doctrine, influence {share}"),
    "sovereign": N_("sovereign doctrine, influence {share}"),
}
TOP_UNKNOWN = N_("{doctrine} doctrine, influence {share}")
# A doctrine's weight in a power's mix ({share}: '40%'), by the doctrine.
DOCTRINE_SHARE = {
    "liberal": N_("liberal {share}"),
    "transformative": N_("transformative {share}"),
    "mercantilist": N_("mercantilist {share}"),
    "sovereign": N_("sovereign {share}"),
}
SHARE_UNKNOWN = N_("{doctrine} {share}")
# A motion of this round and where it stands, by its status (MotionStatus).
STANDING = {
    "tabled": N_("{motion}: on the floor"),
    "adopted": N_("{motion}: adopted"),
    "rejected": N_("{motion}: rejected"),
    "vetoed": N_("{motion}: vetoed"),
}
STANDING_UNKNOWN = N_("{motion}: {status}")
# The order's verdict as the gauge heads it, by its code.
SHOWN = {
    "fragmented": N_("Fragmented"),
    "bloc": N_("Bloc"),
    "hegemonic": N_("Hegemonic"),
    "pluralist": N_("Pluralist"),
    "transitional": N_("Transitional"),
}


def _doctrine(
    table: dict[str, str], unknown: str, doctrine: str, lang: Language, share: str
) -> str:
    if doctrine in table:
        return lang.text(table[doctrine], share=share)
    return lang.text(unknown, doctrine=doctrine, share=share)


@dataclass(frozen=True)
class Row:
    """A line of the great powers' card: a label's text (or a doctrine bar's weights),
    its style and its tooltip, and the room after it (pixels at scale 1); `key` names it
    from one layout to the next."""

    key: str
    text: str = ""
    style: str | None = None
    tip: str | None = None
    bar: tuple[float, ...] = ()
    gap: int = 0


@dataclass
class PowersCard:
    """The great powers' card as laid out: what it was laid out for (`frame`), and its
    widgets by row, to be given new words in place while the frame stays the same."""

    frame: tuple[object, ...]
    rows: dict[str, Row]
    widgets: dict[str, UILabel | UIImage]
    height: int


def _power_rows(scene: Seated, view: GameState) -> list[Row]:
    lang = scene.app.lang
    shares = dict(indices.compute(view).influence)
    rows = []
    for nation in view.great_powers():
        n = view.nation(nation)
        name = lang.text(N_("{nation} (you)"), nation=n.name) if nation == scene.seat else n.name
        tip = lang.text(N_("{nation} ({id})"), nation=n.name, id=n.id)
        rows.append(Row(f"{nation} name", name, None, tip))
        rows.append(Row(f"{nation} bar", bar=tuple(n.doctrine)))
        weights = dict(zip(DOCTRINES, n.doctrine, strict=True))
        top = max(weights, key=lambda d: weights[d])
        mix = series(
            [
                _doctrine(DOCTRINE_SHARE, SHARE_UNKNOWN, d, lang, lang.percent(w))
                for d, w in weights.items()
            ],
            lang=lang,
        )
        rows.append(
            Row(
                f"{nation} doctrine",
                _doctrine(
                    TOP_DOCTRINE, TOP_UNKNOWN, top, lang, lang.percent(shares.get(nation, 0))
                ),
                "@small",
                lang.text(
                    N_(
                        "Doctrine mix (the bar): {mix}. Influence: its share of the order's "
                        "institutional weight."
                    ),
                    mix=mix,
                ),
            )
        )
        standing = lang.text(
            N_("legitimacy {legitimacy} of 1, capital {capital}"),
            legitimacy=lang.number(n.legitimacy, 2),
            capital=lang.number(n.capital, 0),
        )
        rows.append(Row(f"{nation} standing", standing, "@small", lang.text(STANDING_HELP), gap=8))
    minor = [n for n in view.nations if not n.great]
    others = lang.plural(
        N_("and {count} other nation"), N_("and {count} other nations"), len(minor)
    )
    rows.append(
        Row("others", others, "@small", series([n.name for n in minor[:30]], lang=lang), gap=4)
    )
    return rows


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
        lang.text(N_("Great powers")),
        "powers",
        tip=lang.text(DOCTRINES_HELP),
    )
    palette = DOCTRINE_COLOURS[scene.app.settings.palette]
    rows = _power_rows(scene, view)
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
    rows = _power_rows(scene, view)
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
        lang.text(N_("Your secret aims")),
        "aims",
        tip=lang.text(AIMS_HELP),
    )
    me = view.nation(scene.seat)
    own = next((n for n in scene.controller.scenario.nations if n.id == scene.seat), None)
    briefing = own.briefing if own is not None else None
    # the author's own words for each aim, where the scenario gives some (same order)
    authored = [o.text for o in own.objectives] if own is not None else []
    authored += [None] * (len(me.objectives) - len(authored))
    lines = [
        "- "
        + markup(
            lang.plural(
                N_("{aim} ({count} point)"),
                N_("{aim} ({count} points)"),
                o.points,
                aim=aim_text(o, view, text, lang),
            )
        )
        for o, text in zip(me.objectives, authored, strict=False)
    ]
    if briefing:
        lines.append(f"<i>{markup(briefing)}</i>")
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
        motions = [m for m in view.motions if m.body == body.id and m.round == view.round]
        legit = indices.institution_legitimacy(view, body)
        axes = axes_for(view, body.id, body.area, lang=lang)
        name = f"<font pixel_size={name_px}><b>{markup(body.name)}</b></font>"
        if scene.seat in body.members:
            name = markup_text(lang, N_("{body} (member)"), marked={"body": name})
        standing = (
            N_(
                "vitality {vitality} of 1 (alive), legitimacy {legitimacy} of 1; leaving costs "
                "{linkage} of its privileges"
            )
            if body.alive
            else N_(
                "vitality {vitality} of 1 (dead), legitimacy {legitimacy} of 1; leaving costs "
                "{linkage} of its privileges"
            )
        )
        lines = [
            name,
            markup(
                lang.plural(
                    N_("{count} member; {rule}"),
                    N_("{count} members; {rule}"),
                    body.member_count,
                    rule=rule_text(body, view, lang=lang),
                )
            ),
            markup(
                lang.text(
                    N_("policy: {place}"),
                    place=place_words(axes, body.policy, lang=lang),
                )
            ),
            markup(
                lang.text(
                    N_("mandate: breadth {breadth} of 1, intrusiveness {intrusiveness} of 1"),
                    breadth=lang.number(body.breadth, 2),
                    intrusiveness=lang.number(body.intrusiveness, 2),
                )
            ),
            markup(
                lang.text(
                    standing,
                    vitality=lang.number(body.vitality, 2),
                    legitimacy=lang.number(legit, 2),
                    linkage=lang.percent(body.linkage),
                )
            ),
        ]
        for motion in motions:
            title = motion_title(view, motion.id, lang=lang)
            status = motion.status.value
            if status in STANDING:
                line = lang.text(STANDING[status], motion=title)
            else:
                line = lang.text(STANDING_UNKNOWN, motion=title, status=status)
            lines.append(markup(line))
        chamber = seat_layout(view, body)
        change = changes.get(body.id)
        numbers = place_numbers(axes, body.policy, lang)
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
    order = view.order
    if order.shown == "transitional" and order.leaning:
        leaning = order.leaning
        said = lang.text(VERDICTS[leaning]) if leaning in VERDICTS else leaning
        shown = lang.text(N_("Transitional, leaning {leaning}"), leaning=said)
    else:
        shown = lang.text(SHOWN[order.shown]) if order.shown in SHOWN else order.shown
    colour = VERDICT_COLOURS.get(order.leaning or order.shown, MUTED)
    heading(
        scene.manager,
        panel,
        pygame.Rect(8, 2, area.width - 28, head),
        lang.text(N_("The world order")),
        "order",
        colour=colour,
        tip=lang.text(ORDER_HELP),
    )
    reasons = "<br>".join(
        reason_markup(r.held, reason_text(r, view, lang=lang), lang=lang) for r in order.reasons
    )
    verdict = f"<font color='{colour}'><b>{markup(shown)}</b></font>"
    tip = ""
    if order.reasons:
        tip = "<br>" + markup_text(
            lang,
            N_("{what} {sentence}"),
            marked={"what": f"<i>{markup(lang.text(N_('What would tip it:')))}</i>"},
            sentence=nearest(view, lang).sentence,
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
        f"{verdict}<br>"
        + (reasons or markup(lang.text(N_("Judged at the end of each round: nothing to say yet."))))
        + tip,
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
