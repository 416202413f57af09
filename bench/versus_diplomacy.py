"""`python -m bench.versus_diplomacy`: games a second of `simulate` (liberal-restraint-2025
at its own length, baseline powers, one process) against the `diplomacy` package's engine
playing random 30-phase games, measured in the same run (target: at least 5 times its
rate). The package is installed for this comparison only, into a virtual environment of
its own (`.bench/diplomacy`), never into the project's."""

from __future__ import annotations

import subprocess
import sys
import time
import venv
from pathlib import Path

from game.sim.simulate import Study, prepare, run_one

from .__main__ import ROOT

HOME = ROOT / ".bench" / "diplomacy"
GAMES = 20

# Random orders for every power, phase after phase, as a random-play study would make them.
RANDOM_GAMES = """
import random, sys, time
from diplomacy import Game
games, rng = int(sys.argv[1]), random.Random(1)
start = time.perf_counter()
for _ in range(games):
    game = Game()
    for _ in range(30):
        if game.is_game_done:
            break
        possible = game.get_all_possible_orders()
        for power in game.powers:
            places = game.get_orderable_locations(power)
            game.set_orders(power, [rng.choice(possible[p]) for p in places if possible[p]])
        game.process()
print(games / (time.perf_counter() - start))
"""


def diplomacy_python() -> Path:
    """The interpreter of the comparison's own environment, made on first use."""
    python = HOME / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    if not python.exists():
        venv.create(HOME, with_pip=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "diplomacy"], check=True)
    return python


def our_rate(games: int) -> float:
    _, data, _ = prepare(str(ROOT / "scenarios" / "liberal-restraint-2025.yaml"), [], None)
    run_one(Study(data, 0))  # compile the world once, as every process of a study does
    start = time.perf_counter()
    for seed in range(1, games + 1):
        run_one(Study(data, seed))
    return games / (time.perf_counter() - start)


def main() -> None:
    python = diplomacy_python()
    ours = our_rate(GAMES * 10)
    found = subprocess.run(
        [python, "-c", RANDOM_GAMES, str(GAMES)], check=True, capture_output=True, text=True
    )
    theirs = float(found.stdout.strip())
    ratio = ours / theirs
    print(f"simulate, liberal-restraint-2025 ({GAMES * 10} games)  {ours:8.1f} games/s")
    print(f"diplomacy package, random 30-phase games ({GAMES})  {theirs:8.1f} games/s")
    mark = "met" if ratio >= 5 else "NOT MET"
    print(f"ratio                                          {ratio:8.1f}x   (target 5x)  {mark}")


if __name__ == "__main__":
    main()
