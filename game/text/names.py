"""Nations, bodies and motions by name, for every sentence the game says."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from game.engine import (
    Axes,
    Event,
    GameState,
    MotionSpec,
    Offer,
    Point,
    events,
    parse_action,
    parse_motion_tokens,
)

from . import grammar
from .language import ENGLISH, N_, Language


class Named(Protocol):
    @property
    def name(self) -> str: ...


class Names(Protocol):
    """Whatever knows the world's names: a game's state, or the names a save recorded."""

    def has_nation(self, nation_id: str) -> bool: ...

    def has_body(self, body_id: str) -> bool: ...

    def nation(self, nation_id: str) -> Named: ...

    def body(self, body_id: str) -> Named: ...

    def policy_axes(self, body_id: str) -> Axes | None: ...


@dataclass(frozen=True)
class Name:
    name: str
    area: str = ""


@dataclass(frozen=True)
class Tabled:
    """What a sentence needs of a motion: where, by whom, what, and the body's policy
    it was measured from (None where that is no longer known)."""

    body: str
    sponsor: str | None
    spec: MotionSpec
    before: Point | None = None


@dataclass
class NameBook:
    """Names by id, for sentences about a game that is not replayed (a save's record):
    the scenario's, then what each recorded event teaches (`learn`)."""

    nations: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)
    areas: dict[str, str] = field(default_factory=dict)
    axes: dict[str, Axes] = field(default_factory=dict)
    motions: dict[int, Tabled] = field(default_factory=dict)
    offers: dict[int, tuple[str, str]] = field(default_factory=dict)  # sender, receiver
    weighted: set[str] = field(default_factory=set)  # bodies whose votes are weighted
    movements: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_scenario(cls, scenario: dict[str, Any]) -> NameBook:
        """The names in a scenario's data (as a save keeps it), and how they stand in
        sentences (its grammar, learnt)."""
        grammar.learn(scenario.get("grammar"))
        book = cls(
            nations={n["id"]: n["name"] for n in scenario.get("nations", [])},
            movements={m["id"]: m["name"] for m in scenario.get("movements", [])},
        )
        for body in scenario.get("institutions", []):
            book.bodies[body["id"]] = body["name"]
            book.areas[body["id"]] = str(body.get("area", ""))
            if (body.get("rule") or {}).get("kind") == "weighted":
                book.weighted.add(body["id"])
            axes = body.get("axes")
            if axes:
                book.axes[body["id"]] = (
                    (axes["x"]["low"], axes["x"]["high"]),
                    (axes["y"]["low"], axes["y"]["high"]),
                )
        return book

    def learn(self, event: Event) -> None:
        """Take in a founded body's name and area, a tabled motion and an offer."""
        if isinstance(event, events.InstitutionFounded | events.InstitutionOpened):
            self.bodies[event.body] = event.name
            self.areas[event.body] = event.area
        elif isinstance(event, events.MotionTabled):
            spec = parse_motion_tokens(event.spec.split())
            self.motions[event.motion] = Tabled(event.body, event.sponsor, spec, event.before)
        elif isinstance(event, events.OfferMade):
            offer = parse_action(event.text)
            if isinstance(offer, Offer):
                self.offers[event.offer] = (offer.nation, offer.to)

    def has_nation(self, nation_id: str) -> bool:
        return nation_id in self.nations

    def has_body(self, body_id: str) -> bool:
        return body_id in self.bodies

    def nation(self, nation_id: str) -> Name:
        return Name(self.nations[nation_id])

    def body(self, body_id: str) -> Name:
        return Name(self.bodies[body_id], self.areas.get(body_id, ""))

    def policy_axes(self, body_id: str) -> Axes | None:
        return self.axes.get(body_id)


def definite(name: str, lang: Language = ENGLISH) -> str:
    """A body's name with its article: 'the BRICS Clearing Union', but 'The Hague Club'
    as it is."""
    if name.lower().startswith("the "):
        return name
    return lang.text(N_("the {body}"), body=name)


def listing(items: Sequence[str], lang: Language = ENGLISH) -> str:
    """Items as a list a person reads: 'A', 'A and B', 'A, B and C'."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return lang.text(N_("{first} and {last}"), first=series(items[:-1], lang), last=items[-1])


def series(items: Sequence[str], lang: Language = ENGLISH) -> str:
    """Items one after another, with no 'and': 'A', 'A, B', 'A, B, C'."""
    said = items[0] if items else ""
    for item in items[1:]:
        said = lang.text(N_("{items}, {item}"), items=said, item=item)
    return said


def semicolons(items: Sequence[str], lang: Language = ENGLISH) -> str:
    """Items split by semicolons, for items that hold commas: 'A; B; C'."""
    said = items[0] if items else ""
    for item in items[1:]:
        said = lang.text(N_("{items}; {item}"), items=said, item=item)
    return said


def nation_name(names: Names, nation: object, lang: Language = ENGLISH) -> str:
    """A nation by the scenario's name for it (its id where the names do not know it).
    The scenario's names are its own, in whatever language it is written: `lang` is
    taken so that every text function can be called alike."""
    nation_id = str(nation)
    return names.nation(nation_id).name if names.has_nation(nation_id) else nation_id


def body_name(names: Names, body: object, lang: Language = ENGLISH) -> str:
    """A body by the scenario's (or its founder's) name for it, else its id."""
    body_id = str(body)
    return names.body(body_id).name if names.has_body(body_id) else body_id


def movement_name(names: Names, movement: str, lang: Language = ENGLISH) -> str:
    """A movement of civil society by the scenario's name for it ('Climate movement'),
    else by its id in words ('the justice movement')."""
    if isinstance(names, NameBook):
        found = names.movements.get(movement)
    elif isinstance(names, GameState):
        found = next((m.name for m in names.movement_specs if m.id == movement), None)
    else:
        found = None
    # A movement's id is the scenario's own word for it: shown only where its name is lost.
    return found or lang.text(N_("the {movement} movement"), movement=movement.replace("_", " "))


def body_area(names: Names, body: object) -> str:
    """The body's issue area ('' where it is not known)."""
    body_id = str(body)
    return str(getattr(names.body(body_id), "area", "")) if names.has_body(body_id) else ""


def weighted(names: Names, body: object) -> bool:
    """Whether the body's votes are weighted (its tallies are shares of weight)."""
    body_id = str(body)
    if isinstance(names, NameBook):
        return body_id in names.weighted
    rule = getattr(names.body(body_id), "rule", None) if names.has_body(body_id) else None
    return getattr(rule, "kind", None) == "weighted"


def body_policy(names: Names, body: object) -> Point | None:
    """The body's policy now, where the names know it (a game's state or view)."""
    body_id = str(body)
    policy = getattr(names.body(body_id), "policy", None) if names.has_body(body_id) else None
    return policy if isinstance(policy, tuple) else None


def tabled(names: Names, motion_id: int) -> Tabled | None:
    """A motion by its number: from a game's state or view, or from the motions a save's
    record tabled."""
    if isinstance(names, NameBook):
        return names.motions.get(motion_id)
    if not isinstance(names, GameState):
        return None
    try:
        motion = names.motion(motion_id)
    except KeyError:
        return None
    before = motion.before
    if before is None and motion.previous is not None:
        before = motion.previous.policy
    return Tabled(motion.body, motion.sponsor, motion.spec, before)


def tabled_from(names: Names, motion_id: int) -> Point | None:
    """The policy a motion was measured from when tabled, where the names know it."""
    found = tabled(names, motion_id)
    return found.before if found else None


def offer_parties(names: Names, offer_id: int) -> tuple[str, str] | None:
    """An offer's sender and receiver by its number, where the names know it."""
    if isinstance(names, NameBook):
        return names.offers.get(offer_id)
    offer = names.offer(offer_id) if isinstance(names, GameState) else None
    return (offer.sender, offer.receiver) if offer is not None else None
