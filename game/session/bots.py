"""Where the AI powers think: on the match's thread, or in a process of their own so that
a window's frames never wait on them (Python runs one thread's code at a time).

Either way each bot sees only its nation's view and the events that nation may see."""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Mapping
from multiprocessing.connection import Connection
from typing import Any, Protocol

from game.ai.base import Bot, Decision
from game.ai.play import make_bot, partners_of
from game.engine import Event, GameState, seat_view
from game.play.loop import Bots
from game.support.collector import pace_for_play

Doctrine = tuple[float, float, float, float] | None


class BotHost(Protocol):
    nations: tuple[str, ...]

    def decide(self, state: GameState, nation: str) -> Decision: ...

    def observe(self, events: tuple[Event, ...]) -> None: ...

    def reset(self) -> None:
        """Forget everything seen (before the game is shown to them again, after an undo)."""
        ...

    def close(self) -> None: ...


def _make(kinds: Mapping[str, str], doctrines: Mapping[str, Doctrine]) -> dict[str, Bot]:
    return {
        n: make_bot(kind, n, doctrines.get(n), partners_of(kinds, n)) for n, kind in kinds.items()
    }


class ThreadBots:
    """The bots in the caller's thread (tests, headless play)."""

    def __init__(self, kinds: Mapping[str, str], doctrines: Mapping[str, Doctrine]) -> None:
        self._kinds, self._doctrines = dict(kinds), dict(doctrines)
        self._bots = Bots(_make(self._kinds, self._doctrines))
        self.nations = self._bots.nations

    def decide(self, state: GameState, nation: str) -> Decision:
        return self._bots.decide(state, nation)

    def observe(self, events: tuple[Event, ...]) -> None:
        self._bots.observe(events)

    def reset(self) -> None:
        self._bots = Bots(_make(self._kinds, self._doctrines))

    def close(self) -> None:
        pass


def _serve(connection: Connection, kinds: dict[str, str], doctrines: dict[str, Doctrine]) -> None:
    pace_for_play()  # a process that only plays: no window here
    bots = Bots(_make(kinds, doctrines))
    while True:
        try:
            request: tuple[Any, ...] = connection.recv()
        except EOFError:
            return
        kind = request[0]
        if kind == "decide":
            _, nation, view = request
            connection.send(bots.bots[nation].decide(view))
        elif kind == "observe":
            bots.observe(request[1])
        elif kind == "reset":
            bots = Bots(_make(kinds, doctrines))
        else:
            return


class ProcessBots:
    """The bots in a child process: the view goes over a pipe and the decision comes
    back, while the waiting thread holds no lock the window needs."""

    def __init__(self, kinds: Mapping[str, str], doctrines: Mapping[str, Doctrine]) -> None:
        self.nations = tuple(kinds)
        context = multiprocessing.get_context("spawn")  # no copy of the window's threads
        self._connection, child = context.Pipe()
        self._process = context.Process(
            target=_serve,
            args=(child, dict(kinds), dict(doctrines)),
            daemon=True,
            name="ai-powers",
        )
        self._process.start()
        child.close()

    def decide(self, state: GameState, nation: str) -> Decision:
        self._connection.send(("decide", nation, seat_view(state, nation)))
        decision: Decision = self._connection.recv()
        return decision

    def observe(self, events: tuple[Event, ...]) -> None:
        self._connection.send(("observe", events))

    def reset(self) -> None:
        self._connection.send(("reset",))

    def close(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):  # it may be gone already
            self._connection.send(("stop",))
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
        self._connection.close()
