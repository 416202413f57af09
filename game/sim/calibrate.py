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
from game.text.codes import AI_LEVELS
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import series

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
            lang.text(N_("every great power: {level}"), level=lang.text(AI_LEVELS[level])),
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


# The propositions (docs/model.md; the core model's section 7), paraphrased, by number.
CLAIMS = {
    1: N_(
        "Giving a dissatisfied great power a veto or an opt-out lowers its exits and turns "
        "exit and subversion into voice."
    ),
    2: N_(
        "Broadening or deepening a mandate without negative power raises great-power exit or "
        "subversion; with vetoes, the cost shifts to minor nations."
    ),
    3: N_(
        "Linking privileges to membership lowers exit; where the nation cannot block, its "
        "dissatisfaction shows as subversion instead."
    ),
    5: N_("Exit is rare and often temporary: rejoins follow."),
    6: N_("Exit threats by powerful nations with narrow demands win reforms more often."),
    8: N_(
        "A misaligned rising power (power share above its voting power) founds rival bodies "
        "more often."
    ),
    9: N_(
        "A veto concentrates voting power and cuts the capacity to act; in play fewer "
        "decisions pass."
    ),
    10: N_("The most isolated veto holder vetoes most."),
}


def propositions(
    state: GameState, normal: dict[str, Any], command: str, lang: Language = ENGLISH
) -> list[Proposition]:
    """The propositions (docs/model.md; the core model's section 7) that bear on this
    world, each with what the normal AI's games show and a study to test it here, said
    in `lang`."""
    found: list[Proposition] = []
    rates = normal["rates"]
    runs = normal["runs"]
    great = set(state.great_powers())
    vetoed = [b for b in state.bodies if b.vetoes]
    opting = [b for b in state.bodies if b.opt_out > 0]
    no_veto = [b for b in state.bodies if not b.vetoes and great & set(b.members)]

    def one(number: int, applies: str, shown: str = "", study: str = "") -> None:
        claim = lang.text(CLAIMS[number])
        found.append(Proposition(number, claim, applies, shown, study))

    def names(ids: list[str]) -> str:
        return series([state.nation(n).name for n in ids], lang)

    if vetoed or opting:
        by_veto = rates["exits_per_1000_member_rounds_by_veto"]
        target = (no_veto or state.bodies)[0]
        one(
            1,
            lang.text(
                N_("bodies with vetoes or opt-outs: {bodies}"),
                bodies=series([b.name for b in (*vetoed, *opting)], lang),
            ),
            lang.text(
                N_(
                    "members holding a veto left {holders} times per 1,000 member-rounds, the "
                    "others {others}"
                ),
                holders=lang.number(by_veto["holder"], 1),
                others=lang.number(by_veto["other"], 1),
            ),
            f"{command} --set institutions.{target.id}.opt_out=0.6",
        )
    if no_veto:
        body = no_veto[0]
        one(
            2,
            lang.text(N_("{body} has great powers as members and no vetoes"), body=body.name),
            study=f"{command} --set institutions.{body.id}.breadth=0.9",
        )
    body = max(state.bodies, key=lambda b: b.member_count)
    one(
        3,
        lang.text(N_("every body links some privileges to membership (linkage)")),
        study=f"{command} --set institutions.{body.id}.linkage=0.9",
    )
    exits = rates["exits_per_1000_member_rounds"]
    one(
        5,
        lang.text(N_("every world")),
        lang.text(
            N_(
                "great powers left {great} and minor nations {minor} times per 1,000 "
                "member-rounds; {rejoins} rejoins per game"
            ),
            great=lang.number(exits["great"], 1),
            minor=lang.number(exits["minor"], 1),
            rejoins=lang.number(rates["rejoins"], 2),
        ),
    )
    one(
        6,
        lang.text(N_("every world with great powers inside bodies")),
        lang.text(
            N_("{threats} threats and {reforms} reforms won per game"),
            threats=lang.number(rates["threats"], 2),
            reforms=lang.number(rates["reforms_won"], 2),
        ),
    )
    risers = _misaligned(state)
    if risers:
        founded = {n: normal["by_nation"].get(n, {}).get("rivals_founded", 0) for n in great}
        one(
            8,
            series(
                [
                    lang.text(
                        N_("{nation} (power {share}, voting power {vote})"),
                        nation=state.nation(n).name,
                        share=lang.number(share, 2),
                        vote=lang.number(vote, 2),
                    )
                    for n, share, vote in risers
                ],
                lang,
            ),
            lang.plural(
                Np_(
                    "rival bodies founded over {count} game: {founded}",
                    "rival bodies founded over {count} games: {founded}",
                ),
                runs,
                founded=series(
                    [f"{state.nation(n).name} {founded[n]}" for n in sorted(great)], lang
                ),
            ),
        )
    for body in vetoed:
        game = rules.voting_game(body)
        adopted = normal["by_institution"].get(body.id, {}).get("adopted", 0)
        one(
            9,
            lang.plural(
                Np_("{body}: {count} veto holder", "{body}: {count} veto holders"),
                len(body.vetoes),
                body=body.name,
            ),
            lang.text(
                N_(
                    "a priori, {with_vetoes} of coalitions carry a motion with the vetoes, "
                    "{without} without; {adopted} motions adopted per round"
                ),
                with_vetoes=lang.number(power_indices(game).capacity, 3),
                without=lang.number(_capacity_without_vetoes(game), 3),
                adopted=lang.number(adopted / max(1, runs * normal["rounds"]), 2),
            ),
            f"{command} --set institutions.{body.id}.veto_holders=[]",
        )
        if len(body.vetoes) >= 2:
            vetoes = {v: normal["by_nation"].get(v, {}).get("vetoes", 0) for v in body.vetoes}
            ranked = sorted(body.vetoes, key=lambda v: -_isolation(state, body.id, v))
            one(
                10,
                lang.text(
                    N_(
                        "{body}: veto holders from the most isolated (farthest from the other "
                        "members' ideals) to the least: {holders}"
                    ),
                    body=body.name,
                    holders=names(ranked),
                ),
                lang.plural(
                    Np_(
                        "vetoes cast over {count} game, anywhere: {vetoes}",
                        "vetoes cast over {count} games, anywhere: {vetoes}",
                    ),
                    runs,
                    vetoes=series([f"{state.nation(v).name} {vetoes[v]}" for v in ranked], lang),
                ),
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
    found = propositions(state, normal, command, lang)
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
