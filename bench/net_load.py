"""`python -m bench.net_load`: the classroom server under a class's load, on loopback.

Eight teams (an eight-power variant of liberal-restraint-2025) and thirty observers; the
teams move as fast as the game lets them (offers, answers, motions, ballots, passes) in
games played one after another until 2,000 moves are in. With --browsers every client
speaks as the browser's page does: it asks for its table worded by the server (a
`table` in place of each `update`), so the server words 38 tables for every move.
Measured:

- from a team sending a move to the last of the thirty observers receiving its update
  (the broadcast), p50 and p99 (target: p99 <= 50 ms); and to the moving team's own
  table or update (no target of its own: the server sends a move's public table first,
  read by every observer, then the mover's, then the other teams');
- that every accepted move is in the journal once, and every observer received every
  update once, in order (nothing lost, nothing doubled);
- the server process's peak memory (target: <= 200 MB), and its helper processes' apart
  (the advisers who judge the browser seats' moves work in one of their own, at a lower
  priority than the game).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import psutil
import yaml
from websockets.asyncio.client import ClientConnection, connect

from bench import print_rows

ROOT = Path(__file__).resolve().parents[1]
EXTRA_POWERS = ("GB", "FR", "JP")


def eight_powers(folder: Path) -> Path:
    data = yaml.safe_load((ROOT / "scenarios" / "liberal-restraint-2025.yaml").read_text())
    for nation in data["nations"]:
        if nation["id"] in EXTRA_POWERS:
            nation["great_power"] = True
    path = folder / "eight-powers.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


Server = tuple[subprocess.Popen[str], int, dict[str, str]]


def start_server(scenario: Path, journal: Path, seed: int) -> Server:
    """The host in its own process (its memory is its own); its port and the codes."""
    command = ["main.py", "host", str(scenario), "--headless", "--port", "0"]
    process = subprocess.Popen(
        [sys.executable, *command, "--journal", str(journal), "--seed", str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    text = ""
    while "Journal:" not in text:
        line = process.stdout.readline()
        if not line:
            raise SystemExit("the server did not start:\n" + text)
        text += line
    port = int(re.search(r"join \S+:(\d+)", text).group(1))  # type: ignore[union-attr]
    found = re.findall(r"^\s+(.+?)\s{2,}([2-9A-Z]{5}-[2-9A-Z]{5})", text, re.M)
    return process, port, {name.strip(): code for name, code in found}


def cpu_seconds(pid: int) -> float:
    """User and system CPU the process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Seat:
    """A team moving as fast as it may: a few offers and answers, a motion, every ballot."""

    def __init__(self, ws: ClientConnection, rng: random.Random, think: float) -> None:
        self.ws, self.rng, self.think = ws, rng, think
        self.worded = False
        self.pending: int | None = None
        self.tickets = 0
        self.sent: dict[int, tuple[float, str]] = {}
        # action, sent at, its update's seq, when the team's own table or update came
        self.accepted: list[tuple[str, float, int, float]] = []
        self.awaiting_seq: tuple[str, float] | None = None
        self.seq = 0
        self.legal: list[str] = []

    def choose(self, legal: list[str]) -> str:
        votes = [a for a in legal if " vote " in a]
        if votes:
            return self.rng.choice(votes)
        answers = [a for a in legal if " accept " in a or " reject " in a]
        if answers:
            return self.rng.choice(answers)
        offers = [a for a in legal if " offer " in a]
        if offers and self.rng.random() < 0.6:
            return self.rng.choice(offers)
        tables = [a for a in legal if " table " in a]
        if tables and self.rng.random() < 0.5:
            return self.rng.choice(tables)
        return next((a for a in legal if a.endswith(" pass")), legal[0])

    async def run(self, done: asyncio.Event) -> None:
        async for raw in self.ws:
            message = json.loads(raw)
            kind = message["type"]
            if kind == "answer" and message["ticket"] == self.pending:
                sent_at, action = self.sent.pop(self.pending)
                self.pending = None
                if message["accepted"]:
                    self.awaiting_seq = (action, sent_at)
                else:  # try another of the moves it had, or pass
                    self.legal = [a for a in self.legal if a != action]
                    if self.legal:
                        await self.move(self.legal)
            elif kind == "table":  # a browser's: its moves are in the worded tree
                fresh = message["seq"] > self.seq
                self.seq = message["seq"]
                if "moves" in message:  # (else kept from the last table)
                    self.legal = actions_in(message["moves"])
                if self.awaiting_seq is not None and fresh:
                    action, sent_at = self.awaiting_seq
                    self.accepted.append((action, sent_at, self.seq, time.perf_counter()))
                    self.awaiting_seq = None
                if self.legal and self.pending is None and self.awaiting_seq is None:
                    await self.move(self.legal)
            elif kind == "update":
                self.seq = message["seq"]
                self.legal = message["legal"]
                if self.awaiting_seq is not None and message["events"]:
                    action, sent_at = self.awaiting_seq
                    self.accepted.append((action, sent_at, self.seq, time.perf_counter()))
                    self.awaiting_seq = None
                if message["legal"] and self.pending is None and self.awaiting_seq is None:
                    await self.move(message["legal"])
            elif kind in ("debrief", "worded_debrief"):
                done.set()
                return

    async def move(self, legal: list[str]) -> None:
        if self.think:
            await asyncio.sleep(self.rng.uniform(0, 2 * self.think))
        self.tickets += 1
        action = self.choose(legal)
        self.pending = self.tickets
        self.sent[self.tickets] = (time.perf_counter(), action)
        await self.ws.send(json.dumps({"type": "act", "ticket": self.tickets, "action": action}))


HEAD = re.compile(r'^\{"type":"(\w+)"(?:,"seq":(\d+)(?:,"events":(\[\]|\[\[))?)?')


def actions_in(items: list[Any]) -> list[str]:
    """Every move's action text in a worded table's tree of moves."""
    found: list[str] = []
    for item in items:
        if isinstance(item, list):
            found += actions_in(item)
        elif item.get("kind") == "move":
            found.append(item["action"])
        elif item.get("kind") == "row":
            found += [m["action"] for m in item["moves"]]
        elif item.get("kind") == "menu":
            for choice in item["choices"]:
                found += actions_in(choice["items"])
    return list(dict.fromkeys(found))


async def watch(ws: ClientConnection, seen: dict[int, list[float]], order: list[int]) -> None:
    """An observer: the time each update with events arrives (read from the message's
    head, so thirty observers in one process keep up with the server)."""
    async for raw in ws:
        now = time.perf_counter()
        head = HEAD.match(str(raw)[:80])
        if head is None:
            continue
        kind, seq, events = head.groups()
        if (kind == "update" and events == "[[") or (kind == "table" and int(seq) not in order):
            seen[int(seq)].append(now)
            order.append(int(seq))
        elif kind in ("debrief", "worded_debrief"):
            return


async def one_game(port: int, seat_codes: dict[str, str], observer_code: str, observers: int,
                   seed: int, think: float, worded: bool) -> dict[str, Any]:  # fmt: skip
    uri = f"ws://127.0.0.1:{port}"
    done = asyncio.Event()
    seen: dict[int, list[float]] = defaultdict(list)
    orders: list[list[int]] = [[] for _ in range(observers)]
    watchers = []
    for i in range(observers):
        ws = await connect(uri, max_size=2**24, compression=None)
        await ws.send(json.dumps({"type": "hello", "code": observer_code, "worded": worded}))
        watchers.append((ws, asyncio.create_task(watch(ws, seen, orders[i]))))
    seats = []
    for i, code in enumerate(seat_codes.values()):
        ws = await connect(uri, max_size=2**24, compression=None)
        await ws.send(json.dumps({"type": "hello", "code": code, "worded": worded}))
        seat = Seat(ws, random.Random(seed * 100 + i), think)
        seat.worded = worded
        seats.append((seat, asyncio.create_task(seat.run(done))))
    await asyncio.wait_for(done.wait(), 600)
    await asyncio.gather(*(t for _, t in watchers))
    for ws, _ in watchers:
        await ws.close()
    for seat, task in seats:
        task.cancel()
        await seat.ws.close()
    latencies, own = [], []
    for seat, _ in seats:
        for _, sent_at, seq, came in seat.accepted:
            own.append(came - sent_at)
            arrivals = seen.get(seq, [])
            if len(arrivals) == observers:
                latencies.append(max(arrivals) - sent_at)
    doubled = sum(len(o) != len(set(o)) for o in orders)
    out_of_order = sum(o != sorted(o) for o in orders)
    return {
        "latencies": latencies,
        "own": own,
        "accepted": Counter(a for seat, _ in seats for a, *_ in seat.accepted),
        "missing": sum(len(v) != observers for v in seen.values()),
        "doubled": doubled,
        "out_of_order": out_of_order,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=2000)
    parser.add_argument("--observers", type=int, default=30)
    parser.add_argument(
        "--think",
        type=float,
        default=0.2,
        help="each team's mean seconds before a move (0: as fast as it can, a flood; "
        "people take seconds)",
    )
    parser.add_argument(
        "--browsers",
        action="store_true",
        help="every client asks for its table worded, as the browser's page does",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    scenario = eight_powers(folder)
    latencies: list[float] = []
    own: list[float] = []  # to the moving team's own table (no target: the broadcast's)
    peaks, lost, doubled, missing, disorder, moves, games = [], 0, 0, 0, 0, 0, 0
    server_cpu = helper_cpu = 0.0
    helper_peaks: list[float] = []  # its helper processes' (the browsers' advisers)
    start = time.perf_counter()
    while moves < args.moves:
        games += 1
        journal = folder / f"game{games}.sqlite"
        server, port, found = start_server(scenario, journal, games)
        observer = found.pop("Observers (read-only)")
        try:
            result = asyncio.run(
                one_game(port, found, observer, args.observers, games, args.think, args.browsers)
            )
            peaks.append(peak_mb(server.pid))
            server_cpu += cpu_seconds(server.pid)
            helpers = [c.pid for c in psutil.Process(server.pid).children(recursive=True)]
            helper_peaks.append(sum(peak_mb(pid) for pid in helpers))
            helper_cpu += sum(cpu_seconds(pid) for pid in helpers)
        finally:
            server.terminate()
            server.communicate(timeout=30)
        with sqlite3.connect(journal) as db:
            journaled = Counter(a for (a,) in db.execute("SELECT action FROM actions"))
        accepted: Counter[str] = result["accepted"]
        lost += sum((accepted - journaled).values())  # accepted, yet not in the journal
        doubled += result["doubled"]
        missing += result["missing"]
        disorder += result["out_of_order"]
        latencies += result["latencies"]
        own += result["own"]
        moves += sum(accepted.values())
        print(f"game {games}: {sum(accepted.values())} team moves, "
              f"{sum(journaled.values())} in the journal", flush=True)  # fmt: skip
    latencies.sort()
    p50 = 1000 * statistics.median(latencies)
    p99 = 1000 * latencies[int(0.99 * len(latencies)) - 1]
    own.sort()
    own_p50, own_p99 = 1000 * statistics.median(own), 1000 * own[int(0.99 * len(own)) - 1]
    rows = [
        ("team moves measured", f"{len(latencies)} in {games} games", "2,000", moves >= 2000),
        ("a team's mean time to move", f"{args.think:g} s", "", True),
        ("clients", "browsers (worded tables)" if args.browsers else "windows (updates)", "",
         True),
        (f"move to broadcast ({args.observers} observers), p50", f"{p50:.1f} ms", "", True),
        (f"move to broadcast ({args.observers} observers), p99", f"{p99:.1f} ms", "50 ms",
         p99 <= 50),
        ("move to the moving team's own table (or update), p50", f"{own_p50:.1f} ms", "", True),
        ("move to the moving team's own table (or update), p99", f"{own_p99:.1f} ms", "", True),
        ("accepted moves missing from the journal", str(lost), "0", lost == 0),
        ("updates missing or doubled at an observer", str(missing + doubled), "0",
         missing + doubled == 0),
        ("observers who saw updates out of order", str(disorder), "0", disorder == 0),
        ("server memory (peak RSS)", f"{max(peaks):.0f} MB", "200 MB", max(peaks) <= 200),
        ("its helper processes' memory (peak RSS)", f"{max(helper_peaks):.0f} MB", "", True),
        ("wall time", f"{time.perf_counter() - start:.0f} s", "", True),
        ("server CPU per team move (all moves: AI none)", f"{1000 * server_cpu / moves:.1f} ms",
         "", True),
        ("its helper processes' CPU per team move", f"{1000 * helper_cpu / moves:.1f} ms", "",
         True),
        ("the clients' own CPU (this process)", f"{time.process_time():.0f} s", "", True),
    ]  # fmt: skip
    print_rows(rows, 44)
    return 0


if __name__ == "__main__":
    sys.exit(main())
