"""`python -m bench.where`: where a 20-round game of liberal-restraint-2025 with baseline
powers spends its time, by kind of move: how many of each a game has, and the time to
decide one (the baseline's choice) and to apply it (the engine, with any automatic phase
it sets off: the last ballot runs the results, the last membership move the end of the
round). Timed with the clock around each call, not a profiler, which inflates small
functions. Run it before and after a speed step, with the same seeds (`--games N`)."""

from __future__ import annotations

import argparse
import time
from collections import Counter

from game.ai.baseline import baseline_action
from game.engine import current_players, is_terminal
from game.play.match import Match

from .__main__ import twenty_rounds


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.where", description=__doc__)
    parser.add_argument("--games", type=int, default=5, help="games on seeds 0.. (default 5)")
    games = parser.parse_args().games
    scenario = twenty_rounds()
    deciding: Counter[tuple[str, str]] = Counter()
    applying: Counter[tuple[str, str]] = Counter()
    count: Counter[tuple[str, str]] = Counter()
    for seed in range(games):
        match = Match(scenario, seed)
        while not is_terminal(match.state):
            phase = match.state.phase.value
            start = time.perf_counter()
            action = baseline_action(match.state, current_players(match.state)[0])
            decided = time.perf_counter()
            match.submit(action)
            kind = (phase, type(action).__name__)
            deciding[kind] += decided - start
            applying[kind] += time.perf_counter() - decided
            count[kind] += 1
    total = sum(deciding.values()) + sum(applying.values())
    print(f"a game: {1000 * total / games:.1f} ms over {games} games")
    print(f"{'phase':12} {'move':9} {'a game':>7} {'decide':>10} {'apply':>10} {'share':>6}")
    for kind in sorted(count, key=lambda k: -(deciding[k] + applying[k])):
        n = count[kind]
        share = 100 * (deciding[kind] + applying[kind]) / total
        print(
            f"{kind[0]:12} {kind[1]:9} {n / games:7.1f} {1e6 * deciding[kind] / n:8.1f}us "
            f"{1e6 * applying[kind] / n:8.1f}us {share:5.1f}%"
        )


if __name__ == "__main__":
    main()
