"""What students type stays in the session: a team's name is shown to the class while it
plays, and never written to the journal, a save or the debrief's report. (After class
there is nothing of theirs to remove: the game is kept, the people are not.)"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from pathlib import Path

from websockets.sync.client import connect

from .conftest import Running
from .test_game import until

NAME = "Ana Pérez-Oyelaran"


def test_a_team_s_name_is_never_written_down(serve: Callable[..., Running]) -> None:
    running = serve(autostart=False)
    host = running.host
    with (
        connect(f"ws://{running.address}/") as team,
        connect(f"ws://{running.address}/") as chief,
    ):
        team.send(json.dumps({"type": "hello", "code": host.seating.codes["NL"], "name": NAME}))
        chief.send(json.dumps({"type": "hello", "code": "pw", "instructor": True}))
        until(lambda: any(c.name == NAME for c in host.clients.values()))
        chief.send(json.dumps({"type": "control", "command": "start"}))
        until(lambda: host.controller is not None and "NL" in host.controller.waiting_for())
        team.send(json.dumps({"type": "act", "ticket": 1, "action": "NL pass"}))
        until(lambda: "NL pass" in host.match.actions, 60)
        chief.send(json.dumps({"type": "control", "command": "end_game"}))
        until(lambda: bool(host.reports), 60)
    assert host.journal is not None
    journal = Path(host.journal.path)
    report = urllib.request.urlopen(f"http://{running.address}{host.reports['en']}").read()
    assert "NL" in host.match.scenario.model_dump_json()  # (the seat itself is kept)
    for kept in (journal.read_bytes(), report, host.match.scenario.model_dump_json().encode()):
        assert NAME.encode() not in kept and NAME.split()[0].encode() not in kept
