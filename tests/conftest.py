"""Shared test set-up: headless SDL before anything can import pygame, English, and Hypothesis
profiles (CI runs derandomised so a failure reproduces on the next run)."""

import os

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# The game speaks the system's language unless told: the tests read its English, whatever
# this machine's locale (tests of other languages ask for them).
os.environ["LANGUAGE"] = "en"

from hypothesis import settings

from game.support.collector import pace_for_play

pace_for_play()  # the suite plays thousands of games, at the pace the game's commands use

settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that share a module's fixture (a game played once, a study run once) run on
    one worker (`--dist loadgroup`), so the fixture is made once, not once per worker;
    the slow ones go first."""
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        shared = any(defs and defs[-1].scope == "module" for defs in info.name2fixturedefs.values())
        if shared:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
    # The long studies first: the workers then share out the short tests at the end,
    # rather than one waiting while the other runs a study begun last.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_collection_finish(session: pytest.Session) -> None:
    """On an xdist worker, the groups must reach the scheduler (as a suffix of each test's
    id): a pytest whose ids ignore it would share nothing, and run every study twice."""
    if not hasattr(session.config, "workerinput") or not session.config.getvalue("loadgroup"):
        return
    for item in session.items:
        if item.get_closest_marker("xdist_group") is not None and "@" not in item.nodeid:
            raise pytest.UsageError(
                f"{item.nodeid}: its xdist_group does not reach the scheduler; pin a pytest "
                "whose node ids pytest-xdist can suffix (pyproject.toml)"
            )
