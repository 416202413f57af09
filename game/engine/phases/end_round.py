"""The consequences phase and the end of a round: dynamics, income, guarantees, the order's
verdict."""

from __future__ import annotations

from .. import rules
from ..actions import Join, Withdraw
from ..changes import adjust, adjust_each, offer_sides
from ..events import Event, GameOver, PledgeBroken, RoundEnded, VerdictChanged
from ..model import dynamics, indices, verdict
from ..moves.join import apply_join
from ..moves.withdraw import apply_withdraw
from ..records import evolve
from ..rng import next_generator
from ..state import GameState, OfferStatus, Phase


def end_round(state: GameState, log: list[Event]) -> GameState:
    """The consequences phase: capital income, legitimacy reverting to rest, guarantees
    settled, failed threats, the end check."""
    generator, state = next_generator(state)
    state, leaving = dynamics.consequences(state, generator, log)
    for nation_id, body_id in leaving:
        if nation_id in state.body(body_id).members:
            state = apply_withdraw(state, Withdraw(nation_id, body_id), log)
    for nation_id, body_id in dynamics.returning(state):
        state = apply_join(state, Join(nation_id, body_id), log)
    state = dynamics.relax(state, log)
    capital = state.params.capital
    legitimacy = state.params.legitimacy
    # Each nation's income and drift from the standing the round ends with (income moves
    # no one's power, so the shares are those of the round's end for every nation).
    changes = [
        (
            nation.id,
            (
                {
                    "capital": capital.income_base
                    + capital.income_per_power * rules.power_share(state, nation)
                },
                {"legitimacy": legitimacy.reversion * (legitimacy.rest - nation.legitimacy)},
            ),
        )
        for nation in state.nations
    ]
    state = adjust_each(state, log, ("income", "rest"), changes)
    for threat in state.threats:
        if (
            threat.round == state.round
            and threat.won is False
            and threat.nation in state.body(threat.body).members
        ):
            penalty = state.params.threat.failed_legitimacy
            state = adjust(state, threat.nation, log, "threat_failed", legitimacy=penalty)
    state = _settle_guarantees(state, log)
    state, found, nearness = _judge_order(state, log)
    log.append(RoundEnded(round=state.round, indices=_index_figures(found), nearness=nearness))
    if state.round >= state.rounds:
        log.append(GameOver(round=state.round))
        return evolve(state, phase=Phase.over, acted=())
    decay = state.params.hazard.contagion_decay
    contagion = tuple((body, value * decay) for body, value in state.contagion)
    state = evolve(state, round=state.round + 1, ballots=(), contagion=contagion)
    return state  # the flow enters the next round's events


def _index_figures(found: indices.Indices) -> tuple[tuple[str, float], ...]:
    """The round's indices as (name, number) pairs, for the log and the debrief."""
    return tuple(
        (name, float(value))
        for name, value in vars(found).items()
        if isinstance(value, int | float) and not isinstance(value, bool)
    )


def _judge_order(
    state: GameState, log: list[Event]
) -> tuple[GameState, indices.Indices, tuple[tuple[str, float], ...]]:
    """The indices and the order verdict of the round (docs/model.md section 9), and how
    near each verdict is to holding (the share of its conditions that hold)."""
    found = indices.compute(state)
    assessments = verdict.assess(found, state.params)
    order = verdict.update(
        state.order,
        assessments,
        state.params.verdict.enter_after_rounds,
        state.params.verdict.release_after_failing_rounds,
    )
    if (order.shown, order.leaning) != (state.order.shown, state.order.leaning):
        reasons = tuple(r for r in order.reasons if r.held) or order.reasons
        log.append(
            VerdictChanged(
                round=state.round, verdict=order.shown, leaning=order.leaning, reasons=reasons
            )
        )
    # to three places: what the order map draws needs no more, and saves keep it
    nearness = tuple((name, round(assessments[name].closeness, 3)) for name in verdict.PRIORITY)
    return evolve(state, order=order), found, nearness


def _settle_guarantees(state: GameState, log: list[Event]) -> GameState:
    left_now = {(n, b.id) for b in state.bodies for n, r in b.left if r == state.round}
    for offer in state.offers:
        if offer.status is not OfferStatus.accepted or offer.round != state.round:
            continue
        for term, giver, taker in offer_sides(offer):
            if term.kind == "guarantee" and (giver, term.body) in left_now:
                penalty = state.params.legitimacy.broken_pledge
                state = adjust(state, giver, log, "guarantee_broken", legitimacy=penalty)
                log.append(PledgeBroken(round=state.round, nation=giver, to=taker, body=term.body))
    return state
