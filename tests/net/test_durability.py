"""The journal keeps the game: after the server is killed outright, --resume restores it
exactly, the teams' clients reconnect by themselves and the game goes on; a client that
loses its connection catches up; SIGTERM stops the server cleanly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from game.engine import current_players
from game.engine.actions import Pass
from game.engine.state import Phase
from game.engine.views import player_view
from game.net.client import RemoteController
from game.net.codes import typed
from game.net.journal import Journal

from .conftest import ROOT, TUTORIAL, Running
from .test_game import join_all, play, until


def start_host(*args: str) -> tuple[subprocess.Popen[str], str, dict[str, str]]:
    """A server in its own process; its address and the codes it printed."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "main.py", "host", "--headless", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    lines: list[str] = []
    while not any("Journal:" in line for line in lines):
        line = process.stdout.readline()
        assert line, "the server ended early:\n" + "".join(lines)
        lines.append(line)
    text = "".join(lines)
    address = re.search(r"join \S+:(\d+)", text)
    assert address, text
    found = dict(re.findall(r"^\s+(\w+)\s+.*?([2-9A-Z]{5}-[2-9A-Z]{5})", text, re.M))
    names = {"Northland": "NL", "Eastmark": "EM", "Southgate": "SG", "Observers": "observer"}
    return process, f"127.0.0.1:{address.group(1)}", {names[k]: v for k, v in found.items()}


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_kill_9_then_resume_restores_the_game_and_the_teams_reconnect(tmp_path: Path) -> None:
    journal = tmp_path / "class.sqlite"
    port = str(free_port())
    server, address, codes = start_host(str(TUTORIAL), "--seed", "5", "--port", port,
                                        "--journal", str(journal))  # fmt: skip
    clients = {seat: RemoteController(address, codes[seat]) for seat in ("NL", "EM", "SG")}
    try:
        # Play into the second round, then stop moving and let every answer come back.
        acknowledged = 0
        while True:
            view = clients["NL"].view("NL")
            if view.round == 2 and view.phase is Phase.agenda:
                break
            for seat, client in clients.items():
                legal = client.legal(seat)
                if legal:
                    client.submit(seat, next((a for a in legal if isinstance(a, Pass)), legal[0]))
            time.sleep(0.05)
            for client in clients.values():
                acknowledged += sum(type(u).__name__ == "Accepted" for u in client.poll())
        time.sleep(0.5)
        for client in clients.values():
            acknowledged += sum(type(u).__name__ == "Accepted" for u in client.poll())
        seen = {seat: client.view(seat) for seat, client in clients.items()}
        server.send_signal(signal.SIGKILL)
        server.wait(timeout=10)
        assert server.stdout is not None
        server.stdout.close()

        kept = Journal(journal)
        match, seating = kept.restore()
        kept.close()
        assert acknowledged <= len(match.actions)  # nothing acknowledged was lost
        for seat, view in seen.items():
            assert player_view(match.state, seat) == view, seat
        assert seating.codes == {seat: typed(code) for seat, code in codes.items()}

        server, _, again = start_host("--resume", str(journal), "--port", port)
        assert again == codes  # the same codes: the teams need nothing new
        until(lambda: all(c.connected.is_set() for c in clients.values()), 60)
        until(lambda: all(c.view(s).round == 2 for s, c in clients.items()), 10)
        # On to the end.
        end = time.monotonic() + 120
        while not all(c.debrief() is not None for c in clients.values()):
            assert time.monotonic() < end
            for seat, client in clients.items():
                client.poll()
                legal = client.legal(seat)
                if legal:
                    client.submit(seat, next((a for a in legal if isinstance(a, Pass)), legal[0]))
            time.sleep(0.05)
    finally:
        for client in clients.values():
            client.close()
        server.send_signal(signal.SIGTERM)
        output = server.communicate(timeout=20)[0]
    assert server.returncode == 0, output
    assert "Server stopped; the journal keeps the game." in output


def test_a_dropped_client_reconnects_and_catches_up(serve: Callable[..., Running]) -> None:
    running = serve()
    clients = join_all(running)
    host = running.host
    try:
        until(lambda: host.controller is not None)
        nl = clients["NL"]
        first = next(c.id for c in host.clients.values() if c.seat == "NL")
        running.call(lambda: host.spawn(host.clients[first].ws.close()))
        # The others move as far as they can without NL, which comes back by itself (a
        # connection of its own, not the one the server closed) and catches up.
        others = {s: c for s, c in clients.items() if s != "NL"}
        play(others, running, enough=lambda: set(current_players(host.match.state)) <= {"NL"})
        # (list() takes the server's table in one step: its loop changes it meanwhile)
        until(lambda: any(c.seat == "NL" and c.id != first for c in list(host.clients.values())))
        until(lambda: nl.connected.is_set(), 60)
        play(clients, running)
        until(lambda: nl.debrief() is not None)
        # Its log is whole: what it saw before, during and after the drop, in order.
        state = running.host.match.state
        assert nl.view("NL") == player_view(state, "NL")
    finally:
        for client in clients.values():
            client.close()
