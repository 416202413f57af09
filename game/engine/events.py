"""Domain events: what `apply` reports happened, one record type per kind with its facts
as typed fields. The kinds with a `seen_by` field may be private (seen only by those
nations and the instructor); every other kind is public. On the wire and in the golden
games an event is its kind, round, facts as (name, value) pairs in field order (`data`)
and audience; game/engine/event_data.py reads it back."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from .phrase import Phrase
from .state import Reason

Facts = tuple[tuple[str, Any], ...]


def sometimes() -> Any:
    """A fact that only some events of a kind carry: left out of `data` when absent."""
    return field(default=None, metadata={"sometimes": True})


@dataclass(frozen=True, kw_only=True)
class Event:
    kind: ClassVar[str] = ""
    round: int

    @property
    def audience(self) -> tuple[str, ...] | None:
        """The nations that may see it (and the instructor); None: everyone."""
        return None

    @property
    def data(self) -> Facts:
        """The event's facts as (name, value) pairs, in the order of its fields."""
        pairs: list[tuple[str, Any]] = []
        for spec in fields(self):
            value = getattr(self, spec.name)
            if spec.name in ("round", "seen_by") or (value is None and spec.metadata):
                continue
            if spec.name == "changes":  # a standing's changes, each its own fact
                pairs += value
            else:
                pairs.append((spec.name, value))
        return tuple(pairs)

    def get(self, name: str) -> Any:
        """A fact by its name, None if the event has none of that name."""
        return dict(self.data).get(name)

    def __str__(self) -> str:
        details = " ".join(f"{k}={v}" for k, v in self.data)
        return f"r{self.round} {self.kind}" + (f" {details}" if details else "")


@dataclass(frozen=True, kw_only=True)
class Private(Event):
    """A kind that may be private: seen only by `seen_by` when it is set."""

    seen_by: tuple[str, ...] | None = None

    @property
    def audience(self) -> tuple[str, ...] | None:
        return self.seen_by


@dataclass(frozen=True, kw_only=True)
class PhaseStarted(Event):
    kind: ClassVar[str] = "phase_started"
    phase: str


@dataclass(frozen=True, kw_only=True)
class RoundEnded(Event):
    kind: ClassVar[str] = "round_ended"
    indices: tuple[tuple[str, float], ...]  # the round's order indices, by name
    nearness: tuple[tuple[str, float], ...] = ()  # how near each verdict is to holding


@dataclass(frozen=True, kw_only=True)
class GameOver(Event):
    kind: ClassVar[str] = "game_over"


@dataclass(frozen=True, kw_only=True)
class VerdictChanged(Event):
    kind: ClassVar[str] = "verdict_changed"
    verdict: str
    leaning: str | None
    reasons: tuple[Reason, ...]  # those that hold, else all: why it is shown or leaned to


@dataclass(frozen=True, kw_only=True)
class EventFired(Event):
    kind: ClassVar[str] = "event_fired"
    id: str  # the scenario's event; empty for one the instructor composed
    title: str
    briefing: str
    by_instructor: bool


@dataclass(frozen=True, kw_only=True)
class EventComposed(Event):
    """The instructor's news (Compose): a shock to a body, growth, a movement's surge."""

    kind: ClassVar[str] = "event_composed"
    what: str  # shock | growth | surge
    target: str  # the body, nation or movement
    amount: float


@dataclass(frozen=True, kw_only=True)
class Crisis(Event):
    kind: ClassVar[str] = "crisis"
    body: str
    policy: tuple[float, float]  # the status quo after the shock


@dataclass(frozen=True, kw_only=True)
class MovementSurged(Event):
    kind: ClassVar[str] = "movement_surged"
    movement: str


@dataclass(frozen=True, kw_only=True)
class ElectionResult(Event):
    kind: ClassVar[str] = "election_result"
    nation: str
    result: str


@dataclass(frozen=True, kw_only=True)
class MotionNotTabled(Event):
    """A scenario's motion that could not be tabled (its body dead, or it moot)."""

    kind: ClassVar[str] = "motion_not_tabled"
    body: str
    spec: str


@dataclass(frozen=True, kw_only=True)
class OfferMade(Private):
    kind: ClassVar[str] = "offer_made"
    offer: int
    text: str


@dataclass(frozen=True, kw_only=True)
class OfferAccepted(Private):
    kind: ClassVar[str] = "offer_accepted"
    offer: int


@dataclass(frozen=True, kw_only=True)
class OfferRejected(Private):
    kind: ClassVar[str] = "offer_rejected"
    offer: int


@dataclass(frozen=True, kw_only=True)
class OfferLapsed(Private):
    kind: ClassVar[str] = "offer_lapsed"
    offer: int


@dataclass(frozen=True, kw_only=True)
class PledgeKept(Event):
    kind: ClassVar[str] = "pledge_kept"
    nation: str
    to: str
    motion: int


@dataclass(frozen=True, kw_only=True)
class PledgeBroken(Event):
    """A pledge to vote yes (on `motion`) or to stay in a body (`body`) broken."""

    kind: ClassVar[str] = "pledge_broken"
    nation: str
    to: str
    body: str | None = sometimes()
    motion: int | None = sometimes()


@dataclass(frozen=True, kw_only=True)
class MotionTabled(Event):
    kind: ClassVar[str] = "motion_tabled"
    motion: int
    body: str
    sponsor: str | None
    spec: str
    scripted: bool | None = sometimes()  # tabled by a scenario event in the sponsor's name
    before: tuple[float, float] | None = sometimes()  # a policy motion's body's policy then


@dataclass(frozen=True, kw_only=True)
class InstitutionFounded(Event):
    kind: ClassVar[str] = "institution_founded"
    body: str
    founder: str
    members: tuple[str, ...]
    invited: tuple[str, ...]
    area: str
    name: str


@dataclass(frozen=True, kw_only=True)
class InstitutionOpened(Event):
    """A body the scenario wrote opens in its round (not a rival founded in play)."""

    kind: ClassVar[str] = "institution_opened"
    body: str
    name: str
    area: str
    members: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class SeatPassed(Event):
    """A scenario's event passes a member's seat, with its veto and weight, to another."""

    kind: ClassVar[str] = "seat_passed"
    body: str
    nation: str
    to: str


@dataclass(frozen=True, kw_only=True)
class ThreatMade(Event):
    kind: ClassVar[str] = "threat_made"
    nation: str
    body: str
    demand: str


@dataclass(frozen=True, kw_only=True)
class BallotCast(Event):
    kind: ClassVar[str] = "ballot_cast"
    motion: int
    nation: str


@dataclass(frozen=True, kw_only=True)
class MotionLapsed(Event):
    kind: ClassVar[str] = "motion_lapsed"
    motion: int
    body: str
    reason: str  # why it no longer applies: the sentence of its refusal (text/legality.py)
    facts: tuple[tuple[str, Any], ...] = ()  # what that sentence quotes


@dataclass(frozen=True, kw_only=True)
class BallotsRevealed(Event):
    kind: ClassVar[str] = "ballots_revealed"
    motion: int
    body: str
    ballots: tuple[tuple[str, str], ...]  # (nation, vote), by nation
    tally: tuple[float, float, float]  # yes, no, abstain (weights)
    result: str


@dataclass(frozen=True, kw_only=True)
class VetoCast(Event):
    kind: ClassVar[str] = "veto_cast"
    nation: str
    motion: int
    against_majority: bool


@dataclass(frozen=True, kw_only=True)
class ConsensusBlocked(Event):
    kind: ClassVar[str] = "consensus_blocked"
    nation: str
    motion: int
    body: str


@dataclass(frozen=True, kw_only=True)
class MotionAdopted(Event):
    kind: ClassVar[str] = "motion_adopted"
    motion: int
    body: str
    spec: str


@dataclass(frozen=True, kw_only=True)
class ThreatResolved(Event):
    kind: ClassVar[str] = "threat_resolved"
    nation: str
    body: str
    demand: str
    won: bool
    chance: float


@dataclass(frozen=True, kw_only=True)
class OptedOut(Event):
    kind: ClassVar[str] = "opted_out"
    nation: str
    motion: int
    body: str


@dataclass(frozen=True, kw_only=True)
class NationWithdrew(Event):
    kind: ClassVar[str] = "nation_withdrew"
    nation: str
    body: str
    vitality: float  # the body's, after the exit
    mode: str  # exit, rollback, or a realignment


@dataclass(frozen=True, kw_only=True)
class NationJoined(Event):
    kind: ClassVar[str] = "nation_joined"
    nation: str
    body: str


@dataclass(frozen=True, kw_only=True)
class Contestation(Private):
    """A dissatisfied member's mode, seen by it alone (a minor one's with its exit terms)."""

    kind: ClassVar[str] = "contestation"
    nation: str
    body: str
    mode: str
    hazard: float | None = sometimes()
    divergence: float | None = sometimes()
    contagion: float | None = sometimes()
    nationalism: float | None = sometimes()


@dataclass(frozen=True, kw_only=True)
class StandingChanged(Private):
    """A nation's standing (`changes`: legitimacy, capital, ... by how much) or a body's
    vitality moved, and why (`because`)."""

    kind: ClassVar[str] = "standing_changed"
    body: str | None = sometimes()
    nation: str | None = sometimes()
    because: str
    changes: tuple[tuple[str, float], ...] = ()
    vitality: float | None = sometimes()


@dataclass(frozen=True, kw_only=True)
class PhaseEndedByInstructor(Event):
    kind: ClassVar[str] = "phase_ended_by_instructor"
    phase: str


@dataclass(frozen=True, kw_only=True)
class Paused(Event):
    kind: ClassVar[str] = "paused"


@dataclass(frozen=True, kw_only=True)
class Resumed(Event):
    kind: ClassVar[str] = "resumed"


@dataclass(frozen=True, kw_only=True)
class Explained(Private):
    """An AI power's reasons for its move (private when they would reveal a ballot), as
    phrases the text layer words when they are shown: `why`, the whole explanation, and
    `terms`, what weighed for (positive) and against (negative) the move."""

    kind: ClassVar[str] = "explained"
    nation: str
    action: str
    terms: tuple[tuple[Phrase, float], ...]
    why: Phrase


KINDS: dict[str, type[Event]] = {
    cls.kind: cls
    for cls in (
        PhaseStarted, RoundEnded, GameOver, VerdictChanged, EventFired, EventComposed, Crisis,
        MovementSurged, ElectionResult, MotionNotTabled, OfferMade, OfferAccepted,
        OfferRejected, OfferLapsed, PledgeKept, PledgeBroken, MotionTabled,
        InstitutionFounded, InstitutionOpened, SeatPassed, ThreatMade, BallotCast,
        MotionLapsed, BallotsRevealed, VetoCast,
        ConsensusBlocked, MotionAdopted, ThreatResolved, OptedOut, NationWithdrew,
        NationJoined, Contestation, StandingChanged, PhaseEndedByInstructor, Paused, Resumed,
        Explained,
    )
}  # fmt: skip
