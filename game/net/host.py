"""The classroom server: the one authoritative game, its clients and the instructor.

One asyncio loop holds the connections; the match and the AI powers run on the local
controller's thread, as in solo play, and every update it publishes is sent to the
clients it is for. Each seat has a code; people at one seat share it (the first to join
submits, the others watch); observers see only what is public. Every accepted action is in
the journal before its answer leaves (game.net.journal)."""

from __future__ import annotations

import asyncio
import gc
import hmac
import itertools
import json
import logging
import time
from collections import defaultdict, deque
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, cast

from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed

from game.debrief.model import Debrief, TurningPoint
from game.debrief.turning import InBackground
from game.engine import (
    INSTRUCTOR,
    OBSERVER,
    Action,
    ActionSyntaxError,
    Compose,
    EndPhase,
    Event,
    GameState,
    Inject,
    Pause,
    current_players,
    is_terminal,
    parse_action,
    player_view,
    visible,
)
from game.play.match import Match
from game.play.translated import Texts, texts, view_in
from game.present.classroom import class_controls
from game.present.moves import Command
from game.scenario import Scenario
from game.session.contract import (
    Accepted,
    Failed,
    Happened,
    Rejected,
    Rewound,
    Thinking,
)
from game.session.contract import Update as Published
from game.session.local import LocalController
from game.support.tendencies import load as load_tendencies
from game.text import grammar
from game.text.catalogues import spoken
from game.text.language import ENGLISH, N_, Language
from game.text.names import nation_name
from game.text.syntax import syntax_text

from . import codes
from .advisers import Advice, Advisers
from .journal import Journal, Seating
from .page_words import every_language, page_words
from .protocol import (
    MAX_MESSAGE,
    VERSION,
    Act,
    Answer,
    Control,
    Debriefing,
    Error,
    Hello,
    Message,
    ProtocolError,
    Status,
    Update,
    Welcome,
    event_data,
    parse_client,
    view_data,
)
from .web import TYPES, File, WebFiles
from .worded import (
    KEPT,
    ClassPanel,
    TableText,
    WordedTable,
    Wording,
    class_panel,
    game_card,
    worded_debrief,
    worded_table,
)

log = logging.getLogger("concert.server")
# The connections' own comings and goings (every file a browser fetches is one): our log
# says who joined and left; this one speaks only of failures.
QUIET = logging.getLogger("concert.server.connections")
QUIET.setLevel(logging.WARNING)

HELLO_WITHIN = 10.0  # seconds a new connection has to say who it is
JOINS = (5, 30.0)  # wrong codes an address may try, per this many seconds
MESSAGES = (20.0, 40.0)  # messages a client may send a second, and in a burst
BACKLOG = 8 * 2**20  # bytes waiting for a client that has stopped reading


# Seconds a seat's advice waits for the seat's next table before it is sent a table of
# its own (game/net/advisers.py).
ADVICE_WAITS = 0.15


@dataclass
class Client:
    id: int
    ws: ServerConnection
    seat: str  # a nation, "observer" or "instructor"
    role: str  # player, watcher, observer, instructor
    name: str
    address: str
    # The language its messages are said in: its own, as its hello says, if the game
    # speaks it; else the server's.
    lang: Language = ENGLISH
    worded: bool = False  # a browser: sent its table worded, not updates
    show_codes: bool = False  # an instructor's browser: the seats' codes written out
    view_as: str = ""  # an instructor's browser: the seat whose private view it shows
    parts: dict[str, str] = field(default_factory=dict)  # its table's parts, as last sent
    tokens: float = MESSAGES[1]
    refilled: float = field(default_factory=time.monotonic)

    def allowed(self) -> bool:
        """A token bucket: a burst, then a steady rate; a flood is turned away."""
        now = time.monotonic()
        self.tokens = min(MESSAGES[1], self.tokens + (now - self.refilled) * MESSAGES[0])
        self.refilled = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


@dataclass(frozen=True)
class Refused:
    """Why a connection is turned away: the error's code, and the message for the person."""

    code: Any
    message: str


class Host:
    def __init__(
        self,
        match: Match,
        seating: Seating,
        journal: Journal | None = None,
        password: str | None = None,
        ai_process: bool = False,
        autostart: bool = True,
        lang: Language = ENGLISH,
    ) -> None:
        """`autostart`: the game begins once every people seat has someone at it (else
        only on the instructor's start). `lang`: the language the server says things in
        to a person who has not said theirs (every client, until the protocol lets one
        say it), and the game's refusals and failures."""
        self.match = match
        self.seating = seating
        self.journal = journal
        if journal is not None:
            match.journal = journal
        self.password = password
        self.ai_process = ai_process
        self.autostart = autostart
        self.lang = lang
        self.controller: LocalController | None = None
        self.clients: dict[int, Client] = {}
        self.ids = itertools.count(1)
        # Per seat: the batches of events it was sent, numbered from 1, for catching up.
        self.sent: dict[str, list[tuple[Event, ...]]] = {}
        self.tickets: dict[int, tuple[int, int]] = {}  # controller ticket -> (client, ticket)
        self.joins: dict[str, deque[float]] = defaultdict(deque)
        self.thinking: tuple[str, ...] = ()
        self.timer = 0  # seconds per phase, 0 for none
        self.phase_since = time.monotonic()
        self.phase_key: tuple[int, str] = (0, "")
        self.over = False
        self.debriefed: Debriefing | None = None
        self.debrief: Debrief | None = None  # the same, as the model, for worded debriefs
        self.said_debriefs: dict[str, Debrief] = {}  # the debrief in each language, by code
        self.reports: dict[str, str] = {}  # where its report in each language downloads from
        self.turning: InBackground | None = None  # the turning point's replays
        self.server: Server | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.wake = asyncio.Event()
        self.stopping = asyncio.Event()
        # Names this run of the stream of updates: a client that saw another (before a
        # restart or an undo) is sent everything afresh.
        self.epoch = codes.new_code()
        self.tasks: set[asyncio.Future[None]] = set()
        self.web = WebFiles()
        # What the join page shows before a team joins, in each language the page may ask
        # for (and, without a code, the server's): its words, the scenario and its chambers.
        record = load_tendencies()
        for code, spoken_in in {"": lang, **every_language()}.items():
            end = f".{code}.json" if code else ".json"
            words = page_words(spoken_in).model_dump_json().encode()
            self.web.offer(f"/words{end}", File.of(words, TYPES[".json"]))
            read = match.texts.get(code, match.scenario) if code else match.scenario
            card = game_card(read, record, spoken_in).model_dump_json().encode()
            self.web.offer(f"/game{end}", File.of(card, TYPES[".json"]))
        self.wording = Wording(match.scenario)
        self.said_in: dict[str, Texts] = {}  # the scenario's texts, by language code
        self.advisers = Advisers(self.advised)
        self.advice_due: set[str] = set()  # seats whose advice came in since their table
        self.mover = ""  # the seat whose move was last accepted: its table goes out early

    # ------------------------------------------------------------ running

    async def serve(self, host: str = "0.0.0.0", port: int = 8765) -> None:
        """Serve until stop() (or SIGTERM, set up by the caller)."""
        self.loop = asyncio.get_running_loop()
        if self.seating.started:
            self._start_controller()
        async with serve(
            self.connection,
            host,
            port,
            max_size=MAX_MESSAGE,
            max_queue=32,
            compression=None,  # a LAN: the CPU, not the wire, is what a busy class runs short of
            process_request=self.web,  # the browser's client, on the same port
            server_header="Concert of Powers",
            logger=QUIET,
        ) as server:
            self.server = server
            pump = asyncio.create_task(self.pump())
            clock = asyncio.create_task(self.clock())
            await self.stopping.wait()
            pump.cancel()
            clock.cancel()
        self.advisers.close()
        if self.controller is not None:
            await asyncio.to_thread(self.controller.close)
        if self.journal is not None:
            self.journal.close()

    @property
    def port(self) -> int:
        assert self.server is not None
        sockets = list(self.server.sockets)
        return int(sockets[0].getsockname()[1])

    def stop(self) -> None:
        self.stopping.set()

    def _start_controller(self) -> None:
        loop = self.loop
        assert loop is not None

        def notify() -> None:  # from the match thread
            loop.call_soon_threadsafe(self.wake.set)

        self.controller = LocalController(
            self.match,
            list(self.seating.people),
            self.seating.ai,
            own_process=self.ai_process,
            instructor=True,
            notify=notify,
            watchers=[n.id for n in self.match.scenario.great_powers()],
            lang=self.lang,
        )

    def start(self) -> None:
        """The game begins: people seats nobody took are played by the AI (the kind the
        scenario's `seats:` names for it, else normal, or the kind the instructor named
        with --ai)."""
        if self.controller is not None:
            return
        taken = {c.seat for c in self.clients.values() if c.role == "player"}
        for seat in [s for s in self.seating.people if s not in taken]:
            del self.seating.people[seat]
            self.seating.ai[seat] = self.seating.untaken.get(seat, self.seating.fallback)
        self.seating.started = True
        if self.journal is not None:
            self.journal.seat(self.seating)
        self._start_controller()
        log.info("game started; people: %s; AI: %s", self.seating.people, self.seating.ai)
        self.refresh()

    def refresh(self) -> None:
        """Every client's view and moves afresh, with no new events (the game started,
        or seats changed hands)."""
        for client in list(self.clients.values()):
            seq = len(self.stream(client.seat))
            if client.worded:
                self.send_table([client], self.worded(client, seq))
            else:
                self.post(client, self.update(client.seat, [], seq, lang=client.lang))
        self.broadcast_status()

    # ------------------------------------------------------------ connections

    async def connection(self, ws: ServerConnection) -> None:
        address = str(ws.remote_address[0]) if ws.remote_address else "?"
        try:
            raw = await asyncio.wait_for(ws.recv(), HELLO_WITHIN)
        except (TimeoutError, ConnectionClosed):
            return
        admitted = self.admit(raw, address, self.lang)
        if isinstance(admitted, Refused):
            await self.refuse(ws, admitted.code, admitted.message, address)
            return
        hello, seat = admitted
        client = Client(
            next(self.ids),
            ws,
            seat,
            self.role_for(seat),
            hello.name[:40],
            address,
            spoken(hello.lang, self.lang),
            worded=hello.worded,
        )
        self.clients[client.id] = client
        log.info("client %d joined %s as %s from %s", client.id, seat, client.role, address)
        try:
            self.welcome(client, hello)
            self.broadcast_status()
            if self.autostart and self.controller is None and self.all_seated():
                self.start()
            async for raw in ws:
                await self.receive(client, raw)
        except ConnectionClosed:
            pass
        finally:
            self.clients.pop(client.id, None)
            self.promote(client)
            log.info("client %d left %s", client.id, seat)
            self.broadcast_status()

    def admit(
        self, raw: str | bytes, address: str, lang: Language = ENGLISH
    ) -> tuple[Hello, str] | Refused:
        """A connection's first message: its hello and the seat its code opens, or why it
        is turned away (a wrong code counts against the address)."""
        try:
            hello = parse_client(raw)
        except ProtocolError as error:
            problem = error.text(lang)
            return Refused("malformed", lang.text(N_("not a hello: {problem}"), problem=problem))
        if not isinstance(hello, Hello):
            return Refused("malformed", lang.text(N_("the first message must be a hello")))
        lang = spoken(hello.lang, lang)
        if hello.version != VERSION:
            said = lang.text(
                N_("this server speaks protocol {ours}, not {theirs}: update the game"),
                ours=VERSION,
                theirs=hello.version,
            )
            return Refused("version", said)
        if not self.may_try(address):
            return Refused("too_fast", lang.text(N_("too many wrong codes; wait a minute")))
        seat = self.seat_for(hello)
        if seat is None:
            self.joins[address].append(time.monotonic())  # a wrong code: guessing is slowed
            said = lang.text(
                N_(
                    "no seat has this code; check it with your instructor (case and dashes do "
                    "not matter)"
                )
            )
            return Refused("bad_code", said)
        return hello, seat

    def all_seated(self) -> bool:
        seated = {c.seat for c in self.clients.values() if c.role == "player"}
        return set(self.seating.people) <= seated

    def may_try(self, address: str) -> bool:
        """Whether the address may try a code: a few wrong ones, then a wait. (Right codes
        do not count: a whole class may join from behind one address.)"""
        attempts, window = JOINS
        recent = self.joins[address]
        now = time.monotonic()
        while recent and now - recent[0] > window:
            recent.popleft()
        return len(recent) < attempts

    def seat_for(self, hello: Hello) -> str | None:
        typed = codes.typed(hello.code)
        if hello.instructor:
            if self.password and hmac.compare_digest(hello.code.encode(), self.password.encode()):
                return INSTRUCTOR
            return None
        for seat, code in self.seating.codes.items():
            if hmac.compare_digest(typed.encode(), code.encode()):
                return seat
        return None

    def role_for(self, seat: str) -> str:
        if seat in (OBSERVER, INSTRUCTOR):
            return seat
        taken = any(c.seat == seat and c.role == "player" for c in self.clients.values())
        return "watcher" if taken else "player"

    def promote(self, gone: Client) -> None:
        """A seat's submitter left: the longest-waiting watcher takes over."""
        if gone.role != "player":
            return
        watchers = sorted(
            (c for c in self.clients.values() if c.seat == gone.seat and c.role == "watcher"),
            key=lambda c: c.id,
        )
        if watchers:
            watchers[0].role = "player"

    def welcome(self, client: Client, hello: Hello) -> None:
        self.post(
            client,
            Welcome(
                client=client.id,
                seat=client.seat,
                role=client.role,
                scenario=scenario_for(self.scenario_in(client.lang), client.seat),
                people=dict(self.seating.people),
                ai=dict(self.seating.ai),
                started=self.controller is not None,
                epoch=self.epoch,
            ),
        )
        # What it missed: the batches after `seen` if it saw this same stream before
        # (a reconnection), else the whole history, which replaces what it holds.
        batches = self.stream(client.seat)
        again = hello.epoch == self.epoch and hello.seen <= len(batches)
        missed = batches[hello.seen :] if again else batches
        if client.worded:  # (its table is whole: nothing to catch up on but the latest)
            self.send_table([client], self.worded(client, len(batches)))
        else:
            missed_update = self.update(
                client.seat, missed, len(batches), rewound=not again, lang=client.lang
            )
            self.post(client, missed_update)
        if self.over:
            self.send_debrief([client])

    def stream(self, seat: str) -> list[tuple[Event, ...]]:
        """The batches of events the seat has been sent, numbered from 1 by position; it
        starts as the match's whole history as the seat may see it (a resumed game)."""
        if seat not in self.sent:
            self.sent[seat] = [
                tuple(e for e in batch if visible(e, seat)) for batch in self.match.events
            ]
        return self.sent[seat]

    def update(
        self,
        seat: str,
        batches: list[tuple[Event, ...]],
        seq: int,
        rewound: bool = False,
        view: GameState | None = None,
        lang: Language | None = None,
    ) -> Update:
        """The seat's next update: these events and its view after them (the one that
        came with them, else the latest), and the moves it may make now; the scenario's
        texts in the view in `lang`, where the host has them in it."""
        state = self.match.state
        controller = self.controller
        legal: tuple[Action, ...] = ()
        if controller is not None:
            view = view or controller.view(seat)
            legal = controller.legal(seat) if seat in controller.seats else ()
            waiting = controller.waiting_for()
        else:
            view = view or player_view(state, seat)
            waiting = () if is_terminal(state) else current_players(state)
        if lang is not None:
            view = self.in_language(view, lang)
        return Update(
            seq=seq,
            events=[[event_data(e) for e in batch] for batch in batches],
            view=view_data(view),
            legal=[str(a) for a in legal],
            waiting=list(waiting),
            rewound=rewound,
        )

    def worded(self, client: Client, seq: int, view: GameState | None = None) -> WordedTable:
        """The client's table worded in its language: its seat's view now (or the one
        that came with the latest events), moves if it is the seat's player, and the
        record of what the seat has seen."""
        # (an instructor's page shows the public table, for it may be on the projector,
        # unless the instructor asked for a seat's private view)
        seat = (client.view_as or OBSERVER) if client.role == INSTRUCTOR else client.seat
        controller = self.controller
        legal: tuple[Action, ...] = ()
        if controller is not None:
            view = view or controller.view(seat)
            if client.role == "player" and seat in controller.seats:
                legal = controller.legal(seat)
            waiting = controller.waiting_for()
        else:
            view = view or player_view(self.match.state, seat)
            waiting = ()
        view = self.in_language(view, client.lang)
        record = self.wording.record(seat, client.lang, self.stream(seat), view)
        # the team's name as its player gave it (each watcher of the seat sees the same)
        player = next(
            (c for c in self.clients.values() if c.seat == seat and c.role == "player"), None
        )
        team = (player.name if player else "") or nation_name(view, seat, lang=client.lang)
        advice: Advice = {}
        if legal:
            turn = (view.round, view.phase, len(view.motions), len(view.offers), len(legal))
            advice = self.advisers.advice(seat, turn, view)
        table = worded_table(
            seq,
            view,
            seat,
            team,
            legal,
            waiting,
            record,
            self.scenario_in(client.lang),
            client.lang,
            self.wording.memo,
            advice,
        )
        if client.role == INSTRUCTOR and client.view_as:
            said = N_("{team}'s private view: for your eyes, not the projector's")
            table = table.model_copy(update={"you": client.lang.text(said, team=team)})
        return table

    def scenario_in(self, lang: Language) -> Scenario:
        """The scenario as `lang` reads it, where the host has it in that language."""
        return self.match.texts.get(grammar.base(lang.code), self.match.scenario)

    def in_language(self, view: GameState, lang: Language) -> GameState:
        """The view with the scenario's texts in `lang` (names, aims, news), where the
        scenario gives them in it; the game runs in the host's."""
        code = grammar.base(lang.code)
        if code == grammar.base(self.match.lang) or code not in self.match.texts:
            return view
        if code not in self.said_in:
            self.said_in[code] = texts(self.match.texts[code], self.match.scenario)
        return view_in(view, self.said_in[code])

    def advised(self, seat: str) -> None:
        """The seat's advice is in: its player's table again, with it, in a moment, unless
        a move brings the seat a table (made with it) first: in a busy phase most advice
        rides on the next table, and the loop words no table twice over."""
        assert self.loop is not None
        self.advice_due.add(seat)
        self.loop.call_later(ADVICE_WAITS, self.post_advice, seat)

    def post_advice(self, seat: str) -> None:
        if seat not in self.advice_due:
            return
        self.advice_due.discard(seat)
        players = [c for c in self.clients.values() if c.seat == seat and c.role == "player"]
        for client in players:
            if client.worded:
                self.send_table([client], self.worded(client, len(self.stream(seat))))

    def post_worded(self, browsers: list[Client], seq: int, view: GameState) -> None:
        """Their tables, each worded once for all the clients that see the same: a seat's
        watchers, and the thirty observers of a projector-heavy class."""
        alike: dict[tuple[str, str, str], list[Client]] = defaultdict(list)
        for browser in browsers:
            seat = (browser.view_as or OBSERVER) if browser.role == INSTRUCTOR else browser.seat
            alike[(seat, browser.lang.code, browser.role)].append(browser)
        for clients in alike.values():
            self.send_table(clients, self.worded(clients[0], seq, view))

    def send_table(self, clients: list[Client], table: WordedTable) -> None:
        """The table to these clients, each sent only the parts that differ from those
        it holds (encoded once for every client that holds the same)."""
        self.advice_due.difference_update(c.seat for c in clients if c.role == "player")
        text = TableText(table, self.wording.memo)
        said: dict[tuple[int, ...], tuple[str, dict[str, str]]] = {}
        sent: dict[str, list[Client]] = defaultdict(list)
        for client in clients:
            held = tuple(id(client.parts.get(name)) for name in KEPT)
            if held not in said:
                known = dict(client.parts)
                said[held] = (text.to(known), known)
            message, client.parts = said[held]
            sent[message].append(client)
        for message, readers in sent.items():
            self.deliver(readers, message)

    # ------------------------------------------------------------ messages in

    async def receive(self, client: Client, raw: str | bytes) -> None:
        lang = client.lang
        if not client.allowed():
            dropped = lang.text(N_("slow down: message dropped"))
            self.post(client, Error(code="too_fast", message=dropped))
            return
        try:
            message = parse_client(raw)
        except ProtocolError as error:
            log.warning("client %d sent a malformed message: %s", client.id, error)
            self.post(client, Error(code="malformed", message=error.text(lang)))
            return
        if isinstance(message, Act):
            await self.act(client, message)
        elif isinstance(message, Control):
            await self.control(client, message)
        else:
            again = lang.text(N_("already said hello"))
            self.post(client, Error(code="malformed", message=again))

    async def act(self, client: Client, act: Act) -> None:
        action = self.action_of(client, act)
        if isinstance(action, str):
            answer = Answer(ticket=act.ticket, accepted=False, action=act.action, reason=action)
            self.post(client, answer)
            return
        assert self.controller is not None
        ticket = self.controller.submit(client.seat, action)
        self.tickets[ticket] = (client.id, act.ticket)

    def action_of(self, client: Client, act: Act) -> Action | str:
        """The client's move, to be submitted; or why it is refused, in its language."""
        lang = client.lang
        if client.role != "player":
            if client.role in (OBSERVER, INSTRUCTOR):
                return lang.text(N_("observers and the instructor do not move for a seat"))
            return lang.text(
                N_("you watch this seat; the team member who joined first moves for it")
            )
        try:
            action = parse_action(act.action)
        except ActionSyntaxError as error:
            return syntax_text(error, lang)
        if action.nation != client.seat:
            log.warning("client %d (%s) tried to act for %s", client.id, client.seat, action.nation)
            return lang.text(
                N_("you play {seat}, not {nation}"), seat=client.seat, nation=action.nation
            )
        if self.controller is None:
            return lang.text(N_("the instructor has not started the game yet"))
        if self.over:
            return lang.text(N_("the game is over"))
        return action

    async def control(self, client: Client, message: Control) -> None:
        if client.role != INSTRUCTOR:
            log.warning("client %d (%s) sent an instructor's command", client.id, client.seat)
            steers = client.lang.text(N_("only the instructor steers"))
            self.post(client, Error(code="not_allowed", message=steers))
            return
        if message.command == "codes":  # this page's own: the codes written out, or hidden
            client.show_codes = not client.show_codes
            self.post(client, self.panel(client))
            return
        if message.command == "view_as":  # this page's own: a seat's private view, or back
            seats = {n.id for n in self.match.scenario.great_powers()}
            client.view_as = message.seat if message.seat in seats else ""
            shown = client.view_as or OBSERVER
            self.send_table([client], self.worded(client, len(self.stream(shown))))
            self.post(client, self.panel(client))
            return
        await self.command(message)

    async def command(self, message: Control) -> None:
        """An instructor's command, from a remote instructor or the host's own window."""
        c = message.command
        if c == "start":
            self.start()
            return
        if c == "timer":
            self.timer = message.seconds
            self.phase_since = time.monotonic()
            self.broadcast_status()
            return
        if c == "remove":
            gone = self.clients.get(message.client)
            if gone is not None:
                await gone.ws.close(4000, gone.lang.text(N_("removed by the instructor")))
            return
        if c == "end_game":
            if self.controller is not None and not self.match.state.paused:
                self.controller.submit(INSTRUCTOR, Pause())  # the AI powers stop too
            self.over = True
            self.send_debrief(list(self.clients.values()))
            return
        controller = self.controller
        if controller is None:
            return
        if c in ("pause", "resume"):
            controller.submit(INSTRUCTOR, Pause(resume=c == "resume"))
        elif c == "end_phase":
            controller.submit(INSTRUCTOR, EndPhase())
        elif c == "inject":
            controller.submit(INSTRUCTOR, Inject(message.event))
        elif c == "compose" and message.kind:
            controller.submit(INSTRUCTOR, Compose(message.kind, message.target, message.amount))
        elif c == "undo":
            await asyncio.to_thread(controller.undo_phase)
        elif c == "reassign" and message.seat in self.seating.codes and message.to:
            seat = message.seat
            self.seating.people.pop(seat, None)
            self.seating.ai.pop(seat, None)
            if message.to == "people":
                self.seating.people[seat] = seat
            else:
                self.seating.ai[seat] = message.to
            await asyncio.to_thread(controller.reseat, list(self.seating.people), self.seating.ai)
            if self.journal is not None:
                self.journal.seat(self.seating)
            self.refresh()

    # ------------------------------------------------------------ messages out

    async def pump(self) -> None:
        """Send each update the controller publishes to the clients it is for."""
        while True:
            await self.wake.wait()
            self.wake.clear()
            if self.controller is None:
                continue
            updates = self.controller.poll()
            for update in self.in_turn(updates):
                self.dispatch(update)
            for update in updates:  # (once every table is out)
                if isinstance(update, Happened) and update.seat == OBSERVER:
                    self.settle(update.events)

    def in_turn(self, updates: list[Published]) -> list[Published]:
        """The updates in the order they are sent: a move's tables (a run of Happened,
        one a viewer) with the public one first, read by every observer's page (a class's
        projectors and phones) and worded once, then the moving team's own, then the
        others'; every stream keeps its order."""
        for update in updates:
            if isinstance(update, Accepted):
                self.mover = update.seat
        first = {OBSERVER: 0, self.mover: 1}
        ordered: list[Published] = []
        for tables, run in itertools.groupby(updates, key=lambda u: isinstance(u, Happened)):
            if tables:
                ordered += sorted(run, key=lambda u: first.get(cast(Happened, u).seat, 2))
            else:
                ordered += run
        return ordered

    def dispatch(self, update: object) -> None:
        if isinstance(update, Happened):
            batches = self.stream(update.seat)
            batches.append(update.events)
            self.wording.took(update.seat, update.events, update.view)
            seated = [c for c in self.clients.values() if c.seat == update.seat]
            seq = len(batches)
            if any(not c.worded for c in seated):  # (a seat nobody watches costs nothing)
                self.to_seat(update.seat, [update.events], seq, view=update.view)
            # An instructor's page follows the public view (the observers' stream), or the
            # stream of the seat whose private view it asked for.
            browsers = [c for c in seated if c.worded and c.role != INSTRUCTOR]
            browsers += [
                c
                for c in self.clients.values()
                if c.worded and c.role == INSTRUCTOR and (c.view_as or OBSERVER) == update.seat
            ]
            self.post_worded(browsers, seq, update.view)
            for chief in (c for c in browsers if c.role == INSTRUCTOR):
                self.post(chief, self.panel(chief))
            self.track_phase()
        elif isinstance(update, Accepted | Rejected):
            client_id, ticket = self.tickets.pop(update.ticket, (0, 0))
            if isinstance(update, Rejected) and update.seat == INSTRUCTOR:
                log.warning("the instructor's %s was refused: %s", update.action, update.reason)
            client = self.clients.get(client_id)
            if client is not None:
                reason = update.reason if isinstance(update, Rejected) else ""
                answer = Answer(
                    ticket=ticket,
                    accepted=isinstance(update, Accepted),
                    action=update.action,
                    reason=reason,
                )
                self.post(client, answer)
        elif isinstance(update, Rewound) and update.seat == OBSERVER:
            # An undo: every seat's stream is its history again, sent whole to replace
            # what its clients hold (one Rewound per viewer comes; the observer's is last).
            self.epoch = codes.new_code()
            self.sent.clear()
            self.wording.forget()
            self.advisers.forget()
            for seat in {c.seat for c in self.clients.values()}:
                batches = self.stream(seat)
                self.to_seat(seat, batches, len(batches), rewound=True)
                for browser in self.clients.values():
                    if browser.seat == seat and browser.worded:
                        self.send_table([browser], self.worded(browser, len(batches)))
        elif isinstance(update, Thinking):
            self.thinking = update.nations
            self.broadcast_status()
        elif isinstance(update, Failed):
            log.error("the game stopped: %s", update.message)
            self.broadcast(Error(code="not_allowed", message=update.message))

    def settle(self, events: tuple[Event, ...]) -> None:
        """What the public events set off (the status, the debrief) once every table
        is out."""
        kinds = {e.kind for e in events}
        if kinds & {"paused", "resumed"}:
            self.broadcast_status()
        if "game_over" in kinds:
            self.over = True
            self.send_debrief(list(self.clients.values()))

    def to_seat(
        self,
        seat: str,
        batches: list[tuple[Event, ...]],
        seq: int,
        rewound: bool = False,
        view: GameState | None = None,
    ) -> None:
        """An update to the seat's clients, made once for each language they speak (a
        browser is sent its table in its place)."""
        clients = [c for c in self.clients.values() if c.seat == seat and not c.worded]
        for _, alike in itertools.groupby(
            sorted(clients, key=lambda c: c.lang.code), key=lambda c: c.lang.code
        ):
            speakers = list(alike)
            update = self.update(seat, batches, seq, rewound, view, speakers[0].lang)
            self.deliver(speakers, update.model_dump_json())

    def broadcast(self, message: Message) -> None:
        self.deliver(list(self.clients.values()), message.model_dump_json())

    def broadcast_status(self) -> None:
        for client in list(self.clients.values()):
            self.post(client, self.status(client.role == INSTRUCTOR))
            if client.worded and client.role == INSTRUCTOR:
                self.post(client, self.panel(client))

    def panel(self, client: Client) -> ClassPanel:
        """The instructor's controls, worded for its browser."""
        status = self.status(True)
        view = self.controller.view(OBSERVER) if self.controller else self.match.state
        shown = {seat: codes.shown(code) for seat, code in self.seating.codes.items()}
        items = class_controls(
            self.in_language(view, client.lang),
            self.scenario_in(client.lang),
            self.seating.codes,
            shown,
            status.people,
            status.clients,
            status.started,
            status.paused,
            client.show_codes,
            client.lang,
        )
        if client.view_as:  # the way back comes first
            back = client.lang.text(N_("Back to the class's public view"))
            items.insert(0, Command(back, "view_as", {"seat": ""}, primary=True))
        return class_panel(items, client.lang)

    def status(self, instructor: bool) -> Status:
        state = self.match.state
        left = None
        if self.timer:
            left = max(0.0, self.timer - (time.monotonic() - self.phase_since))
        clients = [
            {"id": c.id, "seat": c.seat, "role": c.role, "name": c.name, "address": c.address}
            for c in self.clients.values()
        ]
        return Status(
            started=self.controller is not None,
            paused=state.paused,
            timer=left,
            thinking=list(self.thinking),
            people=dict(self.seating.people),
            ai=dict(self.seating.ai),
            clients=clients if instructor else [],
        )

    def debriefing(self) -> Debriefing:
        """The debrief, built once: the game no longer changes once it is over, and every
        client who joins after the end is sent the same one. Its turning point is found
        on a thread of its own and joins it when ready: every client is sent it again."""
        if self.debriefed is None:
            from game.debrief.build import build

            steps = list(zip(self.match.states, self.match.events, strict=True))
            debrief = build(self.match.scenario, self.match.seed, steps, self.lang)
            self.debriefed = Debriefing(debrief=json.loads(debrief.model_dump_json()))
            self.debrief = debrief
            self.spawn(self.write_report(debrief))
            loop = self.loop

            def found(point: TurningPoint | None) -> None:
                if point is not None and loop is not None and not loop.is_closed():
                    turned = debrief.model_copy(update={"turning_point": point})
                    loop.call_soon_threadsafe(self._turned, turned)

            self.turning = InBackground(
                self.match.scenario, self.match.seed, steps, list(self.match.actions), then=found
            )
        return self.debriefed

    def _turned(self, debrief: Debrief) -> None:
        """The turning point has been found: the debrief again, with it, for everyone."""
        self.debriefed = Debriefing(debrief=json.loads(debrief.model_dump_json()))
        self.debrief = debrief
        self.said_debriefs.clear()
        self.send_debrief(list(self.clients.values()))
        self.spawn(self.write_report(debrief))

    def send_debrief(self, clients: list[Client]) -> None:
        """The debrief to these clients: its data, or worded in its language for a
        browser, with the report to download once it is made."""
        self.debriefing()
        debrief = self.debrief
        assert debrief is not None
        for client in clients:
            if not client.worded:
                said = self.debrief_in(client.lang)
                self.post(client, Debriefing(debrief=json.loads(said.model_dump_json())))
                continue
            lang = client.lang
            waiting = ""
            if debrief.turning_point is None:
                waiting = lang.text(N_("The class's server is replaying the key moves..."))
            report = self.reports.get(lang.code) or self.reports.get(self.lang.code, "")
            self.post(client, worded_debrief(self.debrief_in(lang), waiting, report, lang))

    def debrief_in(self, lang: Language) -> Debrief:
        """The debrief said in `lang`, the scenario's texts in it too: made once a
        language (and again once the turning point is in, whose replays it shares)."""
        debrief = self.debrief
        assert debrief is not None
        if lang.code == self.lang.code:
            return debrief
        if lang.code not in self.said_debriefs:
            from game.debrief.build import build
            from game.debrief.turning import said_in

            states = (self.in_language(state, lang) for state in self.match.states)
            steps = list(zip(states, self.match.events, strict=True))
            said = build(self.scenario_in(lang), self.match.seed, steps, lang)
            point = debrief.turning_point
            if point is not None:
                start_year = self.match.scenario.start_year
                point = said_in(point, steps, list(self.match.actions), start_year, lang)
                said = said.model_copy(update={"turning_point": point})
            self.said_debriefs[lang.code] = said
        return self.said_debriefs[lang.code]

    async def write_report(self, debrief: Debrief) -> None:
        """The debrief's HTML report in the host's language and in each browser's, made
        off the loop (its charts take a second or two), offered for download, and the
        browsers told."""
        from game.report.debrief import debrief_page

        spoken = {self.lang.code: self.lang}
        spoken.update({c.lang.code: c.lang for c in self.clients.values() if c.worded})
        for code, lang in spoken.items():
            said = self.debrief_in(lang)
            page = await asyncio.to_thread(debrief_page, said, lang)
            if debrief is not self.debrief:  # a later one (with the turning point) is coming
                return
            end = "" if code == self.lang.code else f".{code}"
            name = f"{debrief.scenario} debrief{end}.html"
            path = f"/report{end}.html"
            self.web.offer(path, File.of(page.encode(), "text/html; charset=utf-8", name))
            self.reports[code] = path
        self.send_debrief([c for c in self.clients.values() if c.worded])

    def post(self, client: Client, message: Message) -> None:
        self.deliver([client], message.model_dump_json())

    def deliver(self, clients: list[Client], text: str) -> None:
        """Written at once and in call order, the text encoded once for all of them. A
        client that stopped reading is let go, never waited for: it reconnects and
        catches up, and the others are not held back."""
        broadcast([c.ws for c in clients], text)
        for client in clients:
            transport = client.ws.transport
            if transport is not None and transport.get_write_buffer_size() > BACKLOG:
                log.warning("client %d is not keeping up; disconnecting it", client.id)
                behind = client.lang.text(N_("too far behind; reconnect"))
                self.spawn(client.ws.close(1013, behind))

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self.tasks.add(task)  # held until done, so it is not collected mid-way
        task.add_done_callback(self.tasks.discard)

    async def refuse(self, ws: ServerConnection, code: Any, message: str, address: str) -> None:
        log.warning("refused %s: %s", address, message)
        try:
            await ws.send(Error(code=code, message=message, fatal=True).model_dump_json())
            await ws.close(1008, _close_reason(message))
        except ConnectionClosed:
            pass

    # ------------------------------------------------------------ the phase timer

    def track_phase(self) -> None:
        state = self.match.state
        key = (state.round, state.phase.value)
        if key != self.phase_key:
            self.phase_key = key
            self.phase_since = time.monotonic()
            # The game's past states live as long as the game (undo, catching up): out of
            # the collector's sight they cost nothing, where each full collection would
            # walk them all, a pause that grows with the game.
            gc.freeze()
            if self.timer:
                self.broadcast_status()

    async def clock(self) -> None:
        """Ends a phase when its time is up, as the instructor's end-phase would."""
        while True:
            await asyncio.sleep(0.5)
            controller = self.controller
            if not self.timer or controller is None or self.over:
                continue
            state = self.match.state
            if state.paused or is_terminal(state):
                continue
            if time.monotonic() - self.phase_since >= self.timer:
                log.info("time is up for %s in round %d", state.phase.value, state.round)
                controller.submit(INSTRUCTOR, EndPhase())
                self.phase_since = time.monotonic()


def _close_reason(message: str) -> str:
    """The message's start, as a WebSocket close frame holds it (123 bytes at most)."""
    reason = message[:100]
    while len(reason.encode()) > 123:
        reason = reason[:-1]
    return reason


def scenario_for(scenario: Scenario, seat: str) -> dict[str, Any]:
    """The scenario as a seat may have it: every other power's secret objectives and
    briefing taken out (the file holds them all; the debrief reveals them at the end)."""
    data: dict[str, Any] = scenario.model_dump(mode="json")
    for nation in data["nations"]:
        if nation["id"] != seat and seat != INSTRUCTOR:
            nation.pop("objectives", None)
            nation.pop("briefing", None)
    return data


def new_seating(
    match: Match,
    people: list[str] | None = None,
    ai: dict[str, str] | None = None,
    fallback: str = "normal",
    written: dict[str, str] | None = None,
) -> Seating:
    """Every playable seat a people seat (unless told otherwise), each great power with
    its code, and one code for observers. A seat named in `ai` is the AI's of that kind
    from the start; a seat the scenario's `seats:` names (`written`, nation -> kind) is
    played by that AI when nobody takes it, the scenario's other great powers are the
    AI's from the start; the rest are the `fallback` kind's."""
    scenario = match.scenario
    great = [n.id for n in scenario.great_powers()]
    playable = {seat.nation for seat in scenario.playable_seats()}
    named, written = ai or {}, written or {}
    chosen = [
        p
        for p in great
        if (p in people if people is not None else p in playable) and p not in named
    ]
    names = {n.id: n.name for n in scenario.great_powers()}
    seat_codes = {seat: codes.new_code() for seat in [*great, OBSERVER]}
    return Seating(
        people={seat: names[seat] for seat in chosen},
        ai={
            seat: named.get(seat) or written.get(seat, fallback)
            for seat in great
            if seat not in chosen
        },
        codes=seat_codes,
        fallback=fallback,
        untaken={seat: written[seat] for seat in chosen if seat in written},
    )
