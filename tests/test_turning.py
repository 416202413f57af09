"""The turning point: the key move whose replacement most changes the final order, found
by replays from just before it; and branching a game from a round to play on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.ai.play import seat_bots
from game.debrief.turning import (
    NO_KEY_MOVE,
    Following,
    InBackground,
    interventions,
    key_moves,
    play_out,
    recorded,
    sentence,
    turning_point,
)
from game.engine import apply, current_players, is_terminal, phrase
from game.engine.actions import Compose, Pause, Withdraw, parse_action
from game.engine.state import Phase, state_hash
from game.play.loop import Bots, next_decision
from game.play.match import Match
from game.play.record import load_save
from game.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = ROOT / "scenarios" / "tutorial.yaml"


def play_walkout(strike: bool = False) -> Match:
    """A tutorial game (normal AI) in which Northland, the leading power, walks out of
    the World Council in the first round; with `strike`, the instructor also pauses a
    moment and strikes the Trade Forum with a crisis in the third round's agenda phase,
    once two powers have tabled or passed."""
    scenario = load_scenario(TUTORIAL)
    match = Match(scenario, 5)
    bots = seat_bots(scenario, {g.id: "normal" for g in scenario.great_powers()})
    walked = False
    agenda_moves = 0 if strike else None
    while not is_terminal(match.state):
        state = match.state
        if agenda_moves is not None and state.round == 3 and state.phase is Phase.agenda:
            if agenda_moves == 2:  # a pause first: replays leave pauses out
                match.submit(Pause())
                match.submit(Pause(resume=True))
                Bots(bots).observe(match.submit(Compose("shock", "forum", 0.4)))
                agenda_moves = None
                continue
            agenda_moves += 1
        if not walked and state.phase is Phase.membership and current_players(state)[0] == "NL":
            events = match.submit(Withdraw("NL", "council"))
            walked = True
        else:
            decision = next_decision(state, Bots(bots))
            events = match.submit(decision.action, decision.explanation)
        Bots(bots).observe(events)
    assert agenda_moves is None or not strike
    return match


@pytest.fixture(scope="module")
def walkout() -> Match:
    """Nothing else of note happens. Staying would have let a pluralist order form
    (measured: 8 of 10 replays), leaving does not."""
    return play_walkout()


def steps_of(match: Match) -> list[tuple]:
    return list(zip(match.states, match.events, strict=True))


def test_the_walkout_is_the_turning_point(walkout: Match) -> None:
    steps = steps_of(walkout)
    moves = key_moves(steps, walkout.actions, walkout.scenario.start_year)
    assert [m.played for m in moves] == ["NL withdraw council"]
    assert moves[0].instead == "NL pass"
    point = turning_point(walkout.scenario, walkout.seed, steps, walkout.actions, 10, jobs=1)
    assert point.move is not None
    assert point.move.move == "NL withdraw council"
    assert point.move.as_played.get("pluralist", 0) == 0
    assert point.move.replaced.get("pluralist", 0) >= 6
    assert point.move.distance >= 0.6
    assert point.sentence.startswith(
        "Had Northland stayed in World Council in 2030, the order would have ended pluralist in "
    )
    assert point.sentence.endswith("against 0 of 10 as played.")
    # Chance is drawn per replay from fixed seeds: the same game, the same answer.
    again = turning_point(walkout.scenario, walkout.seed, steps, walkout.actions, 10, jobs=2)
    assert again == point


def test_a_replay_that_keeps_every_move_follows_the_record(walkout: Match) -> None:
    """From any point, seats that play their recorded moves on the game's own chance
    make the same game again, move for move."""
    steps = steps_of(walkout)
    actions = walkout.actions
    for index in (0, len(actions) // 3, len(actions) - 5):
        state = apply(steps[index][0], parse_action(actions[index]))[0]
        later = recorded(steps, actions, index)
        scenario = walkout.scenario
        bots = {
            n: Following(n, bot, list(later.get(n, [])))
            for n, bot in seat_bots(scenario, dict.fromkeys(later, "normal")).items()
        }
        played = []
        while not is_terminal(state):
            decision = next_decision(state, Bots(bots))
            assert decision.explanation.why == phrase("as_played")
            state, events = apply(state, decision.action)
            bots[decision.action.nation].played()
            Bots(bots).observe(events)
            played.append(str(decision.action))
        assert played == actions[index + 1 :]
        assert state_hash(state) == state_hash(walkout.state)


@pytest.fixture(scope="module")
def instructed() -> Match:
    """The walkout game with the instructor's crisis."""
    return play_walkout(strike=True)


def test_a_replay_fires_the_instructors_events_where_they_came(instructed: Match) -> None:
    """The instructor's crisis struck every seat: a replay from before it fires it again
    at the same point of the same phase, so keeping every move makes the same game."""
    steps = steps_of(instructed)
    actions = instructed.actions
    composed = next(i for i, a in enumerate(actions) if a.startswith("instructor compose"))
    for index in (0, composed - 4, composed - 3):  # before the pause and the crisis
        before = steps[index][0]
        state = apply(before, parse_action(actions[index]))[0]
        fired = interventions(steps, actions, index)
        assert [str(f.action) for f in fired] == ["instructor compose shock forum 0.4"]
        later = recorded(steps, actions, index)
        bots = {
            n: Following(n, bot, list(later.get(n, [])))
            for n, bot in seat_bots(instructed.scenario, dict.fromkeys(later, "normal")).items()
            if n != "instructor"
        }
        made = sum(
            1
            for j in range(index + 1)
            if (steps[j][0].round, steps[j][0].phase) == (before.round, before.phase)
        )
        same = (state.round, state.phase) == (before.round, before.phase)
        end = play_out(state, bots, fired, made if same else 0)
        assert state_hash(end) == state_hash(instructed.state), index
    # After the crisis, there is nothing of the instructor's left to fire.
    assert interventions(steps, actions, composed) == []


def test_no_key_move_no_turning_point() -> None:
    scenario = load_scenario(TUTORIAL)
    match = Match(scenario, 1)
    point = turning_point(scenario, 1, steps_of(match), [], 2)
    assert point.move is None and point.examined == []
    assert point.sentence == NO_KEY_MOVE


def test_the_sentence_when_nothing_turned() -> None:
    from game.debrief.model import TurningReplay

    replay = TurningReplay(
        round=2,
        nation="NL",
        kind="exit",
        move="NL withdraw council",
        instead="NL pass",
        had="Had Northland stayed in World Council in 2031",
        as_played={"fragmented": 10},
        replaced={"fragmented": 10},
        distance=0.0,
    )
    assert sentence(replay, 10).startswith("No single move turned the order")


def test_in_the_background_it_reports_progress_and_its_result(walkout: Match) -> None:
    work = InBackground(walkout.scenario, walkout.seed, steps_of(walkout), walkout.actions, 2)
    assert work.wait(120)
    assert work.error is None and work.result is not None
    assert work.done == work.total == 4  # one key move, two arms of two replays


def test_the_debrief_command_adds_the_turning_point(
    walkout: Match, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from game.cli import main

    save = tmp_path / "walkout.json"
    walkout.save(save)
    assert main(["debrief", str(save), "-o", str(tmp_path / "out"), "--replays", "3"]) == 0
    out = capsys.readouterr().out
    assert "Had Northland stayed in World Council in 2030, the order would have ended" in out
    written = json.loads((tmp_path / "out" / "debrief.json").read_text())
    assert written["turning_point"]["move"]["move"] == "NL withdraw council"
    page = (tmp_path / "out" / "report.html").read_text()
    assert "The turning point" in page and "Had Northland stayed in World Council" in page


# ------------------------------------------------------------------ branching


def test_a_branch_is_the_game_up_to_the_start_of_the_round(walkout: Match) -> None:
    branch = walkout.branch(3)
    assert branch.state.round == 3 and branch.state.phase is Phase.diplomacy
    assert branch.actions == walkout.actions[: len(branch.actions)]
    assert all(s.round < 3 for s in branch.states[:-1])
    assert len(branch.round_hashes) == 2 == len(walkout.round_hashes[:2])
    # and it plays on from there like any game
    bots = seat_bots(walkout.scenario, {g.id: "normal" for g in walkout.scenario.great_powers()})
    decision = next_decision(branch.state, Bots(bots))
    branch.submit(decision.action)
    with pytest.raises(ValueError, match="never reached round 12; choose a round from 1 to 4"):
        walkout.branch(12)


def test_the_replay_command_writes_a_branch_that_loads(
    walkout: Match, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from game.cli import main

    save, out = tmp_path / "game.json", tmp_path / "branch.json"
    walkout.save(save)
    assert main(["replay", str(save), "--branch", "2", "--to", str(out)]) == 0
    assert "up to the start of round 2 (2031)" in capsys.readouterr().out
    _, _, actions, state, _ = load_save(out)
    assert state.round == 2 and actions == walkout.actions[: len(actions)]
    assert main(["replay", str(save), "--branch", "9"]) == 1
    assert "never reached round 9; choose a round from 1 to 4" in capsys.readouterr().err


def test_the_replays_can_be_called_off(walkout: Match) -> None:
    work = InBackground(walkout.scenario, walkout.seed, steps_of(walkout), walkout.actions, 50)
    work.cancel()
    assert work.wait(60)
    assert work.result is None and work.error is None and work.done < work.total


def test_a_stopped_game_is_replayed_as_far_as_it_went(walkout: Match) -> None:
    """An instructor who ends the game early: the replays stop where it stopped, so what
    they call "as played" is the order the class was shown."""
    stopped = walkout.branch(3)
    point = turning_point(stopped.scenario, stopped.seed, steps_of(stopped), stopped.actions, 4)
    assert point.move is not None
    assert point.move.as_played == {stopped.state.order.shown: 4}
