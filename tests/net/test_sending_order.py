"""The order in which the server sends a move's tables: the public one first (one text
for every observer's page), then the moving team's, then the others'; every seat's own
stream keeps its order, and what is not a table stays where it was."""

from __future__ import annotations

from pathlib import Path

from game.engine import OBSERVER, player_view
from game.net.host import Host, new_seating
from game.play.match import Match
from game.scenario import load_scenario
from game.session.contract import Accepted, Happened, Thinking
from game.session.contract import Update as Published

ROOT = Path(__file__).resolve().parents[2]


def test_a_moves_tables_go_public_first_then_the_mover_then_the_others() -> None:
    match = Match(load_scenario(ROOT / "scenarios" / "tutorial.yaml"), 3)
    host = Host(match, new_seating(match), autostart=False)
    seats = [n.id for n in match.scenario.great_powers()]
    *others, mover = seats  # (the last seat: its table is moved up)
    view = player_view(match.state, OBSERVER)

    def tables() -> list[Published]:
        # (a move's viewers come as the controller publishes them: seats, then the public)
        return [Happened(s, (), view) for s in [*seats, OBSERVER]]

    first: list[Published] = [Accepted(1, mover, f"{mover} pass"), *tables()]
    sent = host.in_turn(first)
    assert [u.seat for u in sent if isinstance(u, Happened)] == [OBSERVER, mover, *others]
    assert isinstance(sent[0], Accepted)  # (the answer before the tables, as it came)

    # The mover is remembered from an earlier batch (its answer came first); two moves'
    # tables in one batch keep each seat's order, and a note between them stays put.
    second = [*tables(), Thinking((others[0],)), *tables()]
    sent = host.in_turn(second)
    assert sum(isinstance(u, Happened) for u in sent) == len(seats) * 2 + 2
    runs = [u.seat for u in sent[: len(seats) + 1] if isinstance(u, Happened)]
    assert runs == [OBSERVER, mover, *others]
    assert isinstance(sent[len(seats) + 1], Thinking)
    for seat in [*seats, OBSERVER]:  # each stream: its first move's table, then its second
        mine = [u for u in sent if isinstance(u, Happened) and u.seat == seat]
        came = [u for u in second if isinstance(u, Happened) and u.seat == seat]
        assert len(mine) == 2 and all(a is b for a, b in zip(mine, came, strict=True))
