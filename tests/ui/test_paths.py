"""The user's files live in the system's place for an application's data, and an earlier
version's files move there once, never over newer ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.support import paths


def test_the_place_follows_the_system(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CONCERT_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if paths.sys.platform.startswith("linux"):
        assert paths.home() == tmp_path / "data" / "concert-of-powers"
    monkeypatch.setenv("CONCERT_HOME", str(tmp_path / "mine"))
    assert paths.saves() == tmp_path / "mine" / "saves"


def test_an_earlier_version_s_files_move_once(tmp_path: Path) -> None:
    earlier, base = tmp_path / "Concert of Powers", tmp_path / "new" / "concert-of-powers"
    (earlier / "saves").mkdir(parents=True)
    (earlier / "saves" / "game.json").write_text("{}")
    (earlier / "settings.json").write_text('{"volume": 0.5}')
    paths.move_earlier(earlier, base)
    assert (base / "saves" / "game.json").read_text() == "{}"
    assert (base / "settings.json").exists() and not earlier.exists()
    # Files left at the earlier place later are not moved over today's.
    earlier.mkdir()
    (earlier / "settings.json").write_text('{"volume": 1.0}')
    paths.move_earlier(earlier, base)
    assert (base / "settings.json").read_text() == '{"volume": 0.5}'
    paths.move_earlier(None, base)  # Linux: nothing to move
