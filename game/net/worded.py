"""The seat's table worded for a browser: what the window shows, as words and plain data
(game/present), made on the server for each client that asks for it in its hello
(`worded`), in that client's language. The browser's client draws it as HTML and SVG
and never words anything itself: the window and the browser say the same things.

Such a client is sent a `table` in place of each `update`; it is whole (a client that
reconnects or misses one loses nothing by taking the next), but for the parts that are
as they were in the last one the client was sent, which it keeps (`TableText`). The
parts that do not change from one move to the next are kept on the server too (`Memo`):
a move by one team words every seat's table again."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from types import MappingProxyType
from typing import Annotated, Any, Literal, TypeVar, cast

from pydantic import Field, TypeAdapter

from game.ai.heuristic import Option as Judged
from game.debrief.model import Debrief
from game.engine import Action, BodyState, Event, GameState
from game.layout.chamber import Seat
from game.layout.chamber import seats as seat_layout
from game.layout.order_map import CORNERS, TRANSITION
from game.present import moves
from game.present.aims import AIMS_HELP, aim_words
from game.present.alike import Same, public
from game.present.bodies import CHAMBER_HELP, SEATS_HELP, body_words, seat_names
from game.present.card import ends_words, length_words, opening, seats_words
from game.present.debrief import sections as debrief_sections
from game.present.order import FAILS, HOLDS, MAP_HELP, ORDER_HELP, order_words
from game.present.phases import PHASE_HELP, heading_words, status_words
from game.present.powers import DOCTRINES_HELP, YOU, power_rows
from game.present.record import SeatRecord
from game.present.results import Result
from game.present.titles import RESULTS_HELP, REVIEW_HELP, TITLES, VOTE_SEATS_HELP
from game.scenario import Scenario
from game.support.tendencies import Tendencies
from game.text.codes import VERDICTS, code_text
from game.text.language import N_, Language

from .protocol import Message

SHOWN_LINES = 40  # what happened, newest first, as the window shows it
NO_ADVICE: Mapping[str, Judged] = MappingProxyType({})
T = TypeVar("T")


# A seat of a chamber (game/layout/chamber.py), compact (a body may have 160 and a table
# a dozen bodies): x from -1 to 1, y from 0 up to 1, its radius, the member's doctrine,
# its name ('' for one of the members the scenario does not list), its marks (GREAT,
# VETO and AWAY added up) and its ballot in a vote's results (else null).
Dot = tuple[float, float, float, str, str, int, str | None]
GREAT, VETO, AWAY = 1, 2, 4


class Body(Message):
    id: str
    name: str
    title: str  # its name, marked if the seat is a member
    member: bool
    lines: list[str]
    numbers: str
    seats: list[Dot]
    seated: str  # its seats in words, left to right (what a screen reader says)


class Power(Message):
    """A line of the great powers' card: words, or a doctrine bar's weights."""

    key: str
    text: str = ""
    style: str = ""
    tip: str = ""
    bar: tuple[float, ...] = ()


class Reason(Message):
    holds: bool
    mark: str  # 'holds' or 'fails', in the client's language
    text: str


class Order(Message):
    shown: str
    colour: str  # the verdict whose colour it takes
    reasons: list[Reason]
    tipping: str
    trail: list[tuple[float, float, str]]  # each round's point on the map and order shown
    corners: dict[str, str]  # each order's name, by its code (the map's corners)
    transition: float  # the radius of the map's circle of transition (-1 to 1 across)


class Outcome(Message):
    """One motion of the latest vote: where and what, its tally and outcome in words,
    and its chamber with each seat's ballot."""

    text: str
    summary: str
    tally: tuple[float, float, float]
    outcome: str
    seats: list[Dot]


class Said(Message):
    kind: Literal["words"] = "words"
    text: str
    style: str
    lines: int
    tip: str


class Button(Message):
    kind: Literal["move"] = "move"
    text: str
    name: str
    action: str  # the engine's action text, sent back as it is in an `act`
    tip: str
    primary: bool
    entry: str  # the key of the line typed in whose words follow the action as 'named …'


class Buttons(Message):
    kind: Literal["row"] = "row"
    moves: list[Button]


class Option(Message):
    text: str
    items: list[Item]


class Choose(Message):
    kind: Literal["menu"] = "menu"
    key: str
    label: str
    choices: list[Option]


class Typed(Message):
    kind: Literal["entry"] = "entry"
    key: str
    placeholder: str
    limit: int


class Steer(Message):
    """One of the instructor's controls: sent back as a `control` with these fields."""

    kind: Literal["command"] = "command"
    text: str
    command: str
    options: dict[str, str | int | float]
    primary: bool
    enabled: bool


Item = Annotated[Said | Button | Buttons | Choose | Typed | Steer, Field(discriminator="kind")]
Option.model_rebuild()


class WordedTable(Message):
    type: Literal["table"] = "table"
    seq: int  # the update it follows
    heading: str  # 'Round 2 (2019): agenda'
    you: str  # 'You: China (Team A)'
    phase: str  # the phase's code (its icon)
    status: str  # 'Your move', 'Waiting for China and India'
    names: dict[str, str]  # every nation's name, by id (for who is thinking)
    powers: list[Power]
    aims: list[str]
    briefing: str
    bodies: list[Body]
    order: Order
    happened: list[str]  # newest first
    happened_count: int  # lines the log has had: a client sees which are new
    review: tuple[int, list[str]] | None  # the last year's round and its review
    review_title: str
    results: tuple[int, list[Outcome]] | None  # the latest vote's round and its motions
    moves: list[list[Item]]  # a step a list (an offer, a motion, a ballot)
    words: dict[str, str]  # the cards' titles and help (game/present/titles.py), said


# The parts of a table a client keeps from the last one while they stay the same: a
# move words every client's table again, and the chambers, the vote's results or a
# seat's menus are most of its bytes (67 KB for eight powers) yet change a few times a
# phase; thirty projectors and eight teams on a school's wifi get the rest.
KEPT = ("names", "powers", "aims", "briefing", "bodies", "order", "review", "results", "moves",
        "words")  # fmt: skip
_PARTS: dict[str, TypeAdapter[Any]] = {
    name: TypeAdapter(cast(Any, WordedTable.model_fields[name].annotation)) for name in KEPT
}


class TableText:
    """A table as the JSON it is sent as: its head (all but the kept parts) and each kept
    part's text, made once for every client that sees the same table; a part the memo
    made (or a list of them: the bodies) is written once for every table it is in."""

    def __init__(self, table: WordedTable, memo: Memo | None = None) -> None:
        memo = memo or Memo()
        self.head = table.model_dump_json(exclude=set(KEPT))
        self.parts = {name: memo.text(getattr(table, name), _PARTS[name]) for name in KEPT}

    def to(self, known: dict[str, str]) -> str:
        """The message for a client that holds the parts `known` (updated to the ones
        it is sent): the parts it lacks or holds otherwise, and `kept`, the names of those
        it keeps from its last table."""
        pieces = [self.head[:-1]]
        kept = []
        for name, text in self.parts.items():
            if known.get(name) == text:
                kept.append(name)
            else:
                pieces.append(f',"{name}":{text}')
                known[name] = text
        pieces.append(',"kept":[' + ",".join(f'"{name}"' for name in kept) + "]}")
        return "".join(pieces)


class Paragraph(Message):
    runs: list[tuple[str, str]]  # text and its emphasis: "", "b", "i", "holds", "fails"
    item: bool


class Section(Message):
    title: str
    paragraphs: list[Paragraph]


class ClassPanel(Message):
    """The instructor's controls (game/present/classroom.py), worded for a browser."""

    type: Literal["class"] = "class"
    title: str
    items: list[Item]


def class_panel(items: list[moves.Item], lang: Language) -> ClassPanel:
    return ClassPanel(title=lang.text(N_("The class")), items=[_item(i) for i in items])


class WordedDebrief(Message):
    """The debrief worded for a browser (game/present/debrief.py), in place of the
    debrief's data; sent again when the turning point is found and when the report is
    ready to download."""

    type: Literal["worded_debrief"] = "worded_debrief"
    title: str  # 'Debrief: The tutorial'
    sections: list[Section]
    report: str  # where the HTML report downloads from ('' until it is made)
    report_label: str


def worded_debrief(debrief: Debrief, waiting: str, report: str, lang: Language) -> WordedDebrief:
    return WordedDebrief(
        title=lang.text(N_("Debrief: {title}"), title=debrief.title),
        sections=[
            Section(
                title=section.title,
                paragraphs=[Paragraph(runs=list(p.runs), item=p.item) for p in section.paragraphs],
            )
            for section in debrief_sections(debrief, waiting, lang)
        ],
        report=report,
        report_label=lang.text(N_("Download the report (HTML)")),
    )


def _dots(chamber: list[Seat], view: GameState, votes: list[str | None] | None = None) -> list[Dot]:
    names = {n.id: n.name for n in view.nations}
    return [
        (
            round(s.x, 3),
            round(s.y, 3),
            round(s.size, 3),
            s.doctrine,
            names.get(s.nation, s.nation) if s.nation else "",
            GREAT * s.great + VETO * s.veto + AWAY * s.away,
            votes[i] if votes is not None else None,
        )
        for i, s in enumerate(chamber)
    ]


def _item(item: moves.Item) -> Said | Button | Buttons | Choose | Typed | Steer:
    if isinstance(item, moves.Words):
        return Said(text=item.text, style=item.style, lines=item.lines, tip=item.tip)
    if isinstance(item, moves.Move):
        return _button(item)
    if isinstance(item, moves.Row):
        return Buttons(moves=[_button(m) for m in item.moves])
    if isinstance(item, moves.Menu):
        choices = [Option(text=c.text, items=[_item(i) for i in c.items]) for c in item.choices]
        return Choose(key=item.key, label=item.label, choices=choices)
    if isinstance(item, moves.Command):
        options = {k: v for k, v in item.options.items() if isinstance(v, str | int | float)}
        return Steer(
            text=item.text,
            command=item.command,
            options=options,
            primary=item.primary,
            enabled=item.enabled,
        )
    return Typed(key=item.key, placeholder=item.placeholder, limit=item.limit)


def _button(move: moves.Move) -> Button:
    return Button(
        text=move.text,
        name=move.name,
        action=str(move.action),
        tip=move.tip,
        primary=move.primary,
        entry=move.entry,
    )


def _outcome(result: Result, view: GameState, lang: Language) -> Outcome:
    return Outcome(
        text=result.text,
        summary=result.summary(lang),
        tally=result.tally,
        outcome=result.outcome,
        seats=_dots(result.chamber, view, result.votes),
    )


def _outcomes(
    vote: tuple[int, list[Result]], view: GameState, lang: Language
) -> tuple[int, list[Outcome]]:
    return vote[0], [_outcome(r, view, lang) for r in vote[1]]


class Memo:
    """The parts of a table that change only with the phase or with what they show (an
    institution's card, the seat's moves, the order's reasons), kept for the next table
    of the phase: a move by one team words every seat's table again, and most of each is
    what it was."""

    def __init__(self) -> None:
        self.phase: tuple[int, str] = (0, "")
        self.kept: dict[tuple[object, ...], object] = {}
        # the JSON of what it made, by the object's id (kept alive in `kept`, so its own)
        self.texts: dict[int, str | None] = {}

    def get(self, view: GameState, key: tuple[object, ...], make: Callable[[], T]) -> T:
        if (view.round, view.phase.value) != self.phase:
            self.phase = (view.round, view.phase.value)
            self.kept.clear()
            self.texts.clear()
        if key not in self.kept:
            made = self.kept[key] = make()
            self.texts[id(made)] = None
        return cast(T, self.kept[key])

    def text(self, part: object, adapter: TypeAdapter[Any]) -> str:
        """The part as JSON, written once if the memo made it; a list of cards it made
        (the bodies) is joined from theirs."""
        if id(part) in self.texts:
            return self._once(part, lambda: adapter.dump_json(part).decode())
        if isinstance(part, list) and all(
            isinstance(p, Message) and id(p) in self.texts for p in part
        ):
            return "[" + ",".join(self._once(p, p.model_dump_json) for p in part) + "]"
        return adapter.dump_json(part).decode()

    def _once(self, made: object, write: Callable[[], str]) -> str:
        said = self.texts[id(made)]
        if said is None:
            said = self.texts[id(made)] = write()
        return said


def _powers(view: GameState, lang: Language) -> list[Power]:
    """The great powers' card as any seat sees it, but for its own name (`_yours`)."""
    return [
        Power(key=r.key, text=r.text, style=(r.style or "").lstrip("@"), tip=r.tip or "", bar=r.bar)
        for r in power_rows(view, "", lang)
    ]


def _yours(rows: list[Power], view: GameState, seat: str, lang: Language) -> list[Power]:
    """The card with the seat's own power marked."""
    if not view.has_nation(seat):
        return rows
    mine = f"{seat} name"
    said = lang.text(YOU, nation=view.nation(seat).name)
    return [r.model_copy(update={"text": said}) if r.key == mine else r for r in rows]


def _body(view: GameState, body: BodyState, lang: Language) -> Body:
    """An institution's card as any seat sees it (a member's title: `_titled`)."""
    words = body_words(view, body, "", lang)
    chamber = seat_layout(view, body)
    names = {n.id: n.name for n in view.nations}
    return Body(
        id=body.id,
        name=words.name,
        title=words.name,
        member=False,
        lines=words.lines,
        numbers=words.numbers,
        seats=_dots(chamber, view),
        seated=seat_names(chamber, names, lang),
    )


def _titled(card: Body, lang: Language) -> Body:
    """The card as a member sees it."""
    title = lang.text(N_("{body} (member)"), body=card.name)
    return card.model_copy(update={"title": title, "member": True})


def _words(code: str, lang: Language) -> dict[str, str]:
    """The cards' titles and help."""
    return {
        **{key: lang.text(title) for key, title in TITLES.items()},
        "phase_help": lang.text(PHASE_HELP[code]) if code in PHASE_HELP else "",
        "powers_help": lang.text(DOCTRINES_HELP),
        "aims_help": lang.text(AIMS_HELP),
        "chamber_help": lang.text(CHAMBER_HELP),
        "seats_help": lang.text(SEATS_HELP),
        "order_help": lang.text(ORDER_HELP),
        "map_help": lang.text(MAP_HELP),
        "results_help": lang.text(RESULTS_HELP),
        "review_help": lang.text(REVIEW_HELP),
        "vote_seats_help": lang.text(VOTE_SEATS_HELP),
    }


def _moves(
    view: GameState,
    seat: str,
    legal: tuple[Action, ...],
    record: SeatRecord,
    lang: Language,
    forecasts: dict[str, str],
    advice: Mapping[str, Judged],
) -> list[list[Item]]:
    steps = moves.steps(moves.Seat(view, seat, legal, advice, record.reasons, lang, forecasts))
    return [[_item(item) for item in step] for step in steps]


def worded_table(
    seq: int,
    view: GameState,
    seat: str,
    team: str,
    legal: tuple[Action, ...],
    waiting: tuple[str, ...] | list[str],
    record: SeatRecord,
    scenario: Scenario,
    lang: Language,
    memo: Memo | None = None,
    advice: Mapping[str, Judged] | None = None,
) -> WordedTable:
    """The seat's table now: its view, moves and record, worded in `lang`; `memo` keeps
    the parts that have not changed since the last table of the phase; `advice`: what
    the seat's advisers make of its moves, if it is in (game/net/advisers.py)."""
    advice = advice or NO_ADVICE  # (one object: the moves are kept while it is the same)
    memo = memo or Memo()
    heading, you = heading_words(view, seat, team, scenario.start_year, lang)
    names = {n.id: n.name for n in view.nations}
    aims = aim_words(view, seat, scenario, lang)
    order = memo.get(
        view,
        ("order", public(view), lang.code),
        lambda: order_words(view, lang),
    )
    code = view.phase.value
    motions = tuple((m.id, m.status) for m in view.motions if m.round == view.round)
    # The seat's moves change with its legal moves and the offers to and from it (what
    # others do shows in its other cards, not in its moves).
    offers = tuple(
        (o.id, o.status)
        for o in view.offers
        if o.round == view.round and seat in (o.sender, o.receiver)
    )
    forecasts: dict[str, str] = memo.get(view, ("forecasts", lang.code), dict)
    steps = memo.get(
        view,
        (
            "moves",
            seat,
            lang.code,
            tuple(map(str, legal)),
            offers,
            len(record.reasons),
            Same(advice),
        ),
        lambda: _moves(view, seat, legal, record, lang, forecasts, advice),
    )
    # (the bodies, as the state holds them, are keys by identity: one left as it was is
    # the same object from state to state, and hashing a body's every field is not free)
    powers = memo.get(
        view,
        (
            "powers",
            lang.code,
            tuple((n.legitimacy, n.capital) for n in view.nations),
            Same(view.bodies),
        ),
        partial(_powers, view, lang),
    )
    cards = [
        memo.get(
            view,
            ("body", Same(body), lang.code, tuple(m for m in motions if m[0] in mine)),
            partial(_body, view, body, lang),
        )
        for body in view.bodies
        for mine in [{m.id for m in view.motions if m.body == body.id}]
    ]
    review_title = ""
    if record.review is not None:
        if scenario.start_year:  # a calendar year is a name: no thousands separator
            year = str(scenario.start_year + record.review[0] - 1)
            review_title = lang.text(N_("The year {year} in review"), year=year)
        else:
            number = lang.number(record.review[0], 0)
            review_title = lang.text(N_("The year, round {round} in review"), round=number)
    return WordedTable(
        seq=seq,
        heading=heading,
        you=you,
        phase=code,
        status=status_words(view, bool(legal), waiting, lang),
        names=names,
        powers=memo.get(
            view, ("yours", Same(powers), seat), partial(_yours, powers, view, seat, lang)
        ),
        aims=aims.aims,
        briefing=aims.briefing,
        bodies=[
            memo.get(view, ("member", Same(card)), partial(_titled, card, lang))
            if seat in body.members
            else card
            for body, card in zip(view.bodies, cards, strict=True)
        ],
        order=Order(
            shown=order.shown,
            colour=order.colour,
            reasons=[
                Reason(holds=held, mark=lang.text(HOLDS if held else FAILS), text=text)
                for held, text in order.reasons
            ],
            tipping=order.tipping,
            trail=[(x, y, shown) for (x, y), shown in record.trail],
            corners={code: code_text(VERDICTS, code, lang) for code in CORNERS},
            transition=TRANSITION,
        ),
        happened=record.lines[-SHOWN_LINES:][::-1],
        happened_count=record.count,
        review=record.review,
        review_title=review_title,
        results=(
            memo.get(
                view,
                # (a vote's results are public: every seat's are the same)
                ("vote", lang.code, record.vote[0], tuple(r.motion for r in record.vote[1])),
                partial(_outcomes, record.vote, view, lang),
            )
            if record.vote is not None
            else None
        ),
        moves=steps,
        words=memo.get(view, ("words", lang.code, code), partial(_words, code, lang)),
    )


class Wording:
    """The records worded tables are made from, one a seat and language, made from the
    seat's history when a worded client first needs one and kept up as its events come."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.records: dict[tuple[str, str], SeatRecord] = {}
        self.memo = Memo()

    def record(
        self, seat: str, lang: Language, history: list[tuple[Event, ...]], view: GameState
    ) -> SeatRecord:
        key = (seat, lang.code)
        if key not in self.records:
            record = SeatRecord(lang, view)
            for batch in history:
                record.note(batch, view)
            self.records[key] = record
        return self.records[key]

    def took(self, seat: str, happened: tuple[Event, ...], view: GameState) -> None:
        for (kept, _), record in self.records.items():
            if kept == seat:
                record.take(happened, view)

    def forget(self) -> None:
        """An undo: every record is made again from the history as it now stands."""
        self.records.clear()
        self.memo = Memo()


# ---------------------------------------------------------------- the join page


class Chambered(Message):
    """A body open at the start, drawn small on the join page."""

    name: str
    seats: list[Dot]
    seated: str


class GameCard(Message):
    """The scenario the instructor chose, as the join page shows it before a team joins
    (served as /game.json): the window's scenario browser says the same."""

    title: str
    period: str
    lesson: str
    summary: str
    length: str
    seats: str
    ends: list[str]
    chambers: list[Chambered]
    words: dict[str, str]  # the card's headings, in the host's language


# The join page's headings (the window's browser says the same).
CARD_WORDS = {
    "period": N_("Period:"),
    "lesson": N_("Lesson:"),
    "length": N_("Length:"),
    "seats": N_("Seats:"),
    "ends": N_("How its games end"),
    "chambers": N_("Its bodies at the start"),
}


def game_card(scenario: Scenario, record: Tendencies | None, lang: Language) -> GameCard:
    state, bodies = opening(scenario)
    names = {n.id: n.name for n in state.nations}
    chambers = []
    for body in bodies:
        chamber = seat_layout(state, body)
        chambers.append(
            Chambered(
                name=body.name,
                seats=_dots(chamber, state),
                seated=seat_names(chamber, names, lang),
            )
        )
    return GameCard(
        title=scenario.title,
        period=scenario.period or "",
        lesson=scenario.lesson or "",
        summary=scenario.summary,
        length=length_words(scenario, lang),
        seats=seats_words(scenario, lang),
        ends=ends_words(scenario, record, lang),
        chambers=chambers,
        words={key: lang.text(text) for key, text in CARD_WORDS.items()},
    )
