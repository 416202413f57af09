"""`main.py compare`: a class experiment. The scenario as it is and with one rule changed,
played on the same seeds, side by side: the final order, exits, vetoes, decisions adopted
and the order indices, each with a 95% interval, the paired difference, and a one-line
reading. `--sweep` runs several values of one setting against the same base games.

Each seed's base and variant games run in one task, so the differences are paired and the
base is played once however many variants there are; records are folded into running sums
as they arrive, so memory stays flat however many runs a study has."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from statistics import NormalDist
from typing import Any

import yaml
from tqdm import tqdm

from game.ai.play import SeatError, seat_kinds
from game.scenario import ScenarioError, load_scenario, validate_data
from game.scenario.overrides import OverrideError, apply_override, parse_assignment
from game.support.files import write_atomic

from .executor import ExecutorError, parse_executor, stream
from .simulate import VERDICTS, Study, Summary, prepare, progress, run_one
from .stats import Running, wilson


@dataclass(frozen=True)
class Measure:
    label: str  # in the table
    kind: str  # share (of runs), count (a game) or index (at the end)
    read: Callable[[dict[str, Any]], float]
    says: tuple[str, str] = ("", "")  # for the reading: who, and what they did


def _count(key: str) -> Callable[[dict[str, Any]], float]:
    return lambda record: float(record[key])


def _verdict_is(verdict: str) -> Callable[[dict[str, Any]], float]:
    return lambda record: float(record["verdict"] == verdict)


def _index(key: str) -> Callable[[dict[str, Any]], float]:
    return lambda record: float(record["indices"][key])


MEASURES: dict[str, Measure] = {
    **{f"verdict_{v}": Measure(v, "share", _verdict_is(v)) for v in VERDICTS},
    "exits_great": Measure(
        "exits of great powers",
        "count",
        lambda r: float(r["exits"]["great"]),
        ("great powers", "left a body"),
    ),
    "exits_minor": Measure(
        "exits of minor nations",
        "count",
        lambda r: float(r["exits"]["minor"]),
        ("minor nations", "left a body"),
    ),
    "rejoins": Measure("rejoins", "count", _count("rejoins"), ("nations", "rejoined a body")),
    "vetoes": Measure("vetoes", "count", _count("vetoes"), ("vetoes", "were cast")),
    "tabled": Measure("motions tabled", "count", _count("tabled"), ("motions", "were tabled")),
    "adopted": Measure(
        "decisions adopted", "count", _count("adopted"), ("decisions", "were adopted")
    ),
    "opt_outs": Measure("opt-outs", "count", _count("opt_outs"), ("opt-outs", "were taken")),
    "threats": Measure("exit threats", "count", _count("threats"), ("exit threats", "were made")),
    "reforms_won": Measure("reforms won", "count", _count("reforms_won"), ("reforms", "were won")),
    "rivals_founded": Measure(
        "rival bodies founded",
        "count",
        _count("rivals_founded"),
        ("rival bodies", "were founded"),
    ),
    **{
        f"index_{key}": Measure(label, "index", _index(key))
        for key, label in (
            ("influence_hhi", "concentration of influence (HHI)"),
            ("n_norm", "number of norm-setting orders"),
            ("recognition", "mutual recognition"),
            ("apex_coverage", "apex coverage"),
            ("capacity_to_act", "capacity to act"),
            ("balance", "balance of legitimacy and power"),
            ("vitality", "institutional vitality"),
        )
    },
}


class CompareError(ValueError):
    """A --sweep that is not PATH=V1,V2,..."""


@dataclass(frozen=True)
class Arms:
    """The scenario data of the base and of each variant, played on one seed."""

    datas: tuple[dict[str, Any], ...]
    seed: int
    ai: tuple[tuple[tuple[str, str], ...], ...]  # each data's seats: great power -> kind


def run_arms(arms: Arms) -> list[dict[str, Any]]:
    pairs = zip(arms.datas, arms.ai, strict=True)
    return [run_one(Study(data, arms.seed, ai)) for data, ai in pairs]


class Arm:
    """One side of the comparison: its summary and each measure's running mean."""

    def __init__(self) -> None:
        self.summary = Summary()
        self.values = {key: Running() for key in MEASURES}
        self.differences = {key: Running() for key in MEASURES}  # this arm less the base

    def add(self, record: dict[str, Any], base: dict[str, float] | None) -> dict[str, float]:
        self.summary.add(record)
        values = {key: m.read(record) for key, m in MEASURES.items()}
        for key, value in values.items():
            self.values[key].add(value)
            if base is not None:
                self.differences[key].add(value - base[key])
        return values


def _side(running: Running, kind: str) -> dict[str, Any]:
    low, high = wilson(running.mean, running.n) if kind == "share" else running.interval()
    return {"mean": running.mean, "ci95": [low, high]}


def differences(base: Arm, variant: Arm) -> dict[str, dict[str, Any]]:
    """Per measure: both sides and the paired difference with their 95% intervals; "clear"
    when the difference is beyond chance over all the measures at once (Bonferroni)."""
    found = {}
    family = len(MEASURES)
    for key in MEASURES:
        diff = variant.differences[key]
        low, high = diff.interval()
        half = (high - low) / 2
        # Widen the 95% half-width to the family-wise level before calling it clear.
        z95, zfam = NormalDist().inv_cdf(0.975), NormalDist().inv_cdf(1 - 0.025 / family)
        clear = diff.n > 1 and abs(diff.mean) > max(half * zfam / z95, 1e-12)
        b, v = base.values[key].mean, variant.values[key].mean
        found[key] = {
            "label": MEASURES[key].label,
            "base": _side(base.values[key], MEASURES[key].kind),
            "variant": _side(variant.values[key], MEASURES[key].kind),
            "difference": {"mean": diff.mean, "ci95": [low, high]},
            "ratio": v / b if b else None,
            "clear": bool(clear),
        }
    return found


def _how(measure: Measure, base: float, variant: float) -> str:
    who, did = measure.says
    if base == 0:
        return f"{who} {did} {variant:.2f} times a game, against never"
    if variant == 0:
        return f"no {who} {did}, against {base:.2f} a game"
    ratio = variant / base
    sizes = f"({variant:.2f} against {base:.2f} a game)"
    if ratio >= 1.5:
        return f"{who} {did} {ratio:.1f}x as often {sizes}"
    if ratio >= 1:
        return f"{who} {did} {100 * (ratio - 1):.0f}% more often {sizes}"
    return f"{who} {did} {100 * (1 - ratio):.0f}% less often {sizes}"


def reading(change: str, found: dict[str, dict[str, Any]], runs: int) -> str:
    """The comparison in one sentence: the clearest change in what powers did, and in
    the order that came out."""
    clear = [key for key, row in found.items() if row["clear"]]
    phrases = []

    def size(key: str) -> float:
        b, v = found[key]["base"]["mean"], found[key]["variant"]["mean"]
        return abs(math.log((v + 0.05) / (b + 0.05)))

    # Whether great powers stay or leave is the texts' central question: it leads when it
    # moved; then the largest changes.
    counts = sorted(
        (k for k in clear if MEASURES[k].kind == "count"),
        key=lambda k: (k == "exits_great", size(k)),
        reverse=True,
    )
    for key in counts[:2]:
        b, v = found[key]["base"]["mean"], found[key]["variant"]["mean"]
        phrases.append(_how(MEASURES[key], b, v))
    shares = [k for k in clear if MEASURES[k].kind == "share"]
    if shares:
        key = max(shares, key=lambda k: abs(found[k]["difference"]["mean"]))
        b, v = found[key]["base"]["mean"], found[key]["variant"]["mean"]
        phrases.append(
            f"the order was {MEASURES[key].label} in {100 * v:.0f}% of runs against {100 * b:.0f}%"
        )
    if not phrases:
        indices = [k for k in clear if MEASURES[k].kind == "index"]
        if indices:
            key = max(indices, key=lambda k: abs(found[k]["difference"]["mean"]))
            b, v = found[key]["base"]["mean"], found[key]["variant"]["mean"]
            phrases.append(f"{MEASURES[key].label} ended at {v:.3f} against {b:.3f}")
    if not phrases:
        return (
            f"{change}, nothing changed beyond chance in {runs} runs on the same seeds: "
            "the final order, exits, vetoes, decisions and indices all differ by no more "
            "than the runs vary."
        )
    return f"{change}, " + "; ".join(phrases) + "."


AI_CHANGE = "ai."  # a change's path for a seat's AI in the variant: ai.US = overreach


def change_text(applied: dict[str, Any]) -> str:
    return "With " + " and ".join(
        f"{path.removeprefix(AI_CHANGE)} played by {value}"
        if path.startswith(AI_CHANGE)
        else f"{path}={_value(value)}"
        for path, value in applied.items()
    )


def _value(value: Any) -> str:
    return json.dumps(value) if isinstance(value, list | dict) else str(value)


def value_at(data: Any, path: str) -> Any:
    """The value at a dotted path of scenario data (list entries by id), None if unset."""
    for part in path.split("."):
        if isinstance(data, list):
            data = next((e for e in data if isinstance(e, dict) and e.get("id") == part), None)
        elif isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


def parse_sweep(text: str) -> tuple[str, list[Any]]:
    """'institutions.unsc.opt_out=0,0.5,1' -> the path and its values (each read as YAML,
    so lists work: veto_holders=[],[US])."""
    path, sep, raw = text.partition("=")
    if not sep or not path.strip() or not raw.strip():
        raise CompareError(f"--sweep '{text}' is not PATH=V1,V2,...; e.g. forum.opt_out=0,0.5,1")
    try:
        values = yaml.load(f"[{raw}]", Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        raise CompareError(f"--sweep '{text}': the values are not valid YAML") from None
    if not values:
        raise CompareError(f"--sweep '{text}' gives no values")
    return path.strip(), values


@dataclass
class Plan:
    """What compare runs: the base data, and each variant's data and change."""

    scenario: str
    title: str
    rounds: int
    base: dict[str, Any]
    variants: list[tuple[dict[str, Any], dict[str, Any]]]  # (data, the changes applied)


def _variant(path: str, base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    data = base
    for where, value in changes.items():
        if not where.startswith(AI_CHANGE):
            data = apply_override(data, where, value)
    validate_data(
        data, f"{path} (with {', '.join(f'{k}={_value(v)}' for k, v in changes.items())})"
    )
    return data


def plan(
    path: str,
    sets: list[str],
    sweep: str | None,
    rounds: int | None,
    seats: dict[str, str] | None = None,
) -> Plan:
    """The games to compare. Without --sweep the base is the scenario as it is and the
    variant has every --set; with --sweep every game has the --set changes and the
    variants differ from the base in the swept setting alone. `seats` (--variant-ai):
    the great powers the AI plays otherwise in the variants than in the base."""
    played = {f"{AI_CHANGE}{nation}": kind for nation, kind in sorted((seats or {}).items())}
    if sweep is None:
        scenario, base, _ = prepare(path, [], rounds)
        changes = {**dict(parse_assignment(text) for text in sets), **played}
        if not changes:
            raise CompareError(
                "say what to change: --set PATH=VALUE, --variant-ai NATION=KIND or "
                "--sweep PATH=V1,V2"
            )
        variants = [(_variant(path, base, changes), changes)]
    else:
        scenario, base, _ = prepare(path, sets, rounds)
        where, values = parse_sweep(sweep)
        variants = [(_variant(path, base, {where: v}), {where: v, **played}) for v in values]
    return Plan(scenario.id, scenario.title, scenario.length.rounds, base, variants)


def run_compare(
    study: Plan,
    runs: int,
    seed: int,
    ai: tuple[tuple[str, str], ...],
    jobs: int | None,
    executor: str | None,
    bar: tqdm | None = None,
) -> tuple[Arm, list[Arm]]:
    datas = (study.base, *(data for data, _ in study.variants))
    seats = (ai, *(_seats(ai, changes) for _, changes in study.variants))
    work: Iterator[Arms] = (Arms(datas, seed + i, seats) for i in range(runs))
    base, variants = Arm(), [Arm() for _ in study.variants]
    for records in stream(run_arms, work, jobs, executor, batch=2):
        values = base.add(records[0], None)
        for arm, record in zip(variants, records[1:], strict=True):
            arm.add(record, values)
        if bar is not None:
            bar.update()
    return base, variants


def _seats(ai: tuple[tuple[str, str], ...], changes: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The seats of a variant: the base's, with the AI its changes name."""
    kinds = dict(ai)
    kinds.update(
        (path.removeprefix(AI_CHANGE), str(kind))
        for path, kind in changes.items()
        if path.startswith(AI_CHANGE)
    )
    return tuple(sorted(kinds.items()))


def _head(
    plan: Plan, runs: int, seed: int, ai: dict[str, str], overrides: dict[str, Any]
) -> dict[str, Any]:
    return {
        "scenario": plan.scenario,
        "runs": runs,
        "seed": seed,
        "rounds": plan.rounds,
        "overrides": overrides,
        "ai": ai,
    }


def results(
    plan: Plan,
    base: Arm,
    variants: list[Arm],
    runs: int,
    seed: int,
    ai: dict[str, str],
    sweep: str | None,
) -> dict[str, Any]:
    """The comparison in the form `compare --json` prints."""
    shared = {"scenario": plan.scenario, "title": plan.title, "runs": runs, "seed": seed, "ai": ai}
    base_summary = base.summary.result(_head(plan, runs, seed, ai, {}))
    points = []
    for (_, changes), arm in zip(plan.variants, variants, strict=True):
        found = differences(base, arm)
        points.append(
            {
                "change": changes,
                "variant": arm.summary.result(_head(plan, runs, seed, ai, changes)),
                "differences": found,
                "reading": reading(change_text(changes), found, runs),
            }
        )
    if sweep is None:
        return {**shared, "base": base_summary, **points[0]}
    path, values = parse_sweep(sweep)
    written = value_at(plan.base, path)
    return {
        **shared,
        "sweep": {"path": path, "values": values, "written": written},
        "base": base_summary,
        "points": points,
    }


def compare(
    path: str,
    sets: list[str],
    sweep: str | None,
    runs: int,
    seed: int,
    rounds: int | None,
    ai: list[str] | None,
    jobs: int | None,
    executor: str | None,
    as_json: bool,
    html: str | None,
    page: Callable[[dict[str, Any]], str],
    variant_ai: list[str] | None = None,
) -> int:
    """`main.py compare`; `page` draws the HTML page (the report layer's, which the
    command line brings: a study knows nothing of pages)."""
    try:
        great = [n.id for n in load_scenario(path).great_powers()]
        plan_ = plan(path, sets, sweep, rounds, seat_kinds(variant_ai or [], great))
        kinds = seat_kinds(ai or [], great)
        where = parse_executor(executor)
    except ScenarioError as error:
        return error.report()
    except OverrideError as error:
        print(f"main.py compare: --set {error}", file=sys.stderr)
        return 2
    except (CompareError, SeatError, ExecutorError) as error:
        print(f"main.py compare: {error}", file=sys.stderr)
        return 2
    seats = tuple(sorted(kinds.items()))
    bar = progress(sys.stderr.isatty() and not as_json, runs)
    try:
        base, variants = run_compare(plan_, runs, seed, seats, jobs, where, bar)
    except ExecutorError as error:
        print(f"main.py compare: {error}", file=sys.stderr)
        return 2
    finally:
        bar.close()
    found = results(plan_, base, variants, runs, seed, dict(seats), sweep)
    if html:
        write_atomic(Path(html), page(found))
    if as_json:
        print(json.dumps(found, indent=1))
    else:
        print_comparison(found)
        if html:
            print(f"\nwrote {html}")
    return 0


def _cell(kind: str, side: dict[str, Any]) -> str:
    mean, (low, high) = side["mean"], side["ci95"]
    if kind == "share":
        return f"{100 * mean:5.1f}% [{100 * low:.1f}, {100 * high:.1f}]"
    digits = 3 if kind == "index" else 2
    return f"{mean:.{digits}f} [{low:.{digits}f}, {high:.{digits}f}]"


def print_comparison(found: dict[str, Any]) -> None:
    runs, seed = found["runs"], found["seed"]
    print(
        f"{found['title']}: {runs} games on the same seeds ({seed}-{seed + runs - 1}), "
        f"{found['base']['rounds']} rounds"
        + (", AI: " + ", ".join(f"{k} {v}" for k, v in found["ai"].items()) if found["ai"] else "")
    )
    points = found["points"] if "sweep" in found else [found]
    for point in points:
        print(f"\n{change_text(point['change'])} (means and 95% intervals; * beyond chance)")
        print(f"  {'':34} {'base':>24} {'variant':>24} {'difference':>24}")
        heading = ""
        for key, row in point["differences"].items():
            kind = MEASURES[key].kind
            title = {
                "share": "final order, share of runs",
                "count": "a game",
                "index": "order indices at the end",
            }[kind]
            if title != heading:
                print(f"  {title}")
                heading = title
            mark = "*" if row["clear"] else " "
            print(
                f"   {row['label']:33} {_cell(kind, row['base']):>24} "
                f"{_cell(kind, row['variant']):>24} {_cell(kind, row['difference']):>24} {mark}"
            )
        print(f"\n{point['reading']}")
    if "sweep" in found:
        _print_curve(found)


def _print_curve(found: dict[str, Any]) -> None:
    """Each measure that moved beyond chance somewhere, across the swept values."""
    path, points = found["sweep"]["path"], found["points"]
    moved = [k for k in MEASURES if any(p["differences"][k]["clear"] for p in points)]
    print(f"\nAcross {path} (* beyond chance against the base):")
    if not moved:
        print("  nothing moved beyond chance at any value")
    for key in moved:
        kind = MEASURES[key].kind
        first = points[0]["differences"][key]["base"]["mean"]
        cells = [f"base {_short(kind, first)}"]
        for point in points:
            row = point["differences"][key]
            value = _value(next(iter(point["change"].values())))
            mark = "*" if row["clear"] else ""
            cells.append(f"{value}: {_short(kind, row['variant']['mean'])}{mark}")
        print(f"  {MEASURES[key].label}: " + " | ".join(cells))


def _short(kind: str, mean: float) -> str:
    return f"{100 * mean:.0f}%" if kind == "share" else f"{mean:.{3 if kind == 'index' else 2}f}"
