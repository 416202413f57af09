"""The two bots the others are measured against: the baseline (the model's own rule for
great powers, the floor to beat) and a random bot (legal moves at random, for tests)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from game.engine import Event, Offer, Pass, Phase, SeatView, legal_actions, phrase

from .base import Decision
from .baseline import baseline_action
from .explain import explain


@dataclass
class BaselineBot:
    nation: str
    kind: str = "baseline"

    def observe(self, events: tuple[Event, ...]) -> None:
        pass

    def decide(self, view: SeatView) -> Decision:
        action = baseline_action(view, self.nation)
        return Decision(action, explain(view, action, (), (phrase("follows_model_rule"),)))


@dataclass
class RandomBot:
    nation: str
    kind: str = "random"

    def observe(self, events: tuple[Event, ...]) -> None:
        pass

    def decide(self, view: SeatView) -> Decision:
        choices = legal_actions(view, self.nation)
        if view.phase is Phase.diplomacy and any(
            o.sender == self.nation and o.round == view.round for o in view.offers
        ):  # one offer a round, so the phase ends
            choices = [a for a in choices if not isinstance(a, Offer)]
        digest = hashlib.blake2b(
            f"{view.scenario_id}|{view.round}|{view.phase}|{len(view.motions)}|{len(view.offers)}"
            f"|{self.nation}|{view.nation(self.nation).power}".encode(),
            digest_size=8,
        ).digest()
        generator = np.random.default_rng(int.from_bytes(digest, "big"))
        action = choices[int(generator.integers(len(choices)))] if choices else Pass(self.nation)
        return Decision(action, explain(view, action, (), (phrase("plays_at_random"),)))
