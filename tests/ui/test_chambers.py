"""The chambers on the table move with the game: a member that joins grows into its seat
over the animation's time (at once with animation off), then the chamber is drawn still;
the seats' tooltip names every listed member from left to right."""

from __future__ import annotations

import pygame

from game.engine import events
from game.layout.chamber import seats
from game.ui.chamber import chamber_surface
from game.ui.drive import Driver
from game.ui.theme import DOCTRINE_COLOURS


def _join(driver: Driver) -> str:
    """A member joins the tutorial's first body (as the table hears it); its id."""
    driver.key(pygame.K_t, "t")
    driver.settle()
    table = driver.table
    body = table.view.bodies[0]
    joined = events.NationJoined(round=1, nation=body.members[0], body=body.id)
    table.note_changes(table.seat, [joined])
    driver.frame()
    driver.frame()
    return body.id


def _joined(driver: Driver) -> tuple[pygame.Surface, pygame.Surface]:
    """Its chamber's image a few frames after a member joined, and the chamber still."""
    _join(driver)
    table = driver.table
    body = table.view.bodies[0]
    [drawn] = table.moving
    assert drawn.change.joined == {body.members[0]}
    early = drawn.image.image.copy()
    still = chamber_surface(
        seats(table.view, body), drawn.image.rect.width, DOCTRINE_COLOURS["standard"]
    )
    return early, still


def _same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return pygame.image.tobytes(a, "RGBA") == pygame.image.tobytes(b, "RGBA")


def test_a_member_that_joins_grows_into_its_seat(driver: Driver) -> None:
    driver.app.settings.animation = "fast"
    early, still = _joined(driver)
    assert not _same(early, still)
    for _ in range(60):  # a second: the fast animation is done
        driver.frame()
    [drawn] = driver.table.moving
    assert _same(drawn.image.image, still)


def test_without_animation_the_chamber_changes_at_once(driver: Driver) -> None:
    driver.app.settings.animation = "off"
    _join(driver)
    assert not driver.table.moving and not driver.table.changes[driver.table.seat]


def test_the_seats_tooltip_names_the_members(driver: Driver) -> None:
    driver.key(pygame.K_t, "t")
    driver.settle()
    table = driver.table
    view = table.view
    names = [view.nation(n).name for n in view.bodies[0].members]
    tips = [
        str(e.tool_tip_text)
        for e in table.manager.get_sprite_group().sprites()
        if getattr(e, "tool_tip_text", None) and "From left to right" in str(e.tool_tip_text)
    ]
    assert len(tips) == len(view.bodies)
    assert all(name in tips[0] for name in names)
