"""The game's immutable snapshot: what can change in play, beside the `World` that is fixed
for the whole game (world.py). Every change makes a new GameState (records.evolve);
nothing is ever modified in place, so undo, replay, search and views are safe."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from .actions import MotionSpec, Term, Vote
from .params import Params
from .records import Memo, repr_remembered
from .world import COMPONENTS as COMPONENTS
from .world import DOCTRINES as DOCTRINES
from .world import Axes as Axes
from .world import Condition as Condition
from .world import Doctrine4 as Doctrine4
from .world import Effect as Effect
from .world import ElectionOutcome as ElectionOutcome
from .world import EventSpec as EventSpec
from .world import MovementSpec as MovementSpec
from .world import Nation as Nation
from .world import Objective as Objective
from .world import Point as Point
from .world import World as World


class Phase(StrEnum):
    events = "events"
    diplomacy = "diplomacy"
    agenda = "agenda"
    vote = "vote"
    results = "results"
    opt_out = "opt_out"
    membership = "membership"
    consequences = "consequences"
    over = "over"


@repr_remembered
@dataclass(frozen=True)
class RuleSpec:
    """A decision rule. `threshold` is the share of counted votes (or weight) needed;
    weights are per nation id, and per anonymous group for each of its members."""

    kind: str  # majority | qualified_majority | unanimity | weighted
    threshold: float | None = None
    weights: tuple[tuple[str, float], ...] = ()


@repr_remembered
@dataclass(frozen=True)
class AnonymousGroup:
    label: str
    count: int
    ideal: Point
    doctrine: Doctrine4
    weight: float | None


@dataclass(frozen=True, repr=False)
class NationState:
    """A nation's standing in play: what moves from round to round. What is fixed about it
    for the whole game (its id, name, objectives, AI temper) is its `Nation`, one object
    shared by every state of the game."""

    nation: Nation
    power: tuple[float, float, float, float]
    growth: tuple[float, float, float, float]
    doctrine: Doctrine4
    ideal: Point
    legitimacy: float
    nationalism: float
    democracy: float
    capital: float
    recognition: tuple[tuple[str, float], ...]

    @property
    def id(self) -> str:
        return self.nation.id

    @property
    def name(self) -> str:
        return self.nation.name

    @property
    def great(self) -> bool:
        return self.nation.great

    @property
    def objectives(self) -> tuple[Objective, ...]:
        return self.nation.objectives

    @property
    def ai_risk(self) -> float:
        return self.nation.ai_risk

    @property
    def ai_honesty(self) -> float:
        return self.nation.ai_honesty

    def recognises(self, other: str) -> float:
        return _as_dict(self.recognition).get(other, 0.0)

    def __repr__(self) -> str:
        # The state's hash is made of its repr (state_hash): written with the fixed facts
        # in their places of old, so that saved games keep their hashes.
        n = self.nation
        return (
            f"NationState(id={n.id!r}, name={n.name!r}, great={n.great!r}, "
            f"power={self.power!r}, growth={self.growth!r}, doctrine={self.doctrine!r}, "
            f"ideal={self.ideal!r}, legitimacy={self.legitimacy!r}, "
            f"nationalism={self.nationalism!r}, democracy={self.democracy!r}, "
            f"capital={self.capital!r}, recognition={self.recognition!r}, "
            f"objectives={n.objectives!r}, ai_risk={n.ai_risk!r}, ai_honesty={n.ai_honesty!r})"
        )


@dataclass(frozen=True)
class BodyState:
    id: str
    name: str
    tier: str
    area: str
    members: tuple[str, ...]
    anonymous: tuple[AnonymousGroup, ...]
    founders: tuple[str, ...]
    rule: RuleSpec
    binding_rule: RuleSpec | None
    vetoes: tuple[str, ...]
    abstention: str  # counts_as_no | excluded
    opt_out: float
    national_opt_outs: tuple[str, ...]  # members with an opt-out of their own (phi 1)
    breadth: float
    intrusiveness: float
    benefits: float
    linkage: float
    external: float
    dues: float
    policy: Point
    doctrine: Doctrine4
    vitality: float
    bureaucracy: float
    reentry_wait: int
    left: tuple[tuple[str, int], ...] = ()  # nation -> round it left (for the re-entry wait)
    suspended: tuple[str, ...] = ()
    invited: tuple[str, ...] = ()  # may join without a wait (co-founders of a new body)
    founded_round: int = 0
    last_decision_round: int | None = None
    crisis: float = 0.0  # common value of acting now (decays)
    undermined_until: int = -1  # a rollback exit drains its vitality through this round
    dead_below: float = 0.1  # vitality.dead_below of the model
    min_members: int = 3  # vitality.min_members of the model
    fixed_members: bool = False  # its charter fixes its members: no motion admits or suspends

    @property
    def alive(self) -> bool:
        return self.vitality >= self.dead_below and self.member_count >= self.min_members

    @property
    def member_count(self) -> int:
        return len(self.members) + sum(g.count for g in self.anonymous)

    def left_in(self, nation: str) -> int | None:
        return dict(self.left).get(nation)


class MotionStatus(StrEnum):
    tabled = "tabled"
    adopted = "adopted"
    rejected = "rejected"
    vetoed = "vetoed"


@repr_remembered
@dataclass(frozen=True)
class Motion:
    id: int
    body: str
    sponsor: str | None
    spec: MotionSpec
    round: int
    status: MotionStatus = MotionStatus.tabled
    tally: tuple[float, float, float] = (0.0, 0.0, 0.0)  # yes, no, abstain (weights)
    vetoed_by: tuple[str, ...] = ()
    opted_out: tuple[str, ...] = ()
    yes_voters: tuple[str, ...] = ()  # great powers who voted yes (public after the reveal)
    previous: BodyState | None = field(default=None, repr=False)  # the body before adoption
    # A policy motion's body's policy when it was tabled (public; out of the state's hash,
    # which saves made before it keep).
    before: Point | None = field(default=None, repr=False)


class OfferStatus(StrEnum):
    open = "open"
    accepted = "accepted"
    rejected = "rejected"
    lapsed = "lapsed"


@dataclass(frozen=True)
class OfferState:
    id: int
    sender: str
    receiver: str
    give: Term
    ask: Term | None
    round: int
    status: OfferStatus = OfferStatus.open


@dataclass(frozen=True)
class Threat:
    nation: str
    body: str
    demand: str
    round: int
    won: bool | None = None


@dataclass(frozen=True)
class Reason:
    """One condition of an order verdict, as data: which condition (`code`, one of
    verdict.CONDITIONS), its number and the threshold it is held to (`needs`: at_least,
    at_most or below), whether it holds, and the other figures its words quote. The
    engine builds no sentences: game/text/verdict.py says a reason in words."""

    code: str
    value: float
    threshold: float
    held: bool
    needs: str = "at_least"
    figures: tuple[tuple[str, Any], ...] = ()

    def figure(self, name: str) -> Any:
        return dict(self.figures)[name]


@dataclass(frozen=True)
class OrderState:
    """The shown verdict, the leaning while none is shown, each verdict's streak of
    rounds holding, and the reasons for what is shown."""

    shown: str = "transitional"
    leaning: str | None = None
    streaks: tuple[tuple[str, int], ...] = ()
    failing: int = 0
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class GameState:
    scenario_id: str
    rounds: int
    round: int
    phase: Phase
    nations: tuple[NationState, ...]
    bodies: tuple[BodyState, ...]
    world: World = field(repr=False)  # what is fixed for the whole game; never modified
    motions: tuple[Motion, ...] = ()
    offers: tuple[OfferState, ...] = ()
    ballots: tuple[tuple[int, str, Vote], ...] = ()  # sealed until the results phase
    sealed: tuple[tuple[int, str], ...] = ()  # in a view: who has cast a ballot it cannot see
    threats: tuple[Threat, ...] = ()
    acted: tuple[str, ...] = ()  # who has finished the current phase
    speaker_order: tuple[str, ...] = ()
    events_fired: tuple[str, ...] = ()
    paused: bool = False
    next_id: int = 1  # number of the next motion (m1, m2, ...)
    next_offer: int = 1  # number of the next offer (o1, o2, ...)
    # The random generator is counter-based: draw n of a game is fixed by its seed and n.
    # Views hide both (HIDDEN_SEED): nobody sees the dice before they fall.
    seed: int = field(default=0, repr=False)
    draws: int = field(default=0, repr=False)
    movements: tuple[tuple[str, float], ...] = ()  # intensity of each movement
    exit_rounds: tuple[int, ...] = ()  # the round of every withdrawal, for the exit rate
    great_exits: tuple[tuple[int, str, str], ...] = ()  # great powers': round, nation, body
    order: OrderState = OrderState()
    satisfaction: tuple[tuple[str, float], ...] = ()  # "NATION@body" -> s; private to NATION
    modes: tuple[
        tuple[int, str, str, str], ...
    ] = ()  # (round, nation, body, mode) of the dissatisfied
    contagion: tuple[tuple[str, float], ...] = ()  # recent exits from each body, decaying
    subverting: tuple[tuple[str, str], ...] = ()  # (nation, body) obstructing since last round

    @property
    def params(self) -> Params:
        """The model's constants."""
        return self.world.params

    @property
    def events(self) -> tuple[EventSpec, ...]:
        """The scenario's events (in a view, those that have fired)."""
        return self.world.events

    @property
    def movement_specs(self) -> tuple[MovementSpec, ...]:
        return self.world.movement_specs

    @property
    def movement_areas(self) -> Mapping[str, tuple[tuple[str, float], ...]]:
        """Issue area -> (movement, exit cost) of the movements bearing on it."""
        return self.world.movement_areas

    def nation(self, nation_id: str) -> NationState:
        nation: NationState = _by_id(self.nations)[nation_id]
        return nation

    def body(self, body_id: str) -> BodyState:
        body: BodyState = _by_id(self.bodies)[body_id]
        return body

    def has_body(self, body_id: str) -> bool:
        return body_id in _by_id(self.bodies)

    def has_nation(self, nation_id: str) -> bool:
        return nation_id in _by_id(self.nations)

    def policy_axes(self, body_id: str) -> Axes | None:
        """The scenario's words for the ends of the body's policy axes, if it gives any."""
        return self.world.axes.get(body_id)

    def motion(self, motion_id: int) -> Motion:
        found = _numbered(self.motions, motion_id)
        if found is None:
            raise KeyError(motion_id)
        return found

    def offer(self, offer_id: int) -> OfferState | None:
        return _numbered(self.offers, offer_id)

    def satisfaction_of(self, nation: str, body_id: str) -> float:
        """The nation's satisfaction with its membership of the body (0 before any)."""
        return _as_dict(self.satisfaction).get(f"{nation}@{body_id}", 0.0)

    def great_powers(self) -> tuple[str, ...]:
        found = _GREAT_POWERS.get(self.nations)
        if found is None:
            found = _GREAT_POWERS.put(tuple(n.id for n in self.nations if n.great), self.nations)
        return found


# Lookups by id, per tuple of nations or bodies. States share these tuples until a
# nation or body changes, so the index is cached by the tuple's identity (each entry
# keeps its tuple alive, so an id is not reused while it is cached).
_INDEXES: dict[int, tuple[tuple[Any, ...], dict[str, Any]]] = {}
_GREAT_POWERS: Memo[tuple[str, ...]] = Memo()


Numbered = TypeVar("Numbered", Motion, OfferState)


def _numbered(items: tuple[Numbered, ...], number: int) -> Numbered | None:
    """A motion or offer by its number: they are numbered 1, 2, ... in the order they
    are made and never removed, so it is at its place, unless a list was cut (a view)."""
    if 0 < number <= len(items) and items[number - 1].id == number:
        return items[number - 1]
    return next((item for item in items if item.id == number), None)


def _as_dict(pairs: tuple[tuple[str, float], ...]) -> dict[str, float]:
    hit = _INDEXES.get(id(pairs))
    if hit is not None and hit[0] is pairs:
        return hit[1]
    table = dict(pairs)
    if len(_INDEXES) >= 4096:
        _INDEXES.clear()
    _INDEXES[id(pairs)] = (pairs, table)
    return table


def _by_id(items: tuple[Any, ...]) -> dict[str, Any]:
    hit = _INDEXES.get(id(items))
    if hit is not None and hit[0] is items:
        return hit[1]
    index = {item.id: item for item in items}
    if len(_INDEXES) >= 4096:
        _INDEXES.clear()
    _INDEXES[id(items)] = (items, index)
    return index


def state_hash(state: GameState) -> str:
    """A short fingerprint of the whole state, equal across processes and machines: the
    dataclass repr is deterministic (floats print exactly), plus the generator's seed and
    counter; the model and the events come from the scenario, which a save hashes on its
    own."""
    text = f"{state!r}{state.seed}:{state.draws}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]
