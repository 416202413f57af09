"""Building the debrief from a replayed game: the order round by round, the key moments
with the powers' reasons, the scores and the secret objectives."""

from __future__ import annotations

from pathlib import Path

from game.debrief.tipping import nearest
from game.engine import DOCTRINES, Event, GameState, OrderState, outcome
from game.play.record import load_save
from game.scenario import Scenario
from game.text.narrate import describe

from .concepts import concepts_met
from .doctrines import doctrines_in_action
from .model import Debrief, Moment, NationRecord, ObjectiveRecord, Reason, RoundRecord
from .questions import questions

Steps = list[tuple[GameState, tuple[Event, ...]]]

# Events that make the timeline, and the kind each is filed under.
MOMENTS = {
    "veto_cast": "veto",
    "consensus_blocked": "veto",
    "nation_withdrew": "exit",
    "nation_joined": "rejoin",
    "threat_resolved": "reform",
    "institution_founded": "rival",
    "pledge_broken": "broken_pledge",
    "verdict_changed": "verdict",
}


def _reasons(order: OrderState) -> list[Reason]:
    return [Reason(text=r.text, held=r.held) for r in order.reasons]


def _explanations(steps: Steps) -> dict[tuple[int, str], str]:
    """Each explained move's sentence by (round, action text)."""
    found = {}
    for _, events in steps:
        for e in events:
            if e.kind == "explained":
                found[(e.round, str(e.get("action")))] = str(e.get("sentence"))
    return found


def _why(event: Event, explained: dict[tuple[int, str], str]) -> str | None:
    """The sentence of the move that caused the event, if the mover explained it."""
    g = event.get
    nation, body, round_ = g("nation"), g("body"), event.round
    candidates: list[str] = []
    if event.kind in ("veto_cast", "consensus_blocked"):
        candidates = [f"{nation} vote m{g('motion')} no"]
    elif event.kind == "nation_withdrew":
        candidates = [f"{nation} withdraw {body}"]
    elif event.kind == "nation_joined":
        candidates = [f"{nation} join {body}"]
    elif event.kind == "threat_resolved":
        candidates = [f"{nation} threaten {body} {g('demand')}"]
    elif event.kind == "pledge_broken":
        candidates = [f"{nation} vote m{g('motion')} {vote}" for vote in ("no", "abstain")]
    elif event.kind == "institution_founded":
        prefix = f"{g('founder')} found {g('area')}"
        return next(
            (s for (r, a), s in explained.items() if r == round_ and a.startswith(prefix)), None
        )
    return next((explained[(round_, c)] for c in candidates if (round_, c) in explained), None)


def build(scenario: Scenario, seed: int, steps: Steps) -> Debrief:
    """The debrief of a game replayed step by step (as `load_save` gives it)."""
    final = steps[-1][0]
    explained = _explanations(steps)
    start = scenario.start_year
    rounds: list[RoundRecord] = []
    timeline: list[Moment] = []
    left: set[tuple[str, str]] = set()  # (nation, body) of every exit so far
    for after, events in steps:
        for e in events:
            if e.kind == "nation_withdrew":
                left.add((str(e.get("nation")), str(e.get("body"))))
            rejoin = (str(e.get("nation")), str(e.get("body"))) in left
            lost = e.kind == "threat_resolved" and not e.get("won")
            if e.kind in MOMENTS and not lost and (e.kind != "nation_joined" or rejoin):
                nation = e.get("founder") if e.kind == "institution_founded" else e.get("nation")
                timeline.append(
                    Moment(
                        round=e.round,
                        kind=MOMENTS[e.kind],
                        nation=nation,
                        body=e.get("body"),
                        text=describe(e, after) or e.kind,
                        why=_why(e, explained),
                    )
                )
            if e.kind == "round_ended":
                order = after.order
                rounds.append(
                    RoundRecord(
                        round=e.round,
                        year=start + e.round - 1 if start else None,
                        verdict=order.shown,
                        leaning=order.leaning,
                        reasons=_reasons(order),
                        indices=dict(e.get("indices") or ()),
                    )
                )
    result = outcome(final)
    parts = dict(result.score_parts)
    shares = dict(result.influence)
    nations = []
    for nation_id, score in sorted(result.scores, key=lambda item: -item[1]):
        nation = final.nation(nation_id)
        nations.append(
            NationRecord(
                id=nation_id,
                name=nation.name,
                doctrine=dict(zip(DOCTRINES, nation.doctrine, strict=True)),
                score=score,
                score_parts=dict(parts[nation_id]),
                influence=shares.get(nation_id, 0.0),
                legitimacy=nation.legitimacy,
                objectives=[
                    ObjectiveRecord(text=r.objective.text, points=r.objective.points, met=r.met)
                    for r in result.objectives
                    if r.nation == nation_id
                ],
            )
        )
    return Debrief(
        scenario=scenario.id,
        title=scenario.title,
        seed=seed,
        rounds_played=len(rounds),
        finished=result.finished,
        verdict=final.order.shown,
        leaning=final.order.leaning,
        reasons=_reasons(final.order),
        tipping=nearest(final).sentence,
        rounds=rounds,
        timeline=timeline,
        nations=nations,
        concepts=concepts_met(steps),
        doctrines=doctrines_in_action(steps, list(final.great_powers())),
        discussion_questions=list(scenario.discussion_questions),
        questions_from_play=questions(final, timeline, _verdict_text(final.order)),
    )


def _verdict_text(order: OrderState) -> str:
    if order.shown == "transitional" and order.leaning:
        return f"transitional, leaning {order.leaning}"
    return order.shown


def from_save(path: Path) -> Debrief:
    """The debrief of a save file (raises SaveError with the reason if it cannot be read)."""
    scenario, seed, _, _, steps = load_save(Path(path))
    return build(scenario, seed, steps)
