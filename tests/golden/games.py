"""Golden games: what the engine does, recorded, so a change meant to keep behaviour can
be checked against it (same verdicts, indices to 1e-9, the same events).

Each bundled scenario and study world is played for 20 seeds with every great power the
baseline policy, then the heuristic AI (normal level). A game is kept as the verdict
shown after each round, the indices each round ends with, the kinds of events each round
had, and a digest of the whole event log. Record again, after a deliberate change of
behaviour only, with `make golden`; say in the commit what changed and why.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from game.ai.play import seat_bots
from game.engine import is_terminal, start
from game.engine.events import Event
from game.play.loop import Bots, step
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
WORLDS = (
    ROOT / "scenarios" / "tutorial.yaml",
    ROOT / "scenarios" / "liberal-restraint-2025.yaml",
    *sorted((ROOT / "scenarios" / "worlds").glob("*.yaml")),
)
PLAYERS = ("baseline", "heuristic")
SEEDS = range(1, 21)


def _plain(value: Any) -> Any:
    """Event data as JSON: tuples become lists; other values are kept as they print."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _digest(log: list[Event]) -> str:
    text = json.dumps(
        [[e.round, e.kind, _plain(e.data), _plain(e.audience)] for e in log],
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode()).hexdigest()


def play(world: Path, player: str, seed: int) -> dict[str, Any]:
    """One game, as the golden record keeps it."""
    scenario = load_scenario(world)
    first = compile_scenario(scenario, seed)
    state, events = start(first)
    bots = Bots(seat_bots(scenario, {g.id: player for g in scenario.great_powers()}))
    log = list(events)
    while not is_terminal(state):
        state, _, events = step(state, bots)
        log.extend(events)
    rounds: list[dict[str, Any]] = []
    kinds: dict[str, int] = {}
    shown = [first.order.shown, first.order.leaning]
    for e in log:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
        if e.kind == "verdict_changed":  # logged before the round's end
            shown = [e.get("verdict"), e.get("leaning")]
        if e.kind == "round_ended":
            indices = dict(e.get("indices"))
            rounds.append({"round": e.round, "verdict": shown, "indices": indices, "events": kinds})
            kinds = {}
    return {
        "seed": seed,
        "verdict": state.order.shown,
        "rounds": rounds,
        "events_after": kinds,
        "digest": _digest(log),
    }


def path_of(world: Path, player: str) -> Path:
    return HERE / f"{world.stem}.{player}.json.gz"


def recorded(world: Path, player: str) -> list[dict[str, Any]]:
    with gzip.open(path_of(world, player), "rt", encoding="utf-8") as file:
        games: list[dict[str, Any]] = json.load(file)
    return games


def record(world: Path, player: str) -> Path:
    games = [play(world, player, seed) for seed in SEEDS]
    target = path_of(world, player)
    text = json.dumps(games, indent=0, sort_keys=True)
    # mtime 0: the same games give the same bytes, so a re-record changes nothing in git.
    with target.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as file:
        file.write(text.encode())
    return target


if __name__ == "__main__":
    from concurrent.futures import ProcessPoolExecutor

    jobs = [(w, p) for w in WORLDS for p in PLAYERS]
    with ProcessPoolExecutor() as pool:
        for written in pool.map(record, *zip(*jobs, strict=True)):
            print(f"recorded {written.relative_to(ROOT)}", file=sys.stdout)
