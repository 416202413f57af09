"""The local controller: the match and the AI powers on a thread of their own, so the
window keeps drawing while a power thinks. Scenes talk to it only through the contract:
commands go in by a queue, updates come out by another, and each seat's view and legal
actions are published as whole snapshots."""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.debrief.model import Debrief
from game.engine import (
    INSTRUCTOR,
    OBSERVER,
    Action,
    Event,
    GameState,
    IllegalAction,
    View,
    check,
    current_players,
    is_terminal,
    legal_actions,
    player_view,
    visible,
)
from game.play.loop import next_decision
from game.play.match import Match
from game.scenario import Scenario
from game.text.language import ENGLISH, N_, Language
from game.text.legality import legality_text

from .bots import BotHost, ProcessBots, ThreadBots
from .contract import Accepted, Failed, Happened, Rejected, Rewound, Thinking, Update


@dataclass(frozen=True)
class _Act:
    ticket: int
    seat: str
    action: Action


@dataclass(frozen=True)
class _Call:
    """A request the UI waits for (save, undo): done is set with its answer."""

    kind: str
    path: Path | None
    done: threading.Event
    answer: list[object]
    seating: tuple[Any, ...] = ()  # reseat: (humans, ai)


_STOP = object()


class LocalController:
    def __init__(
        self,
        match: Match,
        humans: Sequence[str],
        ai: Mapping[str, str],
        own_process: bool = False,
        instructor: bool = False,
        notify: Callable[[], None] | None = None,
        watchers: Sequence[str] = (),
        lang: Language = ENGLISH,
    ) -> None:
        """`humans`: the nations people play; `ai`: every other great power's bot kind or
        level (easy, normal, hard). `own_process`: the AI powers think in a process of
        their own (the window uses it, so its frames never wait on them). `instructor`:
        the instructor's seat may act (pause, end a phase, inject an event) and sees all.
        `notify` is called, from the match thread, whenever an update is ready to poll.
        `watchers`: seats that get their views and events though nobody moves for them (a
        team whose seat the AI plays for now). `lang`: the language of its refusals and
        failures (the window's; the classroom server's English until its clients say
        theirs)."""
        self._match = match
        self._humans = tuple(humans)
        self._kinds = dict(ai)
        self._own_process = own_process
        self._instructor = instructor
        self._notify = notify
        self._watchers = tuple(watchers)
        self._lang = lang
        self._bots = self._make_bots()
        self._inbox: queue.Queue[object] = queue.Queue()
        self._outbox: queue.Queue[Update] = queue.Queue()
        self._lock = threading.Lock()
        self._tickets = 0
        self._views: dict[str, View] = {}
        self._legal: dict[str, tuple[Action, ...]] = {}
        self._waiting: tuple[str, ...] = ()
        self._idle = threading.Event()
        self._thinking: tuple[str, ...] = ()
        self._debrief: Debrief | None = None
        self._history = {
            seat: tuple(tuple(e for e in events if visible(e, seat)) for events in match.events)
            for seat in self._humans
        }
        self._publish_views()
        self._thread = threading.Thread(target=self._run, name="match", daemon=True)
        self._thread.start()

    def _make_bots(self) -> BotHost:
        doctrines = {
            n.id: n.ai.doctrine.as_tuple() if n.ai.doctrine else None
            for n in self._match.scenario.great_powers()
        }
        kinds = {n: k for n, k in self._kinds.items() if n not in self._humans}
        host = ProcessBots if self._own_process else ThreadBots
        return host(kinds, doctrines)

    def _emit(self, *updates: Update) -> None:
        """Updates out, then one call to wake the listener (a wake-up is a write to the
        event loop's socket: one for a move's every viewer, not one each)."""
        for update in updates:
            self._outbox.put(update)
        if self._notify is not None:
            self._notify()

    @property
    def _viewers(self) -> tuple[str, ...]:
        watching = tuple(w for w in self._watchers if w not in self._humans)
        return (*self._humans, *watching, OBSERVER, *((INSTRUCTOR,) if self._instructor else ()))

    # ------------------------------------------------------------ the contract

    @property
    def scenario(self) -> Scenario:
        return self._match.scenario

    @property
    def seats(self) -> tuple[str, ...]:
        return self._humans

    def view(self, seat: str) -> GameState:
        with self._lock:
            return self._views[seat]

    def legal(self, seat: str) -> tuple[Action, ...]:
        with self._lock:
            return self._legal.get(seat, ())

    def history(self, seat: str) -> tuple[tuple[Event, ...], ...]:
        return self._history.get(seat, ())

    def waiting_for(self) -> tuple[str, ...]:
        with self._lock:
            return self._waiting

    def submit(self, seat: str, action: Action) -> int:
        with self._lock:
            self._tickets += 1
            ticket = self._tickets
            self._enqueue(_Act(ticket, seat, action))
        return ticket

    def poll(self) -> list[Update]:
        found = []
        while True:
            try:
                found.append(self._outbox.get_nowait())
            except queue.Empty:
                return found

    def save(self, path: Path) -> None:
        """Write a save (raises OSError if it cannot be written)."""
        answer = self._call("save", path)
        if isinstance(answer, OSError):
            raise answer

    def undo_phase(self) -> bool:
        return bool(self._call("undo", None))

    def reseat(self, humans: Sequence[str], ai: Mapping[str, str]) -> None:
        """Hand seats between people and the AI mid-game (the instructor's reassign)."""
        self._call("reseat", None, (tuple(humans), dict(ai)))

    def close(self) -> None:
        self._inbox.put(_STOP)
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        self._bots.close()

    # ------------------------------------------------------------ for tests and the UI

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until the game waits for a person or is over (True), or the timeout."""
        return self._idle.wait(timeout)

    def debrief(self) -> Debrief | None:
        state = self._match.state
        if not is_terminal(state):
            return None
        if self._debrief is None:
            from game.debrief.build import build

            steps = list(zip(self._match.states, self._match.events, strict=True))
            self._debrief = build(self._match.scenario, self._match.seed, steps)
        return self._debrief

    @property
    def match(self) -> Match:
        """The match itself, for the end of the game (the debrief reads the whole log)."""
        return self._match

    # ------------------------------------------------------------ the match thread

    def _call(self, kind: str, path: Path | None, seating: tuple[Any, ...] = ()) -> object:
        call = _Call(kind, path, threading.Event(), [], seating)
        with self._lock:
            self._enqueue(call)
        call.done.wait(timeout=60)
        return call.answer[0] if call.answer else None

    def _enqueue(self, command: object) -> None:
        # Under the lock, so the thread cannot mark itself idle between the two.
        self._idle.clear()
        self._inbox.put(command)

    def _rest(self) -> None:
        """Idle, unless a command came in meanwhile."""
        with self._lock:
            if self._inbox.empty():
                self._idle.set()

    def _run(self) -> None:
        try:
            while True:
                command = self._next_command()
                if command is _STOP:
                    return
                if command is not None:
                    self._handle(command)
                    continue
                if not self._ai_move():
                    self._set_thinking(())
                    self._rest()
                    command = self._inbox.get()
                    if command is _STOP:
                        return
                    self._handle(command)
        except Exception as error:  # the game so far is kept (autosave); say what broke
            detail = "".join(traceback.format_exception_only(error)).strip()
            said = self._lang.text(N_("the game stopped: {problem}"), problem=detail)
            self._emit(Failed(said))
            self._idle.set()

    def _next_command(self) -> object | None:
        try:
            return self._inbox.get_nowait()
        except queue.Empty:
            return None

    def _handle(self, command: object) -> None:
        if isinstance(command, _Act):
            self._act(command)
        elif isinstance(command, _Call):
            try:
                if command.kind == "save":
                    assert command.path is not None
                    self._match.save(command.path)
                    command.answer.append(True)
                elif command.kind == "reseat":
                    command.answer.append(self._reseat(*command.seating))
                else:
                    command.answer.append(self._undo())
            except OSError as error:
                command.answer.append(error)
            finally:
                command.done.set()

    def _act(self, act: _Act) -> None:
        state = self._match.state
        action = act.action
        instructing = self._instructor and act.seat == INSTRUCTOR
        lang = self._lang
        if not (instructing or act.seat in self._humans) or action.nation != act.seat:
            reason = lang.text(
                N_("{seat} cannot act for {nation}."), seat=act.seat, nation=action.nation
            )
            self._emit(Rejected(act.ticket, act.seat, str(action), reason))
            return
        if state.paused and not instructing:
            reason = lang.text(N_("The instructor has paused the game; wait until it resumes."))
            self._emit(Rejected(act.ticket, act.seat, str(action), reason))
            return
        legality = check(state, action)
        if not legality.ok:
            reason = legality_text(legality, state, lang)
            self._emit(Rejected(act.ticket, act.seat, str(action), reason))
            return
        try:
            events = self._match.submit(action)
        except IllegalAction as error:  # pragma: no cover - check said it was legal
            reason = legality_text(error.legality, state, lang)
            self._emit(Rejected(act.ticket, act.seat, str(action), reason))
            return
        self._emit(Accepted(act.ticket, act.seat, str(action)))
        self._after(events)

    def _ai_move(self) -> bool:
        """One AI power's move, if the game waits for one now; False if it waits for
        people only (or is over)."""
        state = self._match.state
        if is_terminal(state) or state.paused:
            return False
        thinking = tuple(p for p in current_players(state) if p in self._bots.nations)
        if not thinking:
            return False
        self._set_thinking(thinking)
        decision = next_decision(state, self._bots, self._humans)
        if decision is None:
            return False
        events = self._match.submit(decision.action, decision.explanation)
        self._after(events)
        return True

    def _after(self, events: tuple[Event, ...]) -> None:
        self._bots.observe(events)
        views = self._publish_views()
        self._emit(
            *(
                Happened(seat, tuple(e for e in events if visible(e, seat)), views[seat])
                for seat in self._viewers
            )
        )

    def _publish_views(self) -> dict[str, View]:
        state = self._match.state
        views = {seat: player_view(state, seat) for seat in self._viewers}
        legal = {seat: tuple(legal_actions(state, seat)) for seat in self._humans}
        waiting = () if is_terminal(state) else current_players(state)
        with self._lock:
            self._views, self._legal, self._waiting = views, legal, waiting
        return views

    def _set_thinking(self, nations: tuple[str, ...]) -> None:
        if nations != self._thinking:
            self._thinking = nations
            self._emit(Thinking(nations))

    def _reseat(self, humans: tuple[str, ...], ai: dict[str, str]) -> bool:
        self._bots.close()
        self._humans, self._kinds = humans, ai
        self._bots = self._make_bots()
        for events in self._match.events:
            self._bots.observe(events)
        self._history.update({seat: () for seat in humans if seat not in self._history})
        self._publish_views()
        return True

    def _undo(self) -> bool:
        """Back to the start of this phase, or of the one before if this one has just
        begun; the bots are made afresh and shown the game again, so they remember only
        what still happened."""
        states = self._match.states
        if len(states) <= 1:
            return False
        here = (states[-1].round, states[-1].phase)
        start = len(states) - 1
        while start > 0 and (states[start - 1].round, states[start - 1].phase) == here:
            start -= 1
        if start == len(states) - 1:  # nothing done in this phase yet: the one before
            before = (states[start - 1].round, states[start - 1].phase)
            while start > 0 and (states[start - 1].round, states[start - 1].phase) == before:
                start -= 1
            start = max(start, 0)
        while len(self._match.states) - 1 > start:
            self._match.undo()
        self._bots.reset()
        for events in self._match.events:
            self._bots.observe(events)
        self._publish_views()
        for seat in self._viewers:
            self._emit(Rewound(seat, self.view(seat)))
        return True
