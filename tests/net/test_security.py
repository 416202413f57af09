"""What a client may do is what its seat may do: no acting for others, no steering without
the password, no crash from garbage, and no other seat's secrets on the wire."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from game.engine.actions import INSTRUCTOR
from game.net.protocol import MAX_MESSAGE

from .conftest import Running
from .test_game import join_all, play, until


@contextmanager
def raw(running: Running, code: str | None = None, **hello: Any) -> Iterator[ClientConnection]:
    # Unbounded: a client that reads only some of the server's replies (a flood's) still
    # takes in the server's closing frame, rather than waiting out its close timeout.
    with connect(f"ws://{running.address}", max_size=2**24, max_queue=None) as ws:
        if code is not None:
            ws.send(json.dumps({"type": "hello", "code": code, **hello}))
        yield ws


def received(ws: ClientConnection, kind: str, seconds: float = 5) -> dict[str, Any]:
    """The next message of this kind."""
    end = time.monotonic() + seconds
    while True:
        message: dict[str, Any] = json.loads(ws.recv(timeout=max(0.01, end - time.monotonic())))
        if message["type"] == kind:
            return message


def test_a_client_cannot_act_for_another_seat(serve: Callable[..., Running]) -> None:
    running = serve(autostart=False)
    codes = running.host.seating.codes
    with raw(running, codes["NL"]) as nl, raw(running, "pw", instructor=True) as chief:
        received(nl, "welcome")
        chief.send(json.dumps({"type": "control", "command": "start"}))
        until(lambda: running.host.controller is not None)
        nl.send(json.dumps({"type": "act", "ticket": 9, "action": "EM pass"}))
        answer = received(nl, "answer")
        assert answer == {"type": "answer", "ticket": 9, "accepted": False,
                          "action": "EM pass", "reason": "you play NL, not EM"}  # fmt: skip
        # Nothing reached the game (the AI at EM holds its pass while NL still talks).
        assert "EM pass" not in running.host.match.actions


def test_a_second_member_of_a_team_watches(serve: Callable[..., Running]) -> None:
    running = serve(autostart=False)
    code = running.host.seating.codes["NL"]
    with raw(running, code) as first, raw(running, code) as second:
        assert received(first, "welcome")["role"] == "player"
        assert received(second, "welcome")["role"] == "watcher"
        second.send(json.dumps({"type": "act", "ticket": 1, "action": "NL pass"}))
        assert "watch this seat" in received(second, "answer")["reason"]
    # The submitter left: the watcher who stays takes over (a new pair here).
    with raw(running, code) as a, raw(running, code) as b:
        received(a, "welcome")
        received(b, "welcome")
    until(lambda: not running.host.clients)


def test_wrong_codes_are_refused_and_guessing_is_slowed(serve: Callable[..., Running]) -> None:
    running = serve(autostart=False)
    for attempt in range(5):
        with raw(running, f"WRONG-CODE{attempt}") as ws:
            error = received(ws, "error")
            assert error["code"] == "bad_code" and error["fatal"]
    with raw(running, running.host.seating.codes["NL"]) as ws:  # even the right one, now
        assert received(ws, "error")["code"] == "too_fast"


def test_only_the_instructor_steers(serve: Callable[..., Running]) -> None:
    running = serve(autostart=False)
    with raw(running, running.host.seating.codes["NL"]) as ws:
        received(ws, "welcome")
        ws.send(json.dumps({"type": "control", "command": "start"}))
        assert received(ws, "error")["code"] == "not_allowed"
    assert running.host.controller is None
    with raw(running, "not the password", instructor=True) as ws:
        assert received(ws, "error")["code"] == "bad_code"


JUNK = st.one_of(
    st.text(max_size=200),
    st.binary(max_size=200),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["act", "control", "hello", "x"])},
        optional={
            "ticket": st.integers(),
            "action": st.text(max_size=50),
            "command": st.text(max_size=10),
            "code": st.text(),
        },
    ).map(json.dumps),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(junk=st.lists(JUNK, min_size=1, max_size=8))
def test_garbage_never_breaks_the_server(
    serve: Callable[..., Running], junk: list[str | bytes]
) -> None:
    running = getattr(test_garbage_never_breaks_the_server, "running", None)
    if running is None:  # one server for every example: it must outlive them all
        running = serve(autostart=False)
        test_garbage_never_breaks_the_server.running = running  # type: ignore[attr-defined]
    running.host.joins.clear()
    with raw(running, running.host.seating.codes["SG"]) as ws:
        received(ws, "welcome")
        for message in junk:
            ws.send(message)
        ws.send(json.dumps({"type": "act", "ticket": 777, "action": "SG pass"}))
        # Still answering after the junk (which may hold well-formed moves of its own).
        while (answer := received(ws, "answer"))["ticket"] != 777:
            assert not answer["accepted"] or answer["action"] == "SG pass"


def test_an_oversized_message_closes_only_its_connection(serve: Callable[..., Running]) -> None:
    running = serve(autostart=False)
    codes = running.host.seating.codes
    with raw(running, codes["EM"]) as other:
        received(other, "welcome")
        with raw(running, codes["NL"]) as big:
            received(big, "welcome")
            big.send("x" * (MAX_MESSAGE + 10))
            with pytest.raises(ConnectionClosed):
                for _ in range(10):
                    big.recv(timeout=5)
        other.send(json.dumps({"type": "act", "ticket": 5, "action": "EM pass"}))
        assert received(other, "answer")["ticket"] == 5


def test_a_flood_is_turned_away_and_the_others_carry_on(serve: Callable[..., Running]) -> None:
    running = serve(autostart=False)
    with raw(running, running.host.seating.codes["NL"]) as ws:
        received(ws, "welcome")
        for i in range(200):
            ws.send(json.dumps({"type": "act", "ticket": i, "action": "NL pass"}))
        assert received(ws, "error")["code"] == "too_fast"


def private_of(view: dict[str, Any], seat: str) -> list[str]:
    """What in a view belongs to another seat's secrets."""
    found = []
    for nation in (n["nation"] for n in view["nations"]):
        if nation["id"] != seat and nation["objectives"]:
            found.append(f"objectives of {nation['id']}")
    fired = set(view["events_fired"])
    found += [f"event {e['id']}" for e in view["world"]["events"] if e["id"] not in fired]
    found += [f"ballot of {b[1]}" for b in view["ballots"] if b[1] != seat]
    found += [
        f"offer {o['id']}" for o in view["offers"] if seat not in (o["sender"], o["receiver"])
    ]
    return found


def test_the_bytes_a_seat_receives_hold_nothing_private_of_others(
    serve: Callable[..., Running],
) -> None:
    running = serve()
    codes = running.host.seating.codes
    clients = join_all(running)
    wire: dict[str, list[str]] = {"NL": [], "observer": []}
    try:
        with raw(running, codes["NL"]) as nl, raw(running, codes["observer"]) as obs:
            until(lambda: running.host.controller is not None)
            play(clients, running)
            until(lambda: all(c.debrief() is not None for c in clients.values()))
            for seat, ws in (("NL", nl), ("observer", obs)):
                # Everything up to the debrief again with its turning point, the last
                # thing a game sends (the deadline only guards against a stall).
                while True:
                    wire[seat].append(text := str(ws.recv(timeout=120)))
                    message = json.loads(text)
                    if message["type"] == "debrief" and message["debrief"]["turning_point"]:
                        break
    finally:
        for client in clients.values():
            client.close()
    others = [n for n in ("EM", "SG")]
    scenario = running.host.match.scenario
    secrets = [  # the others' objectives and briefings, as the scenario file has them
        text
        for n in scenario.nations
        if n.id in others
        for text in [
            *(o.text for o in n.objectives if o.text),
            *([n.briefing] if n.briefing else []),
        ]
    ]
    assert secrets
    for seat, messages in wire.items():
        assert any('"type":"debrief"' in m for m in messages), "the game went to its end"
        before_the_end = messages[: next(i for i, m in enumerate(messages) if '"debrief"' in m)]
        for text in before_the_end:  # not a word of them anywhere until the debrief
            assert not any(json.dumps(secret)[1:-1] in text for secret in secrets), text[:200]
        for text in messages:
            message = json.loads(text)
            if message["type"] != "update":
                continue
            assert private_of(message["view"], seat) == []
            for batch in message["events"]:
                for event in batch:
                    audience = event["audience"]
                    assert audience is None or seat in audience or seat == INSTRUCTOR, event
            assert all(a.split()[0] not in others for a in message["legal"])


def test_a_whole_class_may_join_from_one_address(serve: Callable[..., Running]) -> None:
    running = serve(autostart=False)
    code = running.host.seating.codes["observer"]
    for _ in range(12):  # behind one router, every join comes from the same address
        with raw(running, code) as ws:
            assert received(ws, "welcome")["role"] == "observer"
