"""What each role may see (docs/rules.md, 'Who sees what'), and full states sampled to
be consistent with a view, for AI search.

A view is a GameState made from allow-lists: the public record whole, and of the rest
only the viewer's own part (its ballots, its offers, its objectives, its AI's temper,
its satisfaction), the scenario's events that have happened, and never the random
generator's seed and counter. The instructor sees all but the generator; an observer
(the projector) sees only what is public. A view is a GameState so that the AI plays on
it by the same rules, typed by its role (SeatView, ObserverView, InstructorView).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, NewType

import numpy as np

from . import rules, valuation
from .actions import INSTRUCTOR
from .events import Event
from .records import Memo, evolve
from .state import GameState, Motion, NationState
from .world import Nation, World

OBSERVER = "observer"
# The seed a view carries: none can be drawn from (a generator refuses a negative seed), so
# a caller that plays on from a view without sampling a full state fails at once.
HIDDEN_SEED = -1


# What every role sees as it is: the public record of the game.
PUBLIC = frozenset({
    "scenario_id", "rounds", "round", "phase", "bodies", "motions", "threats",
    "acted", "speaker_order", "events_fired", "paused", "next_id", "next_offer",
    "movements", "exit_rounds", "great_exits", "order", "contagion",
})  # fmt: skip


def _seen(state: GameState, nation: str | None) -> dict[str, Any]:
    """The fields a nation (None: an observer) sees in part, as it sees them."""
    return {
        "nations": _nations_seen_by(state.nations, nation),
        "ballots": tuple(b for b in state.ballots if b[1] == nation),
        "sealed": tuple((m, n) for m, n, _ in state.ballots if n != nation),
        "offers": tuple(o for o in state.offers if nation in (o.sender, o.receiver)),
        "world": _world_seen(state),
        "satisfaction": tuple(s for s in state.satisfaction if s[0].split("@")[0] == nation),
        "modes": tuple(m for m in state.modes if m[1] == nation),
        "subverting": tuple(s for s in state.subverting if s[0] == nation),
    }


# What the instructor sees whole, beyond the public record. The generator's seed and
# counter are listed nowhere: nobody sees the dice before they fall.
IN_PART = frozenset({
    "world", "nations", "ballots", "sealed", "offers", "satisfaction", "modes", "subverting",
})  # fmt: skip


# A view's type names its role, so a caller that may hold only one role's view says so
# and the type checker holds it to it (a bot decides from a SeatView, never a full state).
SeatView = NewType("SeatView", GameState)
ObserverView = NewType("ObserverView", GameState)
InstructorView = NewType("InstructorView", GameState)
View = SeatView | ObserverView | InstructorView


def seat_view(state: GameState, nation: str) -> SeatView:
    """The state as the nation's seat may see it: the public record and its own part."""
    if not state.has_nation(nation):
        raise ValueError(f"no such nation: '{nation}'")
    return SeatView(_made(state, PUBLIC, _seen(state, nation)))


def observer_view(state: GameState) -> ObserverView:
    """The state as observers (the projector) may see it: the public record."""
    return ObserverView(_made(state, PUBLIC, _seen(state, None)))


def instructor_view(state: GameState) -> InstructorView:
    """The state as the instructor sees it: everything but the generator."""
    return InstructorView(_made(state, PUBLIC | IN_PART, {}))


def player_view(state: GameState, viewer: str) -> View:
    """The state as `viewer` (a nation id, "observer" or "instructor") may see it. A view
    is made from allow-lists: a field in neither PUBLIC nor IN_PART keeps its default in
    every view, so a field added to the state is private until it is listed here."""
    if viewer == INSTRUCTOR:
        return instructor_view(state)
    if viewer == OBSERVER:
        return observer_view(state)
    if not state.has_nation(viewer):
        raise ValueError(
            f"no such viewer: '{viewer}' (a nation id, '{OBSERVER}' or '{INSTRUCTOR}')"
        )
    return seat_view(state, viewer)


def _made(state: GameState, listed: frozenset[str], seen: dict[str, Any]) -> GameState:
    shown = {name: getattr(state, name) for name in listed} | seen
    if "motions" in shown:
        shown["motions"] = _motions_shown(state)
    return type(state)(**shown, seed=HIDDEN_SEED)


def _motions_shown(state: GameState) -> tuple[Motion, ...]:
    """The motions as every view holds them: an adopted motion keeps the body as it was
    before (what opting out of it spares) in its own round only, when the opt-outs and
    payoffs read it; after that nothing does, and a view sent to a client would carry a
    copy of a body for every motion ever adopted (most of a late round's view)."""
    motions, now = state.motions, state.round
    hit = _SHOWN.get(motions)
    if hit is not None and hit[0] == now:
        return hit[1]
    shown = tuple(
        evolve(m, previous=None) if m.previous is not None and m.round != now else m
        for m in motions
    )
    return _SHOWN.put((now, shown), motions)[1]


_SHOWN: Memo[tuple[int, tuple[Motion, ...]]] = Memo(256)


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
    seen = tuple(n if n.id == viewer else _from_outside(n) for n in nations)
    if len(_SEEN) >= 1024:
        _SEEN.clear()
    _SEEN[(id(nations), viewer)] = (nations, seen)
    return seen


def _world_seen(state: GameState) -> World:
    """The world as a seat or the observers see it: the events that have fired only."""
    world = state.world
    hit = _WORLDS.get(world)
    if hit is not None and hit[0] == state.events_fired:
        return hit[1]
    fired = tuple(e for e in world.events if e.id in state.events_fired)
    seen = evolve(world, events=fired, later=())  # bodies yet to open are news to come
    return _WORLDS.put((state.events_fired, seen), world)[1]


_WORLDS: Memo[tuple[tuple[str, ...], World]] = Memo(64)
_UNBRIEFED: Memo[Nation] = Memo()
# What the others are shown of a nation's AI temper: the defaults, whatever the scenario
# set (how boldly its AI counts and how far its word holds are learnt from its play).
_TEMPER = {f.name: f.default for f in fields(Nation) if f.name in ("ai_risk", "ai_honesty")}


def _from_outside(nation: NationState) -> NationState:
    shown = _unbriefed(nation.nation)
    return nation if shown is nation.nation else evolve(nation, nation=shown)


def _unbriefed(nation: Nation) -> Nation:
    """The nation as the others see it: without its secret objectives and its AI's
    temper."""
    if not nation.objectives and all(getattr(nation, k) == v for k, v in _TEMPER.items()):
        return nation
    found = _UNBRIEFED.get(nation)
    if found is None:
        found = _UNBRIEFED.put(evolve(nation, objectives=(), **_TEMPER), nation)
    return found


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
        value = valuation.motion_value(
            view, body, motion.spec, nation.ideal, nation.doctrine, member
        )
        noisy = value + float(generator.normal(0, sd))
        ballots.append((motion_id, member, rules.vote_by_rule(noisy, tau)))
    fresh = int(generator.integers(2**63))
    return evolve(view, ballots=tuple(ballots), sealed=(), seed=fresh, draws=0)
