"""Driving the real window without a person: real input events posted to pygame's queue,
one frame at a time, and widgets found by their object ids. The tour and the tests use
it."""

from __future__ import annotations

import time
from collections.abc import Callable

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import (
    UIButton,
    UICheckBox,
    UIDropDownMenu,
    UIImage,
    UILabel,
    UIScrollingContainer,
    UITextBox,
    UITextEntryLine,
)

from .app import App
from .scenes.table import TableScene
from .widgets import find


class Driver:
    def __init__(self, app: App) -> None:
        self.app = app

    @property
    def scene(self) -> str:
        return self.app.scene.name

    def frame(self, events: list[pygame.event.Event] | None = None) -> None:
        for event in events or []:
            pygame.event.post(event)
        self.app.step(1 / 60)

    def element(self, name: str) -> UIElement:
        for scene in reversed(self.app.scenes):
            if (found := find(scene.elements, name)) is not None:
                return found
        raise AssertionError(f"no #{name} on the {self.scene} screen")

    def has(self, name: str) -> bool:
        """Whether a widget #name is on the screen now."""
        return any(find(scene.elements, name) is not None for scene in self.app.scenes[-1:])

    def click_at(self, pos: tuple[int, int]) -> None:
        self.frame([pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))])
        self.frame([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1)])
        self.frame([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1)])
        self.frame()

    def click(self, name: str) -> None:
        element = self.element(name)
        assert element.visible, f"#{name} is hidden"
        if isinstance(element, UIButton):
            assert element.is_enabled, f"#{name} is disabled"
        self.reveal(element)
        self.click_at(element.rect.center)

    def reveal(self, element: UIElement) -> None:
        """Scroll the list holding the element until it shows (a person drags the scroll
        bar there before clicking)."""
        scroller = next(
            (
                s
                for s in self.app.manager.get_sprite_group().sprites()
                if isinstance(s, UIScrollingContainer) and element.ui_container is s.get_container()
            ),
            None,
        )
        if scroller is None or scroller.rect.contains(element.rect):
            return
        content = scroller.get_container().get_rect()
        bar = scroller.vert_scroll_bar
        assert bar is not None, "a list too long for its place has no scroll bar"
        bar.set_scroll_from_start_percentage((element.rect.top - content.top) / content.height)
        for _ in range(3):
            self.frame()
        assert scroller.rect.contains(element.rect), "scrolled, and still out of view"

    def click_text(self, text: str) -> None:
        """The visible button showing this text, newest first (a drop-down's options)."""
        for element in reversed(self.app.manager.get_sprite_group().sprites()):
            if isinstance(element, UIButton) and element.visible and element.text == text:
                self.click_at(element.rect.center)
                return
        raise AssertionError(f"no button '{text}' on the {self.scene} screen")

    def key(self, key: int, text: str = "") -> None:
        self.frame([pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=text, scancode=0)])
        self.frame([pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode=text, scancode=0)])

    def until(self, done: Callable[[], bool], seconds: float = 60.0) -> None:
        """Frames until the condition holds (the AI powers move on their own thread)."""
        end = time.monotonic() + seconds
        # A frame before each look: the screen then shows what the game has published
        # (a turn can come between two frames).
        self.frame()
        while not done():
            if time.monotonic() > end:
                raise AssertionError(f"timed out on the {self.scene} screen")
            time.sleep(0.005)
            self.frame()

    # ------------------------------------------------------------ playing a turn

    @property
    def table(self) -> TableScene:
        scene = self.app.scene
        assert isinstance(scene, TableScene), f"the {scene.name} screen, not the table"
        return scene

    def my_turn(self) -> bool:
        """The table shows the seat's moves, and the game has taken in every move so far."""
        scene = self.app.scene
        if not isinstance(scene, TableScene) or not scene.controller.wait_idle(0) or scene.dirty:
            return False
        return bool(scene.controller.legal(scene.seat)) and bool(scene.quick)

    def plain_move(self, table_motions: bool = False) -> None:
        """A plain player's move: yes on a ballot, a motion if asked, else pass."""
        moves = self.table.quick
        for name in ("-yes", "table") if table_motions else ("-yes",):
            picked = [b for b in moves if str((b.object_ids or [""])[-1]).endswith(name)]
            if picked:
                self.click_at(picked[0].rect.center)
                return
        self.key(pygame.K_p, "p")

    def agenda(self) -> None:
        """Plain moves until the seat's agenda, its moves laid out (a loaded machine lays
        the panel out a frame after the phase begins)."""
        for _ in range(40):
            self.settle()
            if self.table.view.phase.value == "agenda":
                break
            self.plain_move()
        assert self.table.view.phase.value == "agenda", "no agenda in 40 moves"
        self.until(lambda: self.has("pick-other-next"))

    def settle(self, seconds: float = 120.0) -> str:
        """Frames until a person must act or the game ends; the screen then shown."""
        self.until(lambda: self.scene in ("end", "handover") or self.my_turn(), seconds)
        return self.scene

    def outside(self) -> list[str]:
        """Widgets of the screen's top level that reach past the window's edge."""
        window = self.app.surface.get_rect()
        problems = []
        for scene in self.app.scenes[-1:]:
            for element in scene.elements:
                if element.visible and not window.contains(element.rect):
                    ids = element.get_object_ids() or ["?"]
                    problems.append(f"{scene.name}: {ids[-1]} at {tuple(element.rect)}")
        return problems

    def overlapping(self) -> list[str]:
        """Text and pictures on the screen that overlap one another, or a button whose text
        is wider than it: what a larger scale or a long name can do."""
        problems = []
        name = self.scene
        shown = self.widgets()
        by_place: dict[int, list[UIElement]] = {}
        for element in shown:
            by_place.setdefault(id(element.ui_container), []).append(element)
            problems += [f"{name}: {why}" for why in _too_wide(element)]
        for group in by_place.values():
            for i, one in enumerate(group):
                for other in group[i + 1 :]:
                    if one.relative_rect.colliderect(other.relative_rect):
                        problems.append(f"{name}: {_named(one)} overlaps {_named(other)}")
        return problems

    def small_text(self, pixels: int) -> list[str]:
        """Widgets on the screen whose text is set smaller than `pixels` (a projector's
        back row needs 18 or more); a scroll bar's arrows and a check box's tick are not
        text (its words are a label of their own)."""
        small = []
        for element in self.widgets():
            font = None if isinstance(element, UICheckBox) else getattr(element, "font", None)
            if font is not None and font.get_point_size() < pixels:
                small.append(f"{self.scene}: {_named(element)} in {font.get_point_size()} px type")
        return small

    def widgets(self) -> list[UIElement]:
        """Every widget on the screen, inside lists and cards too (not the parts widgets
        are made of: a drop-down's buttons, a scroll bar's)."""
        return [
            e
            for e in self.app.manager.get_sprite_group().sprites()
            if isinstance(e, SHOWN)
            and e.visible
            and set(e.element_ids[:-1]) <= {"panel", "scrolling_container", "container"}
        ]


# What a person reads or looks at (containers and panels hold them, and may overlap).
SHOWN = (UILabel, UIButton, UITextBox, UIImage, UITextEntryLine, UIDropDownMenu, UICheckBox)


def _named(element: UIElement) -> str:
    ids = element.get_object_ids() or ["?"]
    text = getattr(element, "text", None) or getattr(element, "html_text", "") or ""
    return f"{ids[-1]} {str(text)[:40]!r} at {tuple(element.rect)}"


def _too_wide(element: UIElement) -> list[str]:
    """A button or a heading whose text does not fit its width: a button clips it, and a
    heading wraps onto a second line over what follows it (another label wraps onto more
    lines, and what it then overlaps is found)."""
    classes = element.get_class_ids() or []
    heading = isinstance(element, UILabel) and any(
        str(c).startswith("@heading") for c in classes if c
    )
    if not isinstance(element, UIButton | UILabel) or not (
        isinstance(element, UIButton) or heading
    ):
        return []
    if element.font is None:
        return []
    wide = element.font.get_rect(element.text).width
    room = element.rect.width - (8 if isinstance(element, UIButton) else 0)
    return [f"{_named(element)}: its text is {wide} px wide"] if wide > room else []
