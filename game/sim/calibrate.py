"""`main.py simulate FILE --report PAGE.html`: a calibration check of a world before class.

The same seeds are played by every AI level in every seat (easy, normal, hard) and by
each strategy's arm (game/sim/strategies.py: concert, hegemony, bloc, overreach,
restraint, domination, the seats they do not name at the normal level), and the page
shows what each way of playing made of the world: the final orders, exits and vetoes
per body, and the core model's propositions that bear on this world with what these
games show of them. An author sees whether the world works, and whether each order can
be reached, before a class plays it."""

from __future__ import annotations

import math
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.ai.play import LEVELS
from game.engine import (
    GameState,
    VotingGame,
    power_indices,
    power_share,
    rules,
    shapley_shubik,
    start,
)
from game.play.told import says
from game.scenario import Scenario, ScenarioError
from game.scenario.compile import compile_scenario
from game.scenario.overrides import OverrideError
from game.support.bundled import program
from game.support.files import write_atomic
from game.text.language import ENGLISH, N_, Language

from .executor import ExecutorError, parse_executor, stream
from .simulate import VERDICTS, Study, Summary, prepare, progress, run_one, set_says
from .strategies import Arm, arms

MISALIGNED = 1.25  # a power share this many times its voting power marks a misaligned riser


# What draws the page: the scenario, each arm with its summary, the propositions, the
# scenario's changes (--set), the language.
PageOf = Callable[
    [Scenario, list[tuple[Arm, dict[str, Any]]], list["Proposition"], dict[str, Any], Language],
    str,
]


@dataclass(frozen=True)
class Proposition:
    """One of the core model's propositions as it bears on this world."""

    number: int
    claim: str  # the proposition, paraphrased
    applies: str  # why it bears on this world
    shown: str  # what these games show of it ('' when a study of its own is needed)
    command: str  # a `compare` that tests it on this world ('' when none fits)


def calibration_arms(path: str, lang: Language = ENGLISH) -> list[Arm]:
    """Each AI level in every seat, then each strategy's arm (its other seats normal)."""
    written = arms(path, "normal", lang)
    great = [nation for nation, _ in written[0].seats]
    levels = [
        Arm(
            level,
            tuple((g, level) for g in great),
            lang.text(N_("every great power ({level} AI)"), level=level),
        )
        for level in LEVELS
    ]
    return levels + written[:-1]  # the last is the normal AI alone, a level already


def _capacity_without_vetoes(game: VotingGame) -> float:
    return power_indices(VotingGame(game.weights, game.quota, (False,) * len(game.vetoes))).capacity


def _isolation(state: GameState, body_id: str, nation: str) -> float:
    """How far a member's ideal lies from the others' in the body: the mean distance."""
    body = state.body(body_id)
    ideal = state.nation(nation).ideal
    others = [state.nation(m).ideal for m in body.members if m != nation]
    return sum(math.dist(ideal, o) for o in others) / len(others) if others else 0.0


def propositions(state: GameState, normal: dict[str, Any], command: str) -> list[Proposition]:
    """The propositions (docs/model.md; the core model's section 7) that bear on this
    world, each with what the normal AI's games show and a study to test it here."""
    found: list[Proposition] = []
    rates = normal["rates"]
    runs = normal["runs"]
    great = set(state.great_powers())
    vetoed = [b for b in state.bodies if b.vetoes]
    opting = [b for b in state.bodies if b.opt_out > 0]
    no_veto = [b for b in state.bodies if not b.vetoes and great & set(b.members)]
    if vetoed or opting:
        by_veto = rates["exits_per_1000_member_rounds_by_veto"]
        target = (no_veto or state.bodies)[0]
        found.append(
            Proposition(
                1,
                "Giving a dissatisfied great power a veto or an opt-out lowers its exits and "
                "turns exit and subversion into voice.",
                "bodies with vetoes or opt-outs: " + ", ".join(b.name for b in (*vetoed, *opting)),
                f"members holding a veto left {by_veto['holder']:.1f} times per 1,000 "
                f"member-rounds, the others {by_veto['other']:.1f}",
                f"{command} --set institutions.{target.id}.opt_out=0.6",
            )
        )
    if no_veto:
        body = no_veto[0]
        found.append(
            Proposition(
                2,
                "Broadening or deepening a mandate without negative power raises great-power "
                "exit or subversion; with vetoes, the cost shifts to minor nations.",
                f"{body.name} has great powers as members and no vetoes",
                "",
                f"{command} --set institutions.{body.id}.breadth=0.9",
            )
        )
    body = max(state.bodies, key=lambda b: b.member_count)
    found.append(
        Proposition(
            3,
            "Linking privileges to membership lowers exit; where the nation cannot block, its "
            "dissatisfaction shows as subversion instead.",
            "every body links some privileges to membership (linkage)",
            "",
            f"{command} --set institutions.{body.id}.linkage=0.9",
        )
    )
    exits = rates["exits_per_1000_member_rounds"]
    found.append(
        Proposition(
            5,
            "Exit is rare and often temporary: rejoins follow.",
            "every world",
            f"great powers left {exits['great']:.1f} and minor nations {exits['minor']:.1f} "
            f"times per 1,000 member-rounds; {rates['rejoins']:.2f} rejoins per game",
            "",
        )
    )
    found.append(
        Proposition(
            6,
            "Exit threats by powerful nations with narrow demands win reforms more often.",
            "every world with great powers inside bodies",
            f"{rates['threats']:.2f} threats and {rates['reforms_won']:.2f} reforms won per game",
            "",
        )
    )
    risers = _misaligned(state)
    if risers:
        founded = {n: normal["by_nation"].get(n, {}).get("rivals_founded", 0) for n in great}
        found.append(
            Proposition(
                8,
                "A misaligned rising power (power share above its voting power) founds rival "
                "bodies more often.",  # rising: growing faster than the world
                ", ".join(
                    f"{state.nation(n).name} (power {share:.2f}, voting power {vote:.2f})"
                    for n, share, vote in risers
                ),
                "rival bodies founded over "
                f"{runs} games: "
                + ", ".join(f"{state.nation(n).name} {founded[n]}" for n in sorted(great)),
                "",
            )
        )
    for body in vetoed:
        game = rules.voting_game(body)
        adopted = normal["by_institution"].get(body.id, {}).get("adopted", 0)
        found.append(
            Proposition(
                9,
                "A veto concentrates voting power and cuts the capacity to act; in play fewer "
                "decisions pass.",
                f"{body.name}: {len(body.vetoes)} veto holders",
                f"a priori, {power_indices(game).capacity:.3f} of coalitions carry a motion "
                f"with the vetoes, {_capacity_without_vetoes(game):.3f} without; "
                f"{adopted / max(1, runs * normal['rounds']):.2f} motions adopted per round",
                f"{command} --set institutions.{body.id}.veto_holders=[]",
            )
        )
        if len(body.vetoes) >= 2:
            vetoes = {v: normal["by_nation"].get(v, {}).get("vetoes", 0) for v in body.vetoes}
            ranked = sorted(body.vetoes, key=lambda v: -_isolation(state, body.id, v))
            found.append(
                Proposition(
                    10,
                    "The most isolated veto holder vetoes most.",
                    f"{body.name}: veto holders from the most isolated (farthest from the "
                    "other members' ideals) to the least: "
                    + ", ".join(state.nation(v).name for v in ranked),
                    f"vetoes cast over {runs} games, anywhere: "
                    + ", ".join(f"{state.nation(v).name} {vetoes[v]}" for v in ranked),
                    "",
                )
            )
    return found


def _misaligned(state: GameState) -> list[tuple[str, float, float]]:
    """Rising great powers (growing faster than the world, weighted by power) whose power
    share is well above their mean voting power in the bodies they sit in
    (Shapley-Shubik)."""
    shares = {n.id: power_share(state, n) for n in state.nations}
    world = sum(shares[n.id] * sum(n.growth) / 4 for n in state.nations)
    found = []
    for nation in state.great_powers():
        if sum(state.nation(nation).growth) / 4 <= world:
            continue  # not rising
        votes = []
        for body in state.bodies:
            if nation in rules.voters(body):
                index = rules.voters(body).index(nation)
                votes.append(float(shapley_shubik(rules.voting_game(body))[index]))
        share = power_share(state, state.nation(nation))
        vote = sum(votes) / len(votes) if votes else 0.0
        if votes and share > MISALIGNED * vote:
            found.append((nation, share, vote))
    return found


def calibrate(
    path: str,
    runs: int,
    seed: int,
    rounds: int | None,
    overrides: list[str],
    jobs: int | None,
    executor: str | None,
    page: str,
    page_of: PageOf,
    lang: Language = ENGLISH,
) -> int:
    """Play every arm over the same seeds and write the calibration page to `page`, as
    `page_of` draws it (the report layer's, passed in from above)."""
    try:
        scenario, data, applied = prepare(path, overrides, rounds, lang)
        where = parse_executor(executor)
        plan = calibration_arms(path, lang)
    except ScenarioError as error:
        return error.report(lang)
    except OverrideError as error:
        print(set_says(f"{program()} simulate", error, lang), file=sys.stderr)
        return 2
    except ExecutorError as error:
        print(says(f"{program()} simulate", error, lang), file=sys.stderr)
        return 2
    studies = [Study(data, seed + i, arm.seats) for arm in plan for i in range(runs)]
    summaries = [Summary() for _ in plan]
    bar = progress(sys.stderr.isatty(), len(studies), lang)
    try:
        for index, record in enumerate(stream(run_one, studies, jobs, where)):
            summaries[index // runs].add(record)
            bar.update()
    except ExecutorError as error:
        print(says(f"{program()} simulate", error, lang), file=sys.stderr)
        return 2
    finally:
        bar.close()
    head = {"scenario": scenario.id, "runs": runs, "seed": seed, "rounds": scenario.length.rounds}
    results = [(arm, summary.result({**head, "ai": dict(arm.seats)})) for arm, summary in
               zip(plan, summaries, strict=True)]  # fmt: skip
    state, _ = start(compile_scenario(scenario, seed))
    normal = next(result for arm, result in results if arm.name == "normal")
    command = " ".join(
        [
            program(),
            "compare",
            shlex.quote(path),
            *(f"--set {shlex.quote(f'{k}={v}')}" for k, v in applied.items()),
        ]
    )
    found = propositions(state, normal, command)
    text = page_of(scenario, results, found, applied, lang)
    try:
        write_atomic(Path(page), text)
    except OSError as error:
        problem = lang.text(N_("cannot write {file}: {problem}"), file=page, problem=error.strerror)
        print(says(f"{program()} simulate", problem, lang), file=sys.stderr)
        return 1
    for arm, result in results:
        shares = ", ".join(
            f"{v} {result['verdicts'][v]}" for v in VERDICTS if result["verdicts"][v]
        )
        print(f"{arm.name:12} {shares}")
    print(lang.text(N_("wrote {file}"), file=page))
    return 0


def reachable(results: list[tuple[Arm, dict[str, Any]]]) -> dict[str, list[str]]:
    """For each decisive order, the arms that reached it in at least one game."""
    return {
        verdict: [arm.name for arm, result in results if result["verdicts"][verdict]]
        for verdict in VERDICTS
        if verdict != "transitional"
    }
