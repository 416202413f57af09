"""The classroom protocol: JSON text messages over a WebSocket, each an object with a
`type`, validated by pydantic on both sides (docs/protocol.md lists them).

A client says hello with its seat code (or the instructor's password), then sends moves
as the engine's action text; the server answers each with accepted or rejected, and sends
every client, in order, the events it may see with its own view after them. Nothing on
the wire to a client holds another seat's ballots, offers or objectives: views are made
by the engine's `player_view` and events filtered by `visible`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from game.engine import Event, GameState, event_from_data
from game.play import told
from game.play.told import Told
from game.text.language import N_

VERSION = 2  # 2: a hello says the client's language
MAX_MESSAGE = 64 * 1024  # bytes a client may send in one message
Code = Annotated[str, Field(min_length=1, max_length=40)]
Seat = Annotated[str, Field(min_length=1, max_length=16, pattern=r"^[A-Za-z0-9_]+$")]


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- client to server


class Hello(Message):
    """The first message: who this is. `seen` is the last update's number the client
    holds, so a reconnecting client gets only what it missed."""

    type: Literal["hello"] = "hello"
    version: int = VERSION
    code: Code  # a seat's or the observers' code, or the instructor's password
    name: Annotated[str, Field(max_length=40)] = ""
    instructor: bool = False
    epoch: Annotated[str, Field(max_length=16)] = ""  # the stream `seen` counts in
    seen: int = Field(0, ge=0)
    # A browser: the server words the seat's table for it (a `table` in place of each
    # `update`; game/net/worded.py).
    worded: bool = False
    # The client's language ('de', 'es-MX'): what the server words for it (a refusal, a
    # browser's table) is in it; empty, or one the game does not speak: the server's.
    lang: Annotated[str, Field(max_length=35)] = ""


class Act(Message):
    """A move, as the engine's action text ('US cast 4 yes'); `ticket` pairs the answer."""

    type: Literal["act"] = "act"
    ticket: int = Field(ge=0, le=2**31)
    action: Annotated[str, Field(min_length=1, max_length=400)]


class Control(Message):
    """The instructor steering the session."""

    type: Literal["control"] = "control"
    command: Literal[
        "start", "pause", "resume", "end_phase", "undo", "end_game", "inject", "timer",
        "reassign", "remove", "compose", "codes", "view_as",
    ]  # fmt: skip
    event: Annotated[str, Field(max_length=64)] = ""  # inject: a scenario event's id
    kind: Literal["shock", "growth", "surge", ""] = ""  # compose: what happens
    target: Annotated[str, Field(max_length=32)] = ""  # compose: to which body, nation, movement
    amount: float = Field(0.0, ge=-1, le=1)  # compose: how much
    seconds: int = Field(0, ge=0, le=3600)  # timer: per phase, 0 for none
    seat: Annotated[str, Field(max_length=16)] = ""  # reassign; view_as ("": the public)
    to: Literal[
        "people", "easy", "normal", "hard",
        "concert", "hegemony", "bloc", "overreach", "restraint", "domination", "",
    ] = ""  # reassign: to people, an AI level or a strategy (docs/ai.md)  # fmt: skip
    client: int = Field(0, ge=0)  # remove


ClientMessage = Annotated[Hello | Act | Control, Field(discriminator="type")]
CLIENT = TypeAdapter[Hello | Act | Control](ClientMessage)


# ---------------------------------------------------------------- server to client


class Welcome(Message):
    type: Literal["welcome"] = "welcome"
    version: int = VERSION
    client: int
    seat: str  # a nation id, "observer" or "instructor"
    role: Literal["player", "watcher", "observer", "instructor"]
    scenario: dict[str, Any]  # the scenario as its file gives it (public)
    people: dict[str, str]  # the seats people play: nation -> team name
    ai: dict[str, str]  # the seats the AI plays: nation -> level
    started: bool
    epoch: str  # names the stream of updates; send it back with `seen` on reconnecting


class Update(Message):
    """The next thing the seat may see: events, one list per action, and its view after
    them; `seq` counts the actions the seat has been sent."""

    type: Literal["update"] = "update"
    seq: int
    events: list[list[dict[str, Any]]]
    view: dict[str, Any]
    legal: list[str]
    waiting: list[str]
    rewound: bool = False  # an undo: what was shown since this view is void


class Answer(Message):
    """The server's answer to one Act."""

    type: Literal["answer"] = "answer"
    ticket: int
    accepted: bool
    action: str
    reason: str = ""


class Status(Message):
    """The session around the game: paused, the phase's timer, who is thinking, and for
    the instructor the clients at each seat."""

    type: Literal["status"] = "status"
    started: bool
    paused: bool
    timer: float | None = None  # seconds left in this phase
    thinking: list[str] = []
    people: dict[str, str] = {}
    ai: dict[str, str] = {}
    clients: list[dict[str, Any]] = []  # instructor only: id, seat, role, name, address


class Debriefing(Message):
    """The game is over: the debrief, for every client to show."""

    type: Literal["debrief"] = "debrief"
    debrief: dict[str, Any]


class Error(Message):
    """A message the server could not take; the connection stays open unless `fatal`."""

    type: Literal["error"] = "error"
    code: Literal["malformed", "not_allowed", "bad_code", "too_fast", "version"]
    message: str
    fatal: bool = False


ServerMessage = Annotated[
    Welcome | Update | Answer | Status | Debriefing | Error, Field(discriminator="type")
]
SERVER = TypeAdapter[Welcome | Update | Answer | Status | Debriefing | Error](ServerMessage)


class ProtocolError(Told, ValueError):
    """A message that is not one of the protocol's, with what is wrong in it (said in the
    reader's language by `text`; what pydantic finds wrong, in its English)."""


def parse_client(raw: str | bytes) -> Hello | Act | Control:
    if len(raw) > MAX_MESSAGE:
        size = len(raw)
        raise ProtocolError(
            N_("message of {size} bytes; the limit is {limit}"),
            size=lambda lang: lang.whole(size),
            limit=lambda lang: lang.whole(MAX_MESSAGE),
        )
    try:
        return CLIENT.validate_json(raw)
    except ValidationError as error:
        raise _first(error) from None


def parse_server(raw: str | bytes) -> Welcome | Update | Answer | Status | Debriefing | Error:
    try:
        return SERVER.validate_json(raw)
    except ValidationError as error:
        raise _first(error) from None


def _first(error: ValidationError) -> ProtocolError:
    """The first thing pydantic found wrong: where, and what (in pydantic's English)."""
    first = error.errors()[0]
    where: object = ".".join(str(p) for p in first["loc"]) or told.Message(N_("the message"))
    return ProtocolError(N_("{where}: {problem}"), where=where, problem=first["msg"])


# ---------------------------------------------------------------- views and events

_VIEW = TypeAdapter(GameState)
_PLAIN: TypeAdapter[dict[str, Any]] = TypeAdapter(dict[str, Any])


def view_data(view: GameState) -> dict[str, Any]:
    data: dict[str, Any] = _VIEW.dump_python(view, mode="json")
    return data


def view_of(data: dict[str, Any]) -> GameState:
    return _VIEW.validate_python(data)


def event_data(event: Event) -> dict[str, Any]:
    """An event on the wire: its kind, round, facts as [name, value] pairs, audience."""
    data: dict[str, Any] = _PLAIN.dump_python(
        {"kind": event.kind, "round": event.round, "data": event.data, "audience": event.audience},
        mode="json",
    )
    return data


def event_of(data: dict[str, Any]) -> Event:
    """An event from the wire (raises ValueError for one the engine does not know)."""
    # JSON has no tuples: the engine's events hold tuples (a tally), so lists come back
    # as tuples and an event reads as it did on the server.
    audience = data.get("audience")
    return event_from_data(
        str(data["kind"]),
        int(data["round"]),
        _frozen(data.get("data", ())),
        None if audience is None else tuple(audience),
    )


def _frozen(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    return value
