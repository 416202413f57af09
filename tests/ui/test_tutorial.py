"""The guided tutorial: from the title, a coach card explains each phase the first time
it comes round, and the game can be finished by following it."""

from __future__ import annotations

import pygame

from game.ui.drive import Driver


def test_the_tutorial_coaches_each_phase_to_the_end(driver: Driver) -> None:
    driver.key(pygame.K_t, "t")
    assert driver.scene == "table"
    table = driver.table
    assert table.controller.scenario.id == "tutorial"
    coached = []
    for _ in range(400):
        screen = driver.settle()
        if screen == "end":
            break
        step = table.coach_step()
        if step is not None:
            coached.append(step.phase)
            # The card comes with the frame that lays it out (the view may have moved on
            # between the frame that said "your turn" and this look).
            driver.until(lambda: driver.has("coach-ok"))
            driver.click("coach-ok")
            continue
        driver.plain_move(table_motions=True)
    assert driver.scene == "end"
    assert coached[:3] == ["diplomacy", "agenda", "vote"]
    assert "membership" in coached
    assert len(coached) == len(set(coached))  # each card once
