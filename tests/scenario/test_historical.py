"""The historical scenarios: each validates, plays to its end with every bot, ends most
often in the order its period suggests under the hard AI, reaches every decisive order
by its strategy, lets the period's turning points happen, and gives its bodies the known
power indices."""

from __future__ import annotations

from collections import Counter

import pytest

from game.ai.play import KINDS, LEVELS
from game.ai.strategy import STRATEGIES
from game.engine import apply, is_terminal, legal_actions, rules, shapley_shubik, start
from game.engine.actions import Found, Pass, Table, Withdraw
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.scenario.load import load_data
from game.sim.executor import stream
from game.sim.simulate import Study, run_one
from game.sim.strategies import arms

# scenario -> the order its period suggests under the hard AI in every seat, and why
PERIODS = {
    # a regime every great power stays in or returns to, each on its own path
    "climate-2015": "pluralist",
    # two camps with bodies of their own in security and finance, meeting in the UN
    "founding-1945": "bloc",
    # one power's influence and model carried by the institutions, rivals unrecognised
    "unipolar-1992": "hegemonic",
    # between models: a Council that seats too little of the world's power for a
    # pluralist order, a leader too weak for hegemony, no two camps
    "four-globalisms-2019": "transitional",
}

DECISIVE = (
    ("concert", "pluralist"),
    ("hegemony", "hegemonic"),
    ("bloc", "bloc"),
    ("overreach", "fragmented"),
)

# What a period's world cannot reach by its strategy, and why (the closing note of the
# scenario library says so too): in 2014-2020 the Council's members hold 67% of the
# world's power, a pluralist order needs 80%, and no motion may seat another member
# (a Charter amendment, Article 108; the EU is no state).
OUT_OF_REACH = {("four-globalisms-2019", "concert")}


def _decisive() -> list[object]:
    return [
        pytest.param(
            name,
            strategy,
            verdict,
            marks=[pytest.mark.xfail(strict=True, reason="out of reach in its period")]
            if (name, strategy) in OUT_OF_REACH
            else [],
        )
        for name in sorted(PERIODS)
        for strategy, verdict in DECISIVE
    ]


def _verdicts(name: str, seats: tuple[tuple[str, str], ...], seeds: range) -> Counter[str]:
    data = load_data(name)
    studies = [Study(data, seed, seats) for seed in seeds]
    # One process: the suite runs its tests in parallel already (and its browser tests
    # must not wait on games that took every core).
    return Counter(record["verdict"] for record in stream(run_one, studies, 1, None))


def _every(name: str, kind: str) -> tuple[tuple[str, str], ...]:
    return tuple((n.id, kind) for n in load_scenario(name).great_powers())


@pytest.mark.parametrize("name", sorted(PERIODS))
def test_the_security_council_has_its_known_power_indices(name: str) -> None:
    state, _ = start(compile_scenario(load_scenario(name), 1))
    council = state.body("unsc")
    power = shapley_shubik(rules.voting_game(council))
    listed = rules.voters(council)
    permanent = [float(power[listed.index(v)]) for v in council.vetoes]
    elected = float(power[-1])  # an anonymous elected member
    if council.member_count == 15:  # 9 of 15, since 1966
        assert permanent == pytest.approx([0.1963] * 5, abs=1e-4)
        assert elected == pytest.approx(0.0019, abs=1e-4)
    else:  # 7 of 11, 1945-1965
        assert permanent == pytest.approx([0.1974] * 5, abs=1e-4)
        assert elected == pytest.approx(0.0022, abs=1e-4)


@pytest.mark.parametrize("kind", [*KINDS, *LEVELS, *STRATEGIES])
@pytest.mark.parametrize("name", sorted(PERIODS))
def test_it_plays_to_the_end_with_every_bot(name: str, kind: str) -> None:
    record = run_one(Study(load_data(name), 3, _every(name, kind)))
    assert record["rounds"] == load_scenario(name).length.rounds
    assert record["verdict"] in ("pluralist", "hegemonic", "bloc", "fragmented", "transitional")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PERIODS))
def test_the_hard_ai_ends_most_often_in_the_period_s_order(name: str) -> None:
    counts = _verdicts(name, _every(name, "hard"), range(1, 31))
    print(name, dict(counts))
    modal = max(counts, key=lambda v: counts[v])
    assert modal == PERIODS[name], dict(counts)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "strategy", "verdict"),
    _decisive(),
)
def test_every_decisive_order_is_reached_by_its_strategy(
    name: str, strategy: str, verdict: str
) -> None:
    arm = next(a for a in arms(name, "normal") if a.name == strategy)
    counts = _verdicts(name, arm.seats, range(1, 11))
    print(name, strategy, dict(counts))
    assert counts[verdict] >= 1, (strategy, dict(counts))


def test_the_us_may_leave_the_paris_agreement_in_2020() -> None:
    """The turning point of climate-2015 is a choice, not a script: in 2020 (round 6)
    the United States may withdraw, whoever governs it."""
    state, _ = start(compile_scenario(load_scenario("climate-2015"), 2))
    while not (state.round == 6 and state.phase.value == "membership"):
        assert not is_terminal(state)
        mover = next(n for n in state.great_powers() if legal_actions(state, n))
        moves = legal_actions(state, mover)
        state, _ = apply(state, next((m for m in moves if isinstance(m, Pass)), moves[0]))
    assert Withdraw("US", "paris") in legal_actions(state, "US")


def test_the_soviet_union_may_stay_out_of_bretton_woods_or_be_admitted() -> None:
    """The founding's turning point is play: the Soviet Union starts outside the Fund
    (it never ratified), a member may table its admission, and once admitted it may join
    with a quota by its power."""
    state, _ = start(compile_scenario(load_scenario("founding-1945"), 1))
    assert "SU" not in state.body("imf").members
    while state.phase.value != "agenda":
        mover = next(n for n in state.great_powers() if legal_actions(state, n))
        moves = legal_actions(state, mover)
        state, _ = apply(state, next((m for m in moves if isinstance(m, Pass)), moves[0]))
    mover = next(n for n in state.great_powers() if legal_actions(state, n))
    admit = [
        m
        for m in legal_actions(state, mover)
        if isinstance(m, Table) and m.body == "imf" and m.motion.kind == "admit"
    ]
    assert any(m.motion.nation == "SU" for m in admit)


def test_china_may_join_the_wto_in_2001_and_the_council_votes_on_kosovo() -> None:
    """unipolar-1992's turning points are put to the members, not scripted: in 1999
    (round 8) the Council votes on force over Kosovo, in 2001 (round 10) the WTO's
    members on China's admission."""
    state, _ = start(compile_scenario(load_scenario("unipolar-1992"), 1))
    tabled: dict[int, list[tuple[str, str]]] = {}
    while state.round <= 10:
        assert not is_terminal(state)
        for m in state.motions:
            tabled.setdefault(m.round, [])
            if (m.body, str(m.spec)) not in tabled[m.round]:
                tabled[m.round].append((m.body, str(m.spec)))
        mover = next(n for n in state.great_powers() if legal_actions(state, n))
        moves = legal_actions(state, mover)
        state, _ = apply(state, next((m for m in moves if isinstance(m, Pass)), moves[0]))
    assert any(body == "unsc" for body, _ in tabled.get(8, []))
    assert ("wto", "admit CN") in tabled.get(10, [])


def test_the_turning_points_of_2014_2020_are_choices() -> None:
    """four-globalisms-2019 scripts none of its turning points: China may found a bank
    beside the IMF in 2015 (round 2); the United States may leave the Human Rights Council
    in 2018 (round 5), the INF Treaty in 2019 (round 6) and the Paris Agreement, open
    from 2015, in 2020 (round 7)."""
    state, _ = start(compile_scenario(load_scenario("four-globalisms-2019"), 1))
    legal: dict[int, set[object]] = {}
    while not is_terminal(state):
        for nation in ("US", "CN"):
            legal.setdefault(state.round, set()).update(legal_actions(state, nation))
        mover = next(n for n in state.great_powers() if legal_actions(state, n))
        moves = legal_actions(state, mover)
        state, _ = apply(state, next((m for m in moves if isinstance(m, Pass)), moves[0]))
    assert any(isinstance(m, Found) and m.nation == "CN" and m.area == "finance" for m in legal[2])
    assert Withdraw("US", "hrc") in legal[5]
    assert Withdraw("US", "inf") in legal[6]
    assert Withdraw("US", "paris") in legal[7]
    assert Withdraw("US", "paris") not in legal[1]  # the Agreement opens in 2015
