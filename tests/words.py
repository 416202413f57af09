"""What the text-layer tests set aside as a scenario's own words: every string in its
data (its powers', bodies' and movements' names, axis poles, aims, briefings), which
the scenario's author wrote in whatever language and no catalogue translates."""

from __future__ import annotations

from typing import Any


def strings(value: Any) -> list[str]:
    """Every string in a scenario's data (a model's dump), however deep."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list | tuple | set):
        return [s for v in value for s in strings(v)]
    return []
