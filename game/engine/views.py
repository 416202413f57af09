"""What each role may see (docs/rules.md, 'Who sees what'), and full states sampled to
be consistent with a view, for AI search.

A view is a GameState with what the viewer may not see removed: others' sealed ballots,
offers between others, others' secret objectives, the scenario's events that have not
happened yet, and the random generator's seed and counter (which nobody sees). The
instructor sees all but the generator; an observer (the projector) sees only what is public.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from . import rules
from .actions import INSTRUCTOR
from .events import Event
from .state import GameState, NationState

OBSERVER = "observer"
# The seed a view carries: none can be drawn from (a generator refuses a negative seed), so
# a caller that plays on from a view without sampling a full state fails at once.
HIDDEN_SEED = -1


def player_view(state: GameState, viewer: str) -> GameState:
    """The state as `viewer` (a nation id, "observer" or "instructor") may see it."""
    if viewer == INSTRUCTOR:
        return replace(state, seed=HIDDEN_SEED, draws=0)
    nation = viewer if state.has_nation(viewer) else None
    if nation is None and viewer != OBSERVER:
        raise ValueError(
            f"no such viewer: '{viewer}' (a nation id, '{OBSERVER}' or '{INSTRUCTOR}')"
        )
    return replace(
        state,
        seed=HIDDEN_SEED,
        draws=0,
        ballots=tuple(b for b in state.ballots if b[1] == nation),
        sealed=tuple((m, n) for m, n, _ in state.ballots if n != nation),
        offers=tuple(o for o in state.offers if nation in (o.sender, o.receiver)),
        nations=_nations_seen_by(state.nations, nation),
        events=tuple(e for e in state.events if e.id in state.events_fired),
        satisfaction=tuple(s for s in state.satisfaction if s[0].split("@")[0] == nation),
        modes=tuple(m for m in state.modes if m[1] == nation),
        subverting=tuple(s for s in state.subverting if s[0] == nation),
    )


# The nations as each viewer sees them, kept while the state's nations tuple is the
# same: consecutive views then share one tuple, and the caches keyed on it (power
# shares, members' shares) keep working for the bots that read views.
_SEEN: dict[tuple[int, str | None], tuple[tuple[NationState, ...], tuple[NationState, ...]]] = {}


def _nations_seen_by(
    nations: tuple[NationState, ...], viewer: str | None
) -> tuple[NationState, ...]:
    hit = _SEEN.get((id(nations), viewer))
    if hit is not None and hit[0] is nations:
        return hit[1]
    seen = tuple(
        replace(n, objectives=()) if n.objectives and n.id != viewer else n for n in nations
    )
    if len(_SEEN) >= 1024:
        _SEEN.clear()
    _SEEN[(id(nations), viewer)] = (nations, seen)
    return seen


def visible(event: Event, viewer: str) -> bool:
    """Whether the viewer may see the event."""
    return event.audience is None or viewer == INSTRUCTOR or viewer in event.audience


def sample_state(view: GameState, generator: np.random.Generator) -> GameState:
    """A full state consistent with the view: a fresh random generator, and for every
    ballot the view shows as cast without showing how, a vote drawn by the model's vote
    rule. Unknown offers and objectives are taken as none."""
    ballots = list(view.ballots)
    tau, sd = view.params.vote.tau, view.params.vote.noise_sd
    for motion_id, member in view.sealed:
        motion = view.motion(motion_id)
        body = view.body(motion.body)
        nation = view.nation(member)
        value = rules.motion_value(view, body, motion.spec, nation.ideal, nation.doctrine, member)
        noisy = value + float(generator.normal(0, sd))
        ballots.append((motion_id, member, rules.vote_by_rule(noisy, tau)))
    fresh = int(generator.integers(2**63))
    return replace(view, ballots=tuple(ballots), sealed=(), seed=fresh, draws=0)
