"""The protocol's messages survive the wire, and anything else is refused in words."""

from __future__ import annotations

import contextlib
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine import apply, current_players, legal_actions, start
from game.engine.views import player_view
from game.net import codes
from game.net.protocol import (
    MAX_MESSAGE,
    Act,
    Answer,
    Control,
    Error,
    Hello,
    ProtocolError,
    Status,
    event_data,
    event_of,
    parse_client,
    parse_server,
    view_data,
    view_of,
)
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[2]


def test_views_and_events_come_back_as_they_left() -> None:
    scenario = compile_scenario(load_scenario(ROOT / "scenarios/liberal-restraint-2025.yaml"), 1)
    state, events = start(scenario)
    seen = list(events)
    rng = random.Random(1)
    for _ in range(250):
        nation = rng.choice(current_players(state))
        state, events = apply(state, rng.choice(legal_actions(state, nation)))
        seen.extend(events)
    for event in seen:
        assert event_of(json.loads(json.dumps(event_data(event)))) == event
    for seat in ("US", "CN", "observer"):
        view = player_view(state, seat)
        assert view_of(json.loads(json.dumps(view_data(view)))) == view


@pytest.mark.parametrize(
    "message",
    [
        Hello(code="ABCDE-FGHJK", name="Ana", seen=4, epoch="X"),
        Act(ticket=3, action="US cast 4 yes"),
        Control(command="reassign", seat="US", to="hard"),
    ],
)
def test_client_messages_round_trip(message: Hello | Act | Control) -> None:
    assert parse_client(message.model_dump_json()) == message


@pytest.mark.parametrize(
    "message",
    [
        Answer(ticket=3, accepted=False, action="US pass", reason="not now"),
        Status(started=True, paused=False, timer=12.5, thinking=["CN"]),
        Error(code="too_fast", message="slow down"),
    ],
)
def test_server_messages_round_trip(message: Answer | Status | Error) -> None:
    assert parse_server(message.model_dump_json()) == message


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("not json", "Invalid JSON"),
        ('{"type": "act", "ticket": 1}', "act.action: Field required"),
        ('{"type": "act", "ticket": -1, "action": "US pass"}', "greater than or equal to 0"),
        ('{"type": "hello", "code": "A", "admin": true}', "hello.admin: Extra inputs"),
        ('{"type": "shout"}', "does not match any of the expected tags"),
        ('{"type": "act", "ticket": 1, "action": "' + "x" * 500 + '"}', "at most 400"),
        ("x" * (MAX_MESSAGE + 1), "the limit is"),
    ],
)
def test_a_bad_message_is_refused_in_words(raw: str, says: str) -> None:
    with pytest.raises(ProtocolError, match=says):
        parse_client(raw)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
).map(json.dumps)))  # fmt: skip
def test_no_input_breaks_the_parser(raw: str | bytes) -> None:
    with contextlib.suppress(ProtocolError):
        parse_client(raw)


def test_codes_carry_at_least_40_bits_and_read_unambiguously() -> None:
    import math

    assert codes.LENGTH * math.log2(len(codes.ALPHABET)) >= 40
    assert not set("01ILOUV") & set(codes.ALPHABET)
    made = {codes.new_code() for _ in range(1000)}
    assert len(made) == 1000
    code = made.pop()
    assert codes.typed(codes.shown(code).lower()) == code
