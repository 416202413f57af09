"""Choosing the bots of a game: a kind, level or strategy for each seat (`--ai`), and the
bot that plays it. The loop that asks them for moves is game/play/loop.py."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from game.scenario import Scenario

from .base import Bot
from .heuristic import HeuristicBot
from .lookahead import LookaheadBot
from .simple import BaselineBot, RandomBot
from .strategy import STRATEGIES, StrategyBot

KINDS = ("heuristic", "lookahead", "random", "baseline")
LEVELS = {
    "easy": ("heuristic", "easy"),
    "normal": ("heuristic", "normal"),
    "hard": ("lookahead", "normal"),
}


def make_bot(
    kind: str,
    nation: str,
    doctrine: tuple[float, float, float, float] | None = None,
    partners: tuple[str, ...] = (),
) -> Bot:
    """A bot of a kind (heuristic, lookahead, random, baseline), level (easy, normal,
    hard) or strategy (concert, hegemony, bloc, ...) for the nation; `doctrine` is the
    scenario's ai.doctrine for it, if any; `partners` the other seats playing the same
    strategy (a bloc's members)."""
    if kind in STRATEGIES:
        return StrategyBot(nation, doctrine, strategy=kind, partners=partners)
    kind, level = LEVELS.get(kind, (kind, "normal"))
    if kind == "heuristic":
        return HeuristicBot(nation, doctrine, level)
    if kind == "lookahead":
        return LookaheadBot(nation, doctrine)
    if kind == "random":
        return RandomBot(nation)
    if kind == "baseline":
        return BaselineBot(nation)
    raise ValueError(
        f"no such AI: '{kind}' (one of {', '.join(KINDS + tuple(LEVELS) + STRATEGIES)})"
    )


class SeatError(ValueError):
    """An --ai setting that names no bot kind or no great power."""


def written_seats(scenario: Scenario) -> dict[str, str]:
    """The AI the scenario's `seats:` names for each seat it lists (none if it lists
    none): who plays a seat nobody takes, in a headless game and a study as in the
    window."""
    return {seat.nation: seat.ai.value for seat in scenario.seats or ()}


def seat_kinds(
    settings: list[str], great_powers: list[str], written: Mapping[str, str] | None = None
) -> dict[str, str]:
    """--ai settings (KIND for every great power, or NATION=KIND) as great power -> kind,
    over the kinds the scenario wrote for its seats (`written_seats`)."""
    names = [*KINDS, *LEVELS, *STRATEGIES]
    kinds: dict[str, str] = dict(written or {})
    for setting in settings:
        nation, _, kind = setting.rpartition("=")
        if kind not in names:
            close = difflib.get_close_matches(kind, names, 1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise SeatError(f"--ai {setting}: no AI '{kind}'; {hint}choose from {', '.join(names)}")
        if not nation:
            kinds.update(dict.fromkeys(great_powers, kind))
        elif nation in great_powers:
            kinds[nation] = kind
        else:
            close = difflib.get_close_matches(nation.upper(), great_powers, 1, cutoff=0.5)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise SeatError(
                f"--ai {setting}: '{nation}' is not a great power of the scenario; {hint}"
                f"the seats are {', '.join(great_powers)}"
            )
    return kinds


def seat_bots(scenario: Scenario, kinds: Mapping[str, str]) -> dict[str, Bot]:
    """A bot for every great power: the kind named for it, else the baseline; each
    plays by the scenario's `ai.doctrine` for its nation, if set. Seats given the same
    strategy are each other's partners."""
    return {
        nation.id: make_bot(
            kinds.get(nation.id, "baseline"),
            nation.id,
            nation.ai.doctrine.as_tuple() if nation.ai.doctrine else None,
            partners_of(kinds, nation.id),
        )
        for nation in scenario.great_powers()
    }


def partners_of(kinds: Mapping[str, str], nation: str) -> tuple[str, ...]:
    """The other seats playing the nation's strategy, if it plays one."""
    kind = kinds.get(nation)
    if kind not in STRATEGIES:
        return ()
    return tuple(sorted(n for n, k in kinds.items() if k == kind and n != nation))
