"""What the seat may do, phase by phase, built from its legal moves: offers in and out in
diplomacy, a motion built from menus with its expected support in the agenda, ballots,
opt-outs, and membership with what each choice is worth to the seat. The worth comes from
the heuristic AI's judgement of the seat's own view (the same terms an AI power explains
itself by), so it reveals nothing the seat could not see."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
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
from game.text.language import N_, Language
from game.text.motions import ballot_advice, motion_text, motion_title, tally_words
from game.text.names import Names, body_name, nation_name, series, tabled_from, weighted
from game.text.reasons import phrase_text

from ..moves import move_text, offered_text, term_text
from ..text import clean
from ..widgets import Reuse, button, label, text_box

if TYPE_CHECKING:
    from ..app import App


FOUND_NAME = "found-name"  # the entry for a new body's name, and its key in the picks

# How the seat ends its part in a phase, by the phase.
DONE = {
    Phase.diplomacy: N_("Done with diplomacy (P)"),
    Phase.agenda: N_("Table nothing (P)"),
    Phase.vote: N_("Done voting (P)"),
    Phase.opt_out: N_("Keep every decision (P)"),
    Phase.membership: N_("Stay as I am (P)"),
}
PASS = N_("Pass (P)")
# An offer the seat sent, where it stands, by its status (OfferStatus).
OFFER_STATUS = {
    "open": N_("waiting for an answer"),
    "accepted": N_("accepted"),
    "rejected": N_("rejected"),
    "lapsed": N_("lapsed"),
}
# A ballot's button and its tip, by the vote.
VOTE_BUTTONS = {"yes": N_("yes"), "no": N_("no"), "abstain": N_("abstain")}
VETO_BUTTON = N_("no (veto)")
VOTE_TIPS = {
    "yes": N_("Vote yes; ballots stay sealed until all have voted"),
    "no": N_("Vote no; ballots stay sealed until all have voted"),
    "abstain": N_("Vote abstain; ballots stay sealed until all have voted"),
}
VETO_TIP = N_("Your no is a veto: it stops the motion whatever the others vote")


def worth(option: Option | None, names: Names, lang: Language) -> str:
    """What the seat's advisers make of a move, and the reasons that weigh most. (The
    reasons are the AI's terms, in words.)"""
    if option is None or not option.terms:
        return ""
    stake = stake_words(option.value, lang=lang) or lang.text(N_("changes little for you"))
    ranked = sorted(option.terms, key=lambda t: -abs(t[1]))
    gains = [phrase_text(term, names, lang) for term, v in ranked if v > 0][:2]
    costs = [phrase_text(term, names, lang) for term, v in ranked if v < 0][:2]
    sides = []
    if gains:
        sides.append(lang.text(N_("for: {reasons}"), reasons=series(gains, lang=lang)))
    if costs:
        sides.append(lang.text(N_("against: {reasons}"), reasons=series(costs, lang=lang)))
    reasons = sides[0] if len(sides) == 1 else ""
    if len(sides) == 2:
        reasons = lang.text(N_("{items}; {item}"), items=sides[0], item=sides[1])
    return lang.text(N_("Your advisers: it {stake} ({reasons})."), stake=stake, reasons=reasons)


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
    reuse: Reuse  # the widgets of the last layout, taken back where they show the same
    moves: dict[UIButton, Action] = field(default_factory=dict)
    steps: dict[UIButton, tuple[str, str]] = field(default_factory=dict)  # < and >: pick
    entries: dict[str, UITextEntryLine] = field(default_factory=dict)  # typed: kept in picks
    y: int = 0

    @property
    def width(self) -> int:
        return self.inner_width - 12

    @property
    def lang(self) -> Language:
        return self.app.lang

    def worth(self, action: Action) -> str:
        """What the seat's advisers make of this move ('' until they have worked it out)."""
        return worth(self.advice.get(str(action)), self.view, self.lang)

    def text(
        self, text: str, style: str = "@small", lines: int = 1, tip: str | None = None
    ) -> None:
        height = self.app.line("small" if style == "@small" else "body") * lines
        manager, container = self.app.manager, self.container
        if lines == 1:  # (a text too long for one line wraps, and takes the room it needs)
            rect = pygame.Rect(6, self.y, self.width, height)
            line = self.reuse.widget(
                ("label", text, style, tip, self.width),
                rect.topleft,
                lambda: label(manager, container, rect, text, style, tip=tip),
            )
            height = max(height, int(line.rect.height))
        else:  # as tall as its text: a box with a scroll bar of its own costs a frame
            rect = pygame.Rect(2, self.y, self.width + 4, -1)
            box = self.reuse.widget(
                ("box", text, style, tip, self.width),
                rect.topleft,
                lambda: text_box(manager, container, rect, text, style),
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
        rect = pygame.Rect(x, self.y, width or self.width, self.app.line() + 6)
        style = "@primary" if primary else None
        manager, container = self.app.manager, self.container
        b = self.reuse.widget(
            ("button", text, name, tip, style, rect.size),
            rect.topleft,
            lambda: button(manager, container, rect, text, name, tip, style),
        )
        self.moves[b] = action

    def row(self) -> None:
        self.y += self.app.line() + 12

    def entry(self, key: str, placeholder: str, limit: int) -> None:
        """A line to type in (what is typed is kept in `picks` across rebuilds)."""
        rect = pygame.Rect(6, self.y, self.width, self.app.line() + 10)

        def make() -> UITextEntryLine:
            made = UITextEntryLine(
                rect,
                manager=self.app.manager,
                container=self.container,
                placeholder_text=placeholder,
                object_id=f"#{key}",
            )
            made.set_text_length_limit(limit)
            made.set_text(self.picks.get(key, ""))
            return made

        # (one taken back keeps what is typed in it, and the keyboard's focus)
        self.entries[key] = self.reuse.widget(
            ("entry", key, placeholder, rect.size), rect.topleft, make
        )
        self.y += rect.height + 6

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
        lang = self.lang
        tips = (
            lang.plural(
                N_("Previous of {count} choice"), N_("Previous of {count} choices"), len(options)
            ),
            lang.plural(N_("Next of {count} choice"), N_("Next of {count} choices"), len(options)),
        )
        manager, container = self.app.manager, self.container
        for step, text, x, tip in ((-1, "<", 6, tips[0]), (1, ">", self.width - side + 6, tips[1])):
            rect = pygame.Rect(x, self.y, side, h)
            name = f"pick-{key}-{'prev' if step < 0 else 'next'}"
            b = self.reuse.widget(
                ("step", name, tip, rect.size, len(options) == 1),
                rect.topleft,
                partial(button, manager, container, rect, text, name, tip),
            )
            self.steps[b] = (key, options[(index + step) % len(options)])
            if len(options) == 1:
                b.disable()
        shown = clean(chosen)
        if len(options) > 1:
            shown = lang.text(
                N_("{choice} ({number} of {count})"),
                choice=shown,
                number=lang.number(index + 1, 0),
                count=lang.number(len(options), 0),
            )
        rect = pygame.Rect(6 + side, self.y, self.width - 2 * side, -1)
        box = self.reuse.widget(
            ("choice", shown, rect.width),
            rect.topleft,
            lambda: text_box(manager, container, rect, shown, "@choice"),
        )
        self.y += max(h, int(box.rect.height)) + 6
        return chosen


def _by_text(view: GameState, actions: Sequence[Action], lang: Language) -> dict[str, Action]:
    return {clean(move_text(view, a, lang)): a for a in actions}


def build_panel(panel: Panel) -> Iterator[None]:
    """The moves of the phase, then the way to end one's part in it: a step at a time
    (an offer, a motion, a ballot), so that a new phase's moves can be laid out over a
    few frames rather than in one long one."""
    builders: dict[Phase, Callable[[Panel], Iterator[None]]] = {
        Phase.diplomacy: diplomacy,
        Phase.agenda: agenda,
        Phase.vote: ballots,
        Phase.opt_out: opt_outs,
        Phase.membership: membership,
    }
    builder = builders.get(panel.view.phase)
    if builder is not None:
        yield from builder(panel)
    passing = next((a for a in panel.legal if isinstance(a, Pass)), None)
    if passing is not None:
        lang = panel.lang
        done = lang.text(DONE.get(panel.view.phase, PASS))
        panel.button(done, "pass", passing, lang.text(N_("End your part in this phase")))
        panel.row()


def diplomacy(panel: Panel) -> Iterator[None]:
    view, seat, lang = panel.view, panel.seat, panel.lang
    answers = [a for a in panel.legal if isinstance(a, Answer)]
    incoming = [o for o in view.offers if o.receiver == seat and o.status is OfferStatus.open]
    if incoming:
        panel.text(lang.text(N_("Offers to you")), "@heading")
    for offer in incoming:
        sender = nation_name(view, offer.sender, lang=lang)
        gives = offered_text(view, offer.give, lang)
        if offer.ask:
            said = lang.text(
                N_("{nation} offers {gives}, asking {asks}"),
                nation=sender,
                gives=gives,
                asks=term_text(view, offer.ask, True, lang),
            )
        else:
            said = lang.text(N_("{nation} offers {gives}"), nation=sender, gives=gives)
        panel.text(said, "@body")
        reason = panel.reasons.get(f"o{offer.id}")
        if reason:
            panel.text(lang.text(N_("Why, in its words: {reason}"), reason=reason), lines=3)
        accept = next((a for a in answers if a.offer == offer.id and a.accept), None)
        reject = next((a for a in answers if a.offer == offer.id and not a.accept), None)
        half = panel.width // 2 - 4
        if accept is not None:
            panel.button(
                lang.text(N_("Accept")),
                f"accept-o{offer.id}",
                accept,
                panel.worth(accept) or lang.text(N_("Accept the offer")),
                width=half,
            )
        if reject is not None:
            panel.button(
                lang.text(N_("Reject")),
                f"reject-o{offer.id}",
                reject,
                lang.text(N_("Turn the offer down")),
                x=half + 14,
                width=half,
            )
        panel.row()
        yield
    sent = [o for o in view.offers if o.sender == seat and o.round == view.round]
    if sent:
        panel.text(lang.text(N_("Your offers this year")), "@heading")
    for offer in sent:
        to = nation_name(view, offer.receiver, lang=lang)
        code = offer.status.value
        status = lang.text(OFFER_STATUS[code]) if code in OFFER_STATUS else code
        give = term_text(view, offer.give, True, lang)
        if offer.ask:
            said = lang.text(
                N_("To {nation}: {give} for {ask} ({status})"),
                nation=to,
                give=give,
                ask=term_text(view, offer.ask, False, lang),
                status=status,
            )
        else:
            said = lang.text(
                N_("To {nation}: {give} ({status})"), nation=to, give=give, status=status
            )
        panel.text(said, lines=2)
        yield
    offers = [a for a in panel.legal if isinstance(a, Offer)]
    if not offers:
        return
    panel.text(lang.text(N_("Make an offer")), "@heading")
    partners = sorted({nation_name(view, a.to, lang=lang) for a in offers})
    partner = panel.menu("to", partners)
    mine = [a for a in offers if nation_name(view, a.to, lang=lang) == partner]
    texts = _by_text(view, mine, lang)
    pick = panel.menu("offer", list(texts))
    panel.text(panel.worth(texts[pick]) or lang.text(N_("Offers are private to the two of you.")))
    panel.button(
        lang.text(N_("Send the offer")),
        "send",
        texts[pick],
        lang.text(N_("Send it; they answer in this phase")),
        primary=True,
    )
    panel.row()
    yield


def agenda(panel: Panel) -> Iterator[None]:
    view, lang = panel.view, panel.lang
    tables = [a for a in panel.legal if isinstance(a, Table)]
    if tables:
        panel.text(lang.text(N_("Table a motion")), "@heading")
        bodies = sorted({body_name(view, a.body, lang=lang) for a in tables})
        where = panel.menu("body", bodies)
        here = [a for a in tables if body_name(view, a.body, lang=lang) == where]
        # The drafts the seat would gain most from first, as the model judges its view.
        here.sort(key=lambda a: -(panel.advice[str(a)].value if str(a) in panel.advice else -99))
        drafts = {clean(motion_text(a.motion, view, a.body, lang=lang)): a for a in here}
        pick = panel.menu("motion", list(drafts))
        action = drafts[pick]
        passes, tally, vetoers = expected_tally(view, action.body, action.motion)
        support = tally_words(tally, weighted(view, action.body), lang=lang)
        if passes:  # (a motion that would pass has no veto against it)
            forecast = lang.text(N_("Expected support: {tally}: it would pass."), tally=support)
        elif not tally[0] and not tally[1]:  # a change too small for anyone to vote on
            forecast = lang.text(
                N_(
                    "Expected support: none, every member abstaining with too little at "
                    "stake: it would fail."
                )
            )
        elif vetoers:
            forecast = lang.text(
                N_("Expected support: {tally}: it would fail, vetoed by {nations}."),
                tally=support,
                nations=series([nation_name(view, v, lang=lang) for v in vetoers], lang=lang),
            )
        else:
            forecast = lang.text(N_("Expected support: {tally}: it would fail."), tally=support)
        panel.text(forecast, lines=2)
        value = panel.worth(action)
        if value:
            panel.text(value, lines=2)
        panel.button(
            lang.text(N_("Table it")),
            "table",
            action,
            lang.text(N_("Put the motion to this round's vote")),
            primary=True,
        )
        panel.row()
        yield
    others = [a for a in panel.legal if isinstance(a, Threaten | Found)]
    if others:
        panel.text(lang.text(N_("Or use voice, or build an alternative")), "@heading")
        texts = _by_text(view, others, lang)
        pick = panel.menu("other", list(texts))
        if isinstance(texts[pick], Found):
            panel.entry(
                FOUND_NAME,
                lang.text(N_("Name the new body (or leave it to the scenario)")),
                NAME_MAX,
            )
        value = panel.worth(texts[pick])
        if value:
            panel.text(value, lines=2)
        panel.button(
            lang.text(N_("Do it")),
            "other",
            texts[pick],
            lang.text(N_("Make this move instead of a motion")),
        )
        panel.row()
        yield


def ballots(panel: Panel) -> Iterator[None]:
    view, seat, lang = panel.view, panel.seat, panel.lang
    casts = [a for a in panel.legal if isinstance(a, Cast)]
    third = panel.width // 3
    for motion_id in sorted({c.motion for c in casts}):
        motion = view.motion(motion_id)
        vetoes = seat in view.body(motion.body).vetoes
        what = motion_text(motion.spec, view, motion.body, lang=lang)
        panel.text(
            lang.text(
                N_("{motion} in {body}"),
                motion=motion_title(view, motion_id, lang=lang),
                body=body_name(view, motion.body, lang=lang),
            ),
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
            panel.text(ballot_advice(best.action.vote, best.value, lang=lang), lines=2)
        for i, vote in enumerate(("yes", "no", "abstain")):
            cast = next((c for c in casts if c.motion == motion_id and c.vote == vote), None)
            if cast is None:
                continue
            veto = vote == "no" and vetoes
            text = lang.text(VETO_BUTTON if veto else VOTE_BUTTONS[vote])
            tip = lang.text(VETO_TIP if veto else VOTE_TIPS[vote])
            panel.button(
                text, f"vote-m{motion_id}-{vote}", cast, tip, x=6 + i * third, width=third - 8
            )
        panel.row()
        yield


def opt_outs(panel: Panel) -> Iterator[None]:
    view, lang = panel.view, panel.lang
    for action in (a for a in panel.legal if isinstance(a, OptOut)):
        motion = view.motion(action.motion)
        before = tabled_from(view, motion.id)
        panel.text(
            lang.text(
                N_("Adopted in {body}: {motion}"),
                body=body_name(view, motion.body, lang=lang),
                motion=motion_text(motion.spec, view, motion.body, before, lang=lang),
            ),
            lines=2,
        )
        cost = -view.params.legitimacy.opt_out
        panel.text(
            panel.worth(action)
            or lang.text(
                N_(
                    "Opting out spares you a share of its cost, and costs {cost} of your "
                    "legitimacy (0 to 1)."
                ),
                cost=lang.figure(cost),
            ),
            lines=2,
        )
        panel.button(lang.text(N_("Opt out of it")), f"optout-m{action.motion}", action)
        panel.row()
        yield


def membership(panel: Panel) -> Iterator[None]:
    view, lang = panel.view, panel.lang
    moves = [a for a in panel.legal if isinstance(a, Withdraw | Join)]
    if moves:
        panel.text(lang.text(N_("Leave or join (the price is shown)")), "@heading")
    for action in moves:
        name = "leave" if isinstance(action, Withdraw) else "join"
        price = panel.worth(action)
        if isinstance(action, Withdraw):
            body = view.body(action.body)
            cost = -view.params.legitimacy.exit
            price = price or lang.text(
                N_(
                    "Leaving loses {share} of its privileges (linkage) and costs {cost} of "
                    "your legitimacy (0 to 1)."
                ),
                share=lang.percent(body.linkage),
                cost=lang.number(cost, 2),
            )
        if price:
            panel.text(price, lines=2)
        panel.button(clean(move_text(view, action, lang)), f"{name}-{action.body}", action)
        panel.row()
        yield
