"""A virtual screen (Xvfb) for the tests that need a real display: the game's own window
clicked by xdotool, and WebKit, which draws only on a screen."""

from __future__ import annotations

import os
import select
import subprocess

import pytest


def virtual_screen() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb on a free display, once it takes connections: it writes the display's
    number when it is ready (a fixed wait raced a loaded machine's start-up)."""
    read, write = os.pipe()
    screen = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        ready, _, _ = select.select([pipe], [], [], 120)
        number = pipe.readline().strip() if ready else ""
    if not number:
        screen.kill()
        pytest.fail("Xvfb did not start")
    return screen, f":{number}"
