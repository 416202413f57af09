"""Small builders over pygame_gui, so scenes read as layouts."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import pygame
from pygame_gui.core import ObjectID, UIElement
from pygame_gui.core.interfaces import (
    IContainerLikeInterface,
    IUIElementInterface,
    IUIManagerInterface,
)
from pygame_gui.elements import (
    UIButton,
    UIDropDownMenu,
    UIImage,
    UILabel,
    UIPanel,
    UIScrollingContainer,
    UITextBox,
)

from .icons import icon
from .text import clean, markup
from .theme import INK


def label(
    manager: IUIManagerInterface,
    container: IContainerLikeInterface,
    rect: pygame.Rect,
    text: str,
    style: str | None = None,
    tip: str | None = None,
) -> UILabel:
    # The height follows the font (-1), so a larger UI scale never cuts a line; a text too
    # wide for its width is a layout mistake, which pygame_gui warns of and the tests catch.
    element = UILabel(
        pygame.Rect(rect.x, rect.y, rect.width, -1),
        clean(text),
        manager=manager,
        container=container,
        object_id=ObjectID(class_id=style) if style else None,
    )
    font = element.font
    if style == "@heading" and font is not None and font.get_rect(clean(text)).width > rect.width:
        # A heading longer in this language than its place holds: a size smaller, on one
        # line (what follows it is laid out for one).
        element.kill()
        return label(manager, container, rect, text, "@heading-tight", tip)
    if tip:
        element.set_tooltip(clean(tip))
    return element


def heading(
    manager: IUIManagerInterface,
    container: IContainerLikeInterface,
    rect: pygame.Rect,
    text: str,
    icon_name: str,
    tip: str | None = None,
    style: str = "@heading",
    colour: str = INK,
) -> UILabel:
    """A heading with its icon before it; rect's height is the heading's line height."""
    size = max(8, round(rect.height * 0.72))
    UIImage(
        pygame.Rect(rect.x, rect.y + (rect.height - size) // 2, size, size),
        icon(icon_name, size, colour),
        manager=manager,
        container=container,
    )
    gap = size + max(4, size // 3)
    place = pygame.Rect(rect.x + gap, rect.y, rect.width - gap, rect.height)
    return label(manager, container, place, text, style, tip)


def button(
    manager: IUIManagerInterface,
    container: IContainerLikeInterface,
    rect: pygame.Rect,
    text: str,
    name: str,
    tip: str | None = None,
    style: str | None = None,
) -> UIButton:
    """A button; `name` is its object id (#name), which tests find it by."""
    return UIButton(
        rect,
        clean(text),
        manager=manager,
        container=container,
        tool_tip_text=clean(tip) if tip else None,
        object_id=ObjectID(class_id=style, object_id=f"#{name}"),
    )


def text_box(
    manager: IUIManagerInterface,
    container: IContainerLikeInterface,
    rect: pygame.Rect,
    text: str,
    style: str | None = None,
    html: bool = False,
) -> UITextBox:
    """Wrapped text; plain text is escaped unless `html` says it is markup already."""
    return UITextBox(
        text if html else markup(text),
        rect,
        manager=manager,
        container=container,
        object_id=ObjectID(class_id=style) if style else None,
    )


def card(
    manager: IUIManagerInterface, container: IContainerLikeInterface, rect: pygame.Rect
) -> UIPanel:
    return UIPanel(rect, manager=manager, container=container, object_id=ObjectID(class_id="@card"))


Made = TypeVar("Made", bound=IUIElementInterface)


class Reuse:
    """The widgets a scrolling list was laid out with last time, by what each shows (its
    kind, words, style, width and tip): laying the list out again takes a widget showing
    the same back, moved to its new place, rather than making a new one. So a change lays
    out only what changed: a text box takes a millisecond or more to lay out, and moving
    one next to nothing, which keeps the table's frames short while the AI powers move.
    A button taken back keeps its state (hovered, pressed) too."""

    def __init__(self) -> None:
        self._last: dict[Hashable, list[IUIElementInterface]] = {}
        self._now: dict[Hashable, list[IUIElementInterface]] = {}

    @property
    def empty(self) -> bool:
        """Whether the last layout left nothing to take back (a new list)."""
        return not any(self._last.values())

    def widget(self, key: Hashable, at: tuple[int, int], make: Callable[[], Made]) -> Made:
        """The widget `key` describes, at `at` in its container: last layout's, else
        `make()`'s (which places it there)."""
        kept = self._last.get(key, [])
        while kept:
            element = kept.pop(0)
            if element.alive():
                if tuple(element.get_relative_rect().topleft) != at:
                    element.set_relative_position(at)
                self._now.setdefault(key, []).append(element)
                return element  # type: ignore[return-value]  # made by make() under this key
        made = make()
        self._now.setdefault(key, []).append(made)
        return made

    def done(self) -> None:
        """The layout is over: what it did not take back goes."""
        for left in self._last.values():
            for element in left:
                element.kill()
        self._last, self._now = self._now, {}

    def forget(self) -> None:
        """Every widget goes (the list is laid out anew, or its container is gone)."""
        self.done()
        self.done()


@dataclass
class Listing:
    """A scrolling list kept across layouts of its part of a screen: what it shows (a
    list kept while it shows the same thing stays scrolled where the reader left it),
    its widgets in the window's container (the list's frame and scroll bars), and the
    widgets inside it, for the next layout to take back."""

    scroll: UIScrollingContainer
    shows: object
    frame: list[IUIElementInterface]
    reuse: Reuse = field(default_factory=Reuse)


def fit(scroll: UIScrollingContainer, width: int, height: int) -> None:
    """A kept scrolling list made as tall as what it holds, when that changed (setting it
    moves every widget in the list again: 5 ms for the institutions')."""
    height = max(height, 1)
    if scroll.scrollable_container.get_relative_rect().height != height:
        scroll.set_scrollable_area_dimensions((width, height))


def picked(menu: UIDropDownMenu) -> str:
    """The text of a drop-down's chosen option."""
    option = menu.selected_option
    return option[0] if isinstance(option, tuple) else option


def find(elements: Sequence[IUIElementInterface], name: str) -> UIElement | None:
    """The element with object id #name among these and everything inside them (tests
    and keyboard shortcuts)."""
    stack: list[object] = list(elements)
    while stack:
        element = stack.pop()
        ids = getattr(element, "object_ids", None) or []
        if f"#{name}" in ids:
            return element  # type: ignore[return-value]
        container = getattr(element, "get_container", None)
        if container is not None and container() is not element:
            stack.extend(container().elements)
    return None
