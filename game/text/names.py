"""Nations and bodies by name, for every sentence the game says."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class Named(Protocol):
    @property
    def name(self) -> str: ...


class Names(Protocol):
    """Whatever knows the world's names: a game's state, or the names a save recorded."""

    def has_nation(self, nation_id: str) -> bool: ...

    def has_body(self, body_id: str) -> bool: ...

    def nation(self, nation_id: str) -> Named: ...

    def body(self, body_id: str) -> Named: ...


@dataclass(frozen=True)
class Name:
    name: str


@dataclass
class NameBook:
    """Names by id, for sentences about a game that is not replayed (a save's record)."""

    nations: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)

    def has_nation(self, nation_id: str) -> bool:
        return nation_id in self.nations

    def has_body(self, body_id: str) -> bool:
        return body_id in self.bodies

    def nation(self, nation_id: str) -> Name:
        return Name(self.nations[nation_id])

    def body(self, body_id: str) -> Name:
        return Name(self.bodies[body_id])


def nation_name(names: Names, nation: object) -> str:
    nation_id = str(nation)
    return names.nation(nation_id).name if names.has_nation(nation_id) else nation_id


def body_name(names: Names, body: object) -> str:
    body_id = str(body)
    return names.body(body_id).name if names.has_body(body_id) else body_id
