"""Overrides such as `institutions.hrc.opt_out=0.6`: list entries are addressed by id.

They apply to the loaded data before validation, so an override that breaks the scenario
gets the same located, explained problems as a mistake in the file.
"""

from __future__ import annotations

import copy
from typing import Any

import yaml

from .references import did_you_mean


class OverrideError(ValueError):
    """An override that names no place in the scenario, or is not PATH=VALUE."""


def parse_assignment(text: str) -> tuple[str, Any]:
    """'institutions.hrc.opt_out=0.6' -> ('institutions.hrc.opt_out', 0.6); the value is
    read as YAML, so numbers, true/false and [x, y] lists work."""
    path, sep, raw = text.partition("=")
    if not sep or not path.strip():
        raise OverrideError(f"'{text}' is not PATH=VALUE, e.g. institutions.hrc.opt_out=0.6")
    try:
        value = yaml.load(raw, Loader=yaml.CSafeLoader) if raw.strip() else None
    except yaml.YAMLError:
        raise OverrideError(f"the value in '{text}' is not valid YAML; quote text values") from None
    return path.strip(), value


def apply_override(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of the scenario data with the value at the dotted path replaced."""
    result = copy.deepcopy(data)
    parts = path.split(".")
    node: Any = result
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        where = ".".join(parts[: depth + 1])
        if isinstance(node, list):
            index = _index_of(node, part, where)
            if last:
                node[index] = value
            else:
                node = node[index]
        elif isinstance(node, dict):
            if last:
                node[part] = value
            else:
                node = node.setdefault(part, {})
        else:
            raise OverrideError(
                f"{where}: {'.'.join(parts[:depth])} holds a single value, not keys"
            )
    return result


def _index_of(items: list[Any], part: str, where: str) -> int:
    ids = [item.get("id") for item in items if isinstance(item, dict)]
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") == part:
            return index
    if part.isdigit() and int(part) < len(items):
        return int(part)
    known = [str(i) for i in ids if i is not None]
    raise OverrideError(f"{where}: no entry with id '{part}'{did_you_mean(part, known)}")
