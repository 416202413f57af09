"""`python main.py host SCENARIO`: start the classroom server, print the seat codes, and
run until stopped (Ctrl+C or SIGTERM stop it cleanly; the journal keeps the game)."""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from game.ai.play import SeatError, seat_kinds, written_seats
from game.play.match import Match
from game.play.record import SaveError
from game.play.told import says
from game.scenario import ScenarioError, load_scenario
from game.support import paths
from game.support.bundled import program
from game.text.catalogues import codes as codes_spoken
from game.text.language import ENGLISH, N_, Language
from game.text.reasons import ai_player

from . import codes
from .address import candidates, class_url, qr_text
from .host import Host, new_seating
from .journal import Journal, Seating

# The instructor's window around a served class: (match, seating, journal, password, port,
# the address students reach) to an exit status.
Window = Callable[[Match, Seating, Journal, str | None, int, str], int]


def prepare(
    scenario_path: Path | None,
    resume: Path | None,
    journal_path: Path | None,
    seed: int | None,
    people: list[str] | None,
    ai: list[str] | None = None,
    lang: str = "en",
) -> tuple[Match, Seating, Journal]:
    """A new game and its journal, or the journaled game resumed (raises SaveError,
    ScenarioError or SeatError with a message for the person). `ai`: --ai settings, a
    KIND for the seats nobody takes or NATION=KIND for a seat the AI plays from the
    start. `lang`: the language of the scenario's own texts, where it gives several."""
    if resume is not None:
        journal = Journal(resume)
        match, seating = journal.restore()
        return match, seating, journal
    assert scenario_path is not None
    scenario = load_scenario(scenario_path, lang)
    match = Match(scenario, seed if seed is not None else secrets.randbelow(2**31), lang=lang)
    # Its texts in each language the game speaks, for each client's own.
    match.texts = {code: load_scenario(scenario_path, code) for code in codes_spoken()}
    great = [n.id for n in scenario.great_powers()]
    fallback, named, written = "normal", {}, written_seats(scenario)
    for setting in ai or []:
        kinds = seat_kinds([setting], great)  # raises SeatError naming the choices
        if "=" in setting:
            named.update(kinds)
        else:  # one kind for every seat the AI plays, over the scenario's own
            fallback, written = kinds[great[0]], {}
    seating = new_seating(match, people, named, fallback, written)
    if journal_path is None:
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        journal_path = paths.saves() / f"{scenario.id} {stamp} class.sqlite"
    journal = Journal.create(journal_path, match, seating)
    return match, seating, journal


def join_text(address: str, port: int, lang: Language = ENGLISH) -> str:
    """Where students go: the class's URL and its QR code, the host's other addresses
    in case the first is not the school's network, and the window client's command."""
    url = class_url(address, port)
    lines = [
        lang.text(
            N_("Students: open {url} in a browser (phone, tablet or laptop) or scan this code,"),
            url=url,
        ),
        qr_text(url),
        lang.text(N_("then type their seat's code.")),
    ]
    others = [class_url(a, port) for a in candidates() if a != address]
    if others:
        said = lang.text(N_("If that address does not open, try: {urls} (or --advertise)"),
                         urls=", ".join(others[:3]))  # fmt: skip
        lines.append(said)
    run = "python main.py" if program() == "main.py" else program()
    command = f"{run} join {address}:{port} --code CODE"
    lines.append(lang.text(N_("With the game installed: {command}"), command=command))
    return "\n".join(lines)


def codes_text(match: Match, seating: Seating, lang: Language = ENGLISH) -> str:
    """Each seat's code (the AI's seats marked with their kind)."""
    names = {n.id: n.name for n in match.scenario.great_powers()}
    observers = lang.text(N_("Observers (read-only)"))
    width = max(len(n) for n in [*names.values(), observers])
    lines = [lang.text(N_("Seat codes (for the teams only, not the projector):"))]
    for seat, code in seating.codes.items():
        who = names.get(seat, observers)
        kind = seating.ai.get(seat, "")
        played = ""
        if seat not in seating.people and seat in names:
            played = "  " + lang.text(N_("({kind})"), kind=ai_player(kind, lang))
        lines.append(f"  {who:<{width}}  {codes.shown(code)}{played}")
    return "\n".join(lines)


def host_command(
    scenario: Path | None,
    port: int,
    resume: Path | None,
    journal: Path | None,
    seed: int | None,
    password: str | None,
    people: list[str] | None,
    ai: list[str] | None = None,
    window: Window | None = None,
    lang: Language = ENGLISH,
    advertise: str | None = None,
) -> int:
    """Serve a class: with `window` (the instructor's screen, which the caller brings:
    this package draws nothing), behind that window until it closes; without, headless
    until stopped. `lang`: what the console and the server say things in. `advertise`:
    the address students reach the host at (default: the likeliest of its own)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    try:
        match, seating, kept = prepare(scenario, resume, journal, seed, people, ai, lang.code)
    except ScenarioError as error:
        problems = "\n".join(problem.text(lang) for problem in error.problems)
        print(says("host", problems, lang), file=sys.stderr)
        return 1
    except (SaveError, SeatError) as error:
        print(says("host", error, lang), file=sys.stderr)
        return 1
    # The match thread and the connections' loop hand over to each other at every move:
    # a shorter switch interval than Python's 5 ms keeps that hand-over from adding up.
    sys.setswitchinterval(0.001)
    address = advertise or candidates()[0]
    if window is not None:
        return window(match, seating, kept, password, port, address)
    # The AI powers think in a process of their own: a hard power's search never holds up
    # the answers to the teams.
    host = Host(match, seating, kept, password, ai_process=True, lang=lang)
    return asyncio.run(_serve(host, port, address, lang))


def announce(host: Host, address: str, lang: Language = ENGLISH) -> None:
    """What the instructor's console says once the server listens: the game, where
    students go, the seat codes and the journal."""
    title = host.match.scenario.title
    print(lang.text(N_("Concert of Powers server: {title}"), title=title), flush=True)
    print(join_text(address, host.port, lang), flush=True)
    print("\n" + codes_text(host.match, host.seating, lang), flush=True)
    assert host.journal is not None
    journal = lang.text(N_("Journal: {file} (resume with --resume)"), file=host.journal.path)
    print(f"\n{journal}", flush=True)


async def _serve(host: Host, port: int, address: str, lang: Language = ENGLISH) -> int:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, host.stop)
    serving = asyncio.create_task(host.serve("0.0.0.0", port))
    while host.server is None and not serving.done():
        await asyncio.sleep(0.01)
    if serving.done() and serving.exception() is not None:
        error = serving.exception()
        said = lang.text(
            N_("{command}: cannot listen on port {port}: {problem}; try --port"),
            command="host",
            port=port,
            problem=error,
        )
        print(said, file=sys.stderr)
        return 1
    announce(host, address, lang)
    starts = N_("The game starts when every people seat has joined. Ctrl+C stops.")
    print(lang.text(starts), flush=True)
    await serving
    print(lang.text(N_("Server stopped; the journal keeps the game.")), flush=True)
    return 0
