"""A class experiment (`main.py compare --html`) as a self-contained page: the reading,
charts of both sides with their 95% intervals, and the full table."""

from __future__ import annotations

from typing import Any

from game.sim.compare import MEASURES, change_text

from .charts import VERDICT_COLOURS, Chart, bars, effects, lines
from .page import page_words, render

KIND_TITLES = {
    "share": ("The final order", "share of runs (%)", 100.0),
    "count": ("What the powers did, per game", "per game", 1.0),
    "index": ("The order's indices at the end", "index", 1.0),
}


def _label(change: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in change.items())


def _verdicts(point: dict[str, Any]) -> Chart:
    rows = [r for key, r in point["differences"].items() if MEASURES[key].kind == "share"]
    series: dict[str, list[float]] = {}
    errors: dict[str, tuple[list[float], list[float]]] = {}
    for side, name in (("base", "as written"), ("variant", _label(point["change"]))):
        series[name] = [100 * r[side]["mean"] for r in rows]
        errors[name] = (
            [100 * r[side]["ci95"][0] for r in rows],
            [100 * r[side]["ci95"][1] for r in rows],
        )
    return bars(
        "share",
        "The final order",
        "The order at the end of each game, both sides on the same seeds; the whiskers are "
        "95% intervals.",
        [r["label"] for r in rows],
        series,
        "share of runs (%)",
        errors=errors,
    )


def _changes(point: dict[str, Any], kind: str) -> Chart:
    title = {
        "count": "What changed in what the powers did",
        "index": "What changed in the order's indices",
    }[kind]
    rows = [r for key, r in point["differences"].items() if MEASURES[key].kind == kind]
    return effects(
        kind,
        title,
        "The change against the scenario as written, game by game on the same seeds, with "
        "its 95% interval; in colour where it is beyond chance.",
        [r["label"] for r in rows],
        [r["difference"]["mean"] for r in rows],
        [tuple(r["difference"]["ci95"]) for r in rows],
        [r["clear"] for r in rows],
        "difference per game" if kind == "count" else "difference at the end",
    )


def _curves(found: dict[str, Any], kind: str) -> Chart:
    title, unit, scale = KIND_TITLES[kind]
    points = found["points"]
    keys = [k for k in MEASURES if MEASURES[k].kind == kind]
    if kind != "share":  # only what moved, or the chart is a tangle of flat lines
        moved = [k for k in keys if any(p["differences"][k]["clear"] for p in points)]
        keys = moved or keys[:4]
    written = found["sweep"].get("written")
    first = "as written" + (f" ({written})" if written is not None else "")
    labels = [first, *(str(next(iter(p["change"].values()))) for p in points)]
    x = [float(i) for i in range(len(labels))]
    series, bands = {}, {}
    for key in keys:
        first = points[0]["differences"][key]["base"]
        sides = [first, *(p["differences"][key]["variant"] for p in points)]
        name = MEASURES[key].label
        series[name] = [scale * s["mean"] for s in sides]
        bands[name] = ([scale * s["ci95"][0] for s in sides], [scale * s["ci95"][1] for s in sides])
    chart = lines(
        kind,
        f"{title}, across {found['sweep']['path']}",
        "Each value played on the same seeds as the scenario as written; the bands are 95% "
        "intervals.",
        x,
        series,
        found["sweep"]["path"],
        unit,
        bands=bands,
        xticks=labels,
        colours=VERDICT_COLOURS if kind == "share" else None,
    )
    return chart


def compare_page(found: dict[str, Any]) -> str:
    points = found["points"] if "sweep" in found else [found]
    if "sweep" in found:
        charts = [_curves(found, kind) for kind in KIND_TITLES]
    else:
        charts = [_verdicts(found), _changes(found, "count"), _changes(found, "index")]
    return render(
        "compare.html.j2",
        f=found,
        points=points,
        charts=charts,
        measures=MEASURES,
        change_text=change_text,
        verdict_colours=VERDICT_COLOURS,
        w=page_words(),  # the page is in English (game/sim/compare.py words its measures)
    )
