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
from game.scenario import ScenarioError, load_scenario
from game.scenario.compile import compile_scenario
from game.scenario.load import load_data
from game.support.files import write_atomic

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


def arms(path: str, level: str) -> list[Arm]:
    top, challengers, great = leader_and_challengers(path)

    def seats(named: dict[str, str]) -> tuple[tuple[str, str], ...]:
        return tuple(sorted((g, named.get(g, level)) for g in great))

    every = "every great power"
    return [
        Arm("concert", seats(dict.fromkeys(great, "concert")), every),
        Arm("hegemony", seats(dict.fromkeys(great, "hegemony")), f"{top} leads, the rest comply"),
        Arm("bloc", seats(dict.fromkeys(challengers, "bloc")), " and ".join(challengers)),
        Arm("overreach", seats({top: "overreach"}), top),
        Arm("restraint", seats({top: "restraint"}), top),
        Arm("domination", seats({top: "domination"}), top),
        Arm(level, seats({}), f"{every} ({level} AI)"),
    ]


def run_arm(path: str, arm: Arm, runs: int, seed: int, jobs: int | None) -> Counter[str]:
    data = load_data(Path(path))
    studies = (Study(data, seed + i, arm.seats) for i in range(runs))
    return Counter(record["verdict"] for record in stream(run_one, studies, jobs, None))


def table(results: list[tuple[str, Arm, Counter[str]]], runs: int, level: str) -> str:
    """The verdict shares as a Markdown table, one row per scenario and arm."""
    chosen = sorted({arm.name for _, arm, _ in results})
    only = f" --only {','.join(chosen)}" if len(chosen) < len(STRATEGIES) + 1 else ""
    lines = [
        f"Final verdicts over {runs} seeds per row; seats a strategy does not name play the "
        f"{level} AI (`python main.py strategies --runs {runs} --ai {level}{only} --write`).",
        "",
        "| scenario | strategy | played by | " + " | ".join(VERDICTS) + " |",
        "| --- | --- | --- | " + " | ".join("---:" for _ in VERDICTS) + " |",
    ]
    for scenario, arm, counts in results:
        cells = " | ".join(str(counts.get(v, 0)) for v in VERDICTS)
        lines.append(f"| {scenario} | {arm.name} | {arm.who} | {cells} |")
    return "\n".join(lines)


def write_into(doc: Path, text: str, level: str) -> None:
    """Replace what stands between the level's markers in the document."""
    content = doc.read_text(encoding="utf-8")
    start, end = markers(level)
    pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(content):
        raise ValueError(f"it has no {start} ... {end} markers")
    block = f"{start}\n{text}\n{end}"
    write_atomic(doc, pattern.sub(lambda _: block, content))


def _rows(
    paths: list[str], level: str, runs: int, seed: int, jobs: int | None, only: list[str]
) -> Iterator[tuple[str, Arm, Counter[str]]]:
    for path in paths:
        scenario = load_scenario(path).id
        for arm in arms(path, level):
            if only and arm.name not in only:
                continue
            counts = run_arm(path, arm, runs, seed, jobs)
            shares = ", ".join(f"{v} {n}" for v, n in counts.most_common())
            print(f"{scenario}: {arm.name} ({arm.who}): {shares}", file=sys.stderr)
            yield scenario, arm, counts


def strategies(
    paths: list[str],
    runs: int,
    seed: int,
    level: str,
    jobs: int | None,
    write: str | None,
    only: list[str],
) -> int:
    unknown = [s for s in only if s not in (*STRATEGIES, level)]
    if unknown:
        print(
            f"main.py strategies: no strategy {', '.join(unknown)}; choose from "
            f"{', '.join(STRATEGIES)}",
            file=sys.stderr,
        )
        return 2
    try:
        results = list(_rows(paths, level, runs, seed, jobs, only))
    except ScenarioError as error:
        return error.report()
    except ExecutorError as error:
        print(f"main.py strategies: {error}", file=sys.stderr)
        return 2
    text = table(results, runs, level)
    print(text)
    if write:
        try:
            write_into(Path(write), text, level)
        except (OSError, ValueError) as error:
            print(f"main.py strategies: cannot write {write}: {error}", file=sys.stderr)
            return 1
        print(f"wrote the table into {write}", file=sys.stderr)
    return 0
