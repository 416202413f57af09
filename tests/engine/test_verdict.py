"""The order verdict: streaks, the hold, priorities, the leaning, reasons with numbers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from game.engine import indices as order_indices
from game.engine import start
from game.engine.model.verdict import PRIORITY, Assessment, assess, update
from game.engine.state import BodyState, GameState, OrderState, Reason
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.text.verdict import figure, reason_text

ROOT = Path(__file__).resolve().parents[2]


def holding(*verdicts: str) -> dict[str, Assessment]:
    return {
        v: Assessment(
            v,
            v in verdicts,
            (Reason(f"{v} condition", 1.0 if v in verdicts else 0.0, 1.0, v in verdicts),),
        )
        for v in PRIORITY
    }


def test_a_verdict_is_shown_after_it_holds_enter_rounds() -> None:
    order = OrderState()
    order = update(order, holding("pluralist"), enter=3, release=2)
    order = update(order, holding("pluralist"), enter=3, release=2)
    assert order.shown == "transitional" and order.leaning == "pluralist"
    order = update(order, holding("pluralist"), enter=3, release=2)
    assert order.shown == "pluralist" and order.leaning is None
    assert order.reasons[0].held


def test_a_shown_verdict_survives_one_bad_round_and_goes_after_release_rounds() -> None:
    order = OrderState(shown="hegemonic", streaks=(("hegemonic", 5),))
    order = update(order, holding(), enter=3, release=2)
    assert order.shown == "hegemonic" and order.failing == 1
    order = update(order, holding(), enter=3, release=2)
    assert order.shown == "transitional"


def test_a_higher_priority_verdict_takes_over() -> None:
    order = OrderState(shown="pluralist", streaks=(("fragmented", 1), ("pluralist", 9)))
    order = update(order, holding("pluralist", "fragmented"), enter=2, release=2)
    assert order.shown == "fragmented"


def test_reasons_match_their_numbers() -> None:
    state, _ = start(
        compile_scenario(load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml"), 1)
    )
    found = order_indices.compute(state)
    for assessment in assess(found, state.params).values():
        for reason in assessment.conditions:
            said = reason_text(reason, state)
            if reason.code == "leader_model_carried":  # either of two numbers
                assert reason.held == (found.n_norm <= 1.5 or found.leader_agenda_share >= 0.5)
            elif "needs at least" in said:
                assert reason.held == (reason.value >= reason.threshold)
            elif "needs at most" in said:
                assert reason.held == (reason.value <= reason.threshold)
            elif "needs below" in said:
                assert reason.held == (reason.value < reason.threshold)
            shown = (figure(reason.code, reason.value), f"{reason.value:.1f}", "camps", "can act")
            assert any(part in said for part in shown), said


def test_norm_diversity_counts_dominant_doctrines() -> None:
    state, _ = start(compile_scenario(load_scenario(ROOT / "scenarios" / "tutorial.yaml"), 1))
    same = tuple(
        replace(b, doctrine=(1.0, 0.0, 0.0, 0.0), breadth=0.5, intrusiveness=0.5, vitality=0.8)
        for b in state.bodies
    )
    assert order_indices.norm_diversity(replace(state, bodies=same)) == pytest.approx(1.0)
    mixed = (replace(same[0], doctrine=(0.0, 0.0, 0.0, 1.0)), same[1])
    assert order_indices.norm_diversity(replace(state, bodies=mixed)) == pytest.approx(2.0)


def test_the_2025_world_starts_transitional() -> None:
    state, _ = start(
        compile_scenario(load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml"), 1)
    )
    assert state.order.shown == "transitional"
    found = order_indices.compute(state)
    assert sum(share for _, share in found.influence) == pytest.approx(1.0)
    assert 1.0 <= found.n_norm <= 4.0
    assert found.capacity_to_act == pytest.approx(0.0259, abs=1e-4)  # the Security Council


def liberal_restraint() -> GameState:
    path = ROOT / "scenarios" / "liberal-restraint-2025.yaml"
    return start(compile_scenario(load_scenario(path), 1))[0]


def with_body(state: GameState, body: BodyState) -> GameState:
    others = tuple(b for b in state.bodies if b.id != body.id)
    return replace(state, bodies=(*others, body))


def test_shares_of_areas_are_of_the_areas_the_world_has_bodies_in() -> None:
    tutorial, _ = start(compile_scenario(load_scenario(ROOT / "scenarios" / "tutorial.yaml"), 1))
    assert order_indices.issue_areas(tutorial) == ("security", "trade", "finance")
    assert order_indices.compute(tutorial).areas == 3
    fewer = replace(tutorial, bodies=tuple(b for b in tutorial.bodies if b.id != "fund"))
    assert order_indices.compute(fewer).areas == 2
    assert order_indices.compute(liberal_restraint()).areas == 5


def test_camps_are_drawn_from_parallel_bodies_and_a_lone_walkout_is_no_camp() -> None:
    state = liberal_restraint()
    # NATO and the SCO: two security bodies whose great powers do not overlap
    assert order_indices.two_blocs(state) == (("US", "EU"), ("CN", "RU", "IN"))
    wto = state.body("wto")
    # China leaves the WTO and founds a trade body of its own, with minor nations only
    alone = replace(wto, id="trade-cn-1", members=("CN", "PK", "ZA"), anonymous=(), founded_round=1)
    state = with_body(
        with_body(state, replace(wto, members=tuple(m for m in wto.members if m != "CN"))),
        alone,
    )
    assert not order_indices.camp_body(state, state.body("trade-cn-1"))
    assert {a for a, _, _ in order_indices.parallel_pairs(state)} == {"security"}
    # Russia leaves the WTO too and joins: now a camp's body, parallel to the WTO
    wto = state.body("wto")
    state = with_body(state, replace(wto, members=tuple(m for m in wto.members if m != "RU")))
    state = with_body(state, replace(alone, members=("CN", "RU", "PK", "ZA", "SA", "BR")))
    assert order_indices.camp_body(state, state.body("trade-cn-1"))
    areas = {a for a, _, _ in order_indices.parallel_pairs(state)}
    assert areas == {"security", "trade"}
    # India sits in the SCO and in the WTO: non-aligned, in neither camp
    assert order_indices.two_blocs(state) == (("US", "EU"), ("CN", "RU"))


def test_only_bodies_that_seat_different_great_powers_contest_an_area() -> None:
    """Twin bodies of one membership share the work (the IMF and the World Bank); a rival
    that leaves a great power out contests the area (docs/model.md section 9, rules 8),
    unless it is a club written into the world whose great powers all sit in the other
    body too, a caucus within the order; founded in play, it contests (rules 11)."""
    state = liberal_restraint()
    before = order_indices.compute(state).contested_areas
    wto = state.body("wto")
    twin = replace(wto, id="wto-twin")
    assert order_indices.compute(with_body(state, twin)).contested_areas == before
    small = replace(wto, id="trade-small", members=("PK", "ZA"), anonymous=())
    assert order_indices.compute(with_body(state, small)).contested_areas == before
    rival = replace(wto, id="trade-cn", members=("CN", "PK", "ZA"), anonymous=())
    assert order_indices.compute(with_body(state, rival)).contested_areas == before
    founded = replace(rival, founded_round=1)
    assert order_indices.compute(with_body(state, founded)).contested_areas == before + 1
    without = replace(wto, members=tuple(m for m in wto.members if m != "CN"))
    apart = with_body(with_body(state, rival), without)
    assert order_indices.compute(apart).contested_areas == before + 1
    # Two caucuses of different great powers within the WTO contest nothing between them
    # (rules 13), as the G7 and the BRICS within the IMF.
    west = replace(wto, id="trade-west", members=("US", "EU", "JP"), anonymous=())
    south = replace(wto, id="trade-south", members=("CN", "IN", "BR"), anonymous=())
    both = with_body(with_body(state, west), south)
    assert order_indices.compute(both).contested_areas == before
    assert order_indices.compute(with_body(both, founded)).contested_areas == before + 1
    # A rival founded beside twins contests the area as beside one body (rules 14)
    twin = replace(wto, id="wto-twin")
    assert order_indices.compute(with_body(with_body(state, twin), founded)).contested_areas == (
        before + 1
    )


def test_an_exit_to_an_alternative_with_partners_is_no_disorder() -> None:
    state = liberal_restraint()
    state = replace(state, round=2, exit_rounds=(2,), great_exits=((2, "CN", "wto"),))
    wto = replace(
        state.body("wto"),
        members=tuple(m for m in state.body("wto").members if m != "CN"),
        left=(("CN", 2),),
    )
    rival = replace(wto, id="trade-ru-2", members=("RU", "CN", "PK"), founded_round=2, left=())
    assert order_indices.exits_in_window(with_body(state, wto)) == (1, 0)
    realigned = with_body(with_body(state, wto), rival)
    assert order_indices.exits_in_window(realigned) == (1, 1)
    assert order_indices.compute(realigned).exits_in_window == 0
    alone = replace(rival, members=("CN", "PK", "SA"))  # no other great power: a walkout
    assert order_indices.exits_in_window(with_body(with_body(state, wto), alone)) == (1, 0)
    # Readmitted and leaving again, each time for the same alternative: all realigned.
    again = replace(realigned, round=3, great_exits=((2, "CN", "wto"), (3, "CN", "wto")))
    assert order_indices.exits_in_window(again) == (2, 2)


def test_an_exit_stands_until_it_is_reversed() -> None:
    """An exit older than the window still counts while the leaver stays outside the body
    it left; once it is back, only exits in the window count (docs/model.md section 9)."""
    state = liberal_restraint()
    window = int(state.params.indices.exit_rate_window_rounds)
    hrc = state.body("hrc")
    outside = replace(hrc, members=tuple(m for m in hrc.members if m != "US"), left=(("US", 1),))
    late = replace(state, round=1 + window, great_exits=((1, "US", "hrc"),))
    assert order_indices.exits_in_window(with_body(late, outside)) == (1, 0)
    assert order_indices.compute(with_body(late, outside)).exit_rate > 0
    assert order_indices.exits_in_window(late) == (0, 0)  # it came back
    # Out, back, out again: one standing exit, not two.
    twice = replace(late, round=2 + 2 * window, great_exits=((1, "US", "hrc"), (3, "US", "hrc")))
    assert order_indices.exits_in_window(with_body(twice, outside)) == (1, 0)


def test_the_hegemon_s_regard_for_an_ally_of_its_own_model_grants_no_rival_standing() -> None:
    """The leader's recognition counts toward the hegemonic verdict in proportion to how
    far each other great power's model is from its own (docs/model.md section 9, rules 6)."""
    state = liberal_restraint()
    us = state.nation("US")
    liberal = (1.0, 0.0, 0.0, 0.0)
    sovereign = (0.0, 0.0, 0.0, 1.0)
    nations = {n.id: n for n in state.nations}
    nations["US"] = replace(
        us, doctrine=liberal, recognition=(("CN", 0.1), ("EU", 0.9), ("IN", 0.1), ("RU", 0.1))
    )
    nations["EU"] = replace(state.nation("EU"), doctrine=liberal)
    for rival in ("CN", "IN", "RU"):
        nations[rival] = replace(state.nation(rival), doctrine=sovereign)
    world = replace(state, nations=tuple(nations[n.id] for n in state.nations))
    assert order_indices.rival_recognition(world, "US") == pytest.approx(0.1)
    # The same regard for a rival of another model counts in full.
    nations["EU"] = replace(state.nation("EU"), doctrine=sovereign)
    world = replace(state, nations=tuple(nations[n.id] for n in state.nations))
    assert order_indices.rival_recognition(world, "US") == pytest.approx(0.3)
    # A world of one model has no rival to recognise.
    for other in ("EU", "CN", "IN", "RU"):
        nations[other] = replace(state.nation(other), doctrine=liberal)
    world = replace(state, nations=tuple(nations[n.id] for n in state.nations))
    assert order_indices.rival_recognition(world, "US") == 0.0


def test_a_minor_nations_exit_does_not_fragment_the_order() -> None:
    """The verdict counts great powers' exits: a small state leaving one body does not
    break the order's institutions (docs/model.md section 9)."""
    state = liberal_restraint()
    minor = replace(state, round=2, exit_rounds=(2, 2, 2), great_exits=())
    assert order_indices.exits_in_window(minor) == (0, 0)
    assert order_indices.compute(minor).exit_rate == 0.0
    great = replace(minor, great_exits=((2, "US", "hrc"),))
    assert order_indices.compute(great).exit_rate > 0
