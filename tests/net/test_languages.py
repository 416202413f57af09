"""A class in several languages: each browser seat's table is worded in the language its
hello asks for, side by side with seats in others, and a refusal is said in it; a
language the game does not speak gets the server's."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import ExitStack

from websockets.sync.client import connect

from game.net.protocol import Hello
from game.text.catalogues import language
from game.text.language import ENGLISH, N_

from .conftest import Running
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
        assert language("de").text(YOU, nation="x") != ENGLISH.text(YOU, nation="x")


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
