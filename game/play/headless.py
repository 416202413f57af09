"""Games without a window: the baseline powers play, the console shows the log."""

from __future__ import annotations

import sys
from pathlib import Path

from game.ai.play import SeatError, seat_bots, seat_kinds
from game.engine import Event, GameState, events, outcome
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
from game.scenario import ScenarioError, load_scenario
from game.text.names import NameBook
from game.text.narrate import NOTABLE, describe
from game.text.verdict import reason_text


def _year(round_: int, start_year: int | None) -> str:
    return f"Round {round_}" + (f" ({start_year + round_ - 1})" if start_year else "")


def play_headless(
    scenario_path: str | None,
    seed: int,
    save: str | None,
    ai: list[str] | None = None,
    explain: bool = False,
) -> int:
    if not scenario_path:
        print(
            "main.py play --headless: name a scenario file, e.g. scenarios/tutorial.yaml",
            file=sys.stderr,
        )
        return 2
    try:
        scenario = load_scenario(scenario_path)
    except ScenarioError as error:
        return error.report()
    try:
        kinds = seat_kinds(ai or [], [n.id for n in scenario.great_powers()])
    except SeatError as error:
        print(f"main.py play: {error}", file=sys.stderr)
        return 2
    great = tuple(n.id for n in scenario.great_powers())
    players: Players = Bots(seat_bots(scenario, kinds)) if kinds else Baseline(great)
    match = Match(scenario, seed, autosave=Path(save) if save else None)
    rounds = scenario.length.rounds
    who = (
        ", ".join(f"{n} {k}" for n, k in kinds.items()) + "; others baseline"
        if kinds
        else ("baseline powers in every seat")
    )
    print(f"{scenario.title} — seed {seed}, {rounds} rounds, {who}")
    print(f"\n{_year(1, scenario.start_year)}")
    _print(match.events[0], match.state)
    shown = [match.state.round]  # the round the console shows

    def show(events: tuple[Event, ...]) -> None:
        if explain:
            _print_explanations(events)
        if match.state.round != shown[0]:
            shown[0] = match.state.round
            _print(events[: _round_break(events)], match.state)
            print(f"\n{_year(match.state.round, scenario.start_year)}")
            _print(events[_round_break(events) :], match.state)
        else:
            _print(events, match.state)

    play(match, players, watch=show)
    _print_outcome(match.state)
    if save:
        try:
            match.save(Path(save))
        except OSError as error:
            print(f"main.py play: cannot write {save}: {error.strerror}", file=sys.stderr)
            return 1
        size = Path(save).stat().st_size
        print(f"\nsaved to {save} ({size:,} bytes, {len(match.actions)} actions)")
    return 0


def _print_explanations(happened: tuple[Event, ...]) -> None:
    for event in happened:
        if isinstance(event, events.Explained):
            print(f"    why: {event.sentence}")


def _print_outcome(state: GameState) -> None:
    result = outcome(state)
    shares = dict(result.influence)
    order = state.order
    verdict = (
        order.shown if order.shown != "transitional" else f"transitional, leaning {order.leaning}"
    )
    print(f"\nThe order: {verdict}")
    for reason in order.reasons:
        print(f"  {'holds' if reason.held else 'fails'}: {reason_text(reason, state)}")
    print("\nScores (objectives, influence, legitimacy, capital, view of the order, shared loss):")
    parts = dict(result.score_parts)
    for nation, total in result.scores:
        name = state.nation(nation).name
        terms = ", ".join(f"{part} {value:+.1f}" for part, value in parts[nation] if value)
        summary = f"{total:.1f} points ({terms or 'nothing yet'})"
        print(f"  {name}: {summary}; influence {shares[nation]:.2f}")
        for item in result.objectives:
            if item.nation == nation:
                mark = {True: "met", False: "not met", None: "decided by the order verdict"}[
                    item.met
                ]
                print(f"    - {item.objective.text.rstrip('.')}: {mark}")


def _round_break(events: tuple[Event, ...]) -> int:
    return next((i + 1 for i, e in enumerate(events) if e.kind == "round_ended"), len(events))


def _print(events: tuple[Event, ...], state: GameState) -> None:
    for event in events:
        line = describe(event, state)
        if line:
            print(f"  {line}")


def branch_save(path: str, round_: int, to: str | None = None) -> int:
    """Write a save that is the game up to the start of the round, to play on from."""
    from game.support import paths

    try:
        match = Match.load(Path(path))
        branch = match.branch(round_)
    except (SaveError, ValueError) as error:
        where = f"main.py replay: {path}: " if isinstance(error, ValueError) else ""
        print(f"{where}{error}", file=sys.stderr)
        return 1
    year = _year(round_, match.scenario.start_year).lower()
    target = Path(to) if to else paths.saves() / f"{Path(path).stem} from round {round_}.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        branch.save(target)
    except OSError as error:
        print(f"main.py replay: cannot write {target}: {error.strerror}", file=sys.stderr)
        return 1
    print(
        f"wrote {target}: {match.scenario.title}, seed {match.seed}, up to the start of "
        f"{year} ({len(branch.actions)} of {len(match.actions)} actions)"
    )
    if target.parent.resolve() == paths.saves().resolve():
        print(f"Play on from there: main.py play, then Load, '{target.stem}'")
    else:
        print(f"To play on in the window, put it in {paths.saves()} and open it with Load")
    return 0


def replay_summary(path: str, full: bool = False, explain: bool = False) -> int:
    try:
        scenario, seed, actions, state, steps = load_save(Path(path))
    except RulesMoved as error:
        print(error, file=sys.stderr)
        return _show_record(path, error.save)
    except SaveError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{path}: {scenario.title}, seed {seed}, {len(actions)} actions; all round hashes match")
    current = 0
    for after, happened in steps:
        for event in happened:
            if event.round != current:
                current = event.round
                print(f"\n{_year(current, scenario.start_year)}")
            if explain and isinstance(event, events.Explained):
                print(f"    why: {event.sentence}")
            elif full or event.kind in NOTABLE:
                line = describe(event, after)
                if line:
                    print(f"  {line}")
    print("\nAt the end:")
    for body in state.bodies:
        status = "alive" if body.alive else "dead"
        print(
            f"  {body.name}: {body.member_count} members, vitality {body.vitality:.2f} ({status})"
        )
    return 0


def _show_record(path: str, save: SaveFile) -> int:
    """What a save made under other rules recorded, round by round, without replaying it."""
    if not save.record:
        return 1  # a version-1 save keeps no record: the message above is all there is
    start = save.scenario.get("start_year")
    names = NameBook.of_scenario(save.scenario)
    print(f"{path}: its record, round by round (not replayed):")
    for saved in save.record:
        shown = saved.verdict
        if shown == "transitional" and saved.leaning:
            shown += f", leaning {saved.leaning}"
        print(f"\n{_year(saved.round, start)}: the order is {shown}")
        for reason in saved.reasons:
            said = reason_text(saved_reason(reason), names)
            print(f"  {'holds' if reason.held else 'fails'}: {said}")
        for event in recorded_events(saved):
            names.learn(event)
            line = describe(event, names)
            if line and event.kind != "verdict_changed":  # said above, with its reasons
                print(f"  {line}")
    return 0
