"""The debrief as a self-contained HTML page: what order came out and why, the rounds in
charts, the key moments, each power's doctrine in action, scores and objectives, the
concepts met in play and the questions for discussion. The page and its charts are made
in the language given (`lang`): the template holds the page's structure, and its words
come in from here."""

from __future__ import annotations

from typing import Any

from game.debrief.build import history_line
from game.debrief.doctrines import doctrine_word
from game.debrief.model import NOT_REPLAYED, UNKNOWN, Debrief, TurningReplay
from game.text.codes import SCORE_PARTS, VERDICTS, code_text, verdict_counts
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import series

from .charts import Chart, bars, lines, order_map, strip
from .page import page_words, render, text

# Indices on a 0-1 scale, drawn together; the counts of orders go on a chart of their own.
SHARES = {
    "recognition": N_("mutual recognition"),
    "apex_coverage": N_("apex coverage"),
    "capacity_to_act": N_("capacity to act"),
    "balance": N_("legitimacy and power in balance"),
    "vitality": N_("institutional vitality"),
    "influence_hhi": N_("concentration of influence"),
    "cross_doctrine_share": N_("cross-doctrine decisions"),
}
COUNTS = {"n_influence": N_("centres of influence"), "n_norm": N_("norm-setting orders")}
# The order at the end, as the report's verdict line begins.
SHOWN = {
    "pluralist": N_("Pluralist"),
    "hegemonic": N_("Hegemonic"),
    "bloc": N_("Bloc"),
    "fragmented": N_("Fragmented"),
    "transitional": N_("Transitional"),
}
# An objective's points and whether it was met: (one point, many points).
OBJECTIVES = Np_("{objective} ({count} point):", "{objective} ({count} points):")
MET = {True: N_("met"), False: N_("not met"), None: N_("decided by the order")}


def _round(record_round: int, year: int | None, lang: Language) -> str:
    """A round as the charts label it: its year, else 'round 3'."""
    if year:
        return str(year)
    return lang.text(N_("round {round}"), round=lang.number(record_round, 0))


def charts(debrief: Debrief, lang: Language = ENGLISH, scale: float = 1.0) -> list[Chart]:
    """The debrief's charts, their words in `lang`, enlarged by `scale` (the window's)."""
    rounds = debrief.rounds
    if not rounds:
        return []
    say = lang.text
    labels = [_round(r.round, r.year, lang) for r in rounds]
    x = [float(r.round) for r in rounds]
    found = [
        strip(
            "order",
            say(N_("The order, round by round")),
            say(
                N_(
                    "What the rules judged the order to be at the end of each round; while it "
                    "was transitional, the order it leaned to."
                )
            ),
            labels,
            [r.verdict for r in rounds],
            [r.leaning for r in rounds],
            lang=lang,
            scale=scale,
        )
    ]
    mapped = [r for r in rounds if r.map_point is not None]
    if mapped:
        found.append(
            order_map(
                "map",
                say(N_("The order map")),
                say(
                    N_(
                        "Where the order stood at the end of each round and how it moved: a "
                        "corner when one order held, the circle while it was in transition, "
                        "drawn toward the order it was nearest to."
                    )
                ),
                [_round(r.round, r.year, lang) for r in mapped],
                [r.map_point for r in mapped if r.map_point is not None],
                [r.verdict for r in mapped],
                lang=lang,
                scale=scale,
            )
        )
    present = [k for k in SHARES if all(k in r.indices for r in rounds)]
    if present:
        found.append(
            lines(
                "indices",
                say(N_("The order's indices over the rounds")),
                say(
                    N_(
                        "The measures the verdict is read from (0 to 1); the reasons above say "
                        "which thresholds they crossed."
                    )
                ),
                x,
                {say(SHARES[k]): [r.indices[k] for r in rounds] for k in present},
                say(N_("round")),
                say(N_("index (0-1)")),
                xticks=labels,
                lang=lang,
                scale=scale,
            )
        )
    counted = [k for k in COUNTS if all(k in r.indices for r in rounds)]
    if counted:
        found.append(
            lines(
                "orders",
                say(N_("How many orders")),
                say(
                    N_(
                        "The effective number of centres of influence and of norm-setting "
                        "orders: one reads hegemonic, two blocs, three or more pluralist."
                    )
                ),
                x,
                {say(COUNTS[k]): [r.indices[k] for r in rounds] for k in counted},
                say(N_("round")),
                say(N_("effective number")),
                xticks=labels,
                lang=lang,
                scale=scale,
            )
        )
    nations = debrief.nations
    names = [n.name for n in nations]
    parts = list(dict.fromkeys(p for n in nations for p in n.score_parts))
    found.append(
        bars(
            "scores",
            say(N_("Scores and where they came from")),
            say(
                N_(
                    "Each great power's points by their source; secret objectives usually "
                    "weigh most."
                )
            ),
            names,
            {_part(p, lang): [n.score_parts.get(p, 0.0) for n in nations] for p in parts},
            say(N_("points")),
            horizontal_line=0.0,
            lang=lang,
            scale=scale,
        )
    )
    found.append(
        bars(
            "standing",
            say(N_("Influence and legitimacy at the end")),
            say(
                N_(
                    "Influence is each power's share of the order's institutional weight; "
                    "legitimacy is what using power against the majority costs."
                )
            ),
            names,
            {
                say(N_("influence")): [n.influence for n in nations],
                say(N_("legitimacy")): [n.legitimacy for n in nations],
            },
            say(N_("0 to 1")),
            lang=lang,
            scale=scale,
        )
    )
    judged = [r for r in debrief.doctrines if r.acts]
    if judged:
        found.append(
            bars(
                "doctrines",
                say(N_("Doctrines in action")),
                say(
                    N_(
                        "How many of each power's telling moves fit its doctrine and how many "
                        "betrayed it; the list below says which."
                    )
                ),
                [r.name for r in judged],
                {
                    say(N_("fits")): [float(sum(a.fits for a in r.acts)) for r in judged],
                    say(N_("betrays")): [float(sum(not a.fits for a in r.acts)) for r in judged],
                },
                say(N_("telling moves")),
                colours=("#009E73", "#D55E00"),
                lang=lang,
                scale=scale,
            )
        )
    return found


def _part(part: str, lang: Language) -> str:
    """A score part in words; one the table does not know, its code in words."""
    return code_text(SCORE_PARTS, part, lang) if part in SCORE_PARTS else part.replace("_", " ")


def _verdict_line(debrief: Debrief, lang: Language) -> str:
    """The order at the end, as the verdict line says it: 'Transitional, leaning bloc'."""
    if debrief.verdict == "transitional" and debrief.leaning:
        return lang.text(
            N_("Transitional, leaning {leaning}"),
            leaning=code_text(VERDICTS, debrief.leaning, lang),
        )
    if debrief.verdict in SHOWN:
        return lang.text(SHOWN[debrief.verdict])
    return debrief.verdict.capitalize()


def _replayed(r: TurningReplay, lang: Language) -> dict[str, str]:
    return {
        "had": r.had,
        "as_played": verdict_counts(r.as_played, lang),
        "replaced": verdict_counts(r.replaced, lang),
        "change": lang.percent(r.distance),
    }


def words(debrief: Debrief, lang: Language = ENGLISH) -> dict[str, Any]:
    """The report's words in `lang`: its fixed words, and the sentences with the game's
    numbers in them."""
    say, number = lang.text, lang.number
    d = debrief
    if d.finished:
        played = lang.plural(
            Np_(
                "Debrief of a game on seed {seed}: finished after {count} round.",
                "Debrief of a game on seed {seed}: finished after {count} rounds.",
            ),
            d.rounds_played,
            seed=d.seed,
        )
    else:
        played = say(
            N_("Debrief of a game on seed {seed}: stopped after round {round}."),
            seed=d.seed,
            round=number(d.rounds_played, 0),
        )
    point = d.turning_point
    # The page's own words, written between its tags as the template's would be; those
    # with the game's text in them are escaped as it is.
    fixed = {
        "lead": played,
        "not_replayed": say(NOT_REPLAYED),
        "order_heading": say(N_("The order that came out")),
        "verdict": _verdict_line(d, lang),
        "tip": say(N_("What would tip it:")),
        "history_heading": say(N_("What actually happened")),
        "history_line": history_line(d, lang) if d.history else "",
        "turning_heading": say(N_("The turning point")),
        "had_it": say(N_("Had it gone otherwise")),
        "as_played": say(N_("Final orders as played")),
        "replaced": say(N_("With the move replaced")),
        "change": say(N_("Change")),
        "turning_note": lang.plural(
            Np_(
                "Each key move was replayed {count} time from just before it, as played and "
                "with it replaced (staying, abstaining or passing), on the same seeds; every "
                "power then played its recorded moves where they still applied and the normal "
                "AI elsewhere. The change is the share of replays whose final order differs.",
                "Each key move was replayed {count} times from just before it, as played and "
                "with it replaced (staying, abstaining or passing), on the same seeds; every "
                "power then played its recorded moves where they still applied and the normal "
                "AI elsewhere. The change is the share of replays whose final order differs.",
            ),
            point.replays if point else 0,
        ),
        "charts_heading": say(N_("The game in charts")),
        "no_charts": say(N_("No round ended in this game, so there is nothing to chart yet.")),
        "moments_heading": say(N_("Key moments")),
        "round": say(N_("Round")),
        "what_happened": say(N_("What happened")),
        "why": say(N_("Why, in the mover's words")),
        "no_moments": say(
            N_(
                "No vetoes, exits, reforms, rival bodies or broken pledges: the order changed "
                "without a key moment."
            )
        ),
        "doctrines_heading": say(N_("Doctrines in action")),
        "unknown": say(UNKNOWN),
        "fits": say(N_("fits")),
        "betrays": say(N_("betrays")),
        "scores_heading": say(N_("Scores and secret objectives")),
        "power": say(N_("Power")),
        "score": say(N_("Score")),
        "objectives": say(N_("Secret objectives, revealed")),
        "met": say(MET[True]),
        "not_met": say(MET[False]),
        "by_the_order": say(MET[None]),
        "none": say(N_("none")),
        "concepts_heading": say(N_("Concepts met in play")),
        "concept": say(N_("Concept")),
        "meaning": say(N_("What it means")),
        "where": say(N_("Where it showed")),
        "no_concepts": say(N_("The game ended before any of the texts' concepts showed in play.")),
        "questions_heading": say(N_("For discussion")),
    }
    return {
        **page_words(lang),
        **{key: text(said) for key, said in fixed.items()},
        "title": say(N_("Debrief: {title} (seed {seed})"), title=d.title, seed=d.seed),
        "turning_rows": [_replayed(r, lang) for r in point.examined] if point else [],
        "moment_rounds": [number(m.round, 0) for m in d.timeline],
        "history_years": [number(m.year, 0) for m in d.history.moments] if d.history else [],
        "doctrine_at_end": [
            text(
                say(
                    N_("({doctrine} doctrine at the end)"), doctrine=doctrine_word(r.doctrine, lang)
                )
            )
            for r in d.doctrines
        ],
        "act_rounds": [
            [series([number(n, 0) for n in act.rounds], lang) for act in r.acts]
            for r in d.doctrines
        ],
        "scores": [number(n.score, 1) for n in d.nations],
        "objective_lines": [
            [lang.plural(OBJECTIVES, o.points, objective=o.text.rstrip(".")) for o in n.objectives]
            for n in d.nations
        ],
        "concept_rounds": [number(c.round, 0) for c in d.concepts],
    }


def debrief_page(debrief: Debrief, lang: Language = ENGLISH) -> str:
    """The whole report, one HTML file with its charts inside, in `lang`."""
    return render(
        "debrief.html.j2", d=debrief, charts=charts(debrief, lang), w=words(debrief, lang)
    )
