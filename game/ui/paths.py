"""Where the game keeps its files for a user: settings, the autosave and saves.
CONCERT_HOME overrides the place (tests use a temporary folder)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def home() -> Path:
    override = os.environ.get("CONCERT_HOME")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home())) / "Concert of Powers"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "Concert of Powers"
    else:
        data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(data) / "concert-of-powers"
    return base


def autosave() -> Path:
    return home() / "autosave.json"


def saves() -> Path:
    return home() / "saves"


def settings() -> Path:
    return home() / "settings.json"
