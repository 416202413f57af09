"""`simulate --report` as a self-contained page: what each way of playing made of a world,
its bodies' exits and vetoes, and the propositions that bear on it. The page is in
English, as the compare page is (the words of both are written here and in their
templates)."""

from __future__ import annotations

from typing import Any

from game.scenario import Scenario
from game.sim.calibrate import Proposition, reachable
from game.sim.simulate import VERDICTS
from game.sim.strategies import Arm
from game.text.language import ENGLISH, Language

from .charts import VERDICT_COLOURS, bars
from .page import page_words, render


def _modal(result: dict[str, Any]) -> str:
    counts = result["verdicts"]
    return max(VERDICTS, key=lambda v: (counts[v], v != "transitional"))


def reading(results: list[tuple[Arm, dict[str, Any]]]) -> list[str]:
    """The answer in a few sentences: the usual order at each level; which orders play
    can reach and which it never did."""
    said = []
    for arm, result in results:
        if arm.name in ("easy", "normal", "hard"):
            modal = _modal(result)
            share = 100 * result["verdicts"][modal] / result["runs"]
            said.append(f"With the {arm.name} AI in every seat the order most often ends "
                        f"{modal} ({share:.0f}% of games).")  # fmt: skip
    reached = reachable(results)
    ways = [f"{verdict} by {', '.join(names)}" for verdict, names in reached.items() if names]
    if ways:
        said.append(f"Reached in at least one game: {'; '.join(ways)}.")
    never = [v for v, names in reached.items() if not names]
    if never:
        said.append(
            f"No way of playing reached {', '.join(never)} in these games: if the lesson "
            "needs it, look at what holds it back in the verdict's tests (validate --explain "
            "shows them at the start) and at the strategies' seats."
        )
    return said


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
        "The final order under each way of playing",
        "Each bar is one way of playing over the same seeds, split by the order its games "
        "ended in.",
        [arm.name for arm, _ in results],
        {v: [100 * r["verdicts"][v] / runs for _, r in results] for v in VERDICTS},
        "share of games (%)",
        colours=[VERDICT_COLOURS[v] for v in VERDICTS],
        lang=lang,
        stacked=True,
    )
    levels = [(arm, r) for arm, r in results if arm.name in ("easy", "normal", "hard")]
    return render(
        "calibration.html.j2",
        s=scenario,
        runs=runs,
        seed=results[0][1]["seed"],
        rounds=results[0][1]["rounds"],
        applied=applied,
        reading=reading(results),
        chart=chart,
        results=results,
        levels=levels,
        bodies=list(scenario.institutions),
        verdicts=VERDICTS,
        verdict_colours=VERDICT_COLOURS,
        found=found,
        w=page_words(lang),
    )
