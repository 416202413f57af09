"""`main.py simulate`: many headless games of one scenario, baseline powers in every seat
(or the AI named), summarised as rates, verdicts and indices. Runs are independent: seed
S, S+1, ..., spread over processes (game/sim/executor.py); each returns a small record,
folded into running sums as it arrives, so memory stays flat however many runs."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tqdm import tqdm

from game.ai.play import SeatError, seat_bots, seat_kinds, written_seats
from game.engine import (
    Event,
    GameState,
    events,
    influence,
    is_terminal,
    outcome,
    start,
)
from game.engine import indices as order_indices
from game.play.figures import percentage
from game.play.loop import Baseline, Bots, Players, Playing, play
from game.play.told import says
from game.scenario import Scenario, ScenarioError, load_scenario, validate_data
from game.scenario.compile import compiled
from game.scenario.load import load_data
from game.scenario.overrides import OverrideError, apply_override, parse_assignment
from game.text.codes import VERDICTS as VERDICT_WORDS
from game.text.codes import code_text
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import series

from .executor import ExecutorError, parse_executor, stream

VERDICTS = ("pluralist", "hegemonic", "bloc", "fragmented", "transitional")
MODES = ("voice", "subversion", "exit", "rollback")
# The ways a dissatisfied member acts (the model's modes, docs/model.md).
MODE_WORDS = {
    "voice": N_("voice"),
    "subversion": N_("subversion"),
    "exit": N_("exit"),
    "rollback": N_("rollback"),
}
# The order's indices, by the names the JSON and docs/model.md give them (which a
# translation may keep, for a reader to find them there).
INDEX_WORDS = {
    "influence_hhi": N_("influence_hhi"),
    "n_norm": N_("n_norm"),
    "recognition": N_("recognition"),
    "apex_coverage": N_("apex_coverage"),
    "capacity_to_act": N_("capacity_to_act"),
    "balance": N_("balance"),
    "vitality": N_("vitality"),
}
# The summary's rates, each a line with its {rate}.
RATE_LINES = {
    "rejoins": N_("rejoins per game: {rate}"),
    "opt_outs": N_("opt outs per game: {rate}"),
    "threats": N_("threats per game: {rate}"),
    "reforms_won": N_("reforms won per game: {rate}"),
    "rivals_founded": N_("rivals founded per game: {rate}"),
    "vetoes_per_round": N_("vetoes per round: {rate}"),
    "motions_tabled_per_round": N_("motions tabled per round: {rate}"),
    "motions_adopted_per_round": N_("motions adopted per round: {rate}"),
}
# What each record counts once per game.
RUN_COUNTS = (
    "rejoins",
    "vetoes",
    "tabled",
    "adopted",
    "opt_outs",
    "threats",
    "reforms_won",
    "rivals_founded",
)


@dataclass(frozen=True)
class Study:
    scenario: dict[str, Any]  # validated scenario data, with overrides applied
    seed: int
    ai: tuple[tuple[str, str], ...] = ()  # great power -> bot kind; the rest play baseline


def run_one(study: Study) -> dict[str, Any]:
    """One game: counts of what happened, the final indices and the scores."""
    scenario, state = compiled(study.scenario, study.seed)
    state, first = start(state)
    great = tuple(n.id for n in scenario.great_powers())
    players: Players = Bots(seat_bots(scenario, dict(study.ai))) if study.ai else Baseline(great)
    log = list(first)
    member_rounds = {"great": 0, "minor": 0}
    # member-rounds of those who held a veto in the body at the start, and of the others
    veto_rounds = {"holder": 0, "other": 0}
    held = {(v, b.id) for b in state.bodies for v in b.vetoes}

    def count_members(s: GameState) -> None:
        for body in s.bodies:
            for member in body.members:
                member_rounds["great" if s.nation(member).great else "minor"] += 1
                veto_rounds["holder" if (member, body.id) in held else "other"] += 1

    count_members(state)
    game = Playing(state)
    counted = [state.round]

    def watch(happened: tuple[Event, ...]) -> None:
        log.extend(happened)
        if game.state.round != counted[0] and not is_terminal(game.state):
            counted[0] = game.state.round
            count_members(game.state)

    play(game, players, watch=watch)
    state = game.state
    found = order_indices.compute(state)
    kinds = Counter(e.kind for e in log)
    exits = [e for e in log if isinstance(e, events.NationWithdrew)]
    joins = [e for e in log if isinstance(e, events.NationJoined)]
    vetoes = [e for e in log if isinstance(e, events.VetoCast)]
    opt_outs = [e for e in log if isinstance(e, events.OptedOut)]
    adopted = [e for e in log if isinstance(e, events.MotionAdopted)]
    founded = [e for e in log if isinstance(e, events.InstitutionFounded)]
    vetoed_in = Counter(state.motion(e.motion).body for e in vetoes)
    shares = influence(state)
    return {
        "verdict": state.order.shown,
        "leaning": state.order.leaning if state.order.shown == "transitional" else None,
        "scores": dict(outcome(state).scores),
        "rounds": state.round,
        "member_rounds": member_rounds,
        "exits": {
            "great": sum(1 for e in exits if state.nation(e.nation).great),
            "minor": sum(1 for e in exits if not state.nation(e.nation).great),
        },
        "veto_member_rounds": veto_rounds,
        "veto_exits": {
            "holder": sum(1 for e in exits if (e.nation, e.body) in held),
            "other": sum(1 for e in exits if (e.nation, e.body) not in held),
        },
        "rejoins": len(joins),
        "vetoes": kinds["veto_cast"],
        "tabled": kinds["motion_tabled"],
        "adopted": kinds["motion_adopted"],
        "opt_outs": kinds["opted_out"],
        "threats": kinds["threat_made"],
        "reforms_won": sum(1 for e in log if isinstance(e, events.ThreatResolved) and e.won),
        "rivals_founded": kinds["institution_founded"],
        "modes": Counter(mode for _, _, _, mode in state.modes),
        "by_nation": {
            n.id: {
                "exits": sum(1 for e in exits if e.nation == n.id),
                "rejoins": sum(1 for e in joins if e.nation == n.id),
                "vetoes": sum(1 for e in vetoes if e.nation == n.id),
                "opt_outs": sum(1 for e in opt_outs if e.nation == n.id),
                "rivals_founded": sum(1 for e in founded if e.founder == n.id),
                "final_influence": shares.get(n.id),
                "final_legitimacy": n.legitimacy,
            }
            for n in state.nations
        },
        "by_institution": {
            b.id: {
                "exits": sum(1 for e in exits if e.body == b.id),
                "final_members": b.member_count,
                "final_vitality": b.vitality,
                "adopted": sum(1 for e in adopted if e.body == b.id),
                "vetoes": vetoed_in[b.id],
            }
            for b in state.bodies
        },
        "indices": {
            "influence_hhi": found.influence_hhi,
            "n_norm": found.n_norm,
            "recognition": found.recognition,
            "apex_coverage": found.apex_coverage,
            "capacity_to_act": found.capacity_to_act,
            "balance": found.balance,
            "vitality": found.vitality,
        },
    }


class Summary:
    """The summary of a study, kept as running sums: records are added one at a time
    and dropped, so memory stays flat however many runs there are."""

    _NATION_COUNTS = ("exits", "rejoins", "vetoes", "opt_outs", "rivals_founded")
    _NATION_FINALS = ("final_influence", "final_legitimacy")
    _BODY_SUMS = ("exits", "final_members", "final_vitality", "adopted", "vetoes")

    def __init__(self) -> None:
        self.runs = 0
        self.rounds = 0
        self.verdicts: Counter[str] = Counter()
        self.leanings: Counter[str] = Counter()  # what the transitional runs leant to
        self.sums: Counter[str] = Counter()
        self.modes: Counter[str] = Counter()
        self.nations: dict[str, Counter[str]] = {}
        self.finals: dict[tuple[str, str], list[float]] = {}  # (nation, key) -> [sum, count]
        self.bodies: dict[str, Counter[str]] = {}
        self.indices: Counter[str] = Counter()

    def add(self, record: dict[str, Any]) -> None:
        self.runs += 1
        self.rounds += record["rounds"]
        self.verdicts[record["verdict"]] += 1
        if record.get("leaning"):
            self.leanings[record["leaning"]] += 1
        for kind in ("great", "minor"):
            self.sums[f"member_rounds_{kind}"] += record["member_rounds"][kind]
            self.sums[f"exits_{kind}"] += record["exits"][kind]
        for kind in ("holder", "other"):
            self.sums[f"veto_member_rounds_{kind}"] += record["veto_member_rounds"][kind]
            self.sums[f"veto_exits_{kind}"] += record["veto_exits"][kind]
        for key in RUN_COUNTS:
            self.sums[key] += record[key]
        self.modes.update(record["modes"])
        for nation, row in record["by_nation"].items():
            counts = self.nations.setdefault(nation, Counter())
            for key in self._NATION_COUNTS:
                counts[key] += row[key]
            for key in self._NATION_FINALS:
                if row[key] is not None:
                    total = self.finals.setdefault((nation, key), [0.0, 0])
                    total[0] += row[key]
                    total[1] += 1
        for body, row in record["by_institution"].items():
            sums = self.bodies.setdefault(body, Counter())
            sums["runs"] += 1
            for key in self._BODY_SUMS:
                sums[key] += row[key]
        self.indices.update(record["indices"])

    def result(self, head: dict[str, Any]) -> dict[str, Any]:
        """The summary in the form `simulate --json` prints."""
        runs, rounds, sums = self.runs, self.rounds, self.sums

        def per(total: float, count: float) -> float:
            return total / count if count else 0.0

        return {
            **head,
            "verdicts": {v: self.verdicts.get(v, 0) for v in VERDICTS},
            "leanings": {v: self.leanings[v] for v in VERDICTS if self.leanings[v]},
            "rates": {
                "exits_per_1000_member_rounds": {
                    k: 1000 * per(sums[f"exits_{k}"], sums[f"member_rounds_{k}"])
                    for k in ("great", "minor")
                },
                # by whether the member held a veto in the body at the start
                "exits_per_1000_member_rounds_by_veto": {
                    k: 1000 * per(sums[f"veto_exits_{k}"], sums[f"veto_member_rounds_{k}"])
                    for k in ("holder", "other")
                },
                "rejoins": per(sums["rejoins"], runs),
                "vetoes_per_round": per(sums["vetoes"], rounds),
                "motions_tabled_per_round": per(sums["tabled"], rounds),
                "motions_adopted_per_round": per(sums["adopted"], rounds),
                "opt_outs": per(sums["opt_outs"], runs),
                "threats": per(sums["threats"], runs),
                "reforms_won": per(sums["reforms_won"], runs),
                "rivals_founded": per(sums["rivals_founded"], runs),
            },
            "modes": {m: self.modes.get(m, 0) for m in MODES},
            "by_nation": {
                nation: {
                    **{key: counts[key] for key in self._NATION_COUNTS},
                    **{
                        key: per(*self.finals.get((nation, key), [0.0, 0]))
                        for key in self._NATION_FINALS
                    },
                }
                for nation, counts in self.nations.items()
            },
            # Rival bodies exist only in the games that founded them: each body is summed
            # and averaged over the runs it existed in, which "runs" gives.
            "by_institution": {
                body: {
                    "runs": s["runs"],
                    "exits": s["exits"],
                    "final_members": per(s["final_members"], s["runs"]),
                    "final_vitality": per(s["final_vitality"], s["runs"]),
                    "adopted": s["adopted"],
                    "vetoes": s["vetoes"],
                }
                for body, s in self.bodies.items()
            },
            "indices_final_mean": {key: per(v, runs) for key, v in self.indices.items()},
        }


def summarise(records: Iterable[dict[str, Any]], head: dict[str, Any]) -> dict[str, Any]:
    summary = Summary()
    for record in records:
        summary.add(record)
    return summary.result(head)


def prepare(
    path: str, overrides: list[str], rounds: int | None, lang: Language = ENGLISH
) -> tuple[Scenario, dict[str, Any], dict[str, Any]]:
    """The scenario with its overrides, validated like a file (its problems located in
    '{path} (with --set)', in `lang`), its texts in `lang` where it gives several."""
    load_scenario(path)  # every problem of the file itself first, located in the file
    data = load_data(path)
    applied: dict[str, Any] = {}
    for text in overrides:
        where, value = parse_assignment(text)
        data = apply_override(data, where, value)
        applied[where] = value
    if rounds is not None:
        # A shorter game simply never reaches the events scheduled after its end.
        data = apply_override(data, "length.rounds", rounds)
        data["events"] = [
            e
            for e in data.get("events", [])
            if (e.get("round") or 0) <= rounds
            and ((e.get("when") or {}).get("from_round") or 1) <= rounds
        ]
    where = lang.text(N_("{file} (with --set)"), file=path)
    # Its texts in the reader's language (the games themselves are played from `data`).
    return validate_data(data, where, lang=lang.code), data, applied


def simulate(
    path: str,
    runs: int,
    seed: int,
    rounds: int | None,
    overrides: list[str],
    jobs: int | None,
    as_json: bool,
    ai: list[str] | None = None,
    executor: str | None = None,
    lang: Language = ENGLISH,
) -> int:
    try:
        scenario, data, applied = prepare(path, overrides, rounds, lang)
        kinds = seat_kinds(
            ai or [], [n.id for n in scenario.great_powers()], written_seats(scenario)
        )
        where = parse_executor(executor)
    except ScenarioError as error:
        return error.report(lang)
    except OverrideError as error:
        print(set_says("main.py simulate", error, lang), file=sys.stderr)
        return 2
    except (SeatError, ExecutorError) as error:
        print(says("main.py simulate", error, lang), file=sys.stderr)
        return 2
    seats = tuple(sorted(kinds.items()))
    studies = (Study(data, seed + i, seats) for i in range(runs))
    summary = Summary()
    bar = progress(sys.stderr.isatty() and not as_json, runs, lang)
    try:
        for record in stream(run_one, studies, jobs, where):
            summary.add(record)
            bar.update()
    except ExecutorError as error:
        print(says("main.py simulate", error, lang), file=sys.stderr)
        return 2
    finally:
        bar.close()
    head = {
        "scenario": scenario.id,
        "runs": runs,
        "seed": seed,
        "rounds": scenario.length.rounds,
        "overrides": applied,
        "ai": dict(seats),
    }
    result = summary.result(head)
    if as_json:
        print(json.dumps(result, indent=1))
    else:
        print_summary(result, lang)
    return 0


def set_says(command: str, error: OverrideError, lang: Language = ENGLISH) -> str:
    """A --set that cannot be applied: 'main.py simulate: --set PROBLEM'."""
    return lang.text(N_("{command}: --set {problem}"), command=command, problem=error)


def progress(show: bool, total: int, lang: Language = ENGLISH) -> tqdm:
    """A bar on the terminal while a study runs (none when piped or printing JSON)."""
    unit = lang.text(N_("game"))  # the bar's unit: '12/100 [00:03, 4.1game/s]'
    return tqdm(total=total, unit=unit, disable=not show, file=sys.stderr, leave=False)


def seats_text(ai: dict[str, str], lang: Language = ENGLISH) -> str:
    """The seats the AI plays, by nation id and kind: 'US overreach, CN hegemony'."""
    return series([lang.text(N_("{name} {value}"), name=n, value=k) for n, k in ai.items()], lang)


def games_of(runs: int, rounds: int, lang: Language = ENGLISH) -> str:
    """'100 games of 12 rounds'."""
    return lang.plural(
        Np_("{count} game of {rounds}", "{count} games of {rounds}"),
        runs,
        rounds=lang.plural(Np_("{count} round", "{count} rounds"), rounds),
    )


def print_summary(summary: dict[str, Any], lang: Language = ENGLISH) -> None:
    runs, seed = summary["runs"], summary["seed"]
    print(
        lang.text(
            N_("{scenario}: {games}, seeds {first}-{last}"),
            scenario=summary["scenario"],
            games=games_of(runs, summary["rounds"], lang),
            first=seed,
            last=seed + runs - 1,
        )
    )
    if summary["overrides"]:
        changes = series([f"{k}={v}" for k, v in summary["overrides"].items()], lang)
        print(lang.text(N_("with {changes}"), changes=changes))
    if summary["ai"]:
        print(lang.text(N_("AI: {seats}; others baseline"), seats=seats_text(summary["ai"], lang)))
    print("\n" + lang.text(N_("Final order:")))
    for verdict, count in summary["verdicts"].items():
        word = code_text(VERDICT_WORDS, verdict, lang)
        share = percentage(100 * count / runs, 1, lang)
        print(f"  {word:12} {lang.number(count, 0):>6}  {share:>6}")
    leant = summary.get("leanings") or {}
    if leant:  # (a transitional run still leans one way: which, how often)
        ways = series(
            [
                lang.text(
                    N_("{verdict} {count}"),
                    verdict=code_text(VERDICT_WORDS, v, lang),
                    count=lang.number(n, 0),
                )
                for v, n in sorted(leant.items(), key=lambda item: -item[1])
            ],
            lang,
        )
        print("    " + lang.text(N_("the transitional runs leaned: {ways}"), ways=ways))
    rates = summary["rates"]
    exits = rates["exits_per_1000_member_rounds"]
    print("\n" + lang.text(N_("Rates:")))
    line = lang.text(
        N_(
            "exits per 1,000 member-rounds: great powers {great_powers}, minor nations "
            "{minor_nations}"
        ),
        great_powers=lang.number(exits["great"], 2),
        minor_nations=lang.number(exits["minor"], 2),
    )
    print(f"  {line}")
    for key, said in RATE_LINES.items():
        print("  " + lang.text(said, rate=lang.number(rates[key], 2)))
    modes = series(
        [
            lang.text(
                N_("{name} {value}"),
                name=code_text(MODE_WORDS, k, lang),
                value=lang.number(v, 0),
            )
            for k, v in summary["modes"].items()
        ],
        lang,
    )
    print("\n" + lang.text(N_("Dissatisfied member-rounds by mode: {modes}"), modes=modes))
    indices = series(
        [
            lang.text(
                N_("{name} {value}"),
                name=code_text(INDEX_WORDS, k, lang),
                value=lang.number(v, 3),
            )
            for k, v in summary["indices_final_mean"].items()
        ],
        lang,
    )
    print("\n" + lang.text(N_("Mean final indices: {indices}"), indices=indices))
