from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from game.ui.drive import Driver
from game.ui.routes import open_window
from game.ui.settings import Settings


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh place for the autosave, saves and settings."""
    monkeypatch.setenv("CONCERT_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def driver(home: Path) -> Iterator[Driver]:
    app = open_window(Settings(), (1280, 720))
    from game.ui.scenes.title import TitleScene

    app.switch(TitleScene(app))
    app.step(1 / 60)
    yield Driver(app)
    if app.running:
        app.quit()
