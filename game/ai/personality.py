"""A bot's personality: traits per doctrine, mixed by the doctrine weights it plays by,
plus the scenario's risk and honesty settings (`nations[].ai`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from game.engine import DOCTRINES, Doctrine4, NationState

TRAITS = (
    "veto_restraint",
    "exit_readiness",
    "mandate_bias",
    "trade_appetite",
    "rival_appetite",
    "influence_weight",
)

# How each doctrine plays, after Sakwa (2019) and Daßler, Heinkelmann-Wild & Kruck (2024):
# - veto_restraint weighs the legitimacy a veto against a majority costs (liberal restraint
#   makes it dear; a sovereign internationalist uses voice readily);
# - exit_readiness scales what leaving a body is worth (mercantilist nationalists leave
#   intrusive bodies they cannot block);
# - mandate_bias is added per unit of breadth or intrusiveness a motion adds (liberals
#   want broader mandates, sovereigntists narrower ones);
# - trade_appetite scales what it pays and asks in deals;
# - rival_appetite scales the gain it sees in founding a rival body (transformative
#   powers build alternatives when their votes lag their power);
# - influence_weight scales the influence over the order it sees in staying in a body
#   (a mercantilist nationalist prefers bilateral deals to standing in multilateral ones).
PER_DOCTRINE: dict[str, dict[str, float]] = {
    "liberal": {
        "veto_restraint": 2.0,
        "exit_readiness": 0.3,
        "mandate_bias": 0.08,
        "trade_appetite": 1.0,
        "rival_appetite": 0.2,
        "influence_weight": 1.0,
    },
    "transformative": {
        "veto_restraint": 1.0,
        "exit_readiness": 0.7,
        "mandate_bias": 0.0,
        "trade_appetite": 0.8,
        "rival_appetite": 1.5,
        "influence_weight": 0.8,
    },
    "mercantilist": {
        "veto_restraint": 0.8,
        "exit_readiness": 1.6,
        "mandate_bias": -0.04,
        "trade_appetite": 1.5,
        "rival_appetite": 0.6,
        "influence_weight": 0.5,
    },
    "sovereign": {
        "veto_restraint": 0.4,
        "exit_readiness": 0.5,
        "mandate_bias": -0.08,
        "trade_appetite": 0.6,
        "rival_appetite": 1.0,
        "influence_weight": 0.9,
    },
}


@dataclass(frozen=True)
class Personality:
    doctrine: Doctrine4  # the doctrine mix it plays by
    risk: float  # 0 cautious, 1 bold: how far it trusts a close count
    honesty: float  # how much of a broken pledge's cost it feels
    veto_restraint: float
    exit_readiness: float
    mandate_bias: float
    trade_appetite: float
    rival_appetite: float
    influence_weight: float

    @classmethod
    def of(cls, nation: NationState, doctrine: Doctrine4 | None = None) -> Personality:
        """The personality of a nation, playing by `doctrine` if given (the scenario's
        `ai.doctrine`), else by its own."""
        return _mixed(doctrine or nation.doctrine, nation.ai_risk, nation.ai_honesty)

    @property
    def word_weight(self) -> float:
        """How many times a broken pledge's cost it feels: 1 at honesty 0.5, more above."""
        return self.honesty / max(1.0 - self.honesty, 0.05)


@functools.lru_cache(maxsize=256)
def _mixed(mix: Doctrine4, risk: float, honesty: float) -> Personality:
    traits = {
        trait: sum(w * PER_DOCTRINE[d][trait] for w, d in zip(mix, DOCTRINES, strict=True))
        for trait in TRAITS
    }
    return Personality(doctrine=mix, risk=risk, honesty=honesty, **traits)
