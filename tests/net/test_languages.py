"""A class in several languages: each browser seat's table is worded in the language its
hello asks for, side by side with seats in others, and a refusal is said in it; a
language the game does not speak gets the server's."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import ExitStack
from urllib.request import urlopen

from websockets.sync.client import connect

from game.net.journal import Journal
from game.net.protocol import Hello
from game.scenario import load_scenario
from game.text.catalogues import codes, language
from game.text.language import ENGLISH, N_

from .conftest import TUTORIAL, Running
from .test_advisers import tables
from .test_game import until

YOU = N_("You: {nation}")
NO_SEAT = N_("no seat has this code; check it with your instructor (case and dashes do not matter)")


def test_each_browser_seat_reads_the_table_in_its_own_language(
    serve: Callable[..., Running],
) -> None:
    running = serve(autostart=False)
    host = running.host
    asked = {"NL": "de", "EM": "es-MX", "SG": "fr"}  # French: not spoken, the server's
    spoken = {"NL": language("de"), "EM": language("es"), "SG": ENGLISH}
    with ExitStack() as stack:
        sockets = {seat: stack.enter_context(connect(f"ws://{running.address}/")) for seat in asked}
        chief = stack.enter_context(connect(f"ws://{running.address}/"))
        for seat, ws in sockets.items():
            code = host.seating.codes[seat]
            hello = {"type": "hello", "code": code, "worded": True, "lang": asked[seat]}
            ws.send(json.dumps(hello))
        chief.send(json.dumps({"type": "hello", "code": "pw", "instructor": True}))
        until(lambda: len(host.clients) == 4)
        chief.send(json.dumps({"type": "control", "command": "start"}))
        for seat, ws in sockets.items():
            table = tables(ws, {}, lambda t: bool(t["moves"]) or bool(t["happened"]), 60)
            lang = spoken[seat]
            name = next(n.name for n in host.match.scenario.nations if n.id == seat)
            assert table["you"] == lang.text(YOU, nation=name), (seat, table["you"])
            assert table["words"] and all(isinstance(w, str) for w in table["words"].values())
            # The scenario's own texts in the seat's language too, where it gives them.
            bodies = {b["id"]: b["name"] for b in table["bodies"]}
            assert bodies["council"] == COUNCIL[seat], (seat, bodies)
            read = load_scenario(TUTORIAL, asked[seat].split("-")[0])
            briefing = next(n.briefing for n in read.nations if n.id == seat) or ""
            assert briefing[:40] in table["briefing"], (seat, table["briefing"])
            news = next(e.title for e in read.events if e.id == "welcome")  # round 1's
            assert any(news in line for line in table["happened"]), (seat, table["happened"])
        assert language("de").text(YOU, nation="x") != ENGLISH.text(YOU, nation="x")
    assert host.match.scenario.institutions[0].name == "World Council"  # the game's own


COUNCIL = {"NL": "Weltrat", "EM": "Consejo Mundial", "SG": "World Council"}


def test_the_join_pages_card_is_in_the_language_it_asks_for(
    serve: Callable[..., Running],
) -> None:
    running = serve(autostart=False)
    for end, code in ((".de.json", "de"), (".es.json", "es"), (".json", "en")):
        with urlopen(f"http://{running.address}/game{end}") as answer:
            card = json.load(answer)
        assert card["title"] == load_scenario(TUTORIAL, code).title, (end, card["title"])


def test_a_resumed_class_keeps_the_scenario_in_every_language(
    serve: Callable[..., Running],
) -> None:
    running = serve(autostart=False)
    journal = running.host.journal
    match, _ = Journal(journal.path).restore()
    assert set(match.texts) == set(codes()) and match.lang == "en"
    council = {code: s.institutions[0].name for code, s in match.texts.items()}
    assert council == {"en": "World Council", "de": "Weltrat", "es": "Consejo Mundial"}


def test_a_refusal_is_said_in_the_language_the_hello_asks_for(
    serve: Callable[..., Running],
) -> None:
    host = serve(autostart=False).host
    for code, lang in (("de", language("de")), ("es", language("es")), ("", ENGLISH)):
        hello = Hello(code="WRONG-CODE", lang=code).model_dump_json()
        refused = host.admit(hello, f"10.0.0.{len(code) + 1}")
        assert not isinstance(refused, tuple)
        assert refused.code == "bad_code" and refused.message == lang.text(NO_SEAT)
    assert language("es").text(NO_SEAT) != ENGLISH.text(NO_SEAT)


def test_a_browser_reads_the_debrief_and_its_report_in_its_own_language(
    serve: Callable[..., Running],
) -> None:
    """At an English host, a German browser's debrief is German through and through: its
    headings, its sentences, the scenario's names in them, and the report it downloads."""
    running = serve(autostart=False)
    host = running.host
    german = language("de")
    with (
        connect(f"ws://{running.address}/") as team,
        connect(f"ws://{running.address}/") as chief,
    ):
        code = host.seating.codes["NL"]
        team.send(json.dumps({"type": "hello", "code": code, "worded": True, "lang": "de"}))
        chief.send(json.dumps({"type": "hello", "code": "pw", "instructor": True}))
        until(lambda: len(host.clients) == 2)
        chief.send(json.dumps({"type": "control", "command": "start"}))
        until(lambda: host.controller is not None and bool(host.match.actions), 60)
        chief.send(json.dumps({"type": "control", "command": "end_game"}))
        until(lambda: "de" in host.reports, 120)
        said = ""
        for _ in range(200):
            message = json.loads(team.recv(timeout=60))
            if message["type"] == "worded_debrief" and message["report"]:
                said = json.dumps(message, ensure_ascii=False)
                break
    assert said, "no worded debrief with its report"
    debrief = json.loads(said)
    assert debrief["title"].startswith(german.text(N_("Debrief: {title}"), title="")[:8])
    assert debrief["report"] == "/report.de.html"
    assert "Weltrat" in said or "Handelsforum" in said or "Reservefonds" in said
    assert "World Council" not in said and "Trade Forum" not in said
    with urlopen(f"http://{running.address}/report.de.html") as answer:
        page = answer.read().decode()
    assert 'lang="de"' in page and "World Council" not in page and "Weltrat" in page
    with urlopen(f"http://{running.address}{host.reports['en']}") as answer:
        assert "World Council" in answer.read().decode()


def test_a_window_client_reads_the_scenario_and_its_views_in_its_own_language(
    serve: Callable[..., Running],
) -> None:
    """`main.py join --lang de` at an English host: its scenario and the views it is sent
    carry the German names; the English seat beside it reads English."""
    running = serve(autostart=False)
    host = running.host
    found: dict[str, tuple[str, str]] = {}
    with ExitStack() as stack:
        for seat, code in (("NL", "de"), ("EM", "en")):
            ws = stack.enter_context(connect(f"ws://{running.address}/"))
            hello = {"type": "hello", "code": host.seating.codes[seat], "lang": code}
            ws.send(json.dumps(hello))
            welcome = json.loads(ws.recv(timeout=30))
            assert welcome["type"] == "welcome", welcome
            council = next(i for i in welcome["scenario"]["institutions"] if i["id"] == "council")
            update = next(
                m
                for m in (json.loads(ws.recv(timeout=30)) for _ in range(20))
                if m["type"] == "update"
            )
            found[seat] = (council["name"], json.dumps(update["view"], ensure_ascii=False))
    assert found["NL"][0] == "Weltrat" and "Weltrat" in found["NL"][1]
    assert "World Council" not in found["NL"][1]
    assert found["EM"][0] == "World Council" and "World Council" in found["EM"][1]
