"""A class experiment (`main.py compare --html`) as a self-contained page: the reading,
charts of both sides with their 95% intervals, and the full table, in the reader's
language (its words are made here; the template only places them)."""

from __future__ import annotations

from typing import Any

from game.play.figures import percentage
from game.sim.compare import MEASURES, change_text
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import series as listed

from .charts import VERDICT_COLOURS, Chart, bars, effects, lines
from .page import page_words, render

KIND_TITLES = {
    "share": (N_("The final order"), N_("share of runs (%)"), 100.0),
    "count": (N_("What the powers did, per game"), N_("per game"), 1.0),
    "index": (N_("The order's indices at the end"), N_("index"), 1.0),
}
# The table's groups of measures, by kind.
GROUPS = {
    "share": N_("Final order, share of runs"),
    "count": N_("Per game"),
    "index": N_("Order indices at the end"),
}
AS_WRITTEN = N_("as written")
WORDS = {
    "answer": N_("The answer"),
    "side_by_side": N_("Side by side"),
    "measure": N_("Measure"),
    "as_written": N_("As written"),
    "with_change": N_("With the change"),
    "difference": N_("Difference"),
    "beyond": N_("beyond chance"),
    "method_title": N_("How this was measured"),
    "method": N_(
        "Each seed was played once as the scenario is written and once with each change, so "
        "both sides meet the same shocks and the differences are paired game by game. Shares "
        "of runs have Wilson intervals; means and differences have t intervals over the "
        "games. Run more games (--runs) to narrow the intervals."
    ),
}


def _label(change: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in change.items())


def _verdicts(point: dict[str, Any], lang: Language) -> Chart:
    rows = [r for key, r in point["differences"].items() if MEASURES[key].kind == "share"]
    series: dict[str, list[float]] = {}
    errors: dict[str, tuple[list[float], list[float]]] = {}
    for side, name in (("base", lang.text(AS_WRITTEN)), ("variant", _label(point["change"]))):
        series[name] = [100 * r[side]["mean"] for r in rows]
        errors[name] = (
            [100 * r[side]["ci95"][0] for r in rows],
            [100 * r[side]["ci95"][1] for r in rows],
        )
    return bars(
        "share",
        lang.text(KIND_TITLES["share"][0]),
        lang.text(
            N_(
                "The order at the end of each game, both sides on the same seeds; the whiskers "
                "are 95% intervals."
            )
        ),
        [lang.text(r["label"]) for r in rows],
        series,
        lang.text(KIND_TITLES["share"][1]),
        errors=errors,
        lang=lang,
    )


def _changes(point: dict[str, Any], kind: str, lang: Language) -> Chart:
    title = {
        "count": N_("What changed in what the powers did"),
        "index": N_("What changed in the order's indices"),
    }[kind]
    rows = [r for key, r in point["differences"].items() if MEASURES[key].kind == kind]
    return effects(
        kind,
        lang.text(title),
        lang.text(
            N_(
                "The change against the scenario as written, game by game on the same seeds, "
                "with its 95% interval; in colour where it is beyond chance."
            )
        ),
        [lang.text(r["label"]) for r in rows],
        [r["difference"]["mean"] for r in rows],
        [tuple(r["difference"]["ci95"]) for r in rows],
        [r["clear"] for r in rows],
        lang.text(N_("difference per game") if kind == "count" else N_("difference at the end")),
        lang=lang,
    )


def _curves(found: dict[str, Any], kind: str, lang: Language) -> Chart:
    title, unit, scale = KIND_TITLES[kind]
    points = found["points"]
    keys = [k for k in MEASURES if MEASURES[k].kind == kind]
    if kind != "share":  # only what moved, or the chart is a tangle of flat lines
        moved = [k for k in keys if any(p["differences"][k]["clear"] for p in points)]
        keys = moved or keys[:4]
    written = found["sweep"].get("written")
    first = lang.text(AS_WRITTEN)
    if written is not None:
        first = lang.text(N_("{label} ({value})"), label=first, value=str(written))
    labels = [first, *(str(next(iter(p["change"].values()))) for p in points)]
    x = [float(i) for i in range(len(labels))]
    series, bands = {}, {}
    for key in keys:
        base = points[0]["differences"][key]["base"]
        sides = [base, *(p["differences"][key]["variant"] for p in points)]
        name = lang.text(MEASURES[key].label)
        series[name] = [scale * s["mean"] for s in sides]
        bands[name] = ([scale * s["ci95"][0] for s in sides], [scale * s["ci95"][1] for s in sides])
    return lines(
        kind,
        lang.text(
            N_("{title}, across {path}"), title=lang.text(title), path=found["sweep"]["path"]
        ),
        lang.text(
            N_(
                "Each value played on the same seeds as the scenario as written; the bands are "
                "95% intervals."
            )
        ),
        x,
        series,
        found["sweep"]["path"],
        lang.text(unit),
        bands=bands,
        xticks=labels,
        colours=VERDICT_COLOURS if kind == "share" else None,
        lang=lang,
    )


def _cell(kind: str, side: dict[str, Any], lang: Language) -> tuple[str, str]:
    """A mean and its interval as the table shows them: '41.0%' and '[35.2, 46.9]'."""
    low, high = side["ci95"]
    if kind == "share":
        return percentage(100 * side["mean"], 1, lang), lang.text(
            N_("[{low}, {high}]"), low=lang.number(100 * low, 1), high=lang.number(100 * high, 1)
        )
    places = 3 if kind == "index" else 2
    return lang.number(side["mean"], places), lang.text(
        N_("[{low}, {high}]"), low=lang.number(low, places), high=lang.number(high, places)
    )


def _table(point: dict[str, Any], lang: Language) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    kind_before = ""
    for key, row in point["differences"].items():
        kind = MEASURES[key].kind
        if kind != kind_before:
            rows.append({"group": lang.text(GROUPS[kind])})
            kind_before = kind
        rows.append(
            {
                "label": lang.text(row["label"]),
                "clear": row["clear"],
                "cells": [
                    _cell(kind, row[side], lang) for side in ("base", "variant", "difference")
                ],
            }
        )
    return {
        "title": lang.text(N_("{change}: the numbers"), change=change_text(point["change"], lang)),
        "lead": lang.plural(
            Np_(
                "Means with 95% intervals. A difference is marked beyond chance when it stays "
                "clear of zero even counting that {count} measure is compared at once.",
                "Means with 95% intervals. A difference is marked beyond chance when it stays "
                "clear of zero even counting that {count} measures are compared at once.",
            ),
            len(MEASURES),
        ),
        "rows": rows,
    }


def _lead(found: dict[str, Any], lang: Language) -> str:
    """What was played: the games, the seeds, the seats, the swept setting."""
    if found["ai"]:
        seats = lang.text(
            N_("AI: {seats}, the others baseline powers."),
            seats=listed([f"{k} {v}" for k, v in found["ai"].items()], lang),
        )
    else:
        seats = lang.text(N_("baseline powers in every seat."))
    lead = lang.plural(
        Np_(
            "{count} game on the same seeds ({first} to {last}), {rounds} rounds each; {seats}",
            "{count} games on the same seeds ({first} to {last}), {rounds} rounds each; {seats}",
        ),
        found["runs"],
        first=str(found["seed"]),
        last=str(found["seed"] + found["runs"] - 1),
        rounds=lang.number(found["base"]["rounds"], 0),
        seats=seats,
    )
    if "sweep" in found:
        also = found["base"].get("overrides") or {}
        swept = lang.text(N_("Swept: {path}."), path=found["sweep"]["path"])
        if also:
            swept = lang.text(
                N_("Swept: {path}; every game also with {changes}."),
                path=found["sweep"]["path"],
                changes=_label(also),
            )
        lead = f"{lead} {swept}"
    return lead


def compare_page(found: dict[str, Any], lang: Language = ENGLISH) -> str:
    points = found["points"] if "sweep" in found else [found]
    if "sweep" in found:
        charts = [_curves(found, kind, lang) for kind in KIND_TITLES]
    else:
        charts = [
            _verdicts(found, lang),
            _changes(found, "count", lang),
            _changes(found, "index", lang),
        ]
    return render(
        "compare.html.j2",
        title=lang.text(N_("What if? {title}"), title=found["title"]),
        lead=_lead(found, lang),
        readings=[point["reading"] for point in points],
        tables=[_table(point, lang) for point in points],
        charts=charts,
        c={key: lang.text(text) for key, text in WORDS.items()},
        w=page_words(lang),
    )
