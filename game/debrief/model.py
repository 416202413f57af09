"""The debrief's data (pydantic, so the report, the window and the classroom server read
one format)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from game.text.language import N_, Np_


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reason(_Record):
    text: str = Field(description="The condition, with its numbers.")
    held: bool = Field(description="Whether it held.")


class RoundRecord(_Record):
    round: int
    year: int | None = Field(description="The calendar year, if the scenario has one.")
    verdict: str = Field(description="The order shown at the end of the round.")
    leaning: str | None = Field(description="While transitional, the verdict it leans to.")
    reasons: list[Reason] = Field(description="The reasons for what is shown or leaned to.")
    indices: dict[str, float] = Field(description="The order indices at the round's end.")
    map_point: tuple[float, float] | None = Field(
        None, description="Its point on the order map, -1 to 1 each way (order_map.py)."
    )


class Moment(_Record):
    """A key event of the game, with why it happened where a power chose it."""

    round: int
    kind: str = Field(
        description="veto, blocked (a consensus), exit, rejoin, reform, rival, opened, seat, "
        "broken_pledge, verdict"
    )
    nation: str | None = Field(description="Who did it (none for a verdict change).")
    body: str | None = Field(description="Where, if in an institution.")
    text: str = Field(description="What happened, in words.")
    why: str | None = Field(description="The power's own reasons, if it explained the move.")


class ObjectiveRecord(_Record):
    text: str
    points: int
    met: bool | None = Field(description="None: judged by the order verdict, not yet known.")


class NationRecord(_Record):
    id: str
    name: str
    doctrine: dict[str, float] = Field(description="Its doctrine weights at the end.")
    score: float
    score_parts: dict[str, float]
    influence: float
    legitimacy: float
    objectives: list[ObjectiveRecord] = Field(description="Its secret objectives, revealed.")


class Concept(_Record):
    """A concept of the seed texts, and the moment it first appeared in play."""

    name: str
    meaning: str = Field(description="What it means, paraphrased.")
    source: str = Field(description="The text it comes from.")
    round: int
    moment: str = Field(description="What happened that showed it.")


class DoctrineAct(_Record):
    """A move of a great power that fits or betrays its doctrine (game/debrief/doctrines.py)."""

    round: int = Field(description="The first round it did this.")
    rounds: list[int] = Field(description="Every round it did the same, the first included.")
    text: str = Field(description="What it did, in words.")
    doctrine: str = Field(description="The dominant doctrine it was judged by, at the time.")
    fits: bool = Field(description="True if the move fits the doctrine, False if it betrays it.")
    reason: str = Field(description="Why, paraphrasing the seed texts.")


class DoctrineRecord(_Record):
    """A great power's doctrine in action: its telling moves and a sentence on them."""

    id: str
    name: str
    doctrine: str = Field(description="Its dominant doctrine at the end.")
    acts: list[DoctrineAct] = Field(description="Its telling moves, in round order.")
    summary: str = Field(description="One sentence on how far it kept to its doctrine.")


class TurningReplay(_Record):
    """One key move replayed: the final verdicts with it and with it replaced."""

    round: int
    nation: str
    kind: str = Field(description="exit, found, veto or threat.")
    move: str = Field(description="The move as played, in canonical text.")
    instead: str = Field(description="The move that replaced it in the replays.")
    had: str = Field(description="The counterfactual in words.")
    as_played: dict[str, int] = Field(description="Final verdicts of the replays as played.")
    replaced: dict[str, int] = Field(description="Final verdicts with the move replaced.")
    distance: float = Field(description="Total variation distance between the two.")


class TurningPoint(_Record):
    """The key move whose replacement most changes the final verdicts."""

    replays: int = Field(description="Replays of each arm, on the same seeds.")
    sentence: str
    move: TurningReplay | None = Field(description="The turning point (none: no key move).")
    examined: list[TurningReplay] = Field(description="Every key move replayed.")


# What a debrief made from a save's record says in place of what needs a replay.
NOT_REPLAYED = N_(  # a message id: said where shown
    "This game was saved under earlier rules, which this version cannot replay: it is "
    "debriefed from what the save recorded. The concepts met, the doctrines in action, "
    "what would tip the order and the turning point need the game replayed: open it with "
    "the version of Concert of Powers that saved it."
)

# What a debrief shows of a secret objective: its points, and whether it was met (None:
# decided by the order); (one point, many points). Message ids, said where shown.
OBJECTIVES = {
    True: Np_("{objective} ({count} point): met", "{objective} ({count} points): met"),
    False: Np_("{objective} ({count} point): not met", "{objective} ({count} points): not met"),
    None: Np_(
        "{objective} ({count} point): decided by the order",
        "{objective} ({count} points): decided by the order",
    ),
}
# What stands for the concepts and the doctrines in action of a debrief made from a
# save's record.
UNKNOWN = N_("Not known without a replay.")


class HistoryMoment(_Record):
    year: int
    text: str


class History(_Record):
    """What actually happened in the scenario's period (the scenario's `history`)."""

    summary: str
    verdict: str | None = Field(description="The order the period ended in, if given.")
    moments: list[HistoryMoment] = Field(description="Its turning points, in order.")


class Debrief(_Record):
    scenario: str
    title: str
    seed: int
    replayed: bool = Field(
        default=True,
        description="False: made from a save's record, without replaying the game (saved "
        "under earlier rules), so it has no concepts, doctrines, tipping or turning point.",
    )
    rounds_played: int
    finished: bool
    verdict: str = Field(description="The order at the end.")
    leaning: str | None
    reasons: list[Reason]
    tipping: str = Field(
        default="",
        description="What would tip the order: the nearest decisive verdict's "
        "missing conditions, in words.",
    )
    turning_point: TurningPoint | None = Field(
        default=None,
        description="The turning point, once its replays have run (none: not yet).",
    )
    rounds: list[RoundRecord]
    timeline: list[Moment]
    nations: list[NationRecord] = Field(description="The great powers, best score first.")
    concepts: list[Concept] = Field(description="The concepts met in play, in order.")
    doctrines: list[DoctrineRecord] = Field(
        description="Each great power's moves that fit or betray its doctrine."
    )
    discussion_questions: list[str] = Field(description="The scenario's questions.")
    history: History | None = Field(
        default=None, description="What actually happened, to set beside the class's result."
    )
    questions_from_play: list[str] = Field(description="Questions drawn from this game.")
