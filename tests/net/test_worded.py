"""The tables worded for browsers: a seat's holds nothing of another seat's secrets and
an observer's nothing of anyone's; a table made with the kept parts of earlier ones is
the table made afresh, move after move (the memo never shows a stale card); and a
client that keeps the parts a table says it may keep holds the whole table."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from game.engine import (
    OBSERVER,
    Pass,
    current_players,
    is_terminal,
    legal_actions,
    player_view,
    visible,
)
from game.net.worded import KEPT, Memo, TableText, worded_table
from game.play.match import Match
from game.present.record import SeatRecord
from game.scenario import load_scenario
from game.text.language import ENGLISH

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("scenario", "seed", "rounds"),
    [("tutorial.yaml", 11, 99), ("tutorial.yaml", 12, 99), ("liberal-restraint-2025.yaml", 11, 4)],
)
def test_kept_parts_never_go_stale_and_no_secret_leaks(
    scenario: str, seed: int, rounds: int
) -> None:
    loaded = load_scenario(ROOT / "scenarios" / scenario)
    match = Match(loaded, seed)
    rng = random.Random(seed)
    seats = [n.id for n in loaded.great_powers()]
    watched = [*seats[:2], OBSERVER]
    records = {s: SeatRecord(ENGLISH, player_view(match.state, s)) for s in watched}
    memo = Memo()
    secrets = {
        n.id: [n.briefing or "", *(o.text or "" for o in n.objectives)] for n in loaded.nations
    }
    compared = 0
    known: dict[str, dict[str, str]] = {s: {} for s in watched}  # the parts each client holds
    held: dict[str, dict[str, object]] = {}  # each client's table, whole
    kept = 0
    while not is_terminal(match.state) and match.state.round <= rounds:
        mover = current_players(match.state)[0]
        moves = legal_actions(match.state, mover)
        passing = [a for a in moves if isinstance(a, Pass)]
        happened = match.submit(passing[0] if passing and rng.random() < 0.5 else rng.choice(moves))
        for seat in watched:
            view = player_view(match.state, seat)
            records[seat].take(tuple(e for e in happened if visible(e, seat)), view)
            legal = tuple(legal_actions(view, seat)) if seat != OBSERVER else ()
            made = [
                worded_table(1, view, seat, "T", legal, (), records[seat], loaded, ENGLISH, kept)
                for kept in (memo, Memo())
            ]
            said = made[0].model_dump_json()
            assert said == made[1].model_dump_json()
            compared += 1
            sent = json.loads(TableText(made[0], memo).to(known[seat]))
            keeps = sent.pop("kept")
            kept += len(keeps)
            held[seat] = {**sent, **{n: held[seat][n] for n in keeps}}
            assert held[seat] == json.loads(said)
            own = set(secrets.get(seat, ()))  # (two powers may share an aim's words)
            for other, texts in secrets.items():
                if other != seat:
                    assert not any(t and t not in own and t in said for t in texts), (seat, other)
    assert compared > 100
    assert kept > compared * len(KEPT) / 2  # (most of a table is most often kept)
