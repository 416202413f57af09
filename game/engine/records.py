"""Copying the engine's frozen records with a change."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

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
