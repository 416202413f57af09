"""The engine's frozen records: copied with a change (`evolve`), and what was found for them
remembered while they stay the same objects (`Memo`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, Generic, TypeVar

Record = TypeVar("Record")
_FIELDS: dict[type, frozenset[str]] = {}


def evolve(record: Record, **changes: Any) -> Record:
    """A copy of a frozen record with some of its fields changed: dataclasses.replace
    without running __init__ again, which sets each of a GameState's 35 fields one by one
    (copying states is what the engine does most). Only fields may change."""
    kind = type(record)
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = frozenset(f.name for f in fields(kind))  # type: ignore[arg-type]
    assert changes.keys() <= names, f"{kind.__name__} has no field {set(changes) - names}"
    copy = object.__new__(kind)
    copy.__dict__.update(record.__dict__, **changes)
    return copy


Found = TypeVar("Found")


class Memo(Generic[Found]):
    """What was found for immutable objects (a body, a tuple of nations), by their
    identity: a game hands the same objects from state to state until they change. Each
    entry keeps its objects alive, so an id is never reused while it is cached; the memo
    is emptied when full."""

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self.found: dict[int, tuple[object, object, Found]] = {}

    def get(self, key: object, also: object = None) -> Found | None:
        hit = self.found.get(id(key))
        if hit is not None and hit[0] is key and hit[1] is also:
            return hit[2]
        return None

    def put(self, found: Found, key: object, also: object = None) -> Found:
        if len(self.found) >= self.size:
            self.found.clear()
        self.found[id(key)] = (key, also, found)
        return found


Kind = TypeVar("Kind", bound=type)


def repr_remembered(kind: Kind) -> Kind:
    """A frozen record's repr (its dataclass repr, which the state's hash is made of)
    remembered per object: a motion of an earlier round, an objective or a rule stays
    the same object for the rest of the game, and is written out at every round's hash."""
    plain: Callable[[object], str] = vars(kind)["__repr__"]  # the dataclass's own
    memo: Memo[str] = Memo(4096)

    def __repr__(self: object) -> str:
        found = memo.get(self)
        return found if found is not None else memo.put(plain(self), self)

    kind.__repr__ = __repr__  # type: ignore[assignment]
    return kind
