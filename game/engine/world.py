"""What is fixed for the whole game, built once from the scenario: the model's constants
and the scenario's events and movements (`World`), and each nation's fixed facts (`Nation`).
Every state of a game holds the same World object, outside the state's hash; a view holds
a copy cut to what its viewer may see."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .actions import MotionSpec
from .params import Params
from .records import repr_remembered

Point = tuple[float, float]
Doctrine4 = tuple[float, float, float, float]
Axes = tuple[tuple[str, str], tuple[str, str]]
DOCTRINES = ("liberal", "transformative", "mercantilist", "sovereign")
COMPONENTS = ("economic", "military", "tech_finance", "soft")


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
class Nation:
    """What is fixed about a nation for the whole game: its id and name, whether it is a
    great power, its secret objectives and its AI's temper (appetite for risk, honesty)."""

    id: str
    name: str
    great: bool
    objectives: tuple[Objective, ...] = ()
    ai_risk: float = 0.5
    ai_honesty: float = 0.7


@dataclass(frozen=True)
class Condition:
    metric: str
    of: str | None
    above: float | None
    below: float | None
    from_round: int = 1
    chance: float = 1.0
    to_round: int | None = None  # not checked after this round
    institution: str | None = None  # the body, for nation.member


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

    # shock | growth_change | movement_surge | doctrine_shift | election | injected_motion |
    # leave | join | seat_passes | standing | recognition
    kind: str
    institution: str | None = None
    nation: str | None = None  # "all": every nation (growth_change, doctrine_shift, standing)
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
    to: str | None = None  # seat_passes: the nation that takes the seat
    legitimacy: float = 0.0  # standing: the change of the nation's legitimacy...
    capital: float = 0.0  # ...and of its capital
    of: str | None = None  # recognition: the nation recognised (by `nation`, by `delta`)


EVERY_NATION = "all"  # an effect's nation that stands for each nation


@dataclass(frozen=True)
class MovementSpec:
    """A movement of civil society: how its intensity moves and what it pulls toward."""

    id: str
    decay: float
    surge_probability: float
    surge_size: float
    doctrine: int  # index into (liberal, transformative, mercantilist, sovereign)
    doctrine_pull: float
    name: str = ""  # as players read it


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
class World:
    """What is fixed for the whole game but the nations' fixed facts, which each
    NationState holds as its `Nation`. In a view, the events are those that have fired."""

    params: Params
    events: tuple[EventSpec, ...] = ()
    movement_specs: tuple[MovementSpec, ...] = ()
    # issue area -> (movement, exit_cost) of the movements bearing on it
    movement_areas: Mapping[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)
    # body id -> the words for the ends of its policy's axes, ((x low, x high), (y low,
    # y high)), where the scenario names them; other bodies read their issue area's words.
    axes: Mapping[str, Axes] = field(default_factory=dict)
    # issue area -> the scenario's names for bodies founded in play, in order
    founding_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # issue area -> what a founded body of the area is called after its founders' names
    founding_nouns: Mapping[str, str] = field(default_factory=dict)
    # the scenario's bodies that open in a later round, each as it opens (BodyState),
    # with the condition it waits for from that round, if any (Condition)
    later: tuple[tuple[int, Any, Any], ...] = ()
