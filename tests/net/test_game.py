"""Whole games over the network: scripted clients against a real server on loopback."""

from __future__ import annotations

import time
from collections.abc import Callable

from game.engine.actions import Cast, Pass
from game.engine.state import Phase, state_hash
from game.engine.views import player_view
from game.net.client import RemoteController

from .conftest import Running


def play(
    clients: dict[str, RemoteController],
    running: Running,
    seconds: float = 120,
    enough: Callable[[], bool] = lambda: False,
) -> None:
    """Each seat passes, or votes yes, whenever it may, until the game is over (or, given
    `enough`, until that holds)."""
    end = time.monotonic() + seconds
    waiting: dict[str, int] = {}
    while running.host.match.state.phase is not Phase.over and not enough():
        assert time.monotonic() < end, f"stuck in {running.host.match.state.phase}"
        for seat, client in clients.items():
            for update in client.poll():
                if seat in waiting and getattr(update, "ticket", None) == waiting[seat]:
                    del waiting[seat]
            legal = client.legal(seat)
            if legal and seat not in waiting:
                move = next((a for a in legal if isinstance(a, Cast) and a.vote == "yes"), None)
                move = move or next((a for a in legal if isinstance(a, Pass)), legal[0])
                waiting[seat] = client.submit(seat, move)
        time.sleep(0.005)


def join_all(running: Running) -> dict[str, RemoteController]:
    return {
        seat: RemoteController(running.address, code)
        for seat, code in running.host.seating.codes.items()
        if seat in running.host.seating.people
    }


def until(
    done: Callable[[], bool], seconds: float = 20, progress: Callable[[], object] | None = None
) -> None:
    """Wait for `done`. The deadline is only a guard against a stall: with `progress` (the
    game's own count of moves, say) it counts from the last time that changed, so a
    loaded machine that plays slowly is waited for."""
    end = time.monotonic() + seconds
    seen = progress() if progress is not None else None
    while not done():
        if progress is not None and (now := progress()) != seen:
            seen, end = now, time.monotonic() + seconds
        assert time.monotonic() < end, f"timed out: nothing happened for {seconds:g} s"
        time.sleep(0.01)


def test_three_teams_play_a_whole_game_and_all_see_the_debrief(
    serve: Callable[..., Running],
) -> None:
    running = serve()
    clients = join_all(running)
    watcher = RemoteController(running.address, running.host.seating.codes["observer"])
    try:
        until(lambda: running.host.controller is not None)  # every seat taken: it starts
        play(clients, running)
        until(lambda: all(c.debrief() is not None for c in [*clients.values(), watcher]))
        state = running.host.match.state
        for seat, client in clients.items():
            until(lambda c=client, s=seat: c.view(s) == player_view(state, s))
        debrief = watcher.debrief()
        assert debrief is not None and debrief.rounds
        assert len(running.host.match.actions) > 30
        # The turning point follows: the server replays the key moves, then sends the
        # debrief again, with it, to everyone.
        until(
            lambda: all(
                (d := c.debrief()) is not None and d.turning_point is not None
                for c in [*clients.values(), watcher]
            ),
            120,
        )
        assert state_hash(running.host.match.state) == state_hash(state)
    finally:
        for client in [*clients.values(), watcher]:
            client.close()


def test_the_instructor_hands_a_seat_to_the_ai_and_undoes_a_phase(
    serve: Callable[..., Running],
) -> None:
    running = serve(autostart=False)
    host = running.host
    chief = RemoteController(running.address, "pw", "teacher", instructor=True)
    team = RemoteController(running.address, host.seating.codes["NL"], "Ana")
    try:
        chief.instruct("start")
        until(lambda: host.controller is not None)
        assert host.seating.people == {"NL": "Northland"}
        # The team leaves early: its seat goes to the AI, which plays it on.
        chief.instruct("reassign", seat="NL", to="hard")
        until(lambda: host.seating.ai.get("NL") == "hard")
        until(lambda: any(a.startswith("NL ") for a in host.match.actions))
        until(lambda: team.legal("NL") == ())
        # The team still sees the game go on (the AI's moves for its seat among them).
        seen = team.view("NL")
        until(lambda: team.view("NL") != seen)
        # And back to people: the team moves again.
        chief.instruct("reassign", seat="NL", to="people")
        until(lambda: "NL" in host.seating.people)
        until(lambda: bool(team.legal("NL")), 30)
        # Undo: back to the start of the phase (the AI may replay its moves at once), and
        # every client is sent its history afresh in a new stream.
        epoch = host.epoch
        team.poll()
        chief.instruct("undo")
        until(lambda: host.epoch != epoch)
        until(lambda: any(type(u).__name__ == "Rewound" for u in team.poll()), 10)
    finally:
        chief.close()
        team.close()
