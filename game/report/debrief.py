"""The debrief as a self-contained HTML page: what order came out and why, the rounds in
charts, the key moments, each power's doctrine in action, scores and objectives, the
concepts met in play and the questions for discussion."""

from __future__ import annotations

from game.debrief.model import NOT_REPLAYED, Debrief

from .charts import Chart, bars, lines, order_map, strip
from .page import render

# Indices on a 0-1 scale, drawn together; the counts of orders go on a chart of their own.
SHARES = {
    "recognition": "mutual recognition",
    "apex_coverage": "apex coverage",
    "capacity_to_act": "capacity to act",
    "balance": "legitimacy and power in balance",
    "vitality": "institutional vitality",
    "influence_hhi": "concentration of influence",
    "cross_doctrine_share": "cross-doctrine decisions",
}
COUNTS = {"n_influence": "centres of influence", "n_norm": "norm-setting orders"}


def charts(debrief: Debrief) -> list[Chart]:
    rounds = debrief.rounds
    if not rounds:
        return []
    labels = [str(r.year) if r.year else f"round {r.round}" for r in rounds]
    x = [float(r.round) for r in rounds]
    found = [
        strip(
            "order",
            "The order, round by round",
            "What the rules judged the order to be at the end of each round; while it "
            "was transitional, the order it leaned to.",
            labels,
            [r.verdict for r in rounds],
            [r.leaning for r in rounds],
        )
    ]
    mapped = [r for r in rounds if r.map_point is not None]
    if mapped:
        found.append(
            order_map(
                "map",
                "The order map",
                "Where the order stood at the end of each round and how it moved: a corner "
                "when one order held, the circle while it was in transition, drawn toward "
                "the order it was nearest to.",
                [str(r.year) if r.year else f"round {r.round}" for r in mapped],
                [r.map_point for r in mapped if r.map_point is not None],
                [r.verdict for r in mapped],
            )
        )
    present = [k for k in SHARES if all(k in r.indices for r in rounds)]
    if present:
        found.append(
            lines(
                "indices",
                "The order's indices over the rounds",
                "The measures the verdict is read from (0 to 1); the reasons above say "
                "which thresholds they crossed.",
                x,
                {SHARES[k]: [r.indices[k] for r in rounds] for k in present},
                "round",
                "index (0-1)",
                xticks=labels,
            )
        )
    counted = [k for k in COUNTS if all(k in r.indices for r in rounds)]
    if counted:
        found.append(
            lines(
                "orders",
                "How many orders",
                "The effective number of centres of influence and of norm-setting orders: "
                "one reads hegemonic, two blocs, three or more pluralist.",
                x,
                {COUNTS[k]: [r.indices[k] for r in rounds] for k in counted},
                "round",
                "effective number",
                xticks=labels,
            )
        )
    nations = debrief.nations
    names = [n.name for n in nations]
    parts = list(dict.fromkeys(p for n in nations for p in n.score_parts))
    found.append(
        bars(
            "scores",
            "Scores and where they came from",
            "Each great power's points by their source; secret objectives usually weigh most.",
            names,
            {p.replace("_", " "): [n.score_parts.get(p, 0.0) for n in nations] for p in parts},
            "points",
            horizontal_line=0.0,
        )
    )
    found.append(
        bars(
            "standing",
            "Influence and legitimacy at the end",
            "Influence is each power's share of the order's institutional weight; "
            "legitimacy is what using power against the majority costs.",
            names,
            {
                "influence": [n.influence for n in nations],
                "legitimacy": [n.legitimacy for n in nations],
            },
            "0 to 1",
        )
    )
    judged = [r for r in debrief.doctrines if r.acts]
    if judged:
        found.append(
            bars(
                "doctrines",
                "Doctrines in action",
                "How many of each power's telling moves fit its doctrine and how many "
                "betrayed it; the list below says which.",
                [r.name for r in judged],
                {
                    "fits": [float(sum(a.fits for a in r.acts)) for r in judged],
                    "betrays": [float(sum(not a.fits for a in r.acts)) for r in judged],
                },
                "telling moves",
                colours=("#009E73", "#D55E00"),
            )
        )
    return found


def debrief_page(debrief: Debrief) -> str:
    """The whole report, one HTML file with its charts inside."""
    return render("debrief.html.j2", d=debrief, charts=charts(debrief), not_replayed=NOT_REPLAYED)
