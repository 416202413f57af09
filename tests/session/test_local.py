"""The local controller: a person's actions go in, acceptances, refusals, events and views
come out, the AI powers move on their own thread, and nothing private to another seat
ever reaches a seat."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.engine import is_terminal
from game.engine.actions import Action, Cast, Pass, parse_action
from game.engine.state import Phase, state_hash
from game.engine.views import OBSERVER, player_view
from game.play.match import Match
from game.scenario import load_scenario
from game.session.contract import Accepted, Happened, Rejected, Rewound, Thinking, Update
from game.session.local import LocalController

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = load_scenario(ROOT / "scenarios/tutorial.yaml")


def controller(seed: int = 2, kind: str = "heuristic") -> LocalController:
    ai = {n.id: kind for n in TUTORIAL.great_powers() if n.id != "NL"}
    return LocalController(Match(TUTORIAL, seed), ["NL"], ai)


def choose(legal: tuple[Action, ...]) -> Action:
    """A plain player: yes on every ballot, otherwise pass where it may."""
    for action in legal:
        if isinstance(action, Cast) and action.vote == "yes":
            return action
    return next((a for a in legal if isinstance(a, Pass)), legal[0])


def play_out(game: LocalController, limit: int = 400) -> list[Update]:
    updates: list[Update] = []
    for _ in range(limit):
        assert game.wait_idle(60)
        updates += game.poll()
        if is_terminal(game.view("NL")):
            return updates
        legal = game.legal("NL")
        assert legal, f"the game waits for {game.waiting_for()} but NL can do nothing"
        game.submit("NL", choose(legal))
    raise AssertionError("the game did not end")


@pytest.fixture(scope="module")
def finished() -> tuple[LocalController, list[Update]]:
    game = controller()
    updates = play_out(game)
    yield game, updates
    game.close()


def test_a_solo_game_plays_to_the_end(finished: tuple[LocalController, list[Update]]) -> None:
    game, updates = finished
    assert game.match.state.phase is Phase.over
    accepted = [u for u in updates if isinstance(u, Accepted)]
    assert accepted and not [u for u in updates if isinstance(u, Rejected)]
    assert any(e.kind == "game_over" for u in updates if isinstance(u, Happened) for e in u.events)


def test_each_seat_sees_only_its_own(finished: tuple[LocalController, list[Update]]) -> None:
    game, updates = finished
    seen = [u for u in updates if isinstance(u, Happened)]
    assert {u.seat for u in seen} == {"NL", OBSERVER}
    for update in seen:
        for event in update.events:
            assert event.audience is None or update.seat in event.audience, event
    final = game.match.state
    assert game.view("NL") == player_view(final, "NL")
    assert game.view(OBSERVER) == player_view(final, OBSERVER)


def test_the_ai_powers_say_when_they_think(
    finished: tuple[LocalController, list[Update]],
) -> None:
    _, updates = finished
    thinking = [u for u in updates if isinstance(u, Thinking)]
    assert any(u.nations for u in thinking)
    assert thinking[-1] == Thinking(())
    assert all("NL" not in u.nations for u in thinking)


def test_the_ai_powers_explain_their_moves(
    finished: tuple[LocalController, list[Update]],
) -> None:
    game, _ = finished
    explained = game.match.explanations()
    ai_moves = [a for a in game.match.actions if not a.startswith("NL ")]
    assert len(explained) == len(ai_moves)


def test_an_illegal_move_is_refused_with_its_reason() -> None:
    game = controller()
    try:
        assert game.wait_idle(60)
        game.poll()
        ticket = game.submit("NL", parse_action("NL vote m99 yes"))
        other = game.submit("NL", parse_action("EM pass"))
        assert game.wait_idle(60)
        refused = {u.ticket: u for u in game.poll() if isinstance(u, Rejected)}
        assert set(refused) == {ticket, other}
        assert refused[ticket].reason == "That cannot be done in the diplomacy phase."
        assert refused[other].reason == "NL cannot act for EM."
    finally:
        game.close()


def test_undo_goes_back_to_the_start_of_the_phase() -> None:
    game = controller(seed=5, kind="baseline")
    try:
        play_some = 0
        while game.view("NL").phase is not Phase.vote or not game.legal("NL"):
            assert game.wait_idle(60)
            game.submit("NL", choose(game.legal("NL")))
            play_some += 1
            assert game.wait_idle(60)
        game.poll()
        begun = game.match.state
        game.submit("NL", choose(game.legal("NL")))
        assert game.wait_idle(60)
        assert game.undo_phase()
        assert game.wait_idle(60)
        rewound = [u for u in game.poll() if isinstance(u, Rewound)]
        assert {u.seat for u in rewound} == {"NL", OBSERVER}
        now = game.match.state
        assert (now.round, now.phase) == (begun.round, begun.phase)
        assert game.legal("NL")  # NL's ballot is to cast again
    finally:
        game.close()


def test_save_and_load_give_the_same_game(
    finished: tuple[LocalController, list[Update]], tmp_path: Path
) -> None:
    game, _ = finished
    path = tmp_path / "solo.json"
    game.save(path)
    loaded = Match.load(path)
    assert state_hash(loaded.state) == state_hash(game.match.state)
    assert loaded.explanations().keys() == game.match.explanations().keys()
    (tmp_path / "a-file").write_text("")
    with pytest.raises(OSError):  # a file where the folder should be
        game.save(tmp_path / "a-file" / "x.json")


def test_ai_powers_in_their_own_process_play_the_same_game() -> None:
    """The window's controller runs the AI powers in a child process: the same seed and
    moves give the same game as on the match's thread."""
    games = []
    for own_process in (False, True):
        ai = {n.id: "heuristic" for n in TUTORIAL.great_powers() if n.id != "NL"}
        game = LocalController(Match(TUTORIAL, 4), ["NL"], ai, own_process=own_process)
        try:
            play_out(game)
            games.append((list(game.match.actions), state_hash(game.match.state)))
        finally:
            game.close()
    assert games[0] == games[1]
