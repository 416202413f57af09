"""Save files: the whole scenario, the seed, the action log and a hash of the state after
each round. Loading replays the log and checks every hash, so a corrupt, truncated or
tampered save is caught, and it is never overwritten by a failed load."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from game.ai.explain import explanation_event
from game.engine import (
    RULES_VERSION,
    ActionSyntaxError,
    Event,
    GameState,
    IllegalAction,
    Phrase,
    Reason,
    apply,
    event_from_data,
    events,
    outcome,
    parse_action,
    phrase,
    phrase_data,
    phrase_of,
    reason_of,
    start,
    state_hash,
)
from game.scenario import Scenario, ScenarioError, validate_data
from game.scenario.compile import compile_scenario
from game.support.files import write_atomic
from game.text.language import N_, Language, Np_
from game.text.legality import legality_text
from game.text.syntax import syntax_text

from .reasons_v1 import reason_text_v1
from .told import Message, Plural, Said, Told

SAVE_FORMAT = "concert-of-powers-save"
# 2: a verdict's reasons are held as data (a code and figures), not as sentences, which
# changes every state's hash; a version-1 save is checked against its hashes as it made them.
# 3: the record keeps each round's key events, the round of each explanation and the
# scores, so a save the rules can no longer replay can still be debriefed.
# 4: an explanation is kept as phrases (a code and facts, game/engine/phrase.py), worded
# when shown in the reader's language; earlier saves' sentences are shown as they were.
SAVE_VERSION = 4
MAX_SAVE_BYTES = 50 * 2**20


class SaveError(Told):
    """A save file that cannot be used; the message names the file and what to do (said
    in the reader's language by `text`)."""


class SavedExplanation(BaseModel):
    """An AI move's reasons: the action's place in the log, its terms and the whole
    explanation, as phrases (a code and its facts; sentences in saves before version 4)."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0, description="Position of the action in `actions` (from 0).")
    round: int | None = Field(default=None, description="The round it was made in (version 3 on).")
    nation: str = Field(description="The nation that moved.")
    terms: list[tuple[str | dict[str, Any], float]] = Field(
        description="Each reason: its phrase (its name before version 4) and its value."
    )
    why: dict[str, Any] | None = Field(
        default=None, description="The explanation as a phrase: its code and facts (version 4 on)."
    )
    sentence: str | None = Field(
        default=None, description="The explanation in words (saves before version 4)."
    )

    @classmethod
    def of(cls, index: int, explained: events.Explained) -> SavedExplanation:
        return cls(
            index=index,
            round=explained.round,
            nation=explained.nation,
            terms=[(phrase_data(t), v) for t, v in explained.terms],
            why=phrase_data(explained.why),
        )

    def phrases(self) -> tuple[Phrase, tuple[tuple[Phrase, float], ...]]:
        """Its explanation and terms as phrases; an old save's words as they were said.
        Raises ValueError for a phrase that is not one."""
        why = phrase_of(self.why) if self.why else phrase("words", text=self.sentence or "")
        terms = tuple(
            (phrase("words", text=t) if isinstance(t, str) else phrase_of(t), v)
            for t, v in self.terms
        )
        return why, terms


class SavedReason(BaseModel):
    """One condition of the verdict, as the engine gives it (game/text/verdict.py says it)."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(description="Which condition (game/engine/model/verdict.py CONDITIONS).")
    value: float = Field(description="Its number at the end of the round.")
    threshold: float = Field(description="What it is held to.")
    held: bool = Field(description="Whether it held.")
    needs: str = Field(description="How it compares: at_least, at_most or below.")
    figures: list[tuple[str, Any]] = Field(description="Other figures its words quote.")


# The events a save's record keeps of each round: the moments a debrief's timeline is
# made of, and the news. Bookkeeping (ballots, standings, phases) is left to the replay.
RECORDED = frozenset(
    {
        "veto_cast", "consensus_blocked", "nation_withdrew", "nation_joined", "threat_resolved",
        "institution_founded", "institution_opened", "seat_passed", "pledge_broken",
        "verdict_changed", "event_fired",
        "event_composed", "crisis", "election_result", "game_over",
    }
)  # fmt: skip


class SavedEvent(BaseModel):
    """One event as the engine reported it: its kind, its facts and who could see it."""

    model_config = ConfigDict(extra="forbid")

    kind: str = Field(description="The event's kind (game/engine/events.py).")
    facts: list[tuple[str, Any]] = Field(description="Its facts, as (name, value) pairs.")
    audience: list[str] | None = Field(description="Who could see it (none: everyone).")


class SavedObjective(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The objective, as its power read it.")
    points: int = Field(description="What it is worth.")
    met: bool | None = Field(description="Whether it was met (none: not yet known).")


class SavedNation(BaseModel):
    """A great power's standing when the game was saved."""

    model_config = ConfigDict(extra="forbid")

    id: str
    score: float = Field(description="Its score, the sum of its parts.")
    parts: dict[str, float] = Field(description="Each part of its score.")
    influence: float = Field(description="Its share of influence over the institutions.")
    legitimacy: float = Field(description="Its legitimacy (0 to 1).")
    doctrine: list[float] = Field(description="Its doctrine weights, in DOCTRINES' order.")
    objectives: list[SavedObjective] = Field(description="Its secret objectives, judged.")


class SavedOutcome(BaseModel):
    """The scores when the game was saved (version 3 on)."""

    model_config = ConfigDict(extra="forbid")

    round: int = Field(description="The round the game had reached.")
    finished: bool = Field(description="Whether the game was over.")
    nations: list[SavedNation] = Field(description="The great powers, best score first.")


class SavedRound(BaseModel):
    """What a round ended with: the order's verdict, its reasons and the indices."""

    model_config = ConfigDict(extra="forbid")

    round: int = Field(ge=1, description="The round.")
    verdict: str = Field(description="The order shown at its end.")
    leaning: str | None = Field(description="While transitional, the verdict it leans to.")
    reasons: list[SavedReason] = Field(description="The reasons for what is shown.")
    indices: dict[str, float] = Field(description="The order's indices at its end.")
    nearness: dict[str, float] = Field(
        default_factory=dict,
        description="How near each verdict was to holding (the order map's position).",
    )
    events: list[SavedEvent] = Field(
        default_factory=list, description="Its key events (RECORDED; version 3 on)."
    )


class SaveFile(BaseModel):
    """What a save file holds (JSON)."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["concert-of-powers-save"] = Field(description="Marks the file as a save.")
    save_version: int = Field(description="Version of this format.")
    rules_version: int | None = Field(
        default=None,
        description="Version of the rules the game was played by (none: before rules 2).",
    )
    saved_at: str = Field(description="When it was written (UTC, ISO 8601).")
    scenario: dict[str, Any] = Field(description="The whole scenario, as validated.")
    scenario_hash: str = Field(description="SHA-256 of the scenario, to catch edits.")
    seed: int = Field(description="The game's random seed.")
    actions: list[str] = Field(description="Every action in canonical text, in order.")
    round_hashes: list[str] = Field(description="Hash of the state at the end of each round.")
    explanations: list[SavedExplanation] = Field(
        default_factory=list, description="Why the AI powers made their moves."
    )
    record: list[SavedRound] = Field(
        default_factory=list,
        description="What each round ended with (version 2 on): shown even when later rules "
        "can no longer replay the actions.",
    )
    outcome: SavedOutcome | None = Field(
        default=None, description="The scores when it was saved (version 3 on)."
    )


class RulesMoved(SaveError):
    """A save made under other rules, which this game cannot replay as it was played."""

    def __init__(self, save: SaveFile, message: str, /, **values: object) -> None:
        super().__init__(message, **values)
        self.save = save


def round_record(steps: list[tuple[GameState, tuple[Event, ...]]]) -> list[SavedRound]:
    """The record of each round the steps closed, with its key events."""
    rounds = []
    kept: dict[int, list[SavedEvent]] = {}
    # A kept event about a motion (a veto) keeps the motion's tabling before it, so that
    # the record can say which motion it was.
    tabled: dict[int, Event] = {}
    for after, happened in steps:
        for event in happened:
            if isinstance(event, events.MotionTabled):
                tabled[event.motion] = event
            if event.kind in RECORDED:
                motion = tabled.pop(event.get("motion"), None)
                if motion is not None:
                    kept.setdefault(motion.round, []).append(saved_event(motion))
                kept.setdefault(event.round, []).append(saved_event(event))
            if isinstance(event, events.RoundEnded):
                order = after.order
                reasons = [
                    SavedReason(
                        code=r.code,
                        value=r.value,
                        threshold=r.threshold,
                        held=r.held,
                        needs=r.needs,
                        figures=list(r.figures),
                    )
                    for r in order.reasons
                ]
                rounds.append(
                    SavedRound(
                        round=event.round,
                        verdict=order.shown,
                        leaning=order.leaning,
                        reasons=reasons,
                        indices=kept_indices(event.indices),
                        nearness=dict(event.nearness),
                    )
                )
    for saved in rounds:  # a round's last events (the game's end) follow its close
        saved.events = kept.get(saved.round, [])
    return rounds


def kept_indices(indices: Iterable[tuple[str, float]]) -> dict[str, float]:
    """A round's indices as a record and a debrief keep them, to six significant figures:
    they show a game, they do not replay one, and the save stays small."""
    return {name: float(f"{value:.6g}") for name, value in indices}


def saved_event(event: Event) -> SavedEvent:
    audience = event.audience
    return SavedEvent(
        kind=event.kind,
        facts=[(name, value) for name, value in event.data],
        audience=list(audience) if audience is not None else None,
    )


def recorded_events(saved: SavedRound) -> Iterator[Event]:
    """A round's recorded events as the engine's, those these rules still know (a kind
    since dropped is left out: the round's verdict and reasons stand without it)."""
    for kept in saved.events:
        audience = tuple(kept.audience) if kept.audience is not None else None
        try:
            yield event_from_data(kept.kind, saved.round, tuple(kept.facts), audience)
        except ValueError:
            continue


def saved_outcome(state: GameState) -> SavedOutcome:
    """The great powers' scores, influence and objectives as the state stands."""
    result = outcome(state)
    parts = dict(result.score_parts)
    influence = dict(result.influence)
    nations = []
    for nation_id, score in sorted(result.scores, key=lambda item: -item[1]):
        nation = state.nation(nation_id)
        nations.append(
            SavedNation(
                id=nation_id,
                score=score,
                parts=dict(parts[nation_id]),
                influence=influence.get(nation_id, 0.0),
                legitimacy=nation.legitimacy,
                doctrine=list(nation.doctrine),
                objectives=[
                    SavedObjective(text=r.objective.text, points=r.objective.points, met=r.met)
                    for r in result.objectives
                    if r.nation == nation_id
                ],
            )
        )
    return SavedOutcome(round=state.round, finished=result.finished, nations=nations)


def saved_reason(reason: SavedReason) -> Reason:
    """A saved reason as the engine's, to be said in words."""
    return reason_of(reason.model_dump())


def scenario_hash(data: dict[str, Any]) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def write_save(
    path: Path,
    scenario: Scenario,
    seed: int,
    actions: list[str],
    round_hashes: list[str],
    explanations: dict[int, events.Explained] | None = None,
    record: list[SavedRound] | None = None,
    standing: SavedOutcome | None = None,
) -> None:
    data = scenario.model_dump(mode="json")
    save = SaveFile(
        format=SAVE_FORMAT,
        save_version=SAVE_VERSION,
        rules_version=RULES_VERSION,
        saved_at=datetime.now(UTC).isoformat(timespec="seconds"),
        scenario=data,
        scenario_hash=scenario_hash(data),
        seed=seed,
        actions=actions,
        round_hashes=round_hashes,
        explanations=[SavedExplanation.of(i, e) for i, e in sorted((explanations or {}).items())],
        record=record or [],
        outcome=standing,
    )
    # One line: a 20-round game with its record stays near 90 KB (indented, over 100).
    write_atomic(Path(path), save.model_dump_json() + "\n")


@dataclass(frozen=True)
class _SentenceReason:
    """A verdict's reason as version-1 saves hashed it: a sentence and its numbers."""

    text: str
    value: float
    threshold: float
    held: bool

    def __repr__(self) -> str:  # the repr of the reason the state held then
        return (
            f"Reason(text={self.text!r}, value={self.value!r}, threshold={self.threshold!r}, "
            f"held={self.held!r})"
        )


def round_hash(state: GameState, save_version: int = SAVE_VERSION) -> str:
    """The hash a save of this version keeps of a state at the end of a round."""
    if save_version >= 2:
        return state_hash(state)
    said = tuple(
        _SentenceReason(reason_text_v1(r), r.value, r.threshold, r.held)
        for r in state.order.reasons
    )
    return state_hash(replace(state, order=replace(state.order, reasons=said)))  # type: ignore[arg-type]


def _the_log(lang: Language) -> str:
    return lang.text(N_("the log"))


def _unreplayable(where: str | Said, index: int, line: str, why: Said) -> SaveError:
    """An action that cannot be replayed: where it is, and its problem (which RulesMoved
    quotes without the where)."""
    problem = Message(
        N_("action {index} ('{line}') cannot be replayed: {why}"), index=index, line=line, why=why
    )
    return SaveError(N_("{where}: {problem}"), where=where, problem=problem)


def replay_log(
    scenario: Scenario,
    seed: int,
    actions: list[str],
    where: str | Said = _the_log,
    save_version: int = SAVE_VERSION,
) -> tuple[GameState, list[tuple[GameState, tuple[Event, ...]]], list[str]]:
    """Replay the actions: the final state, each step's (state, events) from the start,
    and the hash at the end of each completed round (as saves of `save_version` keep it)."""
    state, events = start(compile_scenario(scenario, seed))
    steps = [(state, events)]
    hashes: list[str] = []
    for index, line in enumerate(actions, 1):
        before = state.round
        try:
            state, events = apply(state, parse_action(line))
        except ActionSyntaxError as error:
            raise _unreplayable(where, index, line, partial(syntax_text, error)) from None
        except IllegalAction as error:
            why = partial(legality_text, error.legality, state)
            raise _unreplayable(where, index, line, why) from None
        steps.append((state, events))
        if state.round != before or any(e.kind == "game_over" for e in events):
            hashes.append(round_hash(state, save_version))  # just after the round closed
    return state, steps, hashes


def load_save(
    path: Path,
) -> tuple[Scenario, int, list[str], GameState, list[tuple[GameState, tuple[Event, ...]]]]:
    """Read, check and replay a save file (raises RulesMoved, with the file read, for one
    made under rules this game cannot replay it by)."""
    return restore(read_save(path), str(path))


def read_save(path: Path) -> SaveFile:
    """Read and check a save file's form, without replaying it."""
    path = Path(path)
    name = str(path)
    try:
        if path.stat().st_size > MAX_SAVE_BYTES:
            size = path.stat().st_size
            raise SaveError(
                N_("{file}: the file is too large to be a save ({size} bytes)"),
                file=name,
                size=lambda lang: lang.whole(size),
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SaveError(N_("{file}: no such file"), file=name) from None
    except OSError as error:
        raise SaveError(
            N_("{file}: cannot read it: {problem}"), file=name, problem=error.strerror
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        if isinstance(error, json.JSONDecodeError):
            raise SaveError(
                N_(
                    "{file}: not a readable save file (line {line}); it may be truncated or "
                    "damaged. Load an earlier save or the autosave."
                ),
                file=name,
                line=error.lineno,
            ) from None
        raise SaveError(
            N_(
                "{file}: not a readable save file; it may be truncated or damaged. Load an "
                "earlier save or the autosave."
            ),
            file=name,
        ) from None
    if not isinstance(data, dict) or data.get("format") != SAVE_FORMAT:
        raise SaveError(N_("{file}: this is not a Concert of Powers save file"), file=name)
    version = data.get("save_version")
    if isinstance(version, int) and version > SAVE_VERSION:
        raise SaveError(
            N_(
                "{file}: saved by a newer version of Concert of Powers (save version "
                "{version}); update the game to open it"
            ),
            file=name,
            version=version,
        )
    try:
        save = SaveFile.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        # pydantic's message, in its English
        raise SaveError(
            N_("{file}: damaged save file ({field}: {problem})"),
            file=name,
            field=field,
            problem=first["msg"],
        ) from None
    return save


def restore(
    save: SaveFile, name: str
) -> tuple[Scenario, int, list[str], GameState, list[tuple[GameState, tuple[Event, ...]]]]:
    """Check and replay a save already read (a file, or the classroom server's journal)."""
    if scenario_hash(save.scenario) != save.scenario_hash:
        raise SaveError(
            N_(
                "{file}: the scenario inside the save was changed after saving; it cannot be "
                "trusted"
            ),
            file=name,
        )
    try:
        # Where its problems are: the file, and that it is the scenario inside (said in
        # English: the problems are located before anyone asks for them in a language).
        scenario = validate_data(save.scenario, f"{name} (scenario)")
    except ScenarioError as error:
        raise SaveError(
            N_("{file}: the scenario inside is not valid: {problem}"),
            file=name,
            problem=error.problems[0].text,
        ) from None
    moved = (save.rules_version or 1) != RULES_VERSION
    then = save.rules_version or 1
    try:
        state, steps, hashes = replay_log(
            scenario, save.seed, save.actions, name, save.save_version
        )
    except SaveError as error:
        if moved:  # an action the rules of then allowed and these do not
            raise RulesMoved(
                save,
                N_(
                    "{file}: saved under rules version {then}, and this game plays rules "
                    "version {now}, by which it cannot be replayed ({problem})"
                ),
                file=name,
                then=then,
                now=RULES_VERSION,
                problem=error.values.get("problem", error),
            ) from None
        raise
    steps = _with_explanations(steps, save, name)
    if hashes != save.round_hashes[: len(hashes)] or len(hashes) != len(save.round_hashes):
        bad = next(
            (i for i, (a, b) in enumerate(zip(hashes, save.round_hashes, strict=False)) if a != b),
            None,
        )
        where = (
            Message(N_("round {round}"), round=bad + 1)
            if bad is not None
            else Message(N_("the number of rounds"))
        )
        if moved:
            raise RulesMoved(
                save,
                N_(
                    "{file}: saved under rules version {then}, and this game plays rules "
                    "version {now}, by which it replays differently ({where}); open it with "
                    "the version of Concert of Powers that saved it"
                ),
                file=name,
                then=then,
                now=RULES_VERSION,
                where=where,
            )
        raise SaveError(
            N_(
                "{file}: replaying the save gives a different game ({where}); the file was "
                "edited, or it was saved by another version of the rules"
            ),
            file=name,
            where=where,
        )
    return scenario, save.seed, save.actions, state, steps


def _with_explanations(
    steps: list[tuple[GameState, tuple[Event, ...]]], save: SaveFile, name: str
) -> list[tuple[GameState, tuple[Event, ...]]]:
    """The replayed steps with each saved explanation as the first event of its action's
    step, seen by whom the live game showed it to."""
    for saved in save.explanations:
        if saved.index >= len(save.actions):
            raise SaveError(
                Plural(
                    Np_(
                        "{file}: damaged save file (explanation of action {action}, but the "
                        "log has {count} action)",
                        "{file}: damaged save file (explanation of action {action}, but the "
                        "log has {count} actions)",
                    ),
                    len(save.actions),
                    file=name,
                    action=saved.index + 1,
                )
            )
        before, _ = steps[saved.index]
        after, events = steps[saved.index + 1]
        action = parse_action(save.actions[saved.index])
        try:
            why, terms = saved.phrases()
        except ValueError as error:
            raise SaveError(
                N_("{file}: damaged save file (explanation of action {action}: {problem})"),
                file=name,
                action=saved.index + 1,
                problem=str(error),
            ) from None
        explained = explanation_event(before, action, saved.nation, terms, why)
        steps[saved.index + 1] = (after, (explained, *events))
    return steps
