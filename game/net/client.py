"""The network controller: the same contract as the local one (game.session.contract),
fulfilled by a classroom server. A thread of its own holds the connection and reconnects
by itself after a drop, saying which update it saw last so the server sends only what it
missed; the scenes read views and updates exactly as in solo play."""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.client import process_exception
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from game.debrief.model import Debrief
from game.engine import Action, Event, GameState, parse_action
from game.play.told import Told
from game.scenario import Scenario, validate_data
from game.session.contract import Accepted, Failed, Happened, Rejected, Rewound, Thinking, Update
from game.text.language import ENGLISH, N_, Language

from .protocol import (
    Act,
    Answer,
    Control,
    Debriefing,
    Error,
    Hello,
    ProtocolError,
    Status,
    Welcome,
    event_of,
    parse_server,
    view_of,
)
from .protocol import Update as Sent

JOIN_TIMEOUT = 10.0


class JoinError(Told):
    """The server could not be reached, or refused the code: the message says which (in
    the language the client asked for; a refusal in the server's words)."""


def address_uri(address: str, port: int = 8765) -> str:
    """'192.168.1.5', '192.168.1.5:9000' or 'ws://…' as a WebSocket address."""
    if address.startswith(("ws://", "wss://")):
        return address
    if ":" not in address:
        address = f"{address}:{port}"
    return f"ws://{address}"


class RemoteController:
    def __init__(
        self,
        address: str,
        code: str,
        name: str = "",
        instructor: bool = False,
        lang: Language = ENGLISH,
    ) -> None:
        """Join the server at `address` with a seat's code (or, with `instructor`, the
        instructor's password). Returns once the server has welcomed this client and sent
        its view; raises JoinError with the reason otherwise. `lang`: the language of what
        this side says (a lost connection; the server's messages are the server's)."""
        self.uri = address_uri(address)
        self._lang = lang
        self._code, self._name, self._instructor = code, name, instructor
        self._lock = threading.Lock()
        self._outbox: queue.Queue[Update] = queue.Queue()
        self._history: tuple[tuple[Event, ...], ...] = ()
        self._view: GameState | None = None
        self._legal: tuple[Action, ...] = ()
        self._waiting: tuple[str, ...] = ()
        self._tickets = 0
        self._pending: dict[int, str] = {}
        self._epoch = ""
        self._seen = 0
        self.welcome: Welcome | None = None
        self.status: Status | None = None
        self.status_at = 0.0  # when it came, for counting the phase's time down
        self._debrief: Debrief | None = None
        self.connected = threading.Event()
        self._ready = threading.Event()
        self._error: str | None = None
        self._closing = False
        self._task: asyncio.Task[None] | None = None
        self._stopping: asyncio.Future[None] | None = None
        self._loop = asyncio.new_event_loop()
        self._queue: asyncio.Queue[str] = asyncio.Queue()
        self._scenario: Scenario
        self._ws: ClientConnection | None = None
        self._thread = threading.Thread(target=self._run, name="network", daemon=True)
        self._thread.start()
        if not self._ready.wait(JOIN_TIMEOUT) or self._error is not None:
            self.close()
            if self._error is not None:
                raise JoinError(self._error)  # said already
            raise JoinError(
                N_("no answer from {address} within {seconds} s"),
                address=self.uri,
                seconds=f"{JOIN_TIMEOUT:g}",
            )
        assert self.welcome is not None
        self._scenario = validate_data(
            self.welcome.scenario, self._lang.text(N_("the server's scenario"))
        )

    # ------------------------------------------------------------ the contract

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def seat(self) -> str:
        assert self.welcome is not None
        return self.welcome.seat

    @property
    def role(self) -> str:
        assert self.welcome is not None
        return self.welcome.role

    @property
    def seats(self) -> tuple[str, ...]:
        return (self.seat,)

    def view(self, seat: str) -> GameState:
        with self._lock:
            assert self._view is not None
            return self._view

    def legal(self, seat: str) -> tuple[Action, ...]:
        with self._lock:
            return self._legal if self.role == "player" else ()

    def history(self, seat: str) -> tuple[tuple[Event, ...], ...]:
        return self._history

    def waiting_for(self) -> tuple[str, ...]:
        with self._lock:
            return self._waiting

    def submit(self, seat: str, action: Action) -> int:
        with self._lock:
            self._tickets += 1
            ticket = self._tickets
            self._pending[ticket] = str(action)
        self._send(Act(ticket=ticket, action=str(action)))
        return ticket

    def instruct(self, command: str, **options: Any) -> None:
        """An instructor's command (start, pause, resume, end_phase, undo, end_game,
        inject, timer, reassign, remove)."""
        self._send(Control(command=command, **options))

    def poll(self) -> list[Update]:
        found = []
        while True:
            try:
                found.append(self._outbox.get_nowait())
            except queue.Empty:
                return found

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """True once every move sent has its answer and the game waits on someone."""
        end = time.monotonic() + timeout
        while True:
            with self._lock:
                if not self._pending:
                    return True
            if time.monotonic() >= end:
                return False
            time.sleep(0.005)

    def debrief(self) -> Debrief | None:
        return self._debrief

    def time_left(self) -> float | None:
        """Seconds left in this phase under the instructor's timer, if one is set."""
        if self.status is None or self.status.timer is None:
            return None
        return max(0.0, self.status.timer - (time.monotonic() - self.status_at))

    def save(self, path: Path) -> None:
        """Nothing to write: the server keeps the game in its journal."""

    def undo_phase(self) -> bool:
        return False  # the instructor undoes, for the whole class

    def close(self) -> None:
        self._closing = True
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._stop)
        self._thread.join(timeout=5)

    def _stop(self) -> None:
        # A clean goodbye: the connection closes, and the loop below sees it is closing.
        if self._ws is not None:
            self._stopping = asyncio.ensure_future(self._ws.close())
        elif self._task is not None:
            self._task.cancel()

    # ------------------------------------------------------------ the connection

    def _send(self, message: Act | Control) -> None:
        # Through the loop's queue: sent in order, and kept across a reconnection.
        self._loop.call_soon_threadsafe(self._queue.put_nowait, message.model_dump_json())

    async def _write(self, ws: ClientConnection) -> None:
        while True:
            text = await self._queue.get()
            try:
                await ws.send(text)
            except ConnectionClosed:
                self._queue.put_nowait(text)  # goes out after the reconnection
                return

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._task = self._loop.create_task(self._connect())
        try:
            self._loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        finally:
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()

    async def _connect(self) -> None:
        try:
            async for ws in connect(
                self.uri,
                max_size=2**24,
                compression=None,
                open_timeout=5,
                process_exception=self._retry,
            ):
                self._ws = ws
                try:
                    hello = Hello(
                        code=self._code,
                        name=self._name,
                        instructor=self._instructor,
                        epoch=self._epoch,
                        seen=self._seen,
                        lang=self._lang.code,
                    )
                    await ws.send(hello.model_dump_json())
                    writer = asyncio.create_task(self._write(ws))
                    try:
                        async for raw in ws:
                            if not self._take(raw):
                                return
                    finally:
                        writer.cancel()
                    if self._closing:
                        return
                    raise ConnectionClosed(None, None)  # the server closed it: reconnect
                except ConnectionClosed:
                    self.connected.clear()
                    if self._closing or not self._ready.is_set():
                        if not self._ready.is_set() and self._error is None:
                            self._error = self._lang.text(
                                N_("{address} closed the connection"), address=self.uri
                            )
                            self._ready.set()
                        return
                    continue  # reconnect, and catch up
        except (OSError, InvalidHandshake, InvalidURI, TimeoutError) as error:
            lang = self._lang
            if not self._ready.is_set():
                self._error = lang.text(
                    N_("cannot reach {address}: {problem}"), address=self.uri, problem=error
                )
                self._ready.set()
            else:
                lost = lang.text(
                    N_("lost the server at {address}: {problem}"), address=self.uri, problem=error
                )
                self._outbox.put(Failed(lost))

    def _retry(self, error: Exception) -> Exception | None:
        """Joining fails at once if the server cannot be reached; once in, a drop is
        retried (with backoff) for as long as it lasts."""
        if not self._ready.is_set():
            return error
        return process_exception(error)

    def _take(self, raw: str | bytes) -> bool:
        """One message from the server; False to stop (a refusal)."""
        try:
            message = parse_server(raw)
        except ProtocolError as error:
            unreadable = self._lang.text(
                N_("the server sent something unreadable: {problem}"),
                problem=error.text(self._lang),
            )
            self._outbox.put(Failed(unreadable))
            return True
        if isinstance(message, Welcome):
            self.welcome = message
            self._epoch = message.epoch
            self.connected.set()
        elif isinstance(message, Sent):
            self._updated(message)
        elif isinstance(message, Answer):
            with self._lock:
                self._pending.pop(message.ticket, None)
            if message.accepted:
                self._outbox.put(Accepted(message.ticket, self.seat, message.action))
            else:
                self._outbox.put(
                    Rejected(message.ticket, self.seat, message.action, message.reason)
                )
        elif isinstance(message, Status):
            changed = self.status is None or self.status.thinking != message.thinking
            self.status = message
            self.status_at = time.monotonic()
            if changed:
                self._outbox.put(Thinking(tuple(message.thinking)))
        elif isinstance(message, Debriefing):
            self._debrief = Debrief.model_validate(message.debrief)
        elif isinstance(message, Error):
            if message.fatal:
                self._error = message.message
                self._ready.set()
                return False
            seat = self.welcome.seat if self.welcome else ""
            self._outbox.put(Rejected(0, seat, "", message.message))
        return True

    def _updated(self, update: Sent) -> None:
        batches = tuple(tuple(event_of(e) for e in batch) for batch in update.events)
        view = view_of(update.view)
        with self._lock:
            self._view = view
            self._legal = tuple(parse_action(a) for a in update.legal)
            self._waiting = tuple(update.waiting)
            self._seen = update.seq
        if not self._ready.is_set():
            # The first update after joining: what happened before is the history.
            self._history = batches
            self._ready.set()
            return
        seat = self.seat
        if update.rewound:
            self._outbox.put(Rewound(seat, view))
            # Reconnected to a new stream (a restart, an undo): the log starts over.
            self._history = batches
        for batch in () if update.rewound else batches:
            self._outbox.put(Happened(seat, batch, view))
