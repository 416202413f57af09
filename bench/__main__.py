"""`python -m bench`: medians of the engine's speed on this machine, against the targets.

Targets: a 20-round game of liberal-restraint-2025 with baseline policies <= 25 ms;
indices <= 5 ms for 30 members and <= 50 ms for 200; a 20-round save <= 100 KB; 1,000
simulate runs at the scenario's own length (8 rounds) <= 20 s on 2 jobs (measured on 100
runs and scaled, or on all 1,000 with `python -m bench --full`).
"""

from __future__ import annotations

import contextlib
import io
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from game.ai.baseline import baseline_action
from game.engine import (
    VotingGame,
    current_players,
    is_terminal,
    legal_actions,
    power_indices,
    quantise,
    shapley_shubik,
)
from game.play.match import Match
from game.scenario import Scenario, load_scenario
from game.sim.simulate import simulate

ROOT = Path(__file__).resolve().parents[1]


def cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def twenty_rounds() -> Scenario:
    scenario = load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml")
    return scenario.model_copy(update={"length": scenario.length.model_copy(update={"rounds": 20})})


def play(scenario: Scenario, seed: int) -> Match:
    match = Match(scenario, seed)
    while not is_terminal(match.state):
        match.submit(baseline_action(match.state, current_players(match.state)[0]))
    return match


def simulate_seconds(runs: int) -> float:
    """Wall time of `main.py simulate` on the 2025 world at its own length, 2 jobs."""
    path = str(ROOT / "scenarios" / "liberal-restraint-2025.yaml")
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        simulate(path, runs, 1, None, [], 2, True)
    return time.perf_counter() - start


def main() -> None:
    full = "--full" in sys.argv[1:]
    print(f"CPU: {cpu()} ({os.cpu_count()} cores), Python {platform.python_version()}")
    scenario = twenty_rounds()
    seeds = iter(range(1000))
    game = median_ms(lambda: play(scenario, next(seeds)), 7)
    print(f"20-round game, baseline policies      {game:9.1f} ms   (target 25 ms)")
    match = play(scenario, 1)
    print(f"  one round                           {game / 20:9.1f} ms")
    states = match.states[:: max(1, len(match.states) // 50)]
    rng = random.Random(0)

    def some_legal_actions() -> None:
        state = rng.choice(states)
        for nation in current_players(state):
            legal_actions(state, nation)

    print(f"legal_actions (all current players)   {median_ms(some_legal_actions, 50):9.2f} ms")
    for n in (30, 200):
        spread = random.Random(n)
        raw = [spread.uniform(0.1, 10) for _ in range(n)]
        weights, quota = quantise(raw, 0.85)
        games = {
            "majority": VotingGame((1,) * n, n // 2 + 1, (False,) * n),
            "weighted": VotingGame(weights, quota, (False,) * n),
        }
        for label, voting in games.items():

            def banzhaf(voting: VotingGame = voting) -> None:
                power_indices.cache_clear()
                power_indices(voting)

            def shapley(voting: VotingGame = voting) -> None:
                shapley_shubik.cache_clear()
                shapley_shubik(voting)

            target = 5 if n == 30 else 50
            fast, slow = median_ms(banzhaf, 9), median_ms(shapley, 5)
            print(
                f"indices, {n:3} members, {label:8} Banzhaf+Coleman {fast:7.2f} ms, "
                f"Shapley-Shubik {slow:7.2f} ms   (target {target} ms)"
            )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "save.json"
        match.save(path)
        size = path.stat().st_size / 1024
        print(f"save file, 20 rounds                  {size:9.1f} KB   (target 100 KB)")
    runs = 1000 if full else 100
    seconds = simulate_seconds(runs) * 1000 / runs
    note = "" if full else " (100 runs, scaled)"
    print(f"simulate, 1,000 runs x 8 rounds, 2 jobs  {seconds:6.1f} s    (target 20 s){note}")


if __name__ == "__main__":
    main()
