"""Where the game keeps its files for a user: settings, the autosave and saves, in the
system's place for an application's data (platformdirs). CONCERT_HOME overrides the
place (tests use a temporary folder)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from platformdirs import user_data_path

APP = "concert-of-powers"


def _earlier_home() -> Path | None:
    """Where earlier versions kept the files, if that differs from today's place: on
    Linux the place is the same; on Windows and macOS the folder was named otherwise."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "Concert of Powers"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Concert of Powers"
    return None


def move_earlier(earlier: Path | None, base: Path) -> None:
    """Move the files of an earlier version to today's place, once: only when today's
    place does not exist yet, so nothing is ever overwritten."""
    if earlier is None or not earlier.is_dir() or base.exists():
        return
    base.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(earlier), str(base))


def home() -> Path:
    override = os.environ.get("CONCERT_HOME")
    if override:
        return Path(override)
    base = user_data_path(APP, appauthor=False)
    move_earlier(_earlier_home(), base)
    return base


def autosave() -> Path:
    return home() / "autosave.json"


def saves() -> Path:
    return home() / "saves"


def settings() -> Path:
    return home() / "settings.json"
