"""How each bundled scenario's games tend to end, measured once and kept beside the
scenarios (scenarios/tendencies.json, written by `make tendencies`): the scenario browser
and the web join page show it, since a class cannot wait for a hundred games before it
picks one. The record names the rules it was measured under; a record of other rules is
not shown."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from game.engine import RULES_VERSION

from .bundled import SCENARIOS

RECORD = SCENARIOS / "tendencies.json"

# The AI levels in every seat, then the strategies whose order the browser names.
LEVELS = ("normal", "hard")
WAYS = {"pluralist": "concert", "hegemonic": "hegemony", "bloc": "bloc", "fragmented": "overreach"}


class Tendency(BaseModel):
    """One scenario: per AI level and per strategy, how many games ended in each order."""

    model_config = ConfigDict(extra="forbid")

    levels: dict[str, dict[str, int]] = Field(description="AI level -> verdict -> games.")
    strategies: dict[str, dict[str, int]] = Field(description="Strategy -> verdict -> games.")


class Tendencies(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: int = Field(description="The rules version the games were played under.")
    level_runs: int = Field(ge=1, description="Games per AI level (seeds 1 to this).")
    strategy_runs: int = Field(ge=1, description="Games per strategy (seeds 1 to this).")
    scenarios: dict[str, Tendency]


def load(path: Path = RECORD) -> Tendencies | None:
    """The record, or None when it is missing, unreadable or of other rules than these
    (the game's rules decide how games end: a record of others would mislead)."""
    try:
        found = Tendencies.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError):
        return None
    return found if found.rules == RULES_VERSION else None
