"""The web client's files on the classroom server's own port: served with their types,
a strict content policy and validators; nothing outside the client's folder; a WebSocket
still opens on any path, but not from another site's page."""

from __future__ import annotations

import hashlib
import http.client
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from game.net.web import POLICY, STATIC, files

from .conftest import Running

VENDOR_SHA256 = "72284e8e9079c87817145df1110f74e8a2aa040b2fc384922e18dfcb46fc1fd7"


def fetch(
    running: Running, path: str, method: str = "GET", **headers: str
) -> tuple[int, dict[str, str], bytes]:
    host, port = running.address.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_the_join_page_is_served_with_a_strict_policy(serve: Callable[..., Running]) -> None:
    running = serve()
    status, headers, body = fetch(running, "/")
    assert status == 200
    assert body == (STATIC / "index.html").read_bytes()
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Content-Security-Policy"] == POLICY
    assert "script-src 'self'" in POLICY and "unsafe" not in POLICY
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-cache"  # a class never runs yesterday's page
    assert headers["Content-Length"] == str(len(body))


def test_every_file_has_its_type_and_fonts_are_kept(serve: Callable[..., Running]) -> None:
    running = serve()
    table = running.host.web.table
    assert table["/main.js"].type == "text/javascript; charset=utf-8"
    assert table["/app.css"].type == "text/css; charset=utf-8"
    assert table["/emblem.svg"].type == "image/svg+xml"
    status, headers, _ = fetch(running, "/fonts/NotoSans-Regular.woff2")
    assert status == 200
    assert headers["Content-Type"] == "font/woff2"
    assert headers["Cache-Control"] == "public, max-age=86400"


def test_head_and_revalidation(serve: Callable[..., Running]) -> None:
    running = serve()
    _, got, body = fetch(running, "/main.js")
    status, headers, empty = fetch(running, "/main.js", method="HEAD")
    assert (status, empty) == (200, b"")
    assert headers["Content-Length"] == str(len(body))
    assert headers["ETag"] == got["ETag"]
    status, headers, empty = fetch(running, "/main.js", **{"If-None-Match": got["ETag"]})
    assert (status, empty) == (304, b"")
    status, _, again = fetch(running, "/main.js", **{"If-None-Match": '"stale"'})
    assert (status, again) == (200, body)


@pytest.mark.parametrize(
    "path",
    [
        "/../game/net/host.py",
        "/%2e%2e/%2e%2e/pyproject.toml",
        "/..%2fpyproject.toml",
        "//etc/passwd",
        "/vendor/../../net/web.py",
        "/main.py",
        "/nothing.js",
    ],
)
def test_nothing_outside_the_client_is_served(serve: Callable[..., Running], path: str) -> None:
    status, headers, body = fetch(serve(), path)
    assert status == 404
    assert headers["Content-Type"].startswith("text/plain")
    assert b"import" not in body and b"[project]" not in body


def test_other_methods_are_refused(serve: Callable[..., Running]) -> None:
    running = serve()
    status, headers, _ = fetch(running, "/", method="DELETE")
    assert status == 405
    assert headers["Allow"] == "GET, HEAD"
    status, _, _ = fetch(running, "/", method="POST", **{"Content-Length": "0"})
    assert status == 405


def test_a_websocket_opens_on_any_path_but_not_from_another_site(
    serve: Callable[..., Running],
) -> None:
    running = serve()
    code = running.host.seating.codes["observer"]
    for url, origin in [
        (f"ws://{running.address}/", None),  # the window's client: no Origin
        (f"ws://{running.address}/ws", f"http://{running.address}"),  # a page of this host
    ]:
        with connect(url, origin=origin) as ws:  # type: ignore[arg-type]
            ws.send(json.dumps({"type": "hello", "code": code}))
            assert json.loads(ws.recv(timeout=5))["type"] == "welcome"
    evil = "http://evil.example"
    with pytest.raises(InvalidStatus) as refused, connect(f"ws://{running.address}/", origin=evil):  # type: ignore[arg-type]
        pass
    assert refused.value.response.status_code == 403


def test_the_table_is_read_once_from_the_client_folder(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<!doctype html>")
    (tmp_path / "notes.md").write_text("not served")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.js").write_text("export {}")
    table = files(tmp_path, tmp_path / "no-assets")
    assert sorted(table) == ["/", "/index.html", "/sub/a.js", "/teach", "/watch"]
    assert table["/"] == table["/index.html"] == table["/watch"] == table["/teach"]


def test_the_vendored_library_is_the_published_one() -> None:
    body = (STATIC / "vendor" / "preact-htm.js").read_bytes()
    assert hashlib.sha256(body).hexdigest() == VENDOR_SHA256


def test_code_and_styles_stay_small() -> None:
    """The issue's budget: every script, style and page together at most 300 KB (the
    fonts apart)."""
    table = files()
    code = {url: f for url, f in table.items() if url.endswith((".js", ".css", ".html"))}
    assert sum(len(f.body) for f in code.values()) <= 300 * 1024


def test_the_join_page_is_told_which_scenario_the_class_will_play(
    serve: Callable[..., Running],
) -> None:
    """Before a team joins, /game.json says what the instructor chose: its title, length,
    seats and how its games end, and its bodies as chambers, worded by the server."""
    from game.net.worded import GameCard

    running = serve()
    status, headers, body = fetch(running, "/game.json")
    assert status == 200 and headers["Content-Type"] == "application/json"
    card = GameCard.model_validate_json(body)
    scenario = running.host.match.scenario
    assert card.title == scenario.title
    assert card.seats.startswith(str(len(scenario.playable_seats())))
    assert card.ends and "games each" in card.ends[0]
    assert [c.name for c in card.chambers] == [i.name for i in scenario.institutions[:3]]
    assert all(c.seats and c.seated for c in card.chambers)
    assert card.words["ends"] == "How its games end"


def test_the_page_finds_its_words_and_the_card_in_each_language(
    serve: Callable[..., Running],
) -> None:
    """The join page's own words and the scenario's card, in each language the game
    speaks (/words.de.json, /game.es.json) and in the server's (/words.json); each names
    every language the page may switch to, by its own name."""
    from game.net.page_words import WORDS, PageWords
    from game.net.worded import GameCard

    running = serve()
    server = PageWords.model_validate_json(fetch(running, "/words.json")[2])
    assert server.lang == "en" and server.words["join"] == "Join"
    assert server.languages == {"en": "English", "de": "Deutsch", "es": "Español"}
    assert set(server.words) == set(WORDS)
    german = PageWords.model_validate_json(fetch(running, "/words.de.json")[2])
    assert german.lang == "de" and german.words["join"] == "Beitreten"
    assert "{clock}" in str(german.words["timeLeft"])
    card = GameCard.model_validate_json(fetch(running, "/game.es.json")[2])
    assert card.title == running.host.match.texts["es"].title != running.host.match.scenario.title
    assert card.words["length"] == "Duración:" and "partidas" in card.ends[0]
    assert fetch(running, "/words.fr.json")[0] == 404
