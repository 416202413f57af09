"""Strategies an instructor can name (docs/model.md section 11): each plays only legal
moves and explains them with its rule; the `--ai` settings take them by name; and, over
fixed seeds with the normal AI in the other seats, each leads where the seed texts say
it does (slow lane; `main.py strategies` measures 30 seeds and more)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from game.ai.play import SeatError, partners_of, seat_bots, seat_kinds
from game.ai.strategy import STRATEGIES, StrategyBot
from game.engine import Table, check, start
from game.engine.state import Phase
from game.play.loop import Bots, step
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.sim.strategies import arms, leader_and_challengers, run_arm, table

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = str(ROOT / "scenarios" / "tutorial.yaml")
LIBERAL = str(ROOT / "scenarios" / "liberal-restraint-2025.yaml")


def test_strategies_are_ai_kinds_and_bloc_seats_are_partners() -> None:
    kinds = seat_kinds(["normal", "CN=bloc", "RU=bloc", "US=overreach"], ["US", "CN", "RU", "EU"])
    assert kinds == {"US": "overreach", "CN": "bloc", "RU": "bloc", "EU": "normal"}
    assert partners_of(kinds, "CN") == ("RU",)
    assert partners_of(kinds, "EU") == ()
    bots = seat_bots(load_scenario(LIBERAL), kinds)
    assert isinstance(bots["CN"], StrategyBot) and bots["CN"].partners == ("RU",)
    assert bots["US"].kind == "overreach"


def test_a_scenario_seat_may_name_a_strategy() -> None:
    from game.scenario.schema import SeatAI

    assert {a.value for a in SeatAI} == {"easy", "normal", "hard", *STRATEGIES}


def test_an_unknown_strategy_names_the_choices() -> None:
    with pytest.raises(SeatError) as error:
        seat_kinds(["US=hegemon"], ["US", "CN"])
    message = str(error.value)
    assert "did you mean 'hegemony'" in message and "concert" in message


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_every_move_is_legal_and_carries_its_rule(strategy: str) -> None:
    """A whole game of the tutorial with the strategy in every seat: each move passes the
    engine's check, and the strategy's rule shows in the reasons of the moves it made."""
    scenario = load_scenario(TUTORIAL)
    state, _ = start(compile_scenario(scenario, 3))
    bots = seat_bots(scenario, {g.id: strategy for g in scenario.great_powers()})
    ruled = 0
    while state.phase is not Phase.over:
        before = state
        state, action, events = step(state, Bots(bots))
        assert check(before, action).ok, action
        terms = dict(events[0].get("terms"))
        ruled += any(
            term.says == "strategy_rule" and term.fact("strategy") == strategy for term in terms
        )
    assert ruled > 0


def test_the_arms_follow_the_world() -> None:
    assert leader_and_challengers(LIBERAL)[:2] == ("US", ("CN", "RU"))
    top, challengers, great = leader_and_challengers(TUTORIAL)
    assert top == "NL" and set(challengers) == {"EM", "SG"} and len(great) == 3
    names = [a.name for a in arms(TUTORIAL, "normal")]
    assert names == [*STRATEGIES, "normal"]
    bloc = next(a for a in arms(TUTORIAL, "normal") if a.name == "bloc")
    assert dict(bloc.seats) == {"NL": "normal", "EM": "bloc", "SG": "bloc"}


def test_the_table_lists_every_verdict() -> None:
    arm = arms(TUTORIAL, "normal")[0]
    text = table([("tutorial", arm, Counter({"pluralist": 3}))], 3, "normal")
    assert "| tutorial | concert | every great power | 3 | 0 | 0 | 0 | 0 |" in text


# Each decisive verdict is reached by its strategy in every bundled scenario (10 seeds;
# the expected count leaves room for chance: each was measured over 30 seeds and more,
# docs/model.md section 11).
EXPECTED = [
    (path, strategy, verdict)
    for path in (LIBERAL, TUTORIAL)
    for strategy, verdict in (
        ("concert", "pluralist"),
        ("hegemony", "hegemonic"),
        ("bloc", "bloc"),
        ("overreach", "fragmented"),
    )
]


@pytest.mark.slow
@pytest.mark.parametrize(("path", "strategy", "verdict"), EXPECTED)
def test_a_strategy_leads_to_its_order(path: str, strategy: str, verdict: str) -> None:
    arm = next(a for a in arms(path, "normal") if a.name == strategy)
    counts = run_arm(path, arm, 10, 101, 2)
    assert counts[verdict] >= 7, f"{Path(path).stem} {strategy}: {dict(counts)}"


def test_the_command_writes_its_table_between_the_markers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from game.cli import main

    doc = tmp_path / "model.md"
    doc.write_text(
        "before\n<!-- strategies normal:start -->\nold\n<!-- strategies normal:end -->\nafter\n"
    )
    args = ["--runs", "2", "--only", "concert", "--jobs", "1", "--write", str(doc)]
    code = main(["strategies", TUTORIAL, *args])
    assert code == 0, capsys.readouterr().err
    text = doc.read_text()
    assert text.startswith("before\n<!-- strategies normal:start -->\nFinal verdicts over 2 seeds")
    assert "| tutorial | concert | every great power |" in text and "old" not in text
    assert "--only concert --write" in text
    assert text.endswith("<!-- strategies normal:end -->\nafter\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--only", "hegemon"], "no strategy hegemon; choose from concert"),
        (["--ai", "genius"], "--ai genius: choose a level: easy, normal, hard"),
    ],
)
def test_the_command_names_the_choices(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from game.cli import main

    assert main(["strategies", TUTORIAL, "--runs", "1", *args]) == 2
    assert message in capsys.readouterr().err


def test_the_tournament_measures_a_strategy(capsys: pytest.CaptureFixture[str]) -> None:
    from game.cli import main

    assert main(["tournament", TUTORIAL, "--runs", "2", "--bots", "hegemon"]) == 2
    assert "choose from heuristic, lookahead, random, easy, normal, hard, concert" in (
        capsys.readouterr().err
    )
    assert main(["tournament", TUTORIAL, "--runs", "2", "--bots", "overreach", "--jobs", "1"]) == 0
    assert "overreach" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.parametrize("path", [LIBERAL, TUTORIAL])
def test_restraint_and_overreach_by_the_leader_swing_the_order(path: str) -> None:
    """The same seeds, the starting leader playing restraint and then overreach (the rest
    the normal AI): the final orders differ by a total variation distance of at least
    0.4 (measured at 100 seeds: 1.0 in both, docs/model.md section 11)."""
    named = {a.name: a for a in arms(path, "normal")}
    restraint = run_arm(path, named["restraint"], 20, 201, 2)
    overreach = run_arm(path, named["overreach"], 20, 201, 2)
    verdicts = {*restraint, *overreach}
    distance = sum(abs(restraint[v] - overreach[v]) for v in verdicts) / (2 * 20)
    assert distance >= 0.4, f"{Path(path).stem}: {dict(restraint)} against {dict(overreach)}"


def test_the_camps_bodies_stay_the_camps() -> None:
    """Bloc partners never table, nor vote for, the admission of a great power outside
    the camp to one of the camp's bodies; the camp ends with bodies the leader is not in
    (in the unipolar study world the liberal partner once invited the leader in)."""
    from game.ai.strategy import ours
    from game.engine.actions import Cast

    from .worlds import play_with

    sc = load_scenario(ROOT / "scenarios" / "worlds" / "unipolar-liberal.yaml")
    camp = {"VK", "MS"}
    for seed in (1, 2):
        log = play_with(sc, {"AU": "normal", "VK": "bloc", "MS": "bloc"}, seed)
        for before, action, _ in log:
            if isinstance(action, Table) and action.nation in camp:
                spec = action.motion
                outsider = spec.kind == "admit" and spec.nation not in camp
                assert not (outsider and before.nation(str(spec.nation)).great), action
            if isinstance(action, Cast) and action.nation in camp:
                motion = before.motion(action.motion)
                body = before.body(motion.body)
                if (
                    motion.spec.kind == "admit"
                    and motion.spec.nation == "AU"
                    and ours(before, body, camp)
                ):
                    assert action.vote == "no", action
        final = log[-1][0]
        own = [b for b in final.bodies if ours(final, b, camp) and b.founded_round > 0]
        assert len({b.area for b in own}) >= 2, [b.id for b in final.bodies]


@pytest.mark.parametrize("strategy", ["concert", "hegemony"])
def test_concert_and_hegemony_bring_the_missing_great_power_in(strategy: str) -> None:
    """In 1945 the Soviet Union is outside the Fund and the Bank: a concert keeps every
    great power inside every body, and a hegemon draws every power into the bodies of its
    model; either way the United States' first motion admits it (not to the Council,
    where it sits already)."""
    scenario = load_scenario(str(ROOT / "scenarios" / "founding-1945.yaml"))
    state, _ = start(compile_scenario(scenario, 1))
    bots = seat_bots(scenario, {g.id: strategy for g in scenario.great_powers()})
    while True:
        state, action, _ = step(state, Bots(bots))
        if (
            action.nation == "US"
            and state.phase is not Phase.diplomacy
            and hasattr(action, "motion")
        ):
            break
    assert action.body in ("imf", "worldbank")
    assert (action.motion.kind, action.motion.nation) == ("admit", "SU")
