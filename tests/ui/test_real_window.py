"""A real window on a virtual screen (Xvfb), clicked by xdotool as a person would: open
the settings, save them, and quit from the title; the game exits cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from game.ui.routes import open_window
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene
from game.ui.settings import Settings
from game.ui.widgets import find

from ..xvfb import virtual_screen

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


def wait_for(
    game: subprocess.Popen[str], found: Callable[[], str | bool], what: str, seconds: float = 120
) -> str | bool:
    """Poll until `found` gives something, failing at once, with the game's errors, if
    the game ends first; the deadline is only a guard against a stall."""
    end = time.monotonic() + seconds
    while not (result := found()):
        if game.poll() is not None:
            pytest.fail(f"the game ended before {what}: {game.communicate()[1]}")
        assert time.monotonic() < end, f"{what} did not happen in {seconds:g} s"
        time.sleep(0.1)
    return result


def test_a_real_window_is_clicked_through_the_title(tmp_path: Path) -> None:
    assert TOOLS, "Xvfb and xdotool are missing: .ci/run installs them"
    title = centres(TitleScene, ["settings", "quit"])
    settings = centres(SettingsScene, ["save"])
    screen, display = virtual_screen()
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "SDL_VIDEODRIVER"}
    env.update(DISPLAY=display, CONCERT_HOME=str(home), SDL_AUDIODRIVER="dummy")
    game = None
    try:
        game = subprocess.Popen(
            [sys.executable, "main.py", "play"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        os.environ["DISPLAY"] = display

        def shown() -> str:
            try:
                return xdotool("search", "--onlyvisible", "--pid", str(game.pid)).splitlines()[0]
            except (subprocess.CalledProcessError, IndexError):
                return ""

        window = str(wait_for(game, shown, "its window appeared"))
        time.sleep(1.0)

        def click(at: tuple[int, int]) -> None:
            # A loaded machine once refused the first move (exit 1, window found a
            # second before): try again on the window as found now, and say why at last.
            for attempt in range(5):
                try:
                    xdotool("mousemove", "--window", shown() or window, str(at[0]), str(at[1]))
                    break
                except subprocess.CalledProcessError as refused:
                    if attempt == 4:
                        pytest.fail(f"xdotool could not move the mouse: {refused.stderr}")
                    time.sleep(1.0)
            time.sleep(0.2)
            xdotool("click", "1")
            time.sleep(0.6)

        click(title["settings"])
        click(settings["save"])
        wait_for(game, (home / "settings.json").exists, "the settings screen saved")
        click(title["quit"])
        _, errors = game.communicate(timeout=60)
        assert game.returncode == 0, errors
    finally:
        os.environ.pop("DISPLAY", None)
        if game is not None and game.poll() is None:
            game.kill()
            game.communicate()
        screen.terminate()
        screen.wait(timeout=10)
