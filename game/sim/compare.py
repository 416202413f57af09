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

from game.ai.play import SeatError, seat_kinds, written_seats
from game.play.figures import interval, percentage
from game.play.told import Told, says
from game.scenario import ScenarioError, load_scenario, validate_data
from game.scenario.overrides import OverrideError, apply_override, parse_assignment
from game.support.files import write_atomic
from game.text.codes import VERDICTS as VERDICT_WORDS
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import series

from .executor import ExecutorError, parse_executor, stream
from .simulate import (
    VERDICTS,
    Study,
    Summary,
    prepare,
    progress,
    run_one,
    seats_text,
    set_says,
)
from .stats import Running, wilson


@dataclass(frozen=True)
class Measure:
    label: str  # in the table (a message id; `--json` gives it in English)
    kind: str  # share (of runs), count (a game) or index (at the end)
    read: Callable[[dict[str, Any]], float]
    # For the reading, message ids: what happened ("great powers left a body"), and that
    # it never did ("no great powers left a body").
    says: tuple[str, str] = ("", "")


def _count(key: str) -> Callable[[dict[str, Any]], float]:
    return lambda record: float(record[key])


def _verdict_is(verdict: str) -> Callable[[dict[str, Any]], float]:
    return lambda record: float(record["verdict"] == verdict)


def _index(key: str) -> Callable[[dict[str, Any]], float]:
    return lambda record: float(record["indices"][key])


MEASURES: dict[str, Measure] = {
    **{f"verdict_{v}": Measure(VERDICT_WORDS[v], "share", _verdict_is(v)) for v in VERDICTS},
    "exits_great": Measure(
        N_("exits of great powers"),
        "count",
        lambda r: float(r["exits"]["great"]),
        (N_("great powers left a body"), N_("no great powers left a body")),
    ),
    "exits_minor": Measure(
        N_("exits of minor nations"),
        "count",
        lambda r: float(r["exits"]["minor"]),
        (N_("minor nations left a body"), N_("no minor nations left a body")),
    ),
    "rejoins": Measure(
        N_("rejoins"),
        "count",
        _count("rejoins"),
        (N_("nations rejoined a body"), N_("no nations rejoined a body")),
    ),
    "vetoes": Measure(
        N_("vetoes"), "count", _count("vetoes"), (N_("vetoes were cast"), N_("no vetoes were cast"))
    ),
    "tabled": Measure(
        N_("motions tabled"),
        "count",
        _count("tabled"),
        (N_("motions were tabled"), N_("no motions were tabled")),
    ),
    "adopted": Measure(
        N_("decisions adopted"),
        "count",
        _count("adopted"),
        (N_("decisions were adopted"), N_("no decisions were adopted")),
    ),
    "opt_outs": Measure(
        N_("opt-outs"),
        "count",
        _count("opt_outs"),
        (N_("opt-outs were taken"), N_("no opt-outs were taken")),
    ),
    "threats": Measure(
        N_("exit threats"),
        "count",
        _count("threats"),
        (N_("exit threats were made"), N_("no exit threats were made")),
    ),
    "reforms_won": Measure(
        N_("reforms won"),
        "count",
        _count("reforms_won"),
        (N_("reforms were won"), N_("no reforms were won")),
    ),
    "rivals_founded": Measure(
        N_("rival bodies founded"),
        "count",
        _count("rivals_founded"),
        (N_("rival bodies were founded"), N_("no rival bodies were founded")),
    ),
    **{
        f"index_{key}": Measure(label, "index", _index(key))
        for key, label in (
            ("influence_hhi", N_("concentration of influence (HHI)")),
            ("n_norm", N_("number of norm-setting orders")),
            ("recognition", N_("mutual recognition")),
            ("apex_coverage", N_("apex coverage")),
            ("capacity_to_act", N_("capacity to act")),
            ("balance", N_("balance of legitimacy and power")),
            ("vitality", N_("institutional vitality")),
        )
    },
}

# The table's groups of measures, by kind.
GROUPS = {
    "share": N_("final order, share of runs"),
    "count": N_("a game"),
    "index": N_("order indices at the end"),
}


class CompareError(Told, ValueError):
    """A --sweep that is not PATH=V1,V2,... (said in the reader's language by `text`)."""


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


def _how(measure: Measure, base: float, variant: float, lang: Language = ENGLISH) -> str:
    happened, never = measure.says
    if base == 0:
        return lang.text(
            N_("{happened} {times} times a game, against never"),
            happened=lang.text(happened),
            times=lang.number(variant, 2),
        )
    if variant == 0:
        return lang.text(
            N_("{never}, against {base} a game"), never=lang.text(never), base=lang.number(base, 2)
        )
    ratio = variant / base
    sizes = {
        "happened": lang.text(happened),
        "variant": lang.number(variant, 2),
        "base": lang.number(base, 2),
    }
    if ratio >= 1.5:
        return lang.text(
            N_("{happened} {ratio}x as often ({variant} against {base} a game)"),
            ratio=lang.number(ratio, 1),
            **sizes,
        )
    if ratio >= 1:
        return lang.text(
            N_("{happened} {percent} more often ({variant} against {base} a game)"),
            percent=percentage(100 * (ratio - 1), 0, lang),
            **sizes,
        )
    return lang.text(
        N_("{happened} {percent} less often ({variant} against {base} a game)"),
        percent=percentage(100 * (1 - ratio), 0, lang),
        **sizes,
    )


def reading(
    change: str, found: dict[str, dict[str, Any]], runs: int, lang: Language = ENGLISH
) -> str:
    """The comparison in one sentence: the clearest change in what powers did, and in
    the order that came out. `change` is said already (`change_text`)."""
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
        phrases.append(_how(MEASURES[key], b, v, lang))
    shares = [k for k in clear if MEASURES[k].kind == "share"]
    if shares:
        key = max(shares, key=lambda k: abs(found[k]["difference"]["mean"]))
        b, v = found[key]["base"]["mean"], found[key]["variant"]["mean"]
        phrases.append(
            lang.text(
                N_("the order was {verdict} in {share} of runs against {base}"),
                verdict=lang.text(MEASURES[key].label),
                share=percentage(100 * v, 0, lang),
                base=percentage(100 * b, 0, lang),
            )
        )
    if not phrases:
        indices = [k for k in clear if MEASURES[k].kind == "index"]
        if indices:
            key = max(indices, key=lambda k: abs(found[k]["difference"]["mean"]))
            b, v = found[key]["base"]["mean"], found[key]["variant"]["mean"]
            phrases.append(
                lang.text(
                    N_("{index} ended at {variant} against {base}"),
                    index=lang.text(MEASURES[key].label),
                    variant=lang.number(v, 3),
                    base=lang.number(b, 3),
                )
            )
    if not phrases:
        return lang.plural(
            Np_(
                "{change}, nothing changed beyond chance in {count} run on the same seeds: "
                "the final order, exits, vetoes, decisions and indices all differ by no more "
                "than the runs vary.",
                "{change}, nothing changed beyond chance in {count} runs on the same seeds: "
                "the final order, exits, vetoes, decisions and indices all differ by no more "
                "than the runs vary.",
            ),
            runs,
            change=change,
        )
    findings = phrases[0]
    for phrase in phrases[1:]:
        findings = lang.text(N_("{findings}; {finding}"), findings=findings, finding=phrase)
    return lang.text(N_("{change}, {findings}."), change=change, findings=findings)


AI_CHANGE = "ai."  # a change's path for a seat's AI in the variant: ai.US = overreach


def change_text(applied: dict[str, Any], lang: Language = ENGLISH) -> str:
    """'With institutions.unsc.opt_out=0.5 and US played by overreach'."""
    said = ""
    for path, value in applied.items():
        if path.startswith(AI_CHANGE):
            one = lang.text(
                N_("{nation} played by {kind}"), nation=path.removeprefix(AI_CHANGE), kind=value
            )
        else:
            one = f"{path}={_value(value)}"  # a setting as --set writes it
        said = lang.text(N_("{changes} and {change}"), changes=said, change=one) if said else one
    return lang.text(N_("With {changes}"), changes=said)


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
        raise CompareError(
            N_("--sweep '{text}' is not PATH=V1,V2,...; e.g. forum.opt_out=0,0.5,1"), text=text
        )
    try:
        values = yaml.load(f"[{raw}]", Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        raise CompareError(
            N_("--sweep '{text}': the values are not valid YAML"), text=text
        ) from None
    if not values:
        raise CompareError(N_("--sweep '{text}' gives no values"), text=text)
    return path.strip(), values


@dataclass
class Plan:
    """What compare runs: the base data, and each variant's data and change."""

    scenario: str
    title: str
    rounds: int
    base: dict[str, Any]
    variants: list[tuple[dict[str, Any], dict[str, Any]]]  # (data, the changes applied)


def _variant(
    path: str, base: dict[str, Any], changes: dict[str, Any], lang: Language = ENGLISH
) -> dict[str, Any]:
    data = base
    for where, value in changes.items():
        if not where.startswith(AI_CHANGE):
            data = apply_override(data, where, value)
    settings = series([f"{k}={_value(v)}" for k, v in changes.items()], lang)
    validate_data(data, lang.text(N_("{file} (with {changes})"), file=path, changes=settings))
    return data


def plan(
    path: str,
    sets: list[str],
    sweep: str | None,
    rounds: int | None,
    seats: dict[str, str] | None = None,
    lang: Language = ENGLISH,
) -> Plan:
    """The games to compare. Without --sweep the base is the scenario as it is and the
    variant has every --set; with --sweep every game has the --set changes and the
    variants differ from the base in the swept setting alone. `seats` (--variant-ai):
    the great powers the AI plays otherwise in the variants than in the base."""
    played = {f"{AI_CHANGE}{nation}": kind for nation, kind in sorted((seats or {}).items())}
    if sweep is None:
        scenario, base, _ = prepare(path, [], rounds, lang)
        changes = {**dict(parse_assignment(text) for text in sets), **played}
        if not changes:
            raise CompareError(
                N_(
                    "say what to change: --set PATH=VALUE, --variant-ai NATION=KIND or "
                    "--sweep PATH=V1,V2"
                )
            )
        variants = [(_variant(path, base, changes, lang), changes)]
    else:
        scenario, base, _ = prepare(path, sets, rounds, lang)
        where, values = parse_sweep(sweep)
        variants = [(_variant(path, base, {where: v}, lang), {where: v, **played}) for v in values]
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
    lang: Language = ENGLISH,
) -> dict[str, Any]:
    """The comparison in the form `compare --json` prints (its readings in `lang`; its
    keys and labels, which programs read, in English)."""
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
                "reading": reading(change_text(changes, lang), found, runs, lang),
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
    page: Callable[[dict[str, Any], Language], str],
    variant_ai: list[str] | None = None,
    lang: Language = ENGLISH,
) -> int:
    """`main.py compare`; `page` draws the HTML page (the report layer's, which the
    command line brings: a study knows nothing of pages)."""
    try:
        loaded = load_scenario(path)
        great = [n.id for n in loaded.great_powers()]
        plan_ = plan(path, sets, sweep, rounds, seat_kinds(variant_ai or [], great), lang)
        kinds = seat_kinds(ai or [], great, written_seats(loaded))
        where = parse_executor(executor)
    except ScenarioError as error:
        return error.report(lang)
    except OverrideError as error:
        print(set_says("main.py compare", error, lang), file=sys.stderr)
        return 2
    except (CompareError, SeatError, ExecutorError) as error:
        print(says("main.py compare", error, lang), file=sys.stderr)
        return 2
    seats = tuple(sorted(kinds.items()))
    bar = progress(sys.stderr.isatty() and not as_json, runs, lang)
    try:
        base, variants = run_compare(plan_, runs, seed, seats, jobs, where, bar)
    except ExecutorError as error:
        print(says("main.py compare", error, lang), file=sys.stderr)
        return 2
    finally:
        bar.close()
    found = results(plan_, base, variants, runs, seed, dict(seats), sweep, lang)
    if html:
        write_atomic(Path(html), page(found, lang))
    if as_json:
        print(json.dumps(found, indent=1))
    else:
        print_comparison(found, lang)
        if html:
            print("\n" + lang.text(N_("wrote {file}"), file=html))
    return 0


def _cell(kind: str, side: dict[str, Any], lang: Language = ENGLISH) -> str:
    """A mean and its 95% interval: '33.3% [6.1, 79.2]', '0.344 [0.344, 0.345]'."""
    mean, (low, high) = side["mean"], side["ci95"]
    if kind == "share":
        bounds = interval(lang.number(100 * low, 1), lang.number(100 * high, 1), lang)
        return f"{percentage(100 * mean, 1, lang):>6} {bounds}"
    digits = 3 if kind == "index" else 2
    bounds = interval(lang.number(low, digits), lang.number(high, digits), lang)
    return f"{lang.number(mean, digits)} {bounds}"


def print_comparison(found: dict[str, Any], lang: Language = ENGLISH) -> None:
    runs, seed = found["runs"], found["seed"]
    values = {
        "title": found["title"],
        "first": seed,
        "last": seed + runs - 1,
        "rounds": lang.plural(Np_("{count} round", "{count} rounds"), found["base"]["rounds"]),
    }
    if found["ai"]:
        head = lang.plural(
            Np_(
                "{title}: {count} game on the same seeds ({first}-{last}), {rounds}, AI: {seats}",
                "{title}: {count} games on the same seeds ({first}-{last}), {rounds}, AI: {seats}",
            ),
            runs,
            seats=seats_text(found["ai"], lang),
            **values,
        )
    else:
        head = lang.plural(
            Np_(
                "{title}: {count} game on the same seeds ({first}-{last}), {rounds}",
                "{title}: {count} games on the same seeds ({first}-{last}), {rounds}",
            ),
            runs,
            **values,
        )
    print(head)
    points = found["points"] if "sweep" in found else [found]
    columns = [lang.text(N_("base")), lang.text(N_("variant")), lang.text(N_("difference"))]
    for point in points:
        said = lang.text(
            N_("{change} (means and 95% intervals; * beyond chance)"),
            change=change_text(point["change"], lang),
        )
        print(f"\n{said}")
        print(f"  {'':34} " + " ".join(f"{column:>24}" for column in columns))
        heading = ""
        for key, row in point["differences"].items():
            kind = MEASURES[key].kind
            title = lang.text(GROUPS[kind])
            if title != heading:
                print(f"  {title}")
                heading = title
            mark = "*" if row["clear"] else " "
            label = lang.text(MEASURES[key].label)
            print(
                f"   {label:33} {_cell(kind, row['base'], lang):>24} "
                f"{_cell(kind, row['variant'], lang):>24} "
                f"{_cell(kind, row['difference'], lang):>24} {mark}"
            )
        print(f"\n{point['reading']}")
    if "sweep" in found:
        _print_curve(found, lang)


def _print_curve(found: dict[str, Any], lang: Language = ENGLISH) -> None:
    """Each measure that moved beyond chance somewhere, across the swept values."""
    path, points = found["sweep"]["path"], found["points"]
    moved = [k for k in MEASURES if any(p["differences"][k]["clear"] for p in points)]
    print(
        "\n" + lang.text(N_("Across {setting} (* beyond chance against the base):"), setting=path)
    )
    if not moved:
        print("  " + lang.text(N_("nothing moved beyond chance at any value")))
    for key in moved:
        kind = MEASURES[key].kind
        first = points[0]["differences"][key]["base"]["mean"]
        cells = [lang.text(N_("base {figure}"), figure=_short(kind, first, lang))]
        for point in points:
            row = point["differences"][key]
            value = _value(next(iter(point["change"].values())))
            mark = "*" if row["clear"] else ""
            cells.append(f"{value}: {_short(kind, row['variant']['mean'], lang)}{mark}")
        print(f"  {lang.text(MEASURES[key].label)}: " + " | ".join(cells))


def _short(kind: str, mean: float, lang: Language = ENGLISH) -> str:
    if kind == "share":
        return percentage(100 * mean, 0, lang)
    return lang.number(mean, 3 if kind == "index" else 2)
