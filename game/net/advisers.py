"""What each browser seat's moves are worth to it, as the window's advisers say it ("Your
advisers: it gains ..."): the heuristic AI's terms for each of the seat's moves, judged
from the seat's own view. Judging one seat's moves takes up to a few hundred
milliseconds in a large scenario, which the server's loop may not spend while a class
waits for its tables: the judging runs in a process of its own, at a lower priority
than the game, one seat at a time, the latest turn of each seat first come first
served. A seat's table goes out at once, and again when its advice is in."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ProcessPoolExecutor

import psutil

from game.ai.heuristic import HeuristicBot, Option
from game.engine import GameState
from game.support.collector import pace_for_play

log = logging.getLogger(__name__)
Advice = dict[str, Option]  # by the move's action text

_BOTS: dict[str, HeuristicBot] = {}  # in the advisers' process: one judge a seat


def _start() -> None:
    """The advisers' process yields to the game's: it works while the server waits."""
    pace_for_play()
    me = psutil.Process()
    below = getattr(psutil, "BELOW_NORMAL_PRIORITY_CLASS", None)  # (Windows)
    me.nice(below if below is not None else 10)


def judge(seat: str, view: GameState) -> Advice:
    """The seat's moves and what each is worth to it (in the advisers' process)."""
    bot = _BOTS.setdefault(seat, HeuristicBot(seat))
    return {str(option.action): option for option in bot.options(view)}


class Advisers:
    def __init__(self, ready: Callable[[str], None]) -> None:
        self.ready = ready  # told the seat whose advice has come in (on the loop)
        self.found: dict[str, tuple[Hashable, Advice]] = {}
        self.wanted: dict[str, tuple[Hashable, GameState]] = {}  # oldest wish first
        self.busy = False
        self.pool: ProcessPoolExecutor | None = None

    def advice(self, seat: str, key: Hashable, view: GameState) -> Advice:
        """The advice for the seat's turn `key` if it is in; else it is asked for, and
        meanwhile the seat's last advice serves (a move it no longer has is not shown,
        and a table that blinks its advice off and on at every move helps nobody)."""
        found = self.found.get(seat)
        if found is not None and found[0] == key:
            return found[1]
        if self.wanted.get(seat, (None,))[0] != key:
            self.wanted.pop(seat, None)
            self.wanted[seat] = (key, view)
            self._next()
        return found[1] if found is not None else {}

    def _next(self) -> None:
        if self.busy or not self.wanted:
            return
        seat = next(iter(self.wanted))
        key, view = self.wanted.pop(seat)
        if self.pool is None:
            spawn = multiprocessing.get_context("spawn")  # no copy of the server's threads
            self.pool = ProcessPoolExecutor(1, mp_context=spawn, initializer=_start)
        try:
            future = self.pool.submit(judge, seat, view)
        except RuntimeError as error:  # the process died (or is closing): no more advice
            log.warning("the advisers stopped: %s", error)
            self.wanted.clear()
            return
        self.busy = True
        loop = asyncio.get_running_loop()

        def judged(done: Future[Advice]) -> None:  # (on the pool's thread)
            with contextlib.suppress(RuntimeError):  # the server has stopped meanwhile
                loop.call_soon_threadsafe(self._judged, seat, key, done)

        future.add_done_callback(judged)

    def _judged(self, seat: str, key: Hashable, done: Future[Advice]) -> None:
        self.busy = False
        if done.cancelled():
            return
        error = done.exception()
        if error is not None:
            log.warning("the advisers could not judge %s's moves: %s", seat, error)
        else:
            self.found[seat] = (key, done.result())
            if seat not in self.wanted:  # (else a later turn is on its way)
                self.ready(seat)
        self._next()

    def forget(self) -> None:
        """An undo: what was judged was judged of a game that is no more."""
        self.found.clear()
        self.wanted.clear()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
