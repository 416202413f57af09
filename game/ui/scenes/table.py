"""The main table: the great powers, the institutions' chambers, the order gauge, what
the seat may do now, and what just happened. Everything shown comes from the seat's view;
every move goes to the controller."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

import pygame
import pygame_gui
from pygame_gui.core import UIContainer
from pygame_gui.core.interfaces import IUIElementInterface
from pygame_gui.elements import UIButton, UIImage, UIScrollingContainer

from game.ai.heuristic import Option
from game.engine import Action, Event, Found, GameState, Pass, events
from game.layout.chamber import Change, changing
from game.present.moves import FOUND_NAME
from game.present.phases import PHASE_HELP, heading_words, status_words
from game.present.record import SeatRecord
from game.present.results import Result
from game.present.titles import TITLES
from game.session.contract import (
    Accepted,
    Controller,
    Failed,
    Happened,
    Rejected,
    Rewound,
    Thinking,
)
from game.support import paths
from game.text.language import N_
from game.text.names import nation_name, series

from ..advisor import Advisor
from ..chamber import chamber_surface
from ..scene import Scene
from ..seats import SeatSetup
from ..theme import DOCTRINE_COLOURS, VOTE_COLOURS
from ..tutorial import Coach, Step
from ..widgets import Listing, button, card, fit, heading, label, text_box
from . import cards, overview
from .end import EndScene
from .glossary import GlossaryScene
from .handover import HandOverScene
from .panels import Panel, build_panel
from .pause import PauseScene
from .results import DURATION, tally_bar, vote_chamber

if TYPE_CHECKING:
    from ..app import App

# The time a frame may spend laying parts of the table out, beyond the first part (or the
# first step of a list filling in): two frames at 60 a second. What an AI power's move
# changes is laid out in the frame that sees it; a larger change (a round's end in a
# scenario of many bodies) fills in over the next frames rather than in one long one.
# (Smaller budgets measured worse: more frames slow, and layouts begun and given up.)
BUDGET = 1 / 30


@dataclass
class Laying:
    """A list being laid out a step at a time (an offer, a motion, an institution's
    card): the steps left, and what ends the layout once they are done."""

    listed: Listing
    steps: Iterator[None]
    finish: Callable[[], None]
    gradual: bool  # filled in over frames (else laid out in one go)


class TableScene(Scene):
    name = "table"

    def __init__(self, app: App, controller: Controller, setup: SeatSetup) -> None:
        super().__init__(app)
        self.controller = controller
        self.setup = setup
        self.seat = controller.seats[0]
        # Each person's own log and offers' reasons: in hot-seat play, private to the seat.
        self.records = {
            seat: SeatRecord(app.lang, controller.view(seat)) for seat in controller.seats
        }
        self.thinking: tuple[str, ...] = ()
        self.notice = ""
        self.actions: list[Action] = []
        self.clock = 0.0
        self.dirty = True
        self.built: dict[str, tuple[object, list[IUIElementInterface]]] = {}
        self.picks: dict[str, str] = {}  # the action panel's drop-downs, kept across rebuilds
        self.advisor = Advisor()
        self.results_since = 0.0
        self.was_my_turn = False
        # The buttons of the card under the chambers, when it shows one (cards.py).
        self.coach_ok: UIButton | None = None
        self.results_ok: UIButton | None = None
        self.review_ok: UIButton | None = None
        self.bars: list[tuple[UIImage, UIImage, Result]] = []
        # Bodies founded, joined or left lately, per seat, and their chambers on show.
        self.changes: dict[str, dict[str, Change]] = {seat: {} for seat in controller.seats}
        self.moving: list[overview.Drawn] = []
        # the scrolling lists kept across re-layouts: each list, what it shows and the
        # widgets it is made of in the window's container (`listing`)
        self.lists: dict[str, Listing] = {}
        self.listed: set[str] = set()  # the lists the part being laid out has asked for
        self.list_parts: dict[str, str] = {}  # each list, by the part it belongs to
        self.body_cards: dict[str, overview.BodyCard] = {}  # in the list of institutions
        self.powers_height = 0  # the great powers' card, as tall as it was laid out
        self.powers_card: overview.PowersCard | None = None
        self.layouts = 0  # parts of the table laid out so far (bench.ui_speed counts them)
        self.laying: dict[str, Laying] = {}  # the lists being laid out, by their part
        self.deadline: float | None = None  # when this frame's layout time is spent
        self.coach = Coach() if setup.coached else None
        self.advice_pending = False
        self.happened = 0  # updates with events taken in (the tour watches it move)

        # A resumed game: each seat's log holds what it had seen before.
        for seat in controller.seats:
            for batch in controller.history(seat):
                self.records[seat].note(batch, controller.view(seat))

    # ------------------------------------------------------------ reading the controller

    @property
    def view(self) -> GameState:
        return self.controller.view(self.seat)

    def update(self, seconds: float) -> None:
        self.clock += seconds
        for update in self.controller.poll():
            if isinstance(update, Happened) and update.seat in self.records:
                self.happened += 1
                revealed = self.records[update.seat].take(update.events, update.view)
                if update.seat == self.seat:
                    kinds = {e.kind for e in update.events}
                    if "veto_cast" in kinds:
                        self.app.sounds.play("veto")
                    elif "motion_adopted" in kinds:
                        self.app.sounds.play("adopted")
                self.note_changes(update.seat, update.events)
                if revealed:
                    self.results_since = self.clock
                self.dirty = True
            elif isinstance(update, Rewound) and update.seat in self.records:
                self.records[update.seat].rewound()
                self.dirty = True
            elif isinstance(update, Thinking):
                self.thinking = update.nations
                self.refresh_status()
            elif isinstance(update, Rejected) and update.seat == self.seat:
                self.notice = self.app.lang.text(N_("Not allowed: {reason}"), reason=update.reason)
                self.dirty = True
            elif isinstance(update, Accepted):
                self.notice = ""
            elif isinstance(update, Failed):
                self.notice = update.message
                self.dirty = True
        debrief = self.controller.debrief()
        if debrief is not None:  # the game is over, or the instructor ended it
            self.app.switch(EndScene(self.app, self.controller, self.setup, debrief))
            return
        self.follow_turn()
        if self.app.scene is not self:  # a hand-over screen now covers the table: lay
            return  # nothing out under it (new widgets would show through and take clicks)
        if self.advice_pending and self.advisor.ready.is_set():
            if "act" in self.built:  # lay the moves out again, with what they are worth
                self.built["act"] = (None, self.built["act"][1])
            self.dirty = True
        if self.root is not None and not self.app.pressing:
            # Every frame: parts whose signature is unchanged cost nothing, and a turn can
            # come without an update (the controller publishes legal moves on its own).
            # Nothing is laid out again while a mouse button is held: the button under it
            # would be replaced between press and release, and the click lost.
            before = self.layouts
            laid = self.refresh(budget=BUDGET)
            for part in list(self.laying):  # a step at least, in a frame that laid none
                if self.layouts == before or time.perf_counter() < (self.deadline or 0.0):
                    self.lay(part)
            self.dirty = not laid or bool(self.laying)
            if not self.dirty:
                self.advisor.start()
            self.refresh_status()
            self.animate()

    def follow_turn(self) -> None:
        """In hot-seat play, hand the screen to the next person the game waits for."""
        waiting = [s for s in self.controller.seats if self.controller.legal(s)]
        if waiting and self.seat not in waiting:
            nation = waiting[0]
            if len(self.controller.seats) > 1:
                self.seat = nation
                self.dirty = True
                self.app.overlay(
                    HandOverScene(
                        self.app,
                        self.setup.people[nation],
                        nation_name(self.view, nation, lang=self.app.lang),
                    )
                )
            else:
                self.seat = nation

    # ------------------------------------------------------------ layout

    def build(self) -> None:
        self.built = {}
        self.laying = {}
        self.refresh()

    def layout(self) -> dict[str, pygame.Rect]:
        width, height = self.app.size
        s = self.app.settings.scale
        pad = int(10 * s)
        top = self.app.line("heading") + pad
        left_w = int(250 * s)
        right_w = max(int(420 * s), width // 3)
        mid_w = width - left_w - right_w - 4 * pad
        middle = pygame.Rect(2 * pad + left_w, top, mid_w, height - top - pad)
        log_h = middle.height * 2 // 5
        right = pygame.Rect(width - pad - right_w, top, right_w, height - top - pad)
        gauge_h = right.height * 3 // 10
        return {
            "header": pygame.Rect(pad, pad // 2, width - 2 * pad, top - pad),
            "powers": pygame.Rect(pad, top, left_w, height - top - pad),
            "aims": pygame.Rect(
                pad,
                top + self.powers_height + pad,
                left_w,
                height - top - 2 * pad - self.powers_height,
            ),
            "chambers": pygame.Rect(middle.x, middle.y, mid_w, middle.height - log_h - pad),
            "happened": pygame.Rect(middle.x, middle.bottom - log_h, mid_w, log_h),
            "gauge": pygame.Rect(right.x, right.y, right_w, gauge_h),
            "act": pygame.Rect(
                right.x, right.y + gauge_h + pad, right_w, right.height - gauge_h - pad
            ),
        }

    def signatures(self, view: GameState) -> dict[str, object]:
        """What each part of the table shows, cheaply: a part is laid out again only when
        its signature changes (a whole table of twenty bodies takes tens of ms)."""
        great = tuple(view.nation(g) for g in view.great_powers())
        bodies = tuple(
            (
                b.id,
                b.members,
                b.anonymous,
                b.vetoes,
                b.opt_out,
                b.breadth,
                b.intrusiveness,
                b.vitality,
                b.linkage,
                b.rule,
            )
            for b in view.bodies
        )
        motions = tuple((m.id, m.status) for m in view.motions if m.round == view.round)
        return {
            "act": (
                self.seat,
                view.round,
                view.phase,
                tuple(map(str, self.controller.legal(self.seat))),
                self.notice,
                # not what is typed: the line typed in would be laid out again, unfocused
                tuple((k, v) for k, v in self.picks.items() if k != FOUND_NAME),
                len(self.records[self.seat].reasons),
                motions,
                len(view.offers),
            ),
            "header": (self.seat, view.round, view.phase),
            "powers": (self.seat, self.app.settings.palette, great, bodies),
            "aims": (self.seat, self.powers_height),
            "chambers": (
                self.seat,
                view.round,
                bodies,
                motions,
                self.app.settings.palette,
                tuple((body, change.since) for body, change in self.changes[self.seat].items()),
            ),
            "happened": (self.seat, cards.showing(self)),
            "gauge": (view.order, len(self.records[self.seat].trail), self.app.settings.palette),
        }

    def refresh(self, budget: float | None = None) -> bool:
        """Lay out again the parts whose content changed, what the seat can do first;
        with a budget (seconds), stop once it is spent, a part laid out at least, and say
        so (False), so that no frame lays out the whole table while the AI powers play."""
        assert self.root is not None
        start = time.perf_counter()
        self.deadline = None if budget is None else start + budget
        laid = self.layouts
        view = self.view
        areas = self.layout()
        builders = {
            "header": lambda area: self.header(view, area),
            "powers": lambda area: self.build_powers(view, area),
            # below the great powers' card as just laid out (not as it was)
            "aims": lambda _: overview.aims(self, view, self.layout()["aims"]),
            "chambers": lambda area: self.chambers(view, area),
            "happened": lambda area: cards.happened_or_coach(self, area),
            "gauge": lambda area: overview.gauge(self, view, area, self.records[self.seat].trail),
            "act": lambda area: self.act_panel(view, area),
        }
        # Parts that can take new words in place, without being laid out again.
        updaters = {
            "powers": lambda area: (
                self.powers_card is not None
                and overview.repowered(self, view, area, self.powers_card)
            ),
        }
        container = self.manager.get_root_container()
        assert isinstance(container, UIContainer)
        for name, signature in self.signatures(view).items():
            old = self.built.get(name)
            if old is not None and old[0] == signature:
                continue
            late = self.deadline is not None and time.perf_counter() > self.deadline
            if late and old is not None and self.layouts > laid:  # a part a frame at least
                return False
            if name in updaters and old is not None and updaters[name](areas[name]):
                self.built[name] = (signature, old[1])  # the same widgets, new words
                continue
            kept = [e for listed in self.lists.values() for e in listed.frame]
            for element in old[1] if old else []:
                if element not in kept:
                    element.kill()
                    self.elements.remove(element)
            before = set(container.elements)
            self.listed = set()
            builders[name](areas[name])
            for gone in {listed for listed, part in self.list_parts.items() if part == name}:
                if gone not in self.listed:  # (the results' card in place of the log's)
                    self.drop_list(gone)
            self.list_parts.update(dict.fromkeys(self.listed, name))
            made = [e for e in container.elements if e not in before]
            self.elements.extend(made)
            self.built[name] = (signature, made)
            self.layouts += 1
        return True

    def header(self, view: GameState, area: pygame.Rect) -> None:
        assert self.root is not None
        s = self.app.settings.scale
        lang = self.app.lang
        start = self.controller.scenario.start_year
        team = self.setup.people.get(self.seat, self.seat)
        round_, who = heading_words(view, self.seat, team, start, lang)
        code = view.phase.value
        title = f"{round_}    {who}"
        side = int(440 * s)
        heading(
            self.manager,
            self.root,
            pygame.Rect(area.x, area.y, area.width - side, area.height),
            title,
            view.phase.value,
            tip=lang.text(PHASE_HELP[code]) if code in PHASE_HELP else None,
        )
        self.status = label(
            self.manager,
            self.root,
            pygame.Rect(area.right - side, area.y, side - int(130 * s), area.height),
            "",
            "@small",
        )
        self.menu_button = button(
            self.manager,
            self.root,
            pygame.Rect(area.right - int(120 * s), area.y + 2, int(120 * s), area.height - 4),
            lang.text(N_("Menu (Esc)")),
            "menu",
            lang.text(N_("Save, load, undo, quit")),
        )
        self.refresh_status()

    def refresh_status(self) -> None:
        if not hasattr(self, "status"):
            return
        mine = bool(self.controller.legal(self.seat))
        if mine and not self.was_my_turn:
            self.app.sounds.play("turn")
        self.was_my_turn = mine
        lang = self.app.lang
        if self.thinking and not self.view.paused:
            dots = "." * (1 + int(self.clock * 3) % 3)
            names = series(
                [nation_name(self.view, n, lang=lang) for n in self.thinking[:2]], lang=lang
            )
            text = lang.text(N_("{nations} thinking{dots}"), nations=names, dots=dots)
        else:
            text = status_words(self.view, mine, self.controller.waiting_for(), lang)
        left = getattr(self.controller, "time_left", lambda: None)()
        if left is not None:  # a class's game with the instructor's phase timer on
            clock = f"{int(left) // 60}:{int(left) % 60:02d}"  # minutes:seconds
            text = lang.text(N_("{status}; {clock} left"), status=text, clock=clock)
        if self.status.text != text:
            self.status.set_text(text)

    def act_panel(self, view: GameState, area: pygame.Rect) -> None:
        assert self.root is not None
        small, head = self.app.line("small"), self.app.line("heading")
        # The card is drawn behind, not around: its widgets sit on the window's container,
        # one level less deep for pygame_gui's theme lookups (see Scene).
        card(self.manager, self.root, area)
        inner = area.width - 12
        x0, y0 = area.x, area.y
        self.actions = list(self.controller.legal(self.seat))
        lang = self.app.lang
        code = view.phase.value
        help_text = lang.text(PHASE_HELP[code]) if code in PHASE_HELP else ""
        heading(
            self.manager,
            self.root,
            pygame.Rect(x0 + 8, y0 + 2, inner - 8, head),
            lang.text(TITLES["moves"] if self.actions else TITLES["waiting"]),
            view.phase.value if self.actions else "waiting",
            tip=help_text,
        )
        y = head + 2
        text_box(
            self.manager,
            self.root,
            pygame.Rect(x0 + 2, y0 + y, inner, small * 2 + 12),
            self.notice or help_text,
            "@small",
        )
        y += small * 2 + 14
        moves_h = area.height - y - 8
        turn = (self.seat, view.round, view.phase)  # a new turn's moves show from the top
        listed = self.listing("moves", pygame.Rect(x0 + 2, y0 + y, inner, moves_h), turn)
        panel = Panel(
            self.app,
            listed.scroll,
            inner - 20,
            view,
            self.seat,
            self.actions,
            self.advice(view),
            self.records[self.seat].reasons,
            self.picks,
            listed.reuse,
        )
        width = inner - 20

        def finish() -> None:
            listed.reuse.done()
            fit(listed.scroll, width, panel.y)

        self.panel = panel
        self.start_laying("act", Laying(listed, build_panel(panel), finish, gradual=False))

    def start_laying(self, part: str, laying: Laying) -> None:
        """Lay a list out: a new one (a new turn's moves) fills in over a few frames, from
        the top; one laid out again (a move seen, the advice in) at once, as it mostly
        takes its widgets back. A layout of the part still under way is given up, what
        it made there for the new one to take back."""
        left = self.laying.pop(part, None)
        if left is not None:
            left.listed.reuse.done()
        self.laying[part] = replace(laying, gradual=laying.gradual or laying.listed.reuse.empty)
        self.lay(part)

    def lay(self, part: str) -> None:
        """Go on laying out a part's list, a step at least, until the frame's time is
        spent (`deadline`) if it is laid out over frames."""
        laying = self.laying[part]
        if not laying.listed.scroll.alive():
            del self.laying[part]
            return
        for _ in laying.steps:
            self.layouts += 1
            if laying.gradual and self.deadline is not None and time.perf_counter() > self.deadline:
                return
        laying.finish()
        del self.laying[part]

    def coach_step(self) -> Step | None:
        """The tutorial's card for this phase, while the seat can act and has not read it."""
        if self.coach is None or not self.controller.legal(self.seat):
            return None
        return self.coach.step(self.view.phase.value)

    def build_powers(self, view: GameState, area: pygame.Rect) -> None:
        self.powers_card = overview.powers(self, view, area)
        self.powers_height = self.powers_card.height

    def note_changes(self, seat: str, happened: Iterable[Event]) -> None:
        """Remember the chambers whose seats change, to animate them."""
        changes = self.changes[seat]
        for event in happened:
            if isinstance(event, events.InstitutionFounded | events.InstitutionOpened):
                changes[event.body] = Change(self.clock, founded=True)
            elif isinstance(event, events.NationJoined | events.NationWithdrew):
                change = changes.get(event.body)
                if change is None or self.change_progress(change) >= 1.0:
                    change = changes[event.body] = Change(self.clock)
                change.since = self.clock
                joined = isinstance(event, events.NationJoined)
                (change.joined if joined else change.left).add(event.nation)
                (change.left if joined else change.joined).discard(event.nation)

    def change_progress(self, change: Change) -> float:
        duration = DURATION[self.app.settings.animation] * 1.5
        return 1.0 if duration == 0 else (self.clock - change.since) / duration

    def chambers(self, view: GameState, area: pygame.Rect) -> None:
        changes = self.changes[self.seat]
        for body, change in list(changes.items()):  # those done are drawn as they are
            if self.change_progress(change) >= 1.0:
                del changes[body]
        listed = self.listing("chambers", area, self.seat)
        self.moving = []
        cards = overview.chambers(
            self, view, listed.scroll, self.body_cards, changes, self.change_progress, self.moving
        )
        # (the cards of the bodies that changed are made over frames, the others moved)
        self.start_laying("chambers", Laying(listed, cards, lambda: None, gradual=True))

    def listing(self, name: str, rect: pygame.Rect, shows: object) -> Listing:
        """The scrolling list #name at `rect`, kept across layouts (a new list and its
        scroll bars take a third of the moves' layout time): while it shows the same
        thing (`shows`: the same turn's moves), scrolled where the reader left it, its
        widgets there to take back (`Listing.reuse`); else emptied, from the top. A list
        the part it belongs to no longer lays out goes (`refresh`)."""
        assert self.root is not None
        self.listed.add(name)
        kept = self.lists.get(name)
        if kept is not None and kept.scroll.alive():
            if kept.scroll.relative_rect == rect:
                if kept.shows != shows:  # emptied, from the top (a list costs a frame)
                    kept.reuse.forget()
                    kept.shows = shows
                    if kept.scroll.vert_scroll_bar is not None:
                        kept.scroll.vert_scroll_bar.set_scroll_from_start_percentage(0.0)
                    kept.scroll.scrollable_container.set_relative_position((0, 0))
                    inner = kept.scroll.get_container().get_relative_rect()
                    kept.scroll.set_scrollable_area_dimensions((inner.width, 1))
                return kept
            self.drop_list(name)
        window = self.manager.get_root_container()
        assert isinstance(window, UIContainer)
        before = set(window.elements)
        scroll = UIScrollingContainer(
            rect,
            manager=self.manager,
            container=self.root,
            allow_scroll_x=False,
            object_id=f"#{name}",
        )
        # (pygame_gui puts the list's own container beside it, in the window's container)
        made = Listing(scroll, shows, [e for e in window.elements if e not in before])
        self.lists[name] = made
        return made

    def long_text(self, name: str, rect: pygame.Rect, text: str) -> None:
        """Markup that may run longer than its place (`rect`, in the window): a box as
        tall as its text in the kept scrolling list #name, taken back while the text is
        the same. A text box with a scroll bar of its own parses its text twice and
        makes its bar anew each time it is laid out (17 ms for the order's reasons)."""
        listed = self.listing(name, rect, self.seat)
        at = pygame.Rect(0, 0, rect.width - int(20 * self.app.settings.scale), -1)
        box = listed.reuse.widget(
            ("text", text, at.width),
            at.topleft,
            partial(text_box, self.manager, listed.scroll, at, text, "@line", html=True),
        )
        listed.reuse.done()
        fit(listed.scroll, at.width, int(box.rect.height))

    def drop_list(self, name: str) -> None:
        gone = self.lists.pop(name, None)
        if gone is not None:
            gone.reuse.forget()
            gone.scroll.kill()
            self.elements = [e for e in self.elements if e not in gone.frame]

    def results_progress(self) -> float:
        duration = DURATION[self.app.settings.animation]
        return 1.0 if duration == 0 else (self.clock - self.results_since) / duration

    def animate(self) -> None:
        """Fill the tally bars in, and chambers' seats as members come and go, frame by
        frame."""
        palette = DOCTRINE_COLOURS[self.app.settings.palette]
        for drawn in self.moving:
            done = self.change_progress(drawn.change)
            if drawn.image.alive() and done <= 1.2:
                appear = changing(drawn.chamber, drawn.change, done)
                drawn.image.set_image(
                    chamber_surface(drawn.chamber, drawn.image.rect.width, palette, appear=appear)
                )
        progress = self.results_progress()
        if not self.bars or progress > 1.2:
            return
        colours = self.vote_colours()
        for seats, bar, result in self.bars:
            if seats.alive():
                seats.set_image(vote_chamber(result, seats.rect.width, progress, colours))
            if bar.alive():
                bar.set_image(tally_bar(result, bar.rect.width, bar.rect.height, progress, colours))

    def vote_colours(self) -> dict[str, str]:
        """Doctrines' and ballots' colours in the chosen palette."""
        palette = self.app.settings.palette
        return {**DOCTRINE_COLOURS[palette], **VOTE_COLOURS[palette]}

    def advice(self, view: GameState) -> dict[str, Option]:
        """What the seat's moves are worth to it; empty until the advisor has worked it
        out (the panel is laid out again then)."""
        if not self.actions:
            return {}
        key = (
            self.seat,
            view.round,
            view.phase,
            len(view.motions),
            len(view.offers),
            len(self.actions),
        )
        found = self.advisor.advice(self.seat, view, key)
        self.advice_pending = found is None
        return found or {}

    # ------------------------------------------------------------ input

    def handle(self, event: pygame.event.Event) -> None:
        super().handle(event)
        entries = self.panel.entries if hasattr(self, "panel") else {}
        if event.type == pygame_gui.UI_TEXT_ENTRY_CHANGED:
            for key, line in entries.items():
                if event.ui_element is line:
                    self.picks[key] = line.get_text()
        typing = any(line.is_focused for line in entries.values())
        if event.type == pygame.KEYDOWN and not typing:
            if event.key == pygame.K_ESCAPE:
                self.open_menu()
            elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and self.coach_step():
                self.pressed(self.coach_ok)
            elif (
                event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)
                and self.records[self.seat].results
            ):
                self.pressed(self.results_ok)
            elif event.key == pygame.K_g:
                self.app.overlay(GlossaryScene(self.app, overlay=True))
            elif event.key == pygame.K_p:
                passing = next((a for a in self.actions if isinstance(a, Pass)), None)
                if passing is not None:
                    self.submit(passing)

    def pressed(self, element: object) -> None:
        if element is None:  # a key for a card that is not on show
            return
        if element is getattr(self, "menu_button", None):
            self.open_menu()
        elif element is self.results_ok:
            self.records[self.seat].results = []
            self.dirty = True
        elif element is self.review_ok:
            self.records[self.seat].review = None
            self.dirty = True
        elif element is self.coach_ok and self.coach is not None:
            self.coach.dismiss(self.view.phase.value)
            self.dirty = True
        elif hasattr(self, "panel") and element in self.panel.moves:
            action = self.panel.moves[element]
            name = " ".join(self.picks.get(FOUND_NAME, "").split())
            if isinstance(action, Found) and name:
                action = replace(action, name=name)
            self.submit(action)
        elif hasattr(self, "panel") and element in self.panel.steps:
            key, option = self.panel.steps[element]
            self.picks[key] = option
            self.dirty = True

    @property
    def quick(self) -> dict[UIButton, Action]:
        """The buttons of the moves on show, and the move each makes."""
        return self.panel.moves if hasattr(self, "panel") else {}

    def submit(self, action: Action) -> None:
        self.controller.submit(self.seat, action)
        self.actions = []

    def open_menu(self) -> None:
        self.app.overlay(PauseScene(self.app, self))

    def closing(self) -> None:
        try:
            self.controller.save(paths.autosave())
        except OSError as error:
            # The window is going: say it where it can still be read.
            print(f"The game could not be autosaved on closing: {error}", file=sys.stderr)
        finally:
            self.controller.close()
