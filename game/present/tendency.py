"""How a scenario's games tend to end, in words for the scenario browser and the web join
page: under each AI level in every seat, and which way of playing reached each order
(game/support/tendencies.py keeps the measured record)."""

from __future__ import annotations

from game.support.bundled import program
from game.support.tendencies import LEVELS, WAYS, Tendencies
from game.text.codes import AI_LEVELS, VERDICTS, code_text
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import semicolons, series
from game.text.reasons import STRATEGIES

UNMEASURED = N_(
    "How its games end is not measured yet: `{command} simulate FILE --runs 20 --report "
    "page.html` plays it under each AI level and strategy."
)


def _ends(counts: dict[str, int], lang: Language) -> str:
    """'pluralist 19, transitional 1', the most frequent first."""
    found = sorted(((n, v) for v, n in counts.items() if n), key=lambda c: (-c[0], c[1]))
    return series(
        [
            lang.text(
                N_("{verdict} {count}"),
                verdict=code_text(VERDICTS, v, lang),
                count=lang.number(n, 0),
            )
            for n, v in found
        ],
        lang=lang,
    )


def tendency_lines(scenario: str, record: Tendencies | None, lang: Language = ENGLISH) -> list[str]:
    """The scenario's measured tendencies as sentences, or what to run to measure them."""
    found = record.scenarios.get(scenario) if record is not None else None
    if record is None or found is None:
        return [lang.text(UNMEASURED, command=program())]
    levels = semicolons(
        [
            lang.text(
                N_("{level}: {ends}"),
                level=lang.text(AI_LEVELS[level]),
                ends=_ends(found.levels.get(level, {}), lang),
            )
            for level in LEVELS
        ],
        lang,
    )
    ways = []
    for verdict, strategy in WAYS.items():
        reached = found.strategies.get(strategy, {}).get(verdict, 0)
        ways.append(
            lang.text(
                N_("{strategy} reached {verdict} in {count}"),
                verdict=code_text(VERDICTS, verdict, lang),
                strategy=code_text(STRATEGIES, strategy, lang),
                count=lang.number(reached, 0),
            )
            if reached
            else lang.text(
                N_("{strategy} never reached {verdict}"),
                verdict=code_text(VERDICTS, verdict, lang),
                strategy=code_text(STRATEGIES, strategy, lang),
            )
        )
    return [
        lang.plural(
            Np_(
                "With the AI in every seat ({count} game each): {levels}.",
                "With the AI in every seat ({count} games each): {levels}.",
            ),
            record.level_runs,
            levels=levels,
        ),
        lang.plural(
            Np_(
                "Played for an order ({count} game each): {ways}.",
                "Played for an order ({count} games each): {ways}.",
            ),
            record.strategy_runs,
            ways=semicolons(ways, lang),
        ),
    ]
