"""What the seat may do, phase by phase, built from its legal moves: offers in and out in
diplomacy, a motion built from menus with its expected support in the agenda, ballots,
opt-outs, and membership with what each choice is worth to the seat. The worth comes from
the heuristic AI's judgement of the seat's own view (the same terms an AI power explains
itself by), so it reveals nothing the seat could not see."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame
from pygame_gui.core.interfaces import IContainerLikeInterface
from pygame_gui.elements import UIButton, UITextEntryLine

from game.ai.baseline import expected_tally
from game.ai.heuristic import Option
from game.engine import (
    NAME_MAX,
    Action,
    Answer,
    Cast,
    Found,
    GameState,
    Join,
    Offer,
    OfferStatus,
    OptOut,
    Pass,
    Phase,
    Table,
    Threaten,
    Withdraw,
)
from game.text.amounts import stake_words
from game.text.motions import ballot_advice, motion_text, motion_title, tally_words
from game.text.names import body_name, nation_name, tabled_from, weighted

from ..moves import move_text, term_text
from ..text import clean
from ..widgets import button, label, text_box

if TYPE_CHECKING:
    from ..app import App


FOUND_NAME = "found-name"  # the entry for a new body's name, and its key in the picks


def worth(option: Option | None) -> str:
    """What the seat's advisers make of a move, and the reasons that weigh most."""
    if option is None or not option.terms:
        return ""
    stake = stake_words(option.value) or "changes little for you"
    ranked = sorted(option.terms, key=lambda t: -abs(t[1]))
    gains = [name for name, v in ranked if v > 0][:2]
    costs = [name for name, v in ranked if v < 0][:2]
    reasons = "; ".join(
        f"{side}: {', '.join(names)}"
        for side, names in (("for", gains), ("against", costs))
        if names
    )
    return f"Your advisers: it {stake} ({reasons})."


@dataclass
class Panel:
    """The widgets of the action panel, and the move each button stands for."""

    app: App
    container: IContainerLikeInterface
    inner_width: int
    view: GameState
    seat: str
    legal: list[Action]
    advice: dict[str, Option]
    reasons: dict[str, str]  # an AI power's sentence for its offer, by the offer's text
    picks: dict[str, str]  # what the drop-downs show, kept across rebuilds
    moves: dict[UIButton, Action] = field(default_factory=dict)
    steps: dict[UIButton, tuple[str, str]] = field(default_factory=dict)  # < and >: pick
    entries: dict[str, UITextEntryLine] = field(default_factory=dict)  # typed: kept in picks
    y: int = 0

    @property
    def width(self) -> int:
        return self.inner_width - 12

    def text(
        self, text: str, style: str = "@small", lines: int = 1, tip: str | None = None
    ) -> None:
        height = self.app.line("small" if style == "@small" else "body") * lines
        if lines == 1:  # (a text too long for one line wraps, and takes the room it needs)
            line = label(
                self.app.manager,
                self.container,
                pygame.Rect(6, self.y, self.width, height),
                text,
                style,
                tip=tip,
            )
            height = max(height, int(line.rect.height))
        else:  # as tall as its text: a box with a scroll bar of its own costs a frame
            box = text_box(
                self.app.manager,
                self.container,
                pygame.Rect(2, self.y, self.width + 4, -1),
                text,
                style,
            )
            height = int(box.rect.height)
        self.y += height

    def button(
        self,
        text: str,
        name: str,
        action: Action,
        tip: str | None = None,
        x: int = 6,
        width: int | None = None,
        primary: bool = False,
    ) -> None:
        h = self.app.line() + 6
        b = button(
            self.app.manager,
            self.container,
            pygame.Rect(x, self.y, width or self.width, h),
            text,
            name,
            tip,
            "@primary" if primary else None,
        )
        self.moves[b] = action

    def row(self) -> None:
        self.y += self.app.line() + 12

    def entry(self, key: str, placeholder: str, limit: int) -> None:
        """A line to type in (what is typed is kept in `picks` across rebuilds)."""
        h = self.app.line() + 10
        line = UITextEntryLine(
            pygame.Rect(6, self.y, self.width, h),
            manager=self.app.manager,
            container=self.container,
            placeholder_text=placeholder,
            object_id=f"#{key}",
        )
        line.set_text_length_limit(limit)
        line.set_text(self.picks.get(key, ""))
        self.entries[key] = line
        self.y += h + 6

    def menu(self, key: str, options: list[str]) -> str:
        """A choice among options, stepped through with < and > (a drop-down list of forty
        drafts takes a frame and more to build, every time the panel is laid out); the
        one picked, kept across rebuilds."""
        chosen = self.picks.get(key)
        if chosen not in options:
            chosen = options[0]
            self.picks[key] = chosen
        index = options.index(chosen)
        h = self.app.line() + 6
        side = h + 4
        for step, text, x in ((-1, "<", 6), (1, ">", self.width - side + 6)):
            b = button(
                self.app.manager,
                self.container,
                pygame.Rect(x, self.y, side, h),
                text,
                f"pick-{key}-{'prev' if step < 0 else 'next'}",
                f"{'Previous' if step < 0 else 'Next'} of {len(options)} choices",
            )
            self.steps[b] = (key, options[(index + step) % len(options)])
            if len(options) == 1:
                b.disable()
        count = f" ({index + 1} of {len(options)})" if len(options) > 1 else ""
        box = text_box(
            self.app.manager,
            self.container,
            pygame.Rect(6 + side, self.y, self.width - 2 * side, -1),
            f"{clean(chosen)}{count}",
            "@choice",
        )
        self.y += max(h, int(box.rect.height)) + 6
        return chosen


def _by_text(view: GameState, actions: Sequence[Action]) -> dict[str, Action]:
    return {clean(move_text(view, a)): a for a in actions}


def build_panel(panel: Panel) -> None:
    """The moves of the phase, then the way to end one's part in it."""
    builders: dict[Phase, Callable[[Panel], None]] = {
        Phase.diplomacy: diplomacy,
        Phase.agenda: agenda,
        Phase.vote: ballots,
        Phase.opt_out: opt_outs,
        Phase.membership: membership,
    }
    builder = builders.get(panel.view.phase)
    if builder is not None:
        builder(panel)
    passing = next((a for a in panel.legal if isinstance(a, Pass)), None)
    if passing is not None:
        done = {
            Phase.diplomacy: "Done with diplomacy (P)",
            Phase.agenda: "Table nothing (P)",
            Phase.vote: "Done voting (P)",
            Phase.opt_out: "Keep every decision (P)",
            Phase.membership: "Stay as I am (P)",
        }.get(panel.view.phase, "Pass (P)")
        panel.button(done, "pass", passing, "End your part in this phase")
        panel.row()


def diplomacy(panel: Panel) -> None:
    view, seat = panel.view, panel.seat
    answers = [a for a in panel.legal if isinstance(a, Answer)]
    incoming = [o for o in view.offers if o.receiver == seat and o.status is OfferStatus.open]
    if incoming:
        panel.text("Offers to you", "@heading")
    for offer in incoming:
        sender = nation_name(view, offer.sender)
        gives = term_text(view, offer.give, False).replace("their ", "")
        asks = f", asking {term_text(view, offer.ask, True)}" if offer.ask else ""
        panel.text(f"{sender} offers {gives}{asks}", "@body", tip=f"Offer o{offer.id}")
        reason = panel.reasons.get(f"o{offer.id}")
        if reason:
            panel.text(f"Why, in its words: {reason}", lines=3)
        accept = next((a for a in answers if a.offer == offer.id and a.accept), None)
        reject = next((a for a in answers if a.offer == offer.id and not a.accept), None)
        half = panel.width // 2 - 4
        if accept is not None:
            panel.button(
                "Accept",
                f"accept-o{offer.id}",
                accept,
                worth(panel.advice.get(str(accept))) or "Accept the offer",
                width=half,
            )
        if reject is not None:
            panel.button(
                "Reject",
                f"reject-o{offer.id}",
                reject,
                "Turn the offer down",
                x=half + 14,
                width=half,
            )
        panel.row()
    sent = [o for o in view.offers if o.sender == seat and o.round == view.round]
    if sent:
        panel.text("Your offers this year", "@heading")
    for offer in sent:
        to = nation_name(view, offer.receiver)
        asks = f" for {term_text(view, offer.ask, False)}" if offer.ask else ""
        status = {"open": "waiting for an answer"}.get(offer.status.value, offer.status.value)
        panel.text(f"To {to}: {term_text(view, offer.give, True)}{asks} ({status})", lines=2)
    offers = [a for a in panel.legal if isinstance(a, Offer)]
    if not offers:
        return
    panel.text("Make an offer", "@heading")
    partners = sorted({nation_name(view, a.to) for a in offers})
    partner = panel.menu("to", partners)
    mine = [a for a in offers if nation_name(view, a.to) == partner]
    texts = _by_text(view, mine)
    pick = panel.menu("offer", list(texts))
    panel.text(worth(panel.advice.get(str(texts[pick]))) or "Offers are private to the two of you.")
    panel.button(
        "Send the offer", "send", texts[pick], "Send it; they answer in this phase", primary=True
    )
    panel.row()


def agenda(panel: Panel) -> None:
    view = panel.view
    tables = [a for a in panel.legal if isinstance(a, Table)]
    if tables:
        panel.text("Table a motion", "@heading")
        bodies = sorted({body_name(view, a.body) for a in tables})
        where = panel.menu("body", bodies)
        here = [a for a in tables if body_name(view, a.body) == where]
        # The drafts the seat would gain most from first, as the model judges its view.
        here.sort(key=lambda a: -(panel.advice[str(a)].value if str(a) in panel.advice else -99))
        drafts = {clean(motion_text(a.motion, view, a.body)): a for a in here}
        pick = panel.menu("motion", list(drafts))
        action = drafts[pick]
        passes, tally, vetoers = expected_tally(view, action.body, action.motion)
        forecast = (
            f"Expected support: {tally_words(tally, weighted(view, action.body))}: "
            + ("it would pass." if passes else "it would fail")
            + (
                f", vetoed by {', '.join(nation_name(view, v) for v in vetoers)}."
                if vetoers
                else ("." if not passes else "")
            )
        )
        panel.text(forecast, lines=2)
        value = worth(panel.advice.get(str(action)))
        if value:
            panel.text(value, lines=2)
        panel.button(
            "Table it", "table", action, "Put the motion to this round's vote", primary=True
        )
        panel.row()
    others = [a for a in panel.legal if isinstance(a, Threaten | Found)]
    if others:
        panel.text("Or use voice, or build an alternative", "@heading")
        texts = _by_text(view, others)
        pick = panel.menu("other", list(texts))
        if isinstance(texts[pick], Found):
            panel.entry(FOUND_NAME, "Name the new body (or leave it to the scenario)", NAME_MAX)
        value = worth(panel.advice.get(str(texts[pick])))
        if value:
            panel.text(value, lines=2)
        panel.button("Do it", "other", texts[pick], "Make this move instead of a motion")
        panel.row()


def ballots(panel: Panel) -> None:
    view, seat = panel.view, panel.seat
    casts = [a for a in panel.legal if isinstance(a, Cast)]
    third = panel.width // 3
    for motion_id in sorted({c.motion for c in casts}):
        motion = view.motion(motion_id)
        vetoes = seat in view.body(motion.body).vetoes
        what = motion_text(motion.spec, view, motion.body)
        panel.text(
            f"{motion_title(view, motion_id)} in {body_name(view, motion.body)}",
            "@body",
            lines=2,
            tip=what,
        )
        panel.text(what, lines=2)
        best = max(
            (
                panel.advice[str(c)]
                for c in casts
                if c.motion == motion_id and str(c) in panel.advice
            ),
            key=lambda o: o.value,
            default=None,
        )
        if best is not None and isinstance(best.action, Cast):
            panel.text(ballot_advice(best.action.vote, best.value), lines=2)
        for i, vote in enumerate(("yes", "no", "abstain")):
            cast = next((c for c in casts if c.motion == motion_id and c.vote == vote), None)
            if cast is None:
                continue
            text = "no (veto)" if vote == "no" and vetoes else vote
            tip = (
                "Your no is a veto: it stops the motion whatever the others vote"
                if text == "no (veto)"
                else f"Vote {vote}; ballots stay sealed until all have voted"
            )
            panel.button(
                text, f"vote-m{motion_id}-{vote}", cast, tip, x=6 + i * third, width=third - 8
            )
        panel.row()


def opt_outs(panel: Panel) -> None:
    view = panel.view
    for action in (a for a in panel.legal if isinstance(a, OptOut)):
        motion = view.motion(action.motion)
        panel.text(
            f"Adopted in {body_name(view, motion.body)}: "
            f"{motion_text(motion.spec, view, motion.body, tabled_from(view, motion.id))}",
            lines=2,
        )
        cost = -view.params.legitimacy.opt_out
        panel.text(
            worth(panel.advice.get(str(action)))
            or f"Opting out spares you a share of its cost, and costs {cost:g} legitimacy.",
            lines=2,
        )
        panel.button("Opt out of it", f"optout-m{action.motion}", action)
        panel.row()


def membership(panel: Panel) -> None:
    view = panel.view
    moves = [a for a in panel.legal if isinstance(a, Withdraw | Join)]
    if moves:
        panel.text("Leave or join (the price is shown)", "@heading")
    for action in moves:
        name = "leave" if isinstance(action, Withdraw) else "join"
        price = worth(panel.advice.get(str(action)))
        if isinstance(action, Withdraw):
            body = view.body(action.body)
            cost = -view.params.legitimacy.exit
            price = price or (
                f"Leaving loses {body.linkage:.0%} of its privileges (linkage) and "
                f"{cost:.2f} legitimacy."
            )
        if price:
            panel.text(price, lines=2)
        panel.button(clean(move_text(view, action)), f"{name}-{action.body}", action)
        panel.row()
