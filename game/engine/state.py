"""The game's immutable snapshot. Every change makes a new GameState (dataclasses.replace);
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

Point = tuple[float, float]
Doctrine4 = tuple[float, float, float, float]
DOCTRINES = ("liberal", "transformative", "mercantilist", "sovereign")
COMPONENTS = ("economic", "military", "tech_finance", "soft")


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


@repr_remembered
@dataclass(frozen=True)
class Objective:
    """A secret objective: its kind and parameters as in the scenario's menu."""

    kind: str
    points: int
    text: str
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, name: str) -> Any:
        return dict(self.params).get(name)


@dataclass(frozen=True)
class NationState:
    id: str
    name: str
    great: bool
    power: tuple[float, float, float, float]
    growth: tuple[float, float, float, float]
    doctrine: Doctrine4
    ideal: Point
    legitimacy: float
    nationalism: float
    democracy: float
    capital: float
    recognition: tuple[tuple[str, float], ...]
    objectives: tuple[Objective, ...] = ()
    ai_risk: float = 0.5
    ai_honesty: float = 0.7

    def recognises(self, other: str) -> float:
        return _as_dict(self.recognition).get(other, 0.0)


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
class Condition:
    metric: str
    of: str | None
    above: float | None
    below: float | None
    from_round: int = 1
    chance: float = 1.0


@dataclass(frozen=True)
class ElectionOutcome:
    label: str
    probability: float
    doctrine: Doctrine4 | None = None
    ideal: Point | None = None
    briefing: str | None = None


@dataclass(frozen=True)
class Effect:
    """One effect of a scenario event; which fields matter depends on the kind."""

    kind: (
        str  # shock | growth_change | movement_surge | doctrine_shift | election | injected_motion
    )
    institution: str | None = None
    nation: str | None = None
    movement: str | None = None
    shift: Point | None = None
    valence: float | None = None
    component: str = "all"
    delta: float = 0.0
    toward: str | None = None
    amount: float = 0.0
    outcomes: tuple[ElectionOutcome, ...] = ()
    sponsor: str | None = None
    motion: MotionSpec | None = None


@dataclass(frozen=True)
class MovementSpec:
    """A movement of civil society: how its intensity moves and what it pulls toward."""

    id: str
    decay: float
    surge_probability: float
    surge_size: float
    doctrine: int  # index into (liberal, transformative, mercantilist, sovereign)
    doctrine_pull: float


@dataclass(frozen=True)
class EventSpec:
    id: str
    title: str
    briefing: str
    round: int | None
    when: Condition | None
    once: bool
    effects: tuple[Effect, ...]


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
    params: Params = field(repr=False)  # the model's constants; never modified
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
    events: tuple[EventSpec, ...] = field(default=(), repr=False)  # the scenario's events
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
    movement_specs: tuple[MovementSpec, ...] = field(default=(), repr=False)
    # issue area -> (movement, exit_cost) of the movements bearing on it
    movement_areas: Mapping[str, tuple[tuple[str, float], ...]] = field(
        default_factory=dict, repr=False
    )

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
