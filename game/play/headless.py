"""Games without a window: the baseline powers play, the console shows the log. Every
line is said in the language asked for (English unless told)."""

from __future__ import annotations

import sys
from pathlib import Path

from game.ai.play import SeatError, seat_bots, seat_kinds, written_seats
from game.engine import Event, GameState, Reason, events, outcome
from game.play.figures import signed
from game.play.loop import Baseline, Bots, Players, play
from game.play.match import Match
from game.play.record import (
    RulesMoved,
    SaveError,
    SaveFile,
    load_save,
    recorded_events,
    saved_reason,
)
from game.play.told import error_text, says
from game.scenario import ScenarioError, load_scenario
from game.text.codes import SCORE_PARTS, VERDICTS, code_text
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.names import NameBook, Names, series
from game.text.narrate import NOTABLE, describe
from game.text.objectives import aims_by_key
from game.text.reasons import ai_player, explained_text
from game.text.verdict import reason_text

# Whether an objective was met (None: the order's verdict at the end decides it).
MET = {
    True: N_("met"),
    False: N_("not met"),
    None: N_("decided by the order verdict"),
}


def _year(round_: int, start_year: int | None, lang: Language = ENGLISH) -> str:
    """'Round 2 (2031)', or 'Round 2' in a world without years."""
    if start_year:
        return lang.text(N_("Round {round} ({year})"), round=round_, year=start_year + round_ - 1)
    return lang.text(N_("Round {round}"), round=round_)


def _year_within(round_: int, start_year: int | None, lang: Language = ENGLISH) -> str:
    """'round 2 (2031)' within a sentence, or 'round 2'."""
    if start_year:
        return lang.text(N_("round {round} ({year})"), round=round_, year=start_year + round_ - 1)
    return lang.text(N_("round {round}"), round=round_)


def verdict_words(verdict: str, leaning: str | None, lang: Language = ENGLISH) -> str:
    """'hegemonic', or 'transitional, leaning hegemonic' while the order is transitional."""
    if verdict == "transitional" and leaning:
        return lang.text(
            N_("transitional, leaning {verdict}"), verdict=code_text(VERDICTS, leaning, lang)
        )
    return code_text(VERDICTS, verdict, lang)


def reason_line(reason: Reason, held: bool, names: Names, lang: Language = ENGLISH) -> str:
    """'holds: the apex body seats 62% of the world's power (needs at least 80%)'."""
    said = reason_text(reason, names, lang)
    if held:
        return lang.text(N_("holds: {reason}"), reason=said)
    return lang.text(N_("fails: {reason}"), reason=said)


def play_headless(
    scenario_path: str | None,
    seed: int,
    save: str | None,
    ai: list[str] | None = None,
    explain: bool = False,
    lang: Language = ENGLISH,
) -> int:
    if not scenario_path:
        print(
            lang.text(
                N_("{command}: name a scenario file, e.g. scenarios/tutorial.yaml"),
                command="main.py play --headless",
            ),
            file=sys.stderr,
        )
        return 2
    try:
        scenario = load_scenario(scenario_path, lang.code)
    except ScenarioError as error:
        return error.report(lang)
    try:
        kinds = seat_kinds(
            ai or [], [n.id for n in scenario.great_powers()], written_seats(scenario)
        )
    except SeatError as error:
        print(says("main.py play", error, lang), file=sys.stderr)
        return 2
    great = tuple(n.id for n in scenario.great_powers())
    players: Players = Bots(seat_bots(scenario, kinds)) if kinds else Baseline(great)
    match = Match(scenario, seed, autosave=Path(save) if save else None)
    rounds = scenario.length.rounds
    if kinds:
        names = {n.id: n.name for n in scenario.nations}
        seats = [
            lang.text(N_("{nation} ({kind})"), nation=names[n], kind=ai_player(k, lang))
            for n, k in kinds.items()
        ]
        who = lang.text(N_("{seats}; others baseline"), seats=series(seats, lang))
    else:
        who = lang.text(N_("baseline powers in every seat"))
    print(
        lang.plural(
            Np_(
                "{title} — seed {seed}, {count} round, {who}",
                "{title} — seed {seed}, {count} rounds, {who}",
            ),
            rounds,
            title=scenario.title,
            seed=seed,
            who=who,
        )
    )
    print(f"\n{_year(1, scenario.start_year, lang)}")
    _print(match.events[0], match.state, lang)
    shown = [match.state.round]  # the round the console shows

    def show(events: tuple[Event, ...]) -> None:
        if explain:
            _print_explanations(events, match.state, lang)
        if match.state.round != shown[0]:
            shown[0] = match.state.round
            _print(events[: _round_break(events)], match.state, lang)
            print(f"\n{_year(match.state.round, scenario.start_year, lang)}")
            _print(events[_round_break(events) :], match.state, lang)
        else:
            _print(events, match.state, lang)

    play(match, players, watch=show)
    _print_outcome(match.state, aims_by_key(match.scenario, match.state, lang), lang)
    if save:
        try:
            match.save(Path(save))
        except OSError as error:
            print(
                lang.text(
                    N_("{command}: cannot write {file}: {problem}"),
                    command="main.py play",
                    file=save,
                    problem=error.strerror,
                ),
                file=sys.stderr,
            )
            return 1
        size = Path(save).stat().st_size
        saved = lang.plural(
            Np_(
                "saved to {file} ({size} bytes, {count} action)",
                "saved to {file} ({size} bytes, {count} actions)",
            ),
            len(match.actions),
            file=save,
            size=lang.whole(size),
        )
        print(f"\n{saved}")
    return 0


def _why(event: events.Explained, names: Names, lang: Language = ENGLISH) -> str:
    """An AI power's reasons for a move, as the log shows them under it."""
    said = explained_text(event, names, lang)
    return "    " + lang.text(N_("why: {sentence}"), sentence=said)


def _print_explanations(
    happened: tuple[Event, ...], names: Names, lang: Language = ENGLISH
) -> None:
    for event in happened:
        if isinstance(event, events.Explained):
            print(_why(event, names, lang))


def _print_outcome(
    state: GameState, aims: dict[tuple[str, str], str], lang: Language = ENGLISH
) -> None:
    """The order and its reasons, and each power's score and aims (`aims`: in the
    reader's words, by nation and key)."""
    result = outcome(state)
    shares = dict(result.influence)
    order = state.order
    verdict = verdict_words(order.shown, order.leaning, lang)
    print("\n" + lang.text(N_("The order: {verdict}"), verdict=verdict))
    for reason in order.reasons:
        print(f"  {reason_line(reason, reason.held, state, lang)}")
    heading = N_(
        "Scores (objectives, influence, legitimacy, capital, view of the order, shared loss):"
    )
    print("\n" + lang.text(heading))
    parts = dict(result.score_parts)
    for nation, total in result.scores:
        name = state.nation(nation).name
        terms = series(
            [
                lang.text(
                    N_("{part} {points}"),
                    part=code_text(SCORE_PARTS, part, lang),
                    points=signed(value, 1, lang),
                )
                for part, value in parts[nation]
                if value
            ],
            lang,
        )
        line = lang.text(
            N_("{nation}: {points} points ({parts}); influence {influence}"),
            nation=name,
            points=lang.number(total, 1),
            parts=terms or lang.text(N_("nothing yet")),
            influence=lang.number(shares[nation], 2),
        )
        print(f"  {line}")
        for item in result.objectives:
            if item.nation == nation:
                aim = aims.get((nation, item.objective.text), item.objective.text)
                said = lang.text(
                    N_("{objective}: {met}"),
                    objective=aim.rstrip("."),
                    met=lang.text(MET[item.met]),
                )
                print(f"    - {said}")


def _round_break(events: tuple[Event, ...]) -> int:
    return next((i + 1 for i, e in enumerate(events) if e.kind == "round_ended"), len(events))


def _print(events: tuple[Event, ...], state: GameState, lang: Language = ENGLISH) -> None:
    for event in events:
        line = describe(event, state, lang)
        if line:
            print(f"  {line}")


def branch_save(path: str, round_: int, to: str | None = None, lang: Language = ENGLISH) -> int:
    """Write a save that is the game up to the start of the round, to play on from."""
    from game.support import paths

    try:
        match = Match.load(Path(path))
        branch = match.branch(round_)
    except (SaveError, ValueError) as error:
        if isinstance(error, ValueError):
            said = lang.text(
                N_("{command}: {file}: {problem}"),
                command="main.py replay",
                file=path,
                problem=error_text(error, lang),
            )
        else:
            said = error_text(error, lang)
        print(said, file=sys.stderr)
        return 1
    year = _year_within(round_, match.scenario.start_year, lang)
    target = Path(to) if to else paths.saves() / f"{Path(path).stem} from round {round_}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        branch.save(target)
    except OSError as error:
        print(
            lang.text(
                N_("{command}: cannot write {file}: {problem}"),
                command="main.py replay",
                file=target,
                problem=error.strerror,
            ),
            file=sys.stderr,
        )
        return 1
    print(
        lang.plural(
            Np_(
                "wrote {file}: {title}, seed {seed}, up to the start of {round} ({actions} of "
                "{count} action)",
                "wrote {file}: {title}, seed {seed}, up to the start of {round} ({actions} of "
                "{count} actions)",
            ),
            len(match.actions),
            file=target,
            title=match.scenario.title,
            seed=match.seed,
            round=year,
            actions=lang.number(len(branch.actions), 0),
        )
    )
    if target.parent.resolve() == paths.saves().resolve():
        print(
            lang.text(
                N_("Play on from there: {command}, then Load, '{save}'"),
                command="main.py play",
                save=target.stem,
            )
        )
    else:
        print(
            lang.text(
                N_("To play on in the window, put it in {folder} and open it with Load"),
                folder=paths.saves(),
            )
        )
    return 0


def replay_summary(
    path: str, full: bool = False, explain: bool = False, lang: Language = ENGLISH
) -> int:
    try:
        scenario, seed, actions, state, steps = load_save(Path(path))
    except RulesMoved as error:
        print(error.text(lang), file=sys.stderr)
        return _show_record(path, error.save, lang)
    except SaveError as error:
        print(error.text(lang), file=sys.stderr)
        return 1
    print(
        lang.plural(
            Np_(
                "{file}: {title}, seed {seed}, {count} action; all round hashes match",
                "{file}: {title}, seed {seed}, {count} actions; all round hashes match",
            ),
            len(actions),
            file=path,
            title=scenario.title,
            seed=seed,
        )
    )
    current = 0
    for after, happened in steps:
        for event in happened:
            if event.round != current:
                current = event.round
                print(f"\n{_year(current, scenario.start_year, lang)}")
            if explain and isinstance(event, events.Explained):
                print(_why(event, after, lang))
            elif full or event.kind in NOTABLE:
                line = describe(event, after, lang)
                if line:
                    print(f"  {line}")
    print("\n" + lang.text(N_("At the end:")))
    for body in state.bodies:
        members = lang.plural(Np_("{count} member", "{count} members"), body.member_count)
        vitality = lang.number(body.vitality, 2)
        if body.alive:
            line = lang.text(
                N_("{body}: {members}, vitality {vitality} (alive)"),
                body=body.name,
                members=members,
                vitality=vitality,
            )
        else:
            line = lang.text(
                N_("{body}: {members}, vitality {vitality} (dead)"),
                body=body.name,
                members=members,
                vitality=vitality,
            )
        print(f"  {line}")
    return 0


def _show_record(path: str, save: SaveFile, lang: Language = ENGLISH) -> int:
    """What a save made under other rules recorded, round by round, without replaying it."""
    if not save.record:
        return 1  # a version-1 save keeps no record: the message above is all there is
    start = save.scenario.get("start_year")
    names = NameBook.of_scenario(save.scenario)
    print(lang.text(N_("{file}: its record, round by round (not replayed):"), file=path))
    for saved in save.record:
        shown = verdict_words(saved.verdict, saved.leaning, lang)
        said = lang.text(
            N_("{round}: the order is {verdict}"),
            round=_year(saved.round, start, lang),
            verdict=shown,
        )
        print(f"\n{said}")
        for reason in saved.reasons:
            print(f"  {reason_line(saved_reason(reason), reason.held, names, lang)}")
        for event in recorded_events(saved):
            names.learn(event)
            line = describe(event, names, lang)
            if line and event.kind != "verdict_changed":  # said above, with its reasons
                print(f"  {line}")
    return 0
