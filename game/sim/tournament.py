"""`main.py tournament`: each bot kind takes every great-power seat in turn against a
field of baseline powers, on the same seeds as an all-baseline game, and is scored by
the paired difference with the baseline in the same seat and game.

The seats of one seed share its game's shocks, so their differences are averaged per
seed first; the 95% interval is taken over seeds (normal approximation, t for few)."""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from statistics import fmean
from typing import Any

from game.ai.play import KINDS, LEVELS
from game.ai.strategy import STRATEGIES
from game.play.figures import interval as interval_text
from game.play.figures import percentage, signed
from game.play.told import says
from game.scenario import ScenarioError
from game.scenario.overrides import OverrideError
from game.support.collector import pace_for_play
from game.text.codes import VERDICTS as VERDICT_WORDS
from game.text.codes import code_text
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import series

from .simulate import VERDICTS, Study, prepare, run_one
from .stats import interval

DEFAULT_KINDS = ("heuristic", "random", "lookahead")
# The pairs of bots compared head to head, by their key in the JSON.
PAIRS = {"lookahead_vs_heuristic": N_("lookahead vs heuristic")}


def _score(study: Study) -> tuple[dict[str, float], str]:
    record = run_one(study)
    return record["scores"], record["verdict"]


def run_tournament(
    data: dict[str, Any], seats: list[str], kinds: list[str], seed: int, runs: int, jobs: int
) -> dict[str, Any]:
    seeds = [seed + i for i in range(runs)]
    studies = [Study(data, s) for s in seeds]
    jobs_list = [(kind, seat) for kind in kinds for seat in seats]
    studies += [Study(data, s, ((seat, kind),)) for kind, seat in jobs_list for s in seeds]
    if jobs <= 1:
        results = [_score(s) for s in studies]
    else:
        with ProcessPoolExecutor(max_workers=jobs, initializer=pace_for_play) as pool:
            results = list(pool.map(_score, studies, chunksize=1))
    base = {s: results[i] for i, s in enumerate(seeds)}
    played: dict[str, dict[int, list[float]]] = {k: {s: [] for s in seeds} for k in kinds}
    verdicts: dict[str, dict[str, int]] = {
        k: dict.fromkeys(VERDICTS, 0) for k in ("baseline", *kinds)
    }
    for s in seeds:
        verdicts["baseline"][base[s][1]] += 1
    index = len(seeds)
    for kind, seat in jobs_list:
        for s in seeds:
            scores, verdict = results[index]
            index += 1
            played[kind][s].append(scores[seat] - base[s][0][seat])
            verdicts[kind][verdict] += 1
    per_seed = {k: [fmean(played[k][s]) for s in seeds] for k in kinds}
    bots = {}
    for kind in kinds:
        mean, low, high = interval(per_seed[kind])
        bots[kind] = {"score_vs_baseline": round(mean, 3), "ci95": [round(low, 3), round(high, 3)]}
    pairs = {}
    if "lookahead" in kinds and "heuristic" in kinds:
        gaps = [a - b for a, b in zip(per_seed["lookahead"], per_seed["heuristic"], strict=True)]
        mean, low, high = interval(gaps)
        pairs["lookahead_vs_heuristic"] = {
            "score_difference": round(mean, 3),
            "ci95": [round(low, 3), round(high, 3)],
        }
    return {
        "seats": seats,
        "runs": runs,
        "seed": seed,
        "bots": bots,
        "pairs": pairs,
        "verdicts": verdicts,
    }


def tournament(
    path: str,
    runs: int,
    seed: int,
    fast: bool,
    kinds: list[str] | None,
    jobs: int | None,
    as_json: bool,
    lang: Language = ENGLISH,
) -> int:
    try:
        scenario, data, _ = prepare(path, [], None, lang)
    except ScenarioError as error:
        return error.report(lang)
    except OverrideError as error:  # pragma: no cover - no overrides are passed
        print(says("main.py tournament", error, lang), file=sys.stderr)
        return 2
    chosen = kinds or [k for k in DEFAULT_KINDS if not (fast and k == "lookahead")]
    measurable = [*(k for k in KINDS if k != "baseline"), *LEVELS, *STRATEGIES]
    unknown = [k for k in chosen if k not in measurable]
    if unknown:
        problem = lang.text(
            N_("no AI '{kind}' to measure; choose from {kinds}"),
            kind=unknown[0],
            kinds=series(measurable, lang),
        )
        print(says("main.py tournament", problem, lang), file=sys.stderr)
        return 2
    seats = [n.id for n in scenario.great_powers()]
    workers = max(1, jobs or os.cpu_count() or 1)
    if not as_json:
        games = runs * (1 + len(seats) * len(chosen))
        said = lang.plural(
            Np_(
                "{title}: {count} game on {processes}...",
                "{title}: {count} games on {processes}...",
            ),
            games,
            title=scenario.title,
            processes=lang.plural(Np_("{count} process", "{count} processes"), workers),
        )
        print(said, file=sys.stderr)
    result = run_tournament(data, seats, chosen, seed, runs, workers)
    result["scenario"] = scenario.id
    if as_json:
        print(json.dumps(result, indent=1))
        return 0
    print_tournament(scenario.title, result, lang)
    return 0


def print_tournament(title: str, result: dict[str, Any], lang: Language = ENGLISH) -> None:
    """The tournament's tables: each bot's score against the baseline, and the order in
    the games it played."""
    seats, runs = result["seats"], result["runs"]
    print(
        lang.plural(
            Np_(
                "{title}: each bot in each of {count} seat ({seats}), {seeds} from {seed}, "
                "against baseline powers",
                "{title}: each bot in each of {count} seats ({seats}), {seeds} from {seed}, "
                "against baseline powers",
            ),
            len(seats),
            title=title,
            seats=series(seats, lang),
            seeds=lang.plural(Np_("{count} seed", "{count} seeds"), runs),
            seed=result["seed"],
        )
    )
    heading = N_("Score against the baseline in the same seat and game (mean, 95% interval):")
    print("\n" + lang.text(heading))
    for kind, row in result["bots"].items():
        low, high = row["ci95"]
        bounds = interval_text(signed(low, 2, lang), signed(high, 2, lang), lang)
        print(f"  {kind:10} {signed(row['score_vs_baseline'], 2, lang):>7}   {bounds}")
    for name, row in result["pairs"].items():
        low, high = row["ci95"]
        bounds = interval_text(signed(low, 2, lang), signed(high, 2, lang), lang)
        pair = code_text(PAIRS, name, lang)
        print(f"  {pair}: {signed(row['score_difference'], 2, lang)} {bounds}")
    heading = N_("Final order in the games each played (the baseline: all seats baseline):")
    print("\n" + lang.text(heading))
    for kind, counts in result["verdicts"].items():
        total = sum(counts.values())
        shown = series(
            [
                lang.text(
                    N_("{name} {value}"),
                    name=code_text(VERDICT_WORDS, v, lang),
                    value=percentage(100 * c / total, 0, lang),
                )
                for v, c in counts.items()
                if c
            ],
            lang,
        )
        print(f"  {kind:10} {shown}")
