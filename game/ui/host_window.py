"""`python main.py host SCENARIO` with a window: the server on a thread of its own, the
instructor's window in front."""

from __future__ import annotations

import asyncio
import secrets
import sys
import threading

import pygame

from game.net.client import JoinError, RemoteController
from game.net.host import Host
from game.net.journal import Journal, Seating
from game.net.serve import announce
from game.play.match import Match

from .routes import open_window
from .scenes.classroom import ClassroomScene


def host_window(
    match: Match, seating: Seating, journal: Journal, password: str | None, port: int, address: str
) -> int:
    """The server on a thread of its own, the instructor's window in front: the public
    view for the projector and the class's controls (it joins as an observer and as the
    instructor, like any client)."""
    secret = password or secrets.token_urlsafe(16)  # the window's own way in
    host = Host(match, seating, journal, secret, ai_process=True)
    loop = asyncio.new_event_loop()
    failed: list[BaseException] = []

    def run() -> None:
        try:
            loop.run_until_complete(host.serve("0.0.0.0", port))
        except BaseException as error:  # the port taken: said below, not a traceback
            failed.append(error)

    thread = threading.Thread(target=run, name="server", daemon=True)
    thread.start()
    while host.server is None and thread.is_alive():
        threading.Event().wait(0.01)
    if failed or not thread.is_alive():
        print(f"host: cannot listen on port {port}: {failed[0] if failed else '?'}",
              file=sys.stderr)  # fmt: skip
        return 1
    announce(host, address)
    try:
        public = RemoteController(f"127.0.0.1:{host.port}", seating.codes["observer"], "projector")
        chief = RemoteController(f"127.0.0.1:{host.port}", secret, "instructor", instructor=True)
        app = open_window()
    except (JoinError, pygame.error) as error:
        print(f"host: cannot open the instructor's window ({error}); --headless runs the "
              "server alone", file=sys.stderr)  # fmt: skip
        loop.call_soon_threadsafe(host.stop)
        thread.join(timeout=20)
        return 1
    try:
        return app.run(
            lambda app: ClassroomScene(app, public, chief, seating.codes, address, host.port)
        )
    finally:
        loop.call_soon_threadsafe(host.stop)
        thread.join(timeout=20)
        print("Server stopped; the journal keeps the game.", flush=True)
