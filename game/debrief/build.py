"""Building the debrief from a replayed game: the order round by round, the key moments
with the powers' reasons, the scores and the secret objectives. Building it is rendering
it: every sentence in it is made in the language given (`lang`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from game.debrief.tipping import nearest
from game.engine import DOCTRINES, Event, GameState, OrderState, events
from game.layout.order_map import position
from game.play.record import (
    RulesMoved,
    SavedOutcome,
    SavedReason,
    SaveError,
    SaveFile,
    kept_indices,
    load_save,
    recorded_events,
    saved_outcome,
    saved_reason,
)
from game.scenario import Scenario, ScenarioError, validate_data
from game.text.codes import VERDICTS, code_text
from game.text.language import ENGLISH, N_, Language
from game.text.names import NameBook, Names, nation_name, tabled
from game.text.narrate import describe
from game.text.objectives import aims_by_key
from game.text.reasons import explained_text, phrase_text
from game.text.verdict import reason_text

from .concepts import concepts_met
from .doctrines import doctrines_in_action
from .model import (
    Debrief,
    History,
    HistoryMoment,
    Moment,
    NationRecord,
    ObjectiveRecord,
    Reason,
    RoundRecord,
)
from .questions import questions

Steps = list[tuple[GameState, tuple[Event, ...]]]

# Events that make the timeline, and the kind each is filed under.
MOMENTS = {
    "veto_cast": "veto",
    "consensus_blocked": "blocked",  # one "no" where all must agree: no veto held
    "nation_withdrew": "exit",
    "nation_joined": "rejoin",
    "threat_resolved": "reform",
    "institution_founded": "rival",
    "institution_opened": "opened",
    "seat_passed": "seat",
    "pledge_broken": "broken_pledge",
    "verdict_changed": "verdict",
}


def _reasons(state: GameState, lang: Language = ENGLISH) -> list[Reason]:
    return [Reason(text=reason_text(r, state, lang), held=r.held) for r in state.order.reasons]


def _explanations(steps: Steps, lang: Language) -> dict[tuple[int, str], str]:
    """Each explained move's explanation in words by (round, action text)."""
    found = {}
    for state, happened in steps:
        for e in happened:
            if isinstance(e, events.Explained):
                found[(e.round, e.action)] = explained_text(e, state, lang)
    return found


def _saved_explanations(save: SaveFile, names: Names, lang: Language) -> dict[tuple[int, str], str]:
    """The same from a save's record (a damaged explanation left out: the moment is
    told without its reason)."""
    found = {}
    for e in save.explanations:
        if e.round is None or e.index >= len(save.actions):
            continue
        try:
            why, _ = e.phrases()
        except ValueError:
            continue
        found[(e.round, save.actions[e.index])] = phrase_text(why, names, lang)
    return found


def _why(event: Event, explained: dict[tuple[int, str], str]) -> str | None:
    """The sentence of the move that caused the event, if the mover explained it."""
    round_ = event.round
    candidates: list[str] = []
    match event:
        case (
            events.VetoCast(nation=nation, motion=motion)
            | events.ConsensusBlocked(nation=nation, motion=motion)
        ):
            candidates = [f"{nation} vote m{motion} no"]
        case events.NationWithdrew(nation=nation, body=body):
            candidates = [f"{nation} withdraw {body}"]
        case events.NationJoined(nation=nation, body=body):
            candidates = [f"{nation} join {body}"]
        case events.ThreatResolved(nation=nation, body=body, demand=demand):
            candidates = [f"{nation} threaten {body} {demand}"]
        case events.PledgeBroken(nation=nation, motion=motion):
            candidates = [f"{nation} vote m{motion} {vote}" for vote in ("no", "abstain")]
        case events.InstitutionFounded(founder=founder, area=area):
            prefix = f"{founder} found {area}"
            return next(
                (s for (r, a), s in explained.items() if r == round_ and a.startswith(prefix)),
                None,
            )
    return next((explained[(round_, c)] for c in candidates if (round_, c) in explained), None)


def _timeline(
    steps: Iterable[tuple[Names, tuple[Event, ...]]],
    explained: dict[tuple[int, str], str],
    lang: Language = ENGLISH,
) -> list[Moment]:
    """The key moments, each said with the names of the world it happened in (in `lang`;
    the powers' own reasons as they gave them)."""
    timeline: list[Moment] = []
    left: set[tuple[str, str]] = set()  # (nation, body) of every exit so far
    for names, happened in steps:
        for e in happened:
            if isinstance(e, events.NationWithdrew):
                left.add((e.nation, e.body))
            lost = isinstance(e, events.ThreatResolved) and not e.won
            first_join = isinstance(e, events.NationJoined) and (e.nation, e.body) not in left
            if e.kind in MOMENTS and not lost and not first_join:
                # who and where: the founder of a body, else the nation the moment is about
                who = e.founder if isinstance(e, events.InstitutionFounded) else e.get("nation")
                motion = tabled(names, e.get("motion")) if e.get("motion") is not None else None
                timeline.append(
                    Moment(
                        round=e.round,
                        kind=MOMENTS[e.kind],
                        nation=who,
                        body=e.get("body") or (motion.body if motion else None),
                        text=describe(e, names, lang) or e.kind,
                        why=_why(e, explained),
                    )
                )
    return timeline


def build(scenario: Scenario, seed: int, steps: Steps, lang: Language = ENGLISH) -> Debrief:
    """The debrief of a game replayed step by step (as `load_save` gives it), in `lang`."""
    final = steps[-1][0]
    explained = _explanations(steps, lang)
    start = scenario.start_year
    rounds: list[RoundRecord] = []
    timeline = _timeline(steps, explained, lang)
    for after, happened in steps:
        for e in happened:
            if isinstance(e, events.RoundEnded):
                order = after.order
                rounds.append(
                    RoundRecord(
                        round=e.round,
                        year=start + e.round - 1 if start else None,
                        verdict=order.shown,
                        leaning=order.leaning,
                        reasons=_reasons(after, lang),
                        indices=kept_indices(e.indices),
                        map_point=position(dict(e.nearness), order.shown) if e.nearness else None,
                    )
                )
    standing = saved_outcome(final)
    return Debrief(
        scenario=scenario.id,
        title=scenario.title,
        seed=seed,
        rounds_played=len(rounds),
        finished=standing.finished,
        verdict=final.order.shown,
        leaning=final.order.leaning,
        reasons=_reasons(final, lang),
        tipping=nearest(final, lang).sentence,
        rounds=rounds,
        timeline=timeline,
        nations=_nations(standing, final, aims_by_key(scenario, final, lang), lang),
        concepts=concepts_met(steps, lang),
        doctrines=doctrines_in_action(steps, list(final.great_powers()), lang),
        discussion_questions=list(scenario.discussion_questions),
        history=history_of(scenario),
        questions_from_play=questions(
            final, final.great_powers(), timeline, verdict_text(final.order, lang), lang
        ),
    )


def verdict_text(order: OrderState, lang: Language = ENGLISH) -> str:
    """The order shown, in words: 'pluralist', 'transitional, leaning bloc'."""
    if order.shown == "transitional" and order.leaning:
        return lang.text(
            N_("transitional, leaning {leaning}"), leaning=code_text(VERDICTS, order.leaning, lang)
        )
    return code_text(VERDICTS, order.shown, lang)


def from_save(path: Path, lang: Language = ENGLISH) -> Debrief:
    """The debrief of a save file in `lang` (raises SaveError with the reason if it cannot
    be read). A save the rules can no longer replay is debriefed from its record."""
    try:
        scenario, seed, _, _, steps = load_save(Path(path))
    except RulesMoved as error:
        return from_record(error.save, str(path), lang)
    return build(scenario, seed, steps, lang)


def from_record(save: SaveFile, name: str, lang: Language = ENGLISH) -> Debrief:
    """The debrief of a save from what it recorded, without replaying it (made under rules
    this game no longer plays by): the order round by round with its reasons, the key
    moments with the powers' reasons, the scores and objectives. What needs the game's
    states (the concepts, the doctrines in action, what would tip the order, the turning
    point) is left out; `replayed` is False. Raises SaveError if the save kept no record
    (saved before version 3). Its sentences are in `lang`."""
    if not save.record or save.outcome is None:
        raise SaveError(
            lang.text(
                N_(
                    "{file}: saved before saves kept what happened (save version {version}), "
                    "so without a replay there is nothing to debrief; open it with the "
                    "version of Concert of Powers that saved it"
                ),
                file=name,
                version=save.save_version,
            )
        )
    try:
        scenario = validate_data(save.scenario, f"{name} (scenario)")
    except ScenarioError as error:
        raise SaveError(
            lang.text(
                N_("{file}: the scenario inside is not valid: {problem}"),
                file=name,
                problem=error.problems[0],
            )
        ) from None
    book = NameBook.of_scenario(save.scenario)
    happened: list[tuple[Names, tuple[Event, ...]]] = []
    for saved in save.record:
        kept = tuple(recorded_events(saved))
        for e in kept:
            book.learn(e)
        happened.append((book, kept))
    explained = _saved_explanations(save, book, lang)
    start = scenario.start_year
    rounds = [
        RoundRecord(
            round=r.round,
            year=start + r.round - 1 if start else None,
            verdict=r.verdict,
            leaning=r.leaning,
            reasons=[_said(saved, book, lang) for saved in r.reasons],
            indices=r.indices,
            map_point=position(r.nearness, r.verdict) if r.nearness else None,
        )
        for r in save.record
    ]
    timeline = _timeline(happened, explained, lang)
    standing = save.outcome
    last = rounds[-1]
    great = [n.id for n in standing.nations]
    return Debrief(
        scenario=scenario.id,
        title=scenario.title,
        seed=save.seed,
        replayed=False,
        rounds_played=len(rounds),
        finished=standing.finished,
        verdict=last.verdict,
        leaning=last.leaning,
        reasons=last.reasons,
        rounds=rounds,
        timeline=timeline,
        nations=_nations(standing, book, aims_by_key(scenario, book, lang), lang),
        concepts=[],
        doctrines=[],
        discussion_questions=list(scenario.discussion_questions),
        history=history_of(scenario),
        questions_from_play=questions(
            book,
            great,
            timeline,
            verdict_text(OrderState(last.verdict, last.leaning), lang),
            lang,
        ),
    )


def history_of(scenario: Scenario) -> History | None:
    """What the scenario says actually happened, for the debrief (none if it says not)."""
    written = scenario.history
    if written is None:
        return None
    return History(
        summary=written.summary,
        verdict=written.verdict,
        moments=[HistoryMoment(year=m.year, text=m.text) for m in written.moments],
    )


def history_line(d: Debrief, lang: Language = ENGLISH) -> str:
    """The class's order beside history's: 'Your class: bloc. The period: bloc.'"""
    assert d.history is not None
    ours = verdict_text(OrderState(d.verdict, d.leaning), lang)
    if d.history.verdict is None:
        return lang.text(N_("Your class's order: {ours}."), ours=ours)
    theirs = code_text(VERDICTS, d.history.verdict, lang)
    if d.history.verdict == d.verdict:
        return lang.text(
            N_("Your class's order: {ours}. The period's, as the scenario reads it: {theirs}, "
               "as in yours."),
            ours=ours, theirs=theirs,
        )  # fmt: skip
    return lang.text(
        N_("Your class's order: {ours}. The period's, as the scenario reads it: {theirs}. What "
           "did your class do that history did not, or the other way round?"),
        ours=ours, theirs=theirs,
    )  # fmt: skip


def _nations(
    standing: SavedOutcome, names: Names, aims: dict[tuple[str, str], str], lang: Language
) -> list[NationRecord]:
    """The great powers' scores and objectives, best first, as the debrief shows them
    (an aim by its key where `aims` does not know it)."""
    return [
        NationRecord(
            id=n.id,
            name=nation_name(names, n.id, lang),
            doctrine=dict(zip(DOCTRINES, n.doctrine, strict=True)),
            score=n.score,
            score_parts=n.parts,
            influence=n.influence,
            legitimacy=n.legitimacy,
            objectives=[
                ObjectiveRecord(text=aims.get((n.id, o.text), o.text), points=o.points, met=o.met)
                for o in n.objectives
            ],
        )
        for n in standing.nations
    ]


def _said(saved: SavedReason, names: Names, lang: Language = ENGLISH) -> Reason:
    reason = saved_reason(saved)
    return Reason(text=reason_text(reason, names, lang), held=reason.held)
