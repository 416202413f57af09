"""A save made under earlier rules, which this version cannot replay, opens in the window
as the debrief of what it recorded."""

from __future__ import annotations

import json
from pathlib import Path

from pygame_gui.elements import UITextBox

from game.cli import main
from game.debrief.model import NOT_REPLAYED
from game.engine import RULES_VERSION
from game.ui.drive import Driver

ROOT = Path(__file__).resolve().parents[2]


def test_a_save_the_rules_moved_past_opens_as_its_recorded_debrief(
    driver: Driver, home: Path
) -> None:
    made = home / "made.json"
    scenario = str(ROOT / "scenarios" / "liberal-restraint-2025.yaml")
    assert main(["play", "--headless", scenario, "--seed", "7", "--save", str(made)]) == 0
    data = json.loads(made.read_text(encoding="utf-8"))
    data["rules_version"] = RULES_VERSION - 1  # saved under other rules...
    data["round_hashes"][1] = data["round_hashes"][1][::-1]  # ...by which it played otherwise
    (home / "saves").mkdir(parents=True, exist_ok=True)
    (home / "saves" / "last term.json").write_text(json.dumps(data), encoding="utf-8")
    driver.click("load")
    driver.click_text("last term")
    driver.click("open")
    assert driver.scene == "end"
    said = " ".join(
        e.html_text
        for e in driver.app.manager.get_sprite_group().sprites()
        if isinstance(e, UITextBox)
    )
    assert "earlier rules" in said and "Round 1" in said
    assert not driver.has("branch")  # nothing to play on from: the game is not replayed
    driver.click("export")
    report = next((home / "saves").glob("* debrief/report.html"))
    assert NOT_REPLAYED in report.read_text(encoding="utf-8")
    driver.click("title")
    assert driver.scene == "title"
