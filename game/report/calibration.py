"""`simulate --report` as a self-contained page: what each way of playing made of a world,
its bodies' exits and vetoes, and the propositions that bear on it, in the reader's
language (its words are made here; the template only places them)."""

from __future__ import annotations

from typing import Any

from game.scenario import Scenario
from game.sim.calibrate import Proposition, reachable
from game.sim.simulate import VERDICTS
from game.sim.strategies import Arm
from game.text.codes import VERDICTS as VERDICT_WORDS
from game.text.codes import code_text
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import series
from game.text.reasons import way_of_playing

from .charts import VERDICT_COLOURS, bars
from .page import page_words, render

LEVELS = ("easy", "normal", "hard")
WORDS = {
    "answer": N_("The answer"),
    "final": N_("The final order"),
    "way": N_("Way of playing"),
    "by": N_("Played by"),
    "leaned": N_("Transitional games leaned"),
    "strategies": N_(
        "The strategies: concert (every great power seeks agreement and recognition), "
        "hegemony (the leader leads and the rest comply), bloc (the two challengers build a "
        "camp), overreach, restraint and domination (the leader's three ways of using its "
        "lead). A strategy's unnamed seats play the normal AI. docs/model.md, section 11, "
        "says what each does."
    ),
    "bodies": N_("What happened in each body"),
    "bodies_lead": N_(
        "Per game, under each AI level in every seat: exits, vetoes cast and motions "
        "adopted; and, under the normal AI, the body's vitality at the end (1 is fully alive; "
        "below 0.1 it is dead)."
    ),
    "body": N_("Body"),
    "exits": N_("exits"),
    "vetoes": N_("vetoes"),
    "adopted": N_("adopted"),
    "vitality": N_("vitality at the end"),
    "never": N_("never open"),
    "propositions": N_("The propositions that bear on this world"),
    "propositions_lead": N_(
        "The core model's propositions (docs/model.md) that this world's rules give a hold "
        "to, with what the normal AI's games show of each, and a study that tests it here: "
        "one lever changed, the same seeds, the difference with its 95% interval."
    ),
    "here": N_("Here:"),
    "shown": N_("These games:"),
    "test": N_("Test it:"),
    "method_title": N_("How this was measured"),
    "method": N_(
        "Every way of playing was played on the same seeds, so the ways meet the same shocks "
        "and elections. The verdict is the order at the end of each game (docs/model.md, "
        "section 9). Run more games (--runs) for steadier shares; 100 per way of playing tells "
        "a share to within about ten points."
    ),
}


def arm_name(arm: Arm, lang: Language) -> str:
    """A way of playing as the page names it: an AI level, or a strategy."""
    return way_of_playing(arm.name, lang)


def _modal(result: dict[str, Any]) -> str:
    counts = result["verdicts"]
    return max(VERDICTS, key=lambda v: (counts[v], v != "transitional"))


def reading(results: list[tuple[Arm, dict[str, Any]]], lang: Language = ENGLISH) -> list[str]:
    """The answer in a few sentences: the usual order at each level; which orders play
    can reach and which it never did."""
    said = []
    for arm, result in results:
        if arm.name in LEVELS:
            modal = _modal(result)
            said.append(
                lang.text(
                    N_(
                        "With the {level} in every seat the order most often ends {verdict} "
                        "({share} of games)."
                    ),
                    level=arm_name(arm, lang),
                    verdict=code_text(VERDICT_WORDS, modal, lang),
                    share=lang.percent(result["verdicts"][modal] / result["runs"]),
                )
            )
    reached = reachable(results)
    names = {arm.name: arm_name(arm, lang) for arm, _ in results}
    ways = [
        lang.text(
            N_("{verdict} by {ways}"),
            verdict=code_text(VERDICT_WORDS, verdict, lang),
            ways=series([names.get(n, n) for n in arms], lang),
        )
        for verdict, arms in reached.items()
        if arms
    ]
    if ways:
        said.append(lang.text(N_("Reached in at least one game: {ways}."), ways="; ".join(ways)))
    never = [code_text(VERDICT_WORDS, v, lang) for v, arms in reached.items() if not arms]
    if never:
        said.append(
            lang.text(
                N_(
                    "No way of playing reached {orders} in these games: if the lesson needs it, "
                    "look at what holds it back in the verdict's tests (validate --explain "
                    "shows them at the start) and at the strategies' seats."
                ),
                orders=series(never, lang),
            )
        )
    return said


def _lead(
    scenario: Scenario, runs: int, seed: int, rounds: int, applied: dict[str, Any], lang: Language
) -> str:
    lead = lang.plural(
        Np_(
            "{count} game per way of playing, on seed {first}, {rounds} rounds.",
            "{count} games per way of playing, on the same seeds ({first} to {last}), "
            "{rounds} rounds each.",
        ),
        runs,
        first=str(seed),
        last=str(seed + runs - 1),
        rounds=lang.number(rounds, 0),
    )
    if applied:
        changes = ", ".join(f"{k}={v}" for k, v in applied.items())
        lead = lang.text(N_("{lead} With {changes}."), lead=lead, changes=changes)
    question = N_(
        "Does the world work before class: does each way of playing lead where it should, do "
        "the bodies act, can every order be reached?"
    )
    return f"{lead} {lang.text(question)}"


def _rows(results: list[tuple[Arm, dict[str, Any]]], runs: int, lang: Language) -> list[Any]:
    """Each way of playing: its name, who plays, its share of each order, and where its
    transitional games leaned."""
    rows = []
    for arm, result in results:
        counts = result["verdicts"]
        rows.append(
            {
                "name": arm_name(arm, lang),
                "who": arm.who,
                "shares": [
                    (lang.number(counts[v], 0), lang.percent(counts[v] / runs)) for v in VERDICTS
                ],
                "leaned": series(
                    [
                        f"{code_text(VERDICT_WORDS, v, lang)} {lang.number(n, 0)}"
                        for v, n in result["leanings"].items()
                    ],
                    lang,
                ),
            }
        )
    return rows


def _bodies(
    scenario: Scenario, levels: list[tuple[Arm, dict[str, Any]]], runs: int, lang: Language
) -> list[Any]:
    """Each body: per AI level, exits, vetoes and adoptions per game ('' if it never
    opened), and its vitality at the end under the normal AI."""
    found = []
    normal = next((r for arm, r in levels if arm.name == "normal"), levels[0][1])
    for body in scenario.institutions:
        cells = []
        for _, result in levels:
            row = result["by_institution"].get(body.id)
            cells.append(
                [lang.number(row[k] / runs, 2) for k in ("exits", "vetoes", "adopted")]
                if row
                else None
            )
        end = normal["by_institution"].get(body.id)
        vitality = lang.number(end["final_vitality"], 2) if end else ""
        found.append({"name": body.name, "cells": cells, "vitality": vitality})
    return found


def calibration_page(
    scenario: Scenario,
    results: list[tuple[Arm, dict[str, Any]]],
    found: list[Proposition],
    applied: dict[str, Any],
    lang: Language = ENGLISH,
) -> str:
    runs = results[0][1]["runs"]
    chart = bars(
        "verdicts",
        lang.text(N_("The final order under each way of playing")),
        lang.text(
            N_(
                "Each bar is one way of playing over the same seeds, split by the order its "
                "games ended in."
            )
        ),
        [arm_name(arm, lang) for arm, _ in results],
        {
            code_text(VERDICT_WORDS, v, lang): [100 * r["verdicts"][v] / runs for _, r in results]
            for v in VERDICTS
        },
        lang.text(N_("share of games (%)")),
        colours=[VERDICT_COLOURS[v] for v in VERDICTS],
        lang=lang,
        stacked=True,
    )
    levels = [(arm, r) for arm, r in results if arm.name in LEVELS]
    return render(
        "calibration.html.j2",
        title=lang.text(N_("Calibration: {title}"), title=scenario.title),
        lead=_lead(scenario, runs, results[0][1]["seed"], results[0][1]["rounds"], applied, lang),
        reading=reading(results, lang),
        chart=chart,
        verdicts=[code_text(VERDICT_WORDS, v, lang) for v in VERDICTS],
        rows=_rows(results, runs, lang),
        levels=[arm_name(arm, lang) for arm, _ in levels],
        bodies=_bodies(scenario, levels, runs, lang),
        found=found,
        c={key: lang.text(text) for key, text in WORDS.items()},
        w=page_words(lang),
    )
