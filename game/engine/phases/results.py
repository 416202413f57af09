"""The results phase: ballots revealed and tallied, motions adopted, rejected or vetoed,
pledges and threats settled; minor nations' opt-outs."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .. import rules, valuation
from ..changes import adjust, offer_sides, replace_body, replace_motion, set_recognition
from ..events import (
    BallotsRevealed,
    ConsensusBlocked,
    Event,
    MotionAdopted,
    MotionLapsed,
    OptedOut,
    PledgeBroken,
    PledgeKept,
    ThreatResolved,
    VetoCast,
)
from ..legality import check_motion
from ..model import dynamics
from ..records import evolve
from ..rng import next_generator
from ..state import BodyState, GameState, Motion, MotionStatus, OfferStatus
from ..turns import round_motions


def _anonymous_votes(
    state: GameState, body: BodyState, motion: Motion, generator: np.random.Generator
) -> list[str]:
    tau, sd = state.params.vote.tau, state.params.vote.noise_sd
    votes: list[str] = []
    for group in body.anonymous:
        value = valuation.motion_value(state, body, motion.spec, group.ideal, group.doctrine, None)
        noisy = value + generator.normal(0.0, sd, group.count)
        votes += ["yes" if v > tau else "no" if v < -tau else "abstain" for v in noisy]
    return votes


def run_results(state: GameState, log: list[Event]) -> GameState:
    generator, state = next_generator(state)
    tau, sd = state.params.vote.tau, state.params.vote.noise_sd
    for motion in round_motions(state):
        if motion.status is not MotionStatus.tabled:
            continue
        body = state.body(motion.body)
        moot = check_motion(state, body, motion.spec)
        if not moot.ok:  # an earlier decision this round already did it, or made it void
            state = replace_motion(state, evolve(motion, status=MotionStatus.rejected))
            log.append(
                MotionLapsed(
                    round=state.round,
                    motion=motion.id,
                    body=body.id,
                    reason=moot.says,
                    facts=moot.facts,
                )
            )
            continue
        ballots = {n: v for m, n, v in state.ballots if m == motion.id}
        for member in rules.voters(body):
            nation = state.nation(member)
            if not nation.great:
                value = valuation.motion_value(
                    state, body, motion.spec, nation.ideal, nation.doctrine, member
                )
                noisy = value + generator.normal(0.0, sd)
                obstructs = dynamics.obstructs(state, member, body.id, motion.sponsor)
                ballots[member] = "no" if obstructs else rules.vote_by_rule(noisy, tau)
        anonymous = _anonymous_votes(state, body, motion, generator)
        passes, counts, vetoed = rules.tally(body, ballots, anonymous)  # type: ignore[arg-type]
        status = (
            MotionStatus.adopted
            if passes
            else MotionStatus.vetoed
            if vetoed
            else MotionStatus.rejected
        )
        yes = tuple(g for g in state.great_powers() if ballots.get(g) == "yes")
        motion = evolve(motion, status=status, tally=counts, vetoed_by=vetoed, yes_voters=yes)
        state = replace_motion(state, motion)
        log.append(
            BallotsRevealed(
                round=state.round,
                motion=motion.id,
                body=body.id,
                ballots=tuple(sorted(ballots.items())),
                tally=counts,
                result=status.value,
            )
        )
        for vetoer in vetoed:
            majority = counts[0] > counts[1]
            log.append(
                VetoCast(
                    round=state.round, nation=vetoer, motion=motion.id, against_majority=majority
                )
            )
            if majority:
                penalty = state.params.legitimacy.veto_vs_majority
                state = adjust(state, vetoer, log, "veto_vs_majority", legitimacy=penalty)
        if body.rule.kind == "unanimity" and not passes and counts[0] > counts[1]:
            # In a consensus body every no is a veto: one that blocks what a majority
            # wants costs what a veto against the majority costs (docs/model.md section 3).
            for blocker in (m for m in rules.voters(body) if ballots.get(m) == "no"):
                if blocker in vetoed:
                    continue
                blocked = ConsensusBlocked(
                    round=state.round, nation=blocker, motion=motion.id, body=body.id
                )
                log.append(blocked)
                penalty = state.params.legitimacy.veto_vs_majority
                state = adjust(state, blocker, log, "veto_vs_majority", legitimacy=penalty)
        if passes:
            state = _adopt(state, motion, ballots, log)
        state = _settle_pledges(state, motion, ballots, log)
    return _resolve_threats(state, log)


def _adopt(
    state: GameState, motion: Motion, ballots: Mapping[str, str], log: list[Event]
) -> GameState:
    before = state.body(motion.body)
    body = rules.adopt(before, motion.spec, state.round)
    state = replace_motion(replace_body(state, body), evolve(motion, previous=before))
    log.append(
        MotionAdopted(round=state.round, motion=motion.id, body=body.id, spec=str(motion.spec))
    )
    yes = [v for v, vote in ballots.items() if vote == "yes"]
    state = _carried_together(state, body.id, motion.sponsor, yes)
    if motion.spec.kind == "sanction" and motion.spec.nation:
        target = motion.spec.nation
        penalty = state.params.legitimacy.sanction
        state = adjust(state, target, log, "sanction", legitimacy=penalty)
        for voter, vote in ballots.items():
            if vote == "yes" and voter != target:
                penalty = state.params.recognition.sanction_or_broken_pledge
                state = set_recognition(
                    state, target, voter, state.nation(target).recognises(voter) + penalty
                )
    return state


def _carried_together(
    state: GameState, body_id: str, sponsor: str | None, yes: list[str]
) -> GameState:
    """A great power that votes for a decision sponsored by a great power of another
    dominant doctrine comes to recognise the sponsor's model more: it accepted the other's
    initiative as legitimate. Voting with a leader does not make the leader recognise its
    followers (docs/model.md section 7). The body's doctrine drifts toward the decision's
    sponsor and those who carry it."""
    gain = state.params.recognition.gain_per_cross_decision
    if sponsor is not None and state.has_nation(sponsor) and state.nation(sponsor).great:
        theirs = rules.dominant(state.nation(sponsor).doctrine)
        for a in yes:
            mine = rules.dominant(state.nation(a).doctrine)
            if a != sponsor and state.nation(a).great and mine != theirs:
                r = state.nation(a).recognises(sponsor)
                state = set_recognition(state, a, sponsor, r + gain * (1 - r))
    body = state.body(body_id)
    doctrine = rules.drifted(state, body.doctrine, sponsor, yes)
    if doctrine is not None:
        state = replace_body(state, evolve(body, doctrine=doctrine))
    return state


def _settle_pledges(
    state: GameState, motion: Motion, ballots: Mapping[str, str], log: list[Event]
) -> GameState:
    """A pledge binds the giver to vote yes on the taker's motion in the pledged body."""
    for offer in state.offers:
        if offer.status is not OfferStatus.accepted or offer.round != state.round:
            continue
        for term, giver, taker in offer_sides(offer):
            binding = term.kind == "pledge" and term.body == motion.body
            if not binding or motion.sponsor != taker or giver not in ballots:
                continue
            if ballots[giver] == "yes":
                reward = state.params.legitimacy.kept_pledge
                state = adjust(state, giver, log, "pledge_kept", legitimacy=reward)
                log.append(PledgeKept(round=state.round, nation=giver, to=taker, motion=motion.id))
            else:
                penalty = state.params.legitimacy.broken_pledge
                state = adjust(state, giver, log, "pledge_broken", legitimacy=penalty)
                penalty = state.params.recognition.sanction_or_broken_pledge
                state = set_recognition(
                    state, taker, giver, state.nation(taker).recognises(giver) + penalty
                )
                log.append(
                    PledgeBroken(round=state.round, nation=giver, to=taker, motion=motion.id)
                )
    return state


def _resolve_threats(state: GameState, log: list[Event]) -> GameState:
    generator, state = next_generator(state)
    threats = []
    for threat in state.threats:
        if threat.round != state.round or threat.won is not None:
            threats.append(threat)
            continue
        chance = dynamics.threat_chance(state, threat.nation, threat.demand)
        won = bool(generator.random() < chance)
        if won:
            body = state.body(threat.body)
            state = replace_body(
                state, dynamics.reformed(state, body, threat.nation, threat.demand)
            )
        log.append(
            ThreatResolved(
                round=state.round,
                nation=threat.nation,
                body=threat.body,
                demand=threat.demand,
                won=won,
                chance=round(chance, 4),
            )
        )
        threats.append(evolve(threat, won=won))
    return evolve(state, threats=tuple(threats))


def minor_opt_outs(state: GameState, log: list[Event]) -> GameState:
    for motion in round_motions(state):
        if motion.status is not MotionStatus.adopted:
            continue
        body = state.body(motion.body)
        if body.opt_out <= 0:
            continue
        for member in body.members:
            nation = state.nation(member)
            if nation.great:
                continue
            value = valuation.adopted_value(state, motion, nation.ideal, nation.doctrine, member)
            if value < -state.params.vote.tau:
                motion = evolve(motion, opted_out=(*motion.opted_out, member))
                penalty = state.params.legitimacy.opt_out
                state = adjust(state, member, log, "opt_out", legitimacy=penalty)
                log.append(
                    OptedOut(round=state.round, nation=member, motion=motion.id, body=body.id)
                )
        state = replace_motion(state, motion)
    return state
