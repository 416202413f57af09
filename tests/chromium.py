"""Headless Chromium for the tests that open pages in a real browser (the reports, the
web client): Debian's, not one Playwright would download; kept off the network."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def need_chromium() -> None:
    """Skip the module without Chromium, except in CI, which installs it."""
    if CHROMIUM is None and os.environ.get("CI") != "true":
        pytest.skip(
            "no Chromium here (CI installs it: apt-get install chromium)", allow_module_level=True
        )


@contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "Chromium is missing: .ci/run installs Debian's chromium package"
    with sync_playwright() as playwright:
        # Flags that keep Chromium off the network and fit a container run as root.
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            yield launched
        finally:
            launched.close()


def watch(page: Any, allowed: tuple[str, ...]) -> list[str]:
    """Every script error, console error or warning and request outside `allowed` (URL
    beginnings) the page makes from now on; an outside request is refused."""
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on(
        "console",
        lambda message: (
            problems.append(f"console {message.type}: {message.text}")
            if message.type in ("error", "warning")
            else None
        ),
    )

    def only_allowed(route: Any) -> None:
        url = route.request.url
        if url.startswith(("data:", *allowed)):
            route.continue_()
        else:
            problems.append(f"outside request: {url}")
            route.abort()

    page.route("**/*", only_allowed)
    return problems
