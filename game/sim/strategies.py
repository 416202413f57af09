"""`main.py strategies`: which order each way of playing leads to. For every scenario it
plays each strategy's arm over the same seeds and counts the final verdicts; with
`--write` the table goes into docs/model.md between its markers.

The arms are drawn from the world's structure, so they apply to any scenario: the
leader is the great power of largest influence at the start; the challengers are the two
strongest great powers whose dominant doctrine differs from the leader's. The seats a
strategy does not name are played by the AI level given (normal by default)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from game.ai.strategy import STRATEGIES
from game.engine import cosine, influence, power_share, rules, start
from game.play.told import Told, error_text, says
from game.scenario import ScenarioError, load_scenario
from game.scenario.compile import compile_scenario
from game.scenario.load import load_data
from game.support.files import write_atomic
from game.text.codes import VERDICTS as VERDICT_WORDS
from game.text.codes import code_text
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import listing, series

from .executor import ExecutorError, stream
from .simulate import VERDICTS, Study, run_one


def markers(level: str) -> tuple[str, str]:
    """Where the table of a level goes in a document: one block per level."""
    return f"<!-- strategies {level}:start -->", f"<!-- strategies {level}:end -->"


@dataclass(frozen=True)
class Arm:
    name: str
    seats: tuple[tuple[str, str], ...]  # great power -> kind, every seat named
    who: str  # who plays the strategy, in words


def leader_and_challengers(path: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The starting leader; the challengers: the strongest great power of another
    dominant doctrine and the great power closest to it in doctrine; every great power."""
    state, _ = start(compile_scenario(load_scenario(path), 1))
    shares = influence(state)
    great = state.great_powers()

    def power(nation: str) -> float:
        return power_share(state, state.nation(nation))

    def dominant(nation: str) -> int:
        return rules.dominant(state.nation(nation).doctrine)

    top = max(great, key=lambda g: (shares.get(g, 0.0), power(g)))
    rest = [g for g in great if g != top]
    if not rest:
        return top, (), tuple(great)
    first = max(rest, key=lambda g: (dominant(g) != dominant(top), power(g)))
    doctrine = state.nation(first).doctrine
    others = [g for g in rest if g != first]
    second = max(
        others,
        key=lambda g: (cosine(state.nation(g).doctrine, doctrine), power(g)),
        default=None,
    )
    return top, (first,) if second is None else (first, second), tuple(great)


def arms(path: str, level: str, lang: Language = ENGLISH) -> list[Arm]:
    top, challengers, great = leader_and_challengers(path)

    def seats(named: dict[str, str]) -> tuple[tuple[str, str], ...]:
        return tuple(sorted((g, named.get(g, level)) for g in great))

    every = lang.text(N_("every great power"))
    leads = lang.text(N_("{nation} leads, the rest comply"), nation=top)
    return [
        Arm("concert", seats(dict.fromkeys(great, "concert")), every),
        Arm("hegemony", seats(dict.fromkeys(great, "hegemony")), leads),
        Arm("bloc", seats(dict.fromkeys(challengers, "bloc")), listing(challengers, lang)),
        Arm("overreach", seats({top: "overreach"}), top),
        Arm("restraint", seats({top: "restraint"}), top),
        Arm("domination", seats({top: "domination"}), top),
        Arm(level, seats({}), lang.text(N_("every great power ({level} AI)"), level=level)),
    ]


def run_arm(path: str, arm: Arm, runs: int, seed: int, jobs: int | None) -> Counter[str]:
    data = load_data(Path(path))
    studies = (Study(data, seed + i, arm.seats) for i in range(runs))
    return Counter(record["verdict"] for record in stream(run_one, studies, jobs, None))


def table(
    results: list[tuple[str, Arm, Counter[str]]], runs: int, level: str, lang: Language = ENGLISH
) -> str:
    """The verdict shares as a Markdown table, one row per scenario and arm."""
    chosen = sorted({arm.name for _, arm, _ in results})
    only = f" --only {','.join(chosen)}" if len(chosen) < len(STRATEGIES) + 1 else ""
    command = f"python main.py strategies --runs {runs} --ai {level}{only} --write"
    columns = [
        lang.text(N_("scenario")),
        lang.text(N_("strategy")),
        lang.text(N_("played by")),
        *(code_text(VERDICT_WORDS, v, lang) for v in VERDICTS),
    ]
    lines = [
        lang.plural(
            Np_(
                "Final verdicts over {count} seed per row; seats a strategy does not name play "
                "the {level} AI (`{command}`).",
                "Final verdicts over {count} seeds per row; seats a strategy does not name play "
                "the {level} AI (`{command}`).",
            ),
            runs,
            level=level,
            command=command,
        ),
        "",
        "| " + " | ".join(columns) + " |",
        "| --- | --- | --- | " + " | ".join("---:" for _ in VERDICTS) + " |",
    ]
    for scenario, arm, counts in results:
        cells = " | ".join(str(counts.get(v, 0)) for v in VERDICTS)
        lines.append(f"| {scenario} | {arm.name} | {arm.who} | {cells} |")
    return "\n".join(lines)


class NoMarkers(Told, ValueError):
    """A document without the markers the table goes between."""


def write_into(doc: Path, text: str, level: str) -> None:
    """Replace what stands between the level's markers in the document."""
    content = doc.read_text(encoding="utf-8")
    start, end = markers(level)
    pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(content):
        raise NoMarkers(N_("it has no {start} ... {end} markers"), start=start, end=end)
    block = f"{start}\n{text}\n{end}"
    write_atomic(doc, pattern.sub(lambda _: block, content))


def _rows(
    paths: list[str],
    level: str,
    runs: int,
    seed: int,
    jobs: int | None,
    only: list[str],
    lang: Language = ENGLISH,
) -> Iterator[tuple[str, Arm, Counter[str]]]:
    for path in paths:
        scenario = load_scenario(path).id
        for arm in arms(path, level, lang):
            if only and arm.name not in only:
                continue
            counts = run_arm(path, arm, runs, seed, jobs)
            shares = series(
                [
                    lang.text(
                        N_("{name} {value}"),
                        name=code_text(VERDICT_WORDS, v, lang),
                        value=lang.number(n, 0),
                    )
                    for v, n in counts.most_common()
                ],
                lang,
            )
            said = lang.text(
                N_("{scenario}: {strategy} ({played_by}): {verdicts}"),
                scenario=scenario,
                strategy=arm.name,
                played_by=arm.who,
                verdicts=shares,
            )
            print(said, file=sys.stderr)
            yield scenario, arm, counts


def strategies(
    paths: list[str],
    runs: int,
    seed: int,
    level: str,
    jobs: int | None,
    write: str | None,
    only: list[str],
    lang: Language = ENGLISH,
) -> int:
    unknown = [s for s in only if s not in (*STRATEGIES, level)]
    if unknown:
        problem = lang.text(
            N_("no strategy {names}; choose from {strategies}"),
            names=series(unknown, lang),
            strategies=series(STRATEGIES, lang),
        )
        print(says("main.py strategies", problem, lang), file=sys.stderr)
        return 2
    try:
        results = list(_rows(paths, level, runs, seed, jobs, only, lang))
    except ScenarioError as error:
        return error.report(lang)
    except ExecutorError as error:
        print(says("main.py strategies", error, lang), file=sys.stderr)
        return 2
    text = table(results, runs, level, lang)
    print(text)
    if write:
        try:
            write_into(Path(write), text, level)
        except (OSError, ValueError) as error:
            problem = lang.text(
                N_("cannot write {file}: {problem}"), file=write, problem=error_text(error, lang)
            )
            print(says("main.py strategies", problem, lang), file=sys.stderr)
            return 1
        print(lang.text(N_("wrote the table into {file}"), file=write), file=sys.stderr)
    return 0
