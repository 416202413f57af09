"""A real classroom server on loopback, in a thread of the test process."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from game.net.host import Host, new_seating
from game.net.journal import Journal
from game.play.match import Match
from game.scenario import load_scenario
from game.text.catalogues import codes

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = ROOT / "scenarios" / "tutorial.yaml"


class Running:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()
        end = time.monotonic() + 10
        while host.server is None:
            assert time.monotonic() < end, "the server did not start"
            time.sleep(0.01)
        self.address = f"127.0.0.1:{host.port}"

    def run(self) -> None:
        # Wholly on the server's thread: the test's own thread may run a loop of its own
        # (Playwright's).
        self.loop.run_until_complete(self.host.serve("127.0.0.1", 0))
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()

    def call(self, work: Callable[[], object]) -> None:
        """Run on the server's loop (as its own code would)."""
        self.loop.call_soon_threadsafe(work)

    def stop(self) -> None:
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.host.stop)
        self.thread.join(timeout=15)


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., Running]]:
    started: list[Running] = []

    def start(
        scenario: Path = TUTORIAL, seed: int = 3, fallback: str = "normal", **options: object
    ) -> Running:
        match = Match(load_scenario(scenario), seed)
        match.texts = {code: load_scenario(scenario, code) for code in codes()}  # as `host` does
        seating = new_seating(match, fallback=fallback)
        journal = Journal.create(tmp_path / f"class{len(started)}.sqlite", match, seating)
        running = Running(Host(match, seating, journal, password="pw", **options))  # type: ignore[arg-type]
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()
