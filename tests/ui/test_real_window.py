"""A real window on a virtual screen (Xvfb), clicked by xdotool as a person would: open
the settings, save them, and quit from the title; the game exits cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.ui.routes import open_window
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene
from game.ui.settings import Settings
from game.ui.widgets import find

ROOT = Path(__file__).resolve().parents[2]
TOOLS = shutil.which("Xvfb") and shutil.which("xdotool")

if not TOOLS and os.environ.get("CI") != "true":
    pytest.skip("no Xvfb or xdotool here (CI installs them)", allow_module_level=True)


def centres(scene_type: type, names: list[str]) -> dict[str, tuple[int, int]]:
    """Where the buttons are, from the same layout drawn off screen."""
    app = open_window(Settings(), (1280, 720))
    app.switch(scene_type(app))
    found = {}
    for name in names:
        element = find(app.scene.elements, name)
        assert element is not None, name
        found[name] = element.rect.center
    app.quit()
    return found


def xdotool(*args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, timeout=30, check=True
    ).stdout.strip()


def test_a_real_window_is_clicked_through_the_title(tmp_path: Path) -> None:
    assert TOOLS, "Xvfb and xdotool are missing: .ci/run installs them"
    title = centres(TitleScene, ["settings", "quit"])
    settings = centres(SettingsScene, ["save"])
    display = ":97"
    screen = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "SDL_VIDEODRIVER"}
    env.update(DISPLAY=display, CONCERT_HOME=str(home), SDL_AUDIODRIVER="dummy")
    game = None
    try:
        time.sleep(1.0)
        game = subprocess.Popen(
            [sys.executable, "main.py", "play"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        os.environ["DISPLAY"] = display
        window = ""
        for _ in range(100):
            try:
                window = xdotool("search", "--pid", str(game.pid)).splitlines()[0]
                break
            except (subprocess.CalledProcessError, IndexError):
                time.sleep(0.2)
        assert window, "the game's window never appeared"
        time.sleep(1.0)

        def click(at: tuple[int, int]) -> None:
            xdotool("mousemove", "--window", window, str(at[0]), str(at[1]))
            time.sleep(0.2)
            xdotool("click", "1")
            time.sleep(0.6)

        click(title["settings"])
        click(settings["save"])
        for _ in range(20):
            if (home / "settings.json").exists():
                break
            time.sleep(0.2)
        assert (home / "settings.json").exists(), "the settings screen did not save"
        click(title["quit"])
        _, errors = game.communicate(timeout=20)
        assert game.returncode == 0, errors
    finally:
        os.environ.pop("DISPLAY", None)
        if game is not None and game.poll() is None:
            game.kill()
            game.communicate()
        screen.terminate()
        screen.wait(timeout=10)
