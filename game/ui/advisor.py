"""What each of the seat's moves is worth to it, worked out off the UI thread: the
heuristic AI's judgement of the seat's own view takes up to a few hundred milliseconds in
a large scenario, longer than a frame may."""

from __future__ import annotations

import threading

from game.ai.heuristic import HeuristicBot, Option
from game.engine import GameState


class Advisor:
    def __init__(self) -> None:
        self._bots: dict[str, HeuristicBot] = {}
        self._lock = threading.Lock()
        self._key: object = None
        self._advice: dict[str, Option] | None = None
        self._asked: tuple[HeuristicBot, GameState, object] | None = None
        self.ready = threading.Event()  # set when the advice for the last request is in

    def advice(self, seat: str, view: GameState, key: object) -> dict[str, Option] | None:
        """The advice for this turn (by `key`), or None until it has been worked out
        (`start`)."""
        with self._lock:
            if key == self._key:
                return self._advice
            self._key, self._advice = key, None
            self.ready.clear()
        if seat not in self._bots:
            self._bots[seat] = HeuristicBot(seat)
        self._asked = (self._bots[seat], view, key)
        return None

    def start(self) -> None:
        """Work out the advice last asked for. The window calls this once the table is
        laid out: the advisor's thread shares the interpreter with the window, and while
        it works every layout takes twice as long."""
        if self._asked is None:
            return
        bot, view, key = self._asked
        self._asked = None
        threading.Thread(target=self._work, args=(bot, view, key), daemon=True).start()

    def _work(self, bot: HeuristicBot, view: GameState, key: object) -> None:
        options = {str(o.action): o for o in bot.options(view)}
        with self._lock:
            if key == self._key:  # a later turn may have asked meanwhile
                self._advice = options
                self.ready.set()
