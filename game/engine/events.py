"""Domain events: what `apply` reports happened. The log keeps them, the window animates
them, the debrief explains them. An event with an audience is seen only by those nations
(and the instructor); one without is public."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Event:
    kind: str
    round: int
    data: tuple[tuple[str, Any], ...] = ()
    audience: tuple[str, ...] | None = None

    def get(self, key: str) -> Any:
        return dict(self.data).get(key)

    def __str__(self) -> str:
        details = " ".join(f"{k}={v}" for k, v in self.data)
        return f"r{self.round} {self.kind}" + (f" {details}" if details else "")


def event(kind: str, round_: int, audience: tuple[str, ...] | None = None, **data: Any) -> Event:
    return Event(kind, round_, tuple(data.items()), audience)
