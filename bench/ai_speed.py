"""`python -m bench.ai_speed`: the AI's speed on this machine, against issue 5's targets.

Targets: a heuristic decision <= 5 ms (p95); every great power of liberal-restraint-2025
deciding every phase of one round <= 25 ms (median over rounds, decisions only); a
20-round game with heuristic powers in every seat <= 500 ms (median); a lookahead
decision <= 300 ms (p95). With --full, also the whole tournament with the lookahead bot.
"""

from __future__ import annotations

import statistics
import sys
import time

from game.ai.lookahead import LookaheadBot
from game.ai.play import seat_bots
from game.engine import GameState, apply, current_players, is_terminal, player_view, start
from game.play.loop import Bots
from game.scenario.compile import compile_scenario
from game.sim.simulate import prepare

from .__main__ import ROOT, twenty_rounds


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def show(label: str, seconds: float, target_ms: int) -> None:
    print(f"{label:40} {1000 * seconds:8.2f} ms   (target {target_ms} ms)")


def heuristic_game(seed: int) -> tuple[float, list[float], dict[int, float], list[GameState]]:
    """Wall time of a 20-round all-heuristic game, each decision's time, the decisions'
    time per round, and the states decided in."""
    scenario = twenty_rounds()
    state, _ = start(compile_scenario(scenario, seed))
    bots = seat_bots(scenario, {n.id: "heuristic" for n in scenario.great_powers()})
    decisions: list[float] = []
    per_round: dict[int, float] = {}
    states = []
    begin = time.perf_counter()
    while not is_terminal(state):
        nation = current_players(state)[0]
        tick = time.perf_counter()
        decision = bots[nation].decide(player_view(state, nation))
        spent = time.perf_counter() - tick
        decisions.append(spent)
        per_round[state.round] = per_round.get(state.round, 0.0) + spent
        states.append(state)
        state, events = apply(state, decision.action)
        Bots(bots).observe(events)
    return time.perf_counter() - begin, decisions, per_round, states


def main() -> None:
    games, decisions, rounds, states = [], [], [], []
    for seed in (1, 2, 3, 4, 5):
        wall, each, per_round, seen = heuristic_game(seed)
        games.append(wall)
        decisions += each
        rounds += list(per_round.values())
        states += seen
    show("heuristic decision, p95", p95(decisions), 5)
    print(
        f"  median {1000 * statistics.median(decisions):.2f} ms, max {1000 * max(decisions):.1f} ms"
        f", {len(decisions)} decisions"
    )
    show("one round, every power every phase", statistics.median(rounds), 25)
    show("20-round game, heuristic in every seat", statistics.median(games), 500)
    sample = states[:: max(1, len(states) // 60)]
    times = []
    for state in sample:
        nation = current_players(state)[0]
        bot = LookaheadBot(nation)
        tick = time.perf_counter()
        bot.decide(player_view(state, bot.nation))
        times.append(time.perf_counter() - tick)
    show("lookahead decision, p95", p95(times), 300)
    print(f"  median {1000 * statistics.median(times):.1f} ms, {len(times)} decisions")
    if "--full" in sys.argv[1:]:
        from game.sim.tournament import run_tournament

        scenario, data, _ = prepare(
            str(ROOT / "scenarios" / "liberal-restraint-2025.yaml"), [], None
        )
        seats = [n.id for n in scenario.great_powers()]
        result = run_tournament(data, seats, ["heuristic", "random", "lookahead"], 1, 40, 2)
        print("tournament, 40 seeds:", result["bots"], result["pairs"])


if __name__ == "__main__":
    main()
