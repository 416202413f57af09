"""`make tendencies`: play every bundled scenario with each AI level in every seat and
with each strategy that aims at an order, and write how the games ended to
scenarios/tendencies.json (game/support/tendencies.py reads it). After a change of the
rules (RULES_VERSION), record it again: a record of other rules is not shown."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from game.engine import RULES_VERSION
from game.scenario.load import load_data
from game.support.bundled import bundled_names, scenario_path
from game.support.files import write_atomic
from game.support.tendencies import LEVELS, RECORD, WAYS, Tendencies, Tendency

from .executor import stream
from .simulate import VERDICTS, Study, run_one
from .strategies import arms


def ordered(counts: Counter[str]) -> dict[str, int]:
    """The counts in the order the game names the verdicts, none left out."""
    return {verdict: counts[verdict] for verdict in VERDICTS}


def measure(names: list[str], level_runs: int, strategy_runs: int, jobs: int | None) -> Tendencies:
    """Every scenario's games, seeds 1 to the runs, each arm over the same seeds."""
    plan: list[tuple[str, str, str, Study]] = []
    for name in names:
        path = str(scenario_path(name))
        data = load_data(path)
        written = {arm.name: arm for arm in arms(path, "normal")}
        great = [nation for nation, _ in written["normal"].seats]
        for level in LEVELS:
            seats = tuple((g, level) for g in great)
            plan += [
                (name, "levels", level, Study(data, s, seats)) for s in range(1, level_runs + 1)
            ]
        for strategy in WAYS.values():
            seats = written[strategy].seats
            plan += [
                (name, "strategies", strategy, Study(data, s, seats))
                for s in range(1, strategy_runs + 1)
            ]
    counts: dict[tuple[str, str, str], Counter[str]] = {}
    for (name, group, arm, _), record in zip(
        plan, stream(run_one, [p[3] for p in plan], jobs, None), strict=True
    ):
        counts.setdefault((name, group, arm), Counter())[record["verdict"]] += 1
    scenarios = {
        name: Tendency(
            levels={lv: ordered(counts[name, "levels", lv]) for lv in LEVELS},
            strategies={st: ordered(counts[name, "strategies", st]) for st in WAYS.values()},
        )
        for name in names
    }
    return Tendencies(
        rules=RULES_VERSION,
        level_runs=level_runs,
        strategy_runs=strategy_runs,
        scenarios=scenarios,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.sim.tendencies", description=__doc__)
    parser.add_argument("--level-runs", type=int, default=20, help="games per AI level")
    parser.add_argument("--strategy-runs", type=int, default=10, help="games per strategy")
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: all cores)")
    args = parser.parse_args(argv)
    found = measure(bundled_names(), args.level_runs, args.strategy_runs, args.jobs)
    write_atomic(RECORD, found.model_dump_json(indent=1) + "\n")
    print(f"wrote {RECORD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
