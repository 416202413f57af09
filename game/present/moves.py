"""What the seat may do now, phase by phase, as a tree of plain items built from its legal
moves: offers in and out in diplomacy, a motion chosen from menus with its expected
support in the agenda, ballots with the veto marked, opt-outs, and membership with what
each choice costs. The window and the browser's client lay the same tree out.

The tree is a list of steps (an offer, a motion, a ballot), each a few items: words to
read (`Words`), a move's button (`Move`, several on a `Row`), a menu whose choice decides
the items under it (`Menu`), a line to type in (`Entry`). What a move is worth comes from
the heuristic AI's judgement of the seat's own view (`advice`, the same terms an AI power
explains itself by), so it reveals nothing the seat could not see."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

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

from .move_words import move_text, offered_text, term_text

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


@dataclass(frozen=True)
class Words:
    """Words to read: `style` heading, body or small; `lines` the room a window gives
    them before they wrap (a long text takes what it needs)."""

    text: str
    style: str = "small"
    lines: int = 1
    tip: str = ""


@dataclass(frozen=True)
class Move:
    """A move's button: `name` stays the same from one layout to the next (tests and
    keyboards find it by it)."""

    text: str
    name: str
    action: Action
    tip: str = ""
    primary: bool = False
    entry: str = ""  # the key of the line typed in that names what it founds, if any


@dataclass(frozen=True)
class Row:
    """Buttons side by side, sharing the width (a ballot's yes, no and abstain)."""

    moves: tuple[Move, ...]


@dataclass(frozen=True)
class Choice:
    """One of a menu's choices, and what shows under the menu when it is chosen."""

    text: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Menu:
    """A choice among several, kept by `key` across layouts; the first is chosen until
    the person picks another. `label` says what is chosen (a screen reader reads it)."""

    key: str
    label: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Entry:
    """A line to type in (a new body's name), kept by `key`."""

    key: str
    placeholder: str
    limit: int


@dataclass(frozen=True)
class Command:
    """One of the instructor's controls: a `control` message's command and its fields
    (docs/protocol.md), or one the front end keeps to itself ('codes' shows the seats'
    codes, 'view_as' a seat's private view)."""

    text: str
    command: str
    options: Mapping[str, object] = field(default_factory=dict)
    primary: bool = False
    enabled: bool = True


Item = Words | Move | Row | Menu | Entry | Command
Step = tuple[Item, ...]


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


@dataclass(frozen=True)
class Seat:
    """What the moves are built from: the seat's view and legal moves, what its advisers
    make of each (by the move's text; empty until worked out) and the reasons AI powers
    gave for their offers (by offer, 'o3'). `forecasts`: a motion's expected support in
    words, by the motion ('table wto policy 0.3 0'), kept by a caller that words many
    seats' moves: the forecast counts no private pledge, so it is every seat's."""

    view: GameState
    seat: str
    legal: Sequence[Action]
    advice: Mapping[str, Option]
    reasons: Mapping[str, str]
    lang: Language
    forecasts: dict[str, str] = field(default_factory=dict)

    def worth(self, action: Action) -> str:
        return worth(self.advice.get(str(action)), self.view, self.lang)

    def said(self, message: str, **values: object) -> str:
        return self.lang.text(message, **values)


def steps(seat: Seat) -> Iterator[Step]:
    """The moves of the phase, a step at a time, then the way to end one's part in it."""
    builders: dict[Phase, Callable[[Seat], Iterator[Step]]] = {
        Phase.diplomacy: diplomacy,
        Phase.agenda: agenda,
        Phase.vote: ballots,
        Phase.opt_out: opt_outs,
        Phase.membership: membership,
    }
    builder = builders.get(seat.view.phase)
    if builder is not None:
        yield from builder(seat)
    passing = next((a for a in seat.legal if isinstance(a, Pass)), None)
    if passing is not None:
        done = seat.said(DONE.get(seat.view.phase, PASS))
        yield (Move(done, "pass", passing, seat.said(N_("End your part in this phase"))),)


def _by_text(seat: Seat, actions: Sequence[Action]) -> dict[str, Action]:
    return {move_text(seat.view, a, seat.lang): a for a in actions}


def diplomacy(seat: Seat) -> Iterator[Step]:
    view, lang, said = seat.view, seat.lang, seat.said
    answers = [a for a in seat.legal if isinstance(a, Answer)]
    incoming = [o for o in view.offers if o.receiver == seat.seat and o.status is OfferStatus.open]
    for n, offer in enumerate(incoming):
        items: list[Item] = [Words(said(N_("Offers to you")), "heading")] if n == 0 else []
        sender = nation_name(view, offer.sender, lang=lang)
        gives = offered_text(view, offer.give, lang)
        if offer.ask:
            text = said(
                N_("{nation} offers {gives}, asking {asks}"),
                nation=sender,
                gives=gives,
                asks=term_text(view, offer.ask, True, lang),
            )
        else:
            text = said(N_("{nation} offers {gives}"), nation=sender, gives=gives)
        items.append(Words(text, "body"))
        reason = seat.reasons.get(f"o{offer.id}")
        if reason:
            items.append(Words(said(N_("Why, in its words: {reason}"), reason=reason), lines=3))
        accept = next((a for a in answers if a.offer == offer.id and a.accept), None)
        reject = next((a for a in answers if a.offer == offer.id and not a.accept), None)
        row = []
        if accept is not None:
            tip = seat.worth(accept) or said(N_("Accept the offer"))
            row.append(Move(said(N_("Accept")), f"accept-o{offer.id}", accept, tip))
        if reject is not None:
            tip = said(N_("Turn the offer down"))
            row.append(Move(said(N_("Reject")), f"reject-o{offer.id}", reject, tip))
        if row:
            items.append(Row(tuple(row)))
        yield tuple(items)
    sent = [o for o in view.offers if o.sender == seat.seat and o.round == view.round]
    for n, offer in enumerate(sent):
        to = nation_name(view, offer.receiver, lang=lang)
        code = offer.status.value
        status = said(OFFER_STATUS[code]) if code in OFFER_STATUS else code
        give = term_text(view, offer.give, True, lang)
        if offer.ask:
            text = said(
                N_("To {nation}: {give} for {ask} ({status})"),
                nation=to,
                give=give,
                ask=term_text(view, offer.ask, False, lang),
                status=status,
            )
        else:
            text = said(N_("To {nation}: {give} ({status})"), nation=to, give=give, status=status)
        head: Step = (Words(said(N_("Your offers this year")), "heading"),) if n == 0 else ()
        yield (*head, Words(text, lines=2))
    offers = [a for a in seat.legal if isinstance(a, Offer)]
    if not offers:
        return
    partners: dict[str, list[Action]] = {}
    for draft in offers:
        partners.setdefault(nation_name(view, draft.to, lang=lang), []).append(draft)
    choices = []
    for partner in sorted(partners):
        drafts = tuple(
            Choice(
                text,
                (
                    Words(seat.worth(action) or said(N_("Offers are private to the two of you."))),
                    Move(
                        said(N_("Send the offer")),
                        "send",
                        action,
                        said(N_("Send it; they answer in this phase")),
                        primary=True,
                    ),
                ),
            )
            for text, action in _by_text(seat, partners[partner]).items()
        )
        choices.append(Choice(partner, (Menu("offer", said(N_("The offer")), drafts),)))
    menu = Menu("to", said(N_("To whom")), tuple(choices))
    yield (Words(said(N_("Make an offer")), "heading"), menu)


def forecast(view: GameState, action: Table, lang: Language) -> str:
    """The motion's expected support in words, and whether it would pass."""
    passes, tally, vetoers = expected_tally(view, action.body, action.motion)
    support = tally_words(tally, weighted(view, action.body), lang=lang)
    if passes:  # (a motion that would pass has no veto against it)
        return lang.text(N_("Expected support: {tally}: it would pass."), tally=support)
    if not tally[0] and not tally[1]:  # a change too small for anyone to vote on
        return lang.text(
            N_(
                "Expected support: none, every member abstaining with too little at "
                "stake: it would fail."
            )
        )
    if vetoers:
        return lang.text(
            N_("Expected support: {tally}: it would fail, vetoed by {nations}."),
            tally=support,
            nations=series([nation_name(view, v, lang=lang) for v in vetoers], lang=lang),
        )
    return lang.text(N_("Expected support: {tally}: it would fail."), tally=support)


def agenda(seat: Seat) -> Iterator[Step]:
    view, lang, said = seat.view, seat.lang, seat.said
    tables = [a for a in seat.legal if isinstance(a, Table)]
    if tables:
        bodies: dict[str, list[Table]] = {}
        for action in tables:
            bodies.setdefault(body_name(view, action.body, lang=lang), []).append(action)
        choices = []
        for where in sorted(bodies):
            here = bodies[where]
            # The drafts the seat would gain most from first, as the model judges its view.
            here.sort(key=lambda a: -(seat.advice[str(a)].value if str(a) in seat.advice else -99))
            drafts: dict[str, Choice] = {}  # (two drafts worded alike: the better one)
            for action in here:
                value = seat.worth(action)
                motion = str(action).split(" ", 1)[1]
                if motion not in seat.forecasts:
                    seat.forecasts[motion] = forecast(view, action, lang)
                items: list[Item] = [Words(seat.forecasts[motion], lines=2)]
                if value:
                    items.append(Words(value, lines=2))
                items.append(
                    Move(
                        said(N_("Table it")),
                        "table",
                        action,
                        said(N_("Put the motion to this round's vote")),
                        primary=True,
                    )
                )
                text = motion_text(action.motion, view, action.body, lang=lang)
                drafts.setdefault(text, Choice(text, tuple(items)))
            motions = Menu("motion", said(N_("The motion")), tuple(drafts.values()))
            choices.append(Choice(where, (motions,)))
        menu = Menu("body", said(N_("In which body")), tuple(choices))
        yield (Words(said(N_("Table a motion")), "heading"), menu)
    others = [a for a in seat.legal if isinstance(a, Threaten | Found)]
    if others:
        options = []
        for text, other in _by_text(seat, others).items():
            items = []
            if isinstance(other, Found):
                placeholder = said(N_("Name the new body (or leave it to the scenario)"))
                items.append(Entry(FOUND_NAME, placeholder, NAME_MAX))
            value = seat.worth(other)
            if value:
                items.append(Words(value, lines=2))
            tip = said(N_("Make this move instead of a motion"))
            named = FOUND_NAME if isinstance(other, Found) else ""
            items.append(Move(said(N_("Do it")), "other", other, tip, entry=named))
            options.append(Choice(text, tuple(items)))
        heading = Words(said(N_("Or use voice, or build an alternative")), "heading")
        yield (heading, Menu("other", said(N_("The move")), tuple(options)))


def ballots(seat: Seat) -> Iterator[Step]:
    view, lang, said = seat.view, seat.lang, seat.said
    casts = [a for a in seat.legal if isinstance(a, Cast)]
    for motion_id in sorted({c.motion for c in casts}):
        motion = view.motion(motion_id)
        vetoes = seat.seat in view.body(motion.body).vetoes
        what = motion_text(motion.spec, view, motion.body, lang=lang)
        title = said(
            N_("{motion} in {body}"),
            motion=motion_title(view, motion_id, lang=lang),
            body=body_name(view, motion.body, lang=lang),
        )
        items: list[Item] = [Words(title, "body", 2, what), Words(what, lines=2)]
        mine = [c for c in casts if c.motion == motion_id]
        best = max(
            (seat.advice[str(c)] for c in mine if str(c) in seat.advice),
            key=lambda o: o.value,
            default=None,
        )
        if best is not None and isinstance(best.action, Cast):
            items.append(Words(ballot_advice(best.action.vote, best.value, lang=lang), lines=2))
        row = []
        for vote in ("yes", "no", "abstain"):
            cast = next((c for c in mine if c.vote == vote), None)
            if cast is None:
                continue
            veto = vote == "no" and vetoes
            text = said(VETO_BUTTON if veto else VOTE_BUTTONS[vote])
            tip = said(VETO_TIP if veto else VOTE_TIPS[vote])
            row.append(Move(text, f"vote-m{motion_id}-{vote}", cast, tip))
        items.append(Row(tuple(row)))
        yield tuple(items)


def opt_outs(seat: Seat) -> Iterator[Step]:
    view, lang, said = seat.view, seat.lang, seat.said
    for action in (a for a in seat.legal if isinstance(a, OptOut)):
        motion = view.motion(action.motion)
        before = tabled_from(view, motion.id)
        adopted = said(
            N_("Adopted in {body}: {motion}"),
            body=body_name(view, motion.body, lang=lang),
            motion=motion_text(motion.spec, view, motion.body, before, lang=lang),
        )
        cost = -view.params.legitimacy.opt_out
        price = seat.worth(action) or said(
            N_(
                "Opting out spares you a share of its cost, and costs {cost} of your "
                "legitimacy (0 to 1)."
            ),
            cost=lang.figure(cost),
        )
        yield (
            Words(adopted, lines=2),
            Words(price, lines=2),
            Move(said(N_("Opt out of it")), f"optout-m{action.motion}", action),
        )


def membership(seat: Seat) -> Iterator[Step]:
    view, lang, said = seat.view, seat.lang, seat.said
    moves = [a for a in seat.legal if isinstance(a, Withdraw | Join)]
    for n, action in enumerate(moves):
        items: list[Item] = []
        if n == 0:
            items.append(Words(said(N_("Leave or join (the price is shown)")), "heading"))
        name = "leave" if isinstance(action, Withdraw) else "join"
        price = seat.worth(action)
        if isinstance(action, Withdraw):
            body = view.body(action.body)
            cost = -view.params.legitimacy.exit
            price = price or said(
                N_(
                    "Leaving loses {share} of its privileges (linkage) and costs {cost} of "
                    "your legitimacy (0 to 1)."
                ),
                share=lang.percent(body.linkage),
                cost=lang.number(cost, 2),
            )
        if price:
            items.append(Words(price, lines=2))
        items.append(Move(move_text(view, action, lang), f"{name}-{action.body}", action))
        yield tuple(items)
