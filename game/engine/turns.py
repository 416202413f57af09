"""Whose move the game waits for. A round runs through the phases of core-model.md
section 4: the automatic ones (events, results, consequences) run inside `apply`; the
others wait for the great powers: diplomacy and membership take everyone's moves at
once, the agenda one speaker at a time, the vote and the opt-out sealed and simultaneous.
Also what a nation still owes the phase (its ballots, its opt-outs)."""

from __future__ import annotations

from collections.abc import Callable

from . import rules
from .records import Memo
from .state import GameState, Motion, MotionStatus, Phase

WAITING = (Phase.diplomacy, Phase.agenda, Phase.vote, Phase.opt_out, Phase.membership)


def round_motions(state: GameState) -> list[Motion]:
    """This round's motions: the newest ones, so the search stops at the first older one."""
    found = []
    for motion in reversed(state.motions):
        if motion.round != state.round:
            break
        found.append(motion)
    found.reverse()
    return found


def must_vote(state: GameState, nation: str) -> list[Motion]:
    """This round's motions still tabled in the bodies where the nation votes."""
    return list(_owed(state).get(nation, ()))


def _owed(state: GameState) -> dict[str, tuple[Motion, ...]]:
    """Each voter's motions still to vote on, in the order tabled. Asked of every great
    power after every ballot, so found once for the motions and bodies a state holds."""
    hit = _OWED.get(state.motions, state.bodies)
    if hit is not None and hit[0] == state.round:
        return hit[1]
    owed: dict[str, list[Motion]] = {}
    for motion in round_motions(state):
        if motion.status is MotionStatus.tabled:
            for voter in rules.voters(state.body(motion.body)):
                owed.setdefault(voter, []).append(motion)
    found = {voter: tuple(motions) for voter, motions in owed.items()}
    return _OWED.put((state.round, found), state.motions, state.bodies)[1]


_OWED: Memo[tuple[int, dict[str, tuple[Motion, ...]]]] = Memo(64)


def has_cast(state: GameState, nation: str, motion: int) -> bool:
    """Whether the nation has voted on the motion (in a view, maybe unseen how)."""
    return (motion, nation) in state.sealed or any(
        n == nation and m == motion for m, n, _ in state.ballots
    )


def may_opt_out(state: GameState, nation: str) -> list[Motion]:
    found = []
    for motion in round_motions(state):
        body = state.body(motion.body)
        eligible = body.opt_out > 0 or nation in body.national_opt_outs
        if (
            motion.status is MotionStatus.adopted
            and eligible
            and nation in body.members
            and nation not in motion.opted_out
        ):
            found.append(motion)
    return found


def current_players(state: GameState) -> tuple[str, ...]:
    """The nations whose move the game waits for (several at once in sealed phases)."""
    # Asked several times of the same state (by the caller, the policy and `check`):
    # the last answer is kept with the state it was computed for, as one tuple, so a
    # reader in another thread sees a matching pair.
    global _last_players
    last = _last_players
    if last[0] is state:
        return last[1]
    players = WAITS_FOR[state.phase](state)
    _last_players = (state, players)
    return players


_last_players: tuple[GameState | None, tuple[str, ...]] = (None, ())


def nobody(state: GameState) -> tuple[str, ...]:
    return ()


def every_great_power(state: GameState) -> tuple[str, ...]:
    return tuple(g for g in state.great_powers() if g not in state.acted)


def next_speaker(state: GameState) -> tuple[str, ...]:
    waiting = [n for n in state.speaker_order if n not in state.acted]
    return tuple(waiting[:1])


def voters_left(state: GameState) -> tuple[str, ...]:
    return tuple(g for g in every_great_power(state) if must_vote(state, g))


def opt_out_holders(state: GameState) -> tuple[str, ...]:
    return tuple(g for g in every_great_power(state) if may_opt_out(state, g))


def is_terminal(state: GameState) -> bool:
    return state.phase is Phase.over


# Whom each phase waits for: nobody in the automatic ones, which run inside `apply`.
WAITS_FOR: dict[Phase, Callable[[GameState], tuple[str, ...]]] = {
    Phase.events: nobody,
    Phase.diplomacy: every_great_power,
    Phase.agenda: next_speaker,
    Phase.vote: voters_left,
    Phase.results: nobody,
    Phase.opt_out: opt_out_holders,
    Phase.membership: every_great_power,
    Phase.consequences: nobody,
    Phase.over: nobody,
}
