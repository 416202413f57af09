"""A browser seat hears its advisers as the window's does: its table goes out at once,
and again once the advisers' process has judged its moves, each then with what it is
worth to the seat; a body's menu of motions then offers first the one worth most."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from typing import Any

from websockets.sync.client import ClientConnection, connect

from game.engine import player_view
from game.net.advisers import judge

from .conftest import Running
from .test_game import until

ADVISED = "Your advisers:"


def tables(
    ws: ClientConnection,
    held: dict[str, Any],
    wanted: Callable[[dict[str, Any]], bool],
    within: float,
) -> dict[str, Any]:
    """The seat's tables, whole (`held`: the last one), until one is `wanted`."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        message = json.loads(ws.recv(timeout=max(0.01, end - time.monotonic())))
        if message["type"] != "table":
            continue
        whole = {**message, **{name: held[name] for name in message["kept"]}}
        held.clear()
        held.update(whole)
        if wanted(whole):
            return whole
    raise AssertionError(f"no such table in {within} s")


def menus(items: list[Any], key: str) -> list[dict[str, Any]]:
    """The menus of this key anywhere in a table's moves."""
    found = []
    for item in items:
        if isinstance(item, list):
            found += menus(item, key)
        elif item.get("kind") == "menu":
            found += [item] if item["key"] == key else []
            for choice in item["choices"]:
                found += menus(choice["items"], key)
    return found


def test_a_browser_seat_s_moves_come_with_what_they_are_worth(
    serve: Callable[..., Running],
) -> None:
    running = serve(autostart=False)
    host = running.host
    with (
        connect(f"ws://{running.address}/") as team,
        connect(f"ws://{running.address}/") as chief,
    ):
        code = host.seating.codes["NL"]
        team.send(json.dumps({"type": "hello", "code": code, "worded": True}))
        chief.send(json.dumps({"type": "hello", "code": "pw", "instructor": True}))
        until(lambda: len(host.clients) == 2)
        chief.send(json.dumps({"type": "control", "command": "start"}))  # (the rest: AI)
        held: dict[str, Any] = {}
        tables(team, held, lambda t: bool(t["moves"]), 60)
        team.send(json.dumps({"type": "act", "ticket": 1, "action": "NL pass"}))
        first = tables(team, held, lambda t: t["phase"] == "agenda" and bool(t["moves"]), 90)
        assert ADVISED not in json.dumps(first["moves"])  # (sent before it is judged)
        agenda = tables(team, held, lambda t: ADVISED in json.dumps(t["moves"]), 60)
        assert agenda["seq"] == first["seq"]  # the same moment, its moves now judged
        drafts = menus(agenda["moves"], "motion")
        assert drafts
        view = player_view(host.match.state, "NL")
        worth = {action: option.value for action, option in judge("NL", view).items()}
    ranked = 0
    for menu in drafts:  # the motion a body's menu shows first is the one worth most
        tabled = [
            next(i["action"] for i in c["items"] if i.get("kind") == "move")
            for c in menu["choices"]
        ]
        judged = [worth.get(a, -math.inf) for a in tabled]  # (the judge skips some)
        assert judged[0] == max(judged)
        ranked += judged[0] > -math.inf
    assert ranked
