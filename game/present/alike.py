"""What every seat's view of one state holds alike, as a key: words made from the public
record alone (the order's reasons, the year in review) are made once for all the seats
of a class and looked up by it."""

from __future__ import annotations

from dataclasses import fields
from enum import Enum

from game.engine import PUBLIC, GameState, NationState

# What moves of a nation in play, but for its fixed brief (`NationState.nation`), whose
# secret objectives only its own seat's view holds.
_MOVING = tuple(f.name for f in fields(NationState) if f.name != "nation")
_PUBLIC = sorted(PUBLIC)


def standing(view: GameState) -> tuple[object, ...]:
    """The nations as every view holds them alike."""
    return tuple((n.id, *(getattr(n, name) for name in _MOVING)) for n in view.nations)


def public(view: GameState) -> tuple[object, ...]:
    """The public record of the state a view is of, and the nations' standing. A view
    takes the public record's parts from its state as they are (game/engine/views.py),
    so views of one state hold the same objects: they are keyed as themselves, not
    field by field."""
    parts = tuple(getattr(view, name) for name in _PUBLIC)
    return (
        *(p if isinstance(p, int | float | str | Enum) else Same(p) for p in parts),
        standing(view),
    )


class Same:
    """An object in a key by its identity (a key keeps it alive, so its id stays its)."""

    __slots__ = ("held",)

    def __init__(self, held: object) -> None:
        self.held = held

    def __hash__(self) -> int:
        return id(self.held)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.held is self.held
