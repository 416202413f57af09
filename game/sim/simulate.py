"""`main.py simulate`: many headless games of one scenario, baseline powers in every seat,
summarised as rates, verdicts and indices. Runs are independent: seed S, S+1, ..., spread
over processes; each returns a small record, so memory stays flat however many runs."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from game.ai.play import SeatError, seat_bots, seat_kinds, step
from game.engine import indices as order_indices
from game.engine.api import apply, current_players, is_terminal, start
from game.engine.baseline import baseline_action
from game.engine.outcome import influence, outcome
from game.engine.state import GameState
from game.scenario import Scenario, ScenarioError, load_scenario, validate_data
from game.scenario.compile import compile_scenario
from game.scenario.load import load_data
from game.scenario.overrides import OverrideError, apply_override, parse_assignment

VERDICTS = ("pluralist", "hegemonic", "bloc", "fragmented", "transitional")
MODES = ("voice", "subversion", "exit", "rollback")


@dataclass(frozen=True)
class Study:
    scenario: dict[str, Any]  # validated scenario data, with overrides applied
    seed: int
    ai: tuple[tuple[str, str], ...] = ()  # great power -> bot kind; the rest play baseline


def run_one(study: Study) -> dict[str, Any]:
    """One game: counts of what happened, the final indices and the scores."""
    scenario = validate_data(study.scenario)
    state, events = start(compile_scenario(scenario, study.seed))
    bots = seat_bots(scenario, dict(study.ai)) if study.ai else None
    log = list(events)
    member_rounds = {"great": 0, "minor": 0}

    def count_members(s: GameState) -> None:
        for body in s.bodies:
            for member in body.members:
                member_rounds["great" if s.nation(member).great else "minor"] += 1

    count_members(state)
    while not is_terminal(state):
        before = state.round
        if bots is None:  # the baseline alone reads the state directly: the same moves, faster
            state, events = apply(state, baseline_action(state, current_players(state)[0]))
        else:
            state, _, events = step(state, bots)
        log.extend(events)
        if state.round != before and not is_terminal(state):
            count_members(state)
    found = order_indices.compute(state)
    kinds = Counter(e.kind for e in log)
    exits = [e for e in log if e.kind == "nation_withdrew"]
    joins = [e for e in log if e.kind == "nation_joined"]
    shares = influence(state)
    return {
        "verdict": state.order.shown,
        "scores": dict(outcome(state).scores),
        "rounds": state.round,
        "member_rounds": member_rounds,
        "exits": {
            "great": sum(1 for e in exits if state.nation(e.get("nation")).great),
            "minor": sum(1 for e in exits if not state.nation(e.get("nation")).great),
        },
        "rejoins": len(joins),
        "vetoes": kinds["veto_cast"],
        "tabled": kinds["motion_tabled"],
        "adopted": kinds["motion_adopted"],
        "opt_outs": kinds["opted_out"],
        "threats": kinds["threat_made"],
        "reforms_won": sum(1 for e in log if e.kind == "threat_resolved" and e.get("won")),
        "rivals_founded": kinds["institution_founded"],
        "modes": Counter(mode for _, _, _, mode in state.modes),
        "by_nation": {
            n.id: {
                "exits": sum(1 for e in exits if e.get("nation") == n.id),
                "rejoins": sum(1 for e in joins if e.get("nation") == n.id),
                "vetoes": sum(1 for e in log if e.kind == "veto_cast" and e.get("nation") == n.id),
                "opt_outs": sum(
                    1 for e in log if e.kind == "opted_out" and e.get("nation") == n.id
                ),
                "final_influence": shares.get(n.id),
                "final_legitimacy": n.legitimacy,
            }
            for n in state.nations
        },
        "by_institution": {
            b.id: {
                "exits": sum(1 for e in exits if e.get("body") == b.id),
                "final_members": b.member_count,
                "final_vitality": b.vitality,
                "adopted": sum(
                    1 for e in log if e.kind == "motion_adopted" and e.get("body") == b.id
                ),
            }
            for b in state.bodies
        },
        "indices": {
            "influence_hhi": found.influence_hhi,
            "n_norm": found.n_norm,
            "recognition": found.recognition,
            "apex_coverage": found.apex_coverage,
            "capacity_to_act": found.capacity_to_act,
            "vitality": found.balance,
        },
    }


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarise(records: list[dict[str, Any]], head: dict[str, Any]) -> dict[str, Any]:
    runs = len(records)
    rounds = sum(r["rounds"] for r in records)
    member_rounds = {k: sum(r["member_rounds"][k] for r in records) for k in ("great", "minor")}
    exits = {k: sum(r["exits"][k] for r in records) for k in ("great", "minor")}
    modes: Counter[str] = Counter()
    for record in records:
        modes.update(record["modes"])
    nations = records[0]["by_nation"].keys() if records else []
    bodies = list(dict.fromkeys(b for r in records for b in r["by_institution"]))
    return {
        **head,
        "verdicts": {v: sum(1 for r in records if r["verdict"] == v) for v in VERDICTS},
        "rates": {
            "exits_per_1000_member_rounds": {
                k: 1000 * exits[k] / member_rounds[k] if member_rounds[k] else 0.0 for k in exits
            },
            "rejoins": sum(r["rejoins"] for r in records) / runs,
            "vetoes_per_round": sum(r["vetoes"] for r in records) / rounds,
            "motions_tabled_per_round": sum(r["tabled"] for r in records) / rounds,
            "motions_adopted_per_round": sum(r["adopted"] for r in records) / rounds,
            "opt_outs": sum(r["opt_outs"] for r in records) / runs,
            "threats": sum(r["threats"] for r in records) / runs,
            "reforms_won": sum(r["reforms_won"] for r in records) / runs,
            "rivals_founded": sum(r["rivals_founded"] for r in records) / runs,
        },
        "modes": {m: modes.get(m, 0) for m in MODES},
        "by_nation": {
            n: {
                key: (
                    _mean(
                        [
                            r["by_nation"][n][key]
                            for r in records
                            if r["by_nation"][n][key] is not None
                        ]
                    )
                    if key.startswith("final")
                    else sum(r["by_nation"][n][key] for r in records)
                )
                for key in (
                    "exits",
                    "rejoins",
                    "vetoes",
                    "opt_outs",
                    "final_influence",
                    "final_legitimacy",
                )
            }
            for n in nations
        },
        # Rival bodies exist only in the games that founded them: each body is summed
        # and averaged over the runs it existed in, which "runs" gives.
        "by_institution": {
            b: {
                "runs": len(present),
                "exits": sum(r["exits"] for r in present),
                "final_members": _mean([r["final_members"] for r in present]),
                "final_vitality": _mean([r["final_vitality"] for r in present]),
                "adopted": sum(r["adopted"] for r in present),
            }
            for b in bodies
            for present in [[r["by_institution"][b] for r in records if b in r["by_institution"]]]
        },
        "indices_final_mean": {
            key: _mean([r["indices"][key] for r in records]) for key in records[0]["indices"]
        }
        if records
        else {},
    }


def prepare(
    path: str, overrides: list[str], rounds: int | None
) -> tuple[Scenario, dict[str, Any], dict[str, Any]]:
    """The scenario with its overrides, validated like a file."""
    load_scenario(path)  # every problem of the file itself first, located in the file
    data = load_data(path)
    applied: dict[str, Any] = {}
    for text in overrides:
        where, value = parse_assignment(text)
        data = apply_override(data, where, value)
        applied[where] = value
    if rounds is not None:
        # A shorter game simply never reaches the events scheduled after its end.
        data = apply_override(data, "length.rounds", rounds)
        data["events"] = [
            e
            for e in data.get("events", [])
            if (e.get("round") or 0) <= rounds
            and ((e.get("when") or {}).get("from_round") or 1) <= rounds
        ]
    return validate_data(data, f"{path} (with --set)"), data, applied


def simulate(
    path: str,
    runs: int,
    seed: int,
    rounds: int | None,
    overrides: list[str],
    jobs: int | None,
    as_json: bool,
    ai: list[str] | None = None,
) -> int:
    try:
        scenario, data, applied = prepare(path, overrides, rounds)
        kinds = seat_kinds(ai or [], [n.id for n in scenario.great_powers()])
    except ScenarioError as error:
        return error.report()
    except OverrideError as error:
        print(f"main.py simulate: --set {error}", file=sys.stderr)
        return 2
    except SeatError as error:
        print(f"main.py simulate: {error}", file=sys.stderr)
        return 2
    seats = tuple(sorted(kinds.items()))
    studies = [Study(data, seed + i, seats) for i in range(runs)]
    workers = max(1, jobs or os.cpu_count() or 1)
    records: list[dict[str, Any]] = []
    show = sys.stderr.isatty() and not as_json
    if workers == 1:
        results = map(run_one, studies)
        for record in results:
            records.append(record)
            _progress(show, len(records), runs)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for record in pool.map(run_one, studies, chunksize=max(1, runs // (workers * 8))):
                records.append(record)
                _progress(show, len(records), runs)
    if show:
        print(file=sys.stderr)
    head = {
        "scenario": scenario.id,
        "runs": runs,
        "seed": seed,
        "rounds": scenario.length.rounds,
        "overrides": applied,
        "ai": dict(seats),
    }
    summary = summarise(records, head)
    if as_json:
        print(json.dumps(summary, indent=1))
    else:
        _print_table(summary)
    return 0


def _progress(show: bool, done: int, total: int) -> None:
    if show:
        width = 30
        filled = width * done // total
        print(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} games",
            end="",
            file=sys.stderr,
        )


def _print_table(summary: dict[str, Any]) -> None:
    print(
        f"{summary['scenario']}: {summary['runs']} games of {summary['rounds']} rounds, seeds "
        f"{summary['seed']}-{summary['seed'] + summary['runs'] - 1}"
    )
    if summary["overrides"]:
        print("with " + ", ".join(f"{k}={v}" for k, v in summary["overrides"].items()))
    if summary["ai"]:
        print(
            "AI: " + ", ".join(f"{k} {v}" for k, v in summary["ai"].items()) + "; others baseline"
        )
    print("\nFinal order:")
    for verdict, count in summary["verdicts"].items():
        print(f"  {verdict:12} {count:6}  {100 * count / summary['runs']:5.1f}%")
    rates = summary["rates"]
    exits = rates["exits_per_1000_member_rounds"]
    print("\nRates:")
    print(
        f"  exits per 1,000 member-rounds: great powers {exits['great']:.2f}, "
        f"minor nations {exits['minor']:.2f}"
    )
    for key in ("rejoins", "opt_outs", "threats", "reforms_won", "rivals_founded"):
        print(f"  {key.replace('_', ' ')} per game: {rates[key]:.2f}")
    for key in ("vetoes_per_round", "motions_tabled_per_round", "motions_adopted_per_round"):
        print(f"  {key.replace('_', ' ')}: {rates[key]:.2f}")
    print(
        "\nDissatisfied member-rounds by mode: "
        + ", ".join(f"{k} {v}" for k, v in summary["modes"].items())
    )
    print(
        "\nMean final indices: "
        + ", ".join(f"{k} {v:.3f}" for k, v in summary["indices_final_mean"].items())
    )
