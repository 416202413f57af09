"""Safari's engine plays a seat: WebKit, as Debian packages it (WebKitGTK's MiniBrowser
and its WebDriver, webkit2gtk-driver, driven by Selenium) on a virtual screen: the join
page, the table with its chambers drawn in the game's fonts, an offer sent from the
menus, the phase passed, and the projector's page following. .ci/run installs the driver
where the system's packages have it; without it the module is skipped."""

from __future__ import annotations

import glob
import os
import shutil
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ..xvfb import virtual_screen
from .test_browser_seat import serve

DRIVER = shutil.which("WebKitWebDriver")
BROWSER = next(iter(sorted(glob.glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser"))), None)
if not (DRIVER and BROWSER and shutil.which("Xvfb")):
    pytest.skip(
        "no WebKitGTK WebDriver here (.ci/run installs webkit2gtk-driver where it can)",
        allow_module_level=True,
    )

pytestmark = [
    pytest.mark.xdist_group("webkit"),
    # Selenium's own WebKitGTK driver still sets the address the way it deprecated.
    pytest.mark.filterwarnings("ignore:setting remote_server_addr:DeprecationWarning"),
]


@pytest.fixture
def webkit() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service

    screen, display = virtual_screen()
    options = Options()
    options.binary_location = str(BROWSER)
    options.add_argument("--automation")
    service = Service(executable_path=str(DRIVER), env={**os.environ, "DISPLAY": display})
    try:  # (the screen goes with the test, even when the browser does not start)
        driver = webdriver.WebKitGTK(options=options, service=service)
        try:
            driver.set_window_size(1280, 900)
            yield driver
        finally:
            driver.quit()
    finally:
        screen.terminate()
        screen.wait(timeout=30)


def until(found: Callable[[], Any], what: str, page: Any, seconds: float = 30) -> Any:
    end = time.monotonic() + seconds
    while not (result := found()):
        if time.monotonic() > end:
            body = page.execute_script("return document.body.innerText")
            raise AssertionError(f"WebKit: {what} did not happen in {seconds:g} s: {body!r}")
        time.sleep(0.1)
    return result


def test_a_seat_plays_in_webkit_and_the_projector_follows(webkit: Any) -> None:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    running, seat, codes = serve()
    host = running.host
    base = f"http://{running.address}"
    driver = webkit

    def shown(selector: str) -> list[Any]:
        found: list[Any] = driver.find_elements(By.CSS_SELECTOR, selector)
        return found

    def press(name: str) -> None:
        """Click the move's button (the page may draw it afresh meanwhile: again)."""
        for _ in range(20):
            try:
                until(lambda: shown(f"button[data-name={name}]"), name, driver)
                shown(f"button[data-name={name}]")[0].click()
                return
            except StaleElementReferenceException:
                time.sleep(0.1)
        raise AssertionError(f"WebKit: {name} could not be pressed")

    try:
        driver.get(f"{base}/")
        until(lambda: shown("#code"), "the join form", driver)  # (drawn by the page's code)
        driver.find_element(By.ID, "code").send_keys(codes[seat])
        driver.find_element(By.ID, "team").send_keys("Team Safari")
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        until(lambda: shown(".table"), "the table", driver)
        until(lambda: shown("button[data-name=send]"), "the moves of diplomacy", driver)
        assert "Team Safari" in driver.find_element(By.CSS_SELECTOR, ".you").text
        assert len(shown(".table svg circle")) > 10  # the chambers' seats
        assert driver.execute_script("return document.fonts.check('16px \"Noto Sans\"')")

        # an offer to the last power in the menu, as a student picks it
        menu = Select(shown("select")[0])
        partner = menu.options[-1].text
        menu.select_by_index(len(menu.options) - 1)
        press("send")
        until(lambda: any(f"{seat} offer" in a for a in host.match.actions), "the offer", driver)
        offered = next(a for a in host.match.actions if f"{seat} offer" in a)
        names = {n.id: n.name for n in host.match.scenario.nations}
        assert names[offered.split()[2]] == partner  # to the power picked

        press("pass")
        until(lambda: f"{seat} pass" in host.match.actions, "the pass", driver)
        heading = "return document.querySelector('.topbar h1')?.innerText || ''"
        until(lambda: "agenda" in driver.execute_script(heading), "the agenda", driver, 60)

        driver.execute_script("sessionStorage.clear()")  # (the projector: another device)
        driver.get(f"{base}/watch")  # the projector's page, in the same engine
        until(lambda: shown("#code"), "the projector's form", driver)

        def projector_in() -> bool:
            """The chambers drawn; while the form still shows with its field empty (a
            busy machine may draw the form afresh under the typing), type the code again."""
            if shown(".table svg circle"):
                return True
            field = shown("#code")
            if field and not field[0].get_attribute("value"):
                field[0].send_keys(codes["observer"])
                driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            return False

        # (60 s, as for the agenda: the AI seats' moves share this machine with the suite)
        until(projector_in, "the projector's chambers", driver, 60)
        assert not shown("button[data-name=pass]")  # observers cannot move
    finally:
        running.stop()
