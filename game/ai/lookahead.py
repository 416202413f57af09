"""The lookahead bot (hard): it takes the heuristic's best few moves and, for each,
plays the game forward from full states sampled to be consistent with its view
(`sample_state`), with every power moved by the model's own rule, then makes the move
whose play-outs end with its best score. Foresight, not sight: the samples fill in only
what its view hides (others' sealed ballots, the random generator), by the model."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from game.engine import (
    VOTES,
    Action,
    Cast,
    Event,
    GameState,
    Phase,
    SeatView,
    apply,
    current_players,
    is_terminal,
    outcome,
    phrase,
    sample_state,
)

from .base import Decision
from .baseline import baseline_action, expected_tally
from .deeds import alternative
from .explain import explain
from .heuristic import HeuristicBot, Option


@dataclass
class LookaheadBot:
    nation: str
    doctrine: tuple[float, float, float, float] | None = None
    samples: int = 2  # sampled states per move
    width: int = 3  # moves compared
    rounds: int = 0  # rounds played out after the current one
    close: float = 1.0  # moves further than this (in points) behind the best are not played out
    kind: str = "lookahead"
    heuristic: HeuristicBot = field(init=False)

    def __post_init__(self) -> None:
        self.heuristic = HeuristicBot(self.nation, self.doctrine)

    def observe(self, events: tuple[Event, ...]) -> None:
        self.heuristic.observe(events)

    def candidates(self, view: GameState, options: list[Option]) -> list[Action]:
        """The moves worth playing out: the heuristic's best few, where they are within
        `close` points of the best (a clear choice needs no foresight); on a ballot, each
        way of voting, but only where its vote may decide the motion."""
        ranked = sorted(options, key=lambda o: -o.value)
        if view.phase is Phase.vote:
            chosen = ranked[0].action
            assert isinstance(chosen, Cast)
            if not self.pivotal(view, chosen.motion):
                return [chosen]
            others = [Cast(self.nation, chosen.motion, v) for v in VOTES if v != chosen.vote]
            return [chosen, *others]
        best = ranked[0].value
        close = [o.action for o in ranked[: self.width] if best - o.value <= self.close]
        return list(dict.fromkeys(close))

    def pivotal(self, view: GameState, motion_id: int) -> bool:
        """Whether the forecast tally turns on its ballot."""
        motion = view.motion(motion_id)
        results = {
            expected_tally(view, motion.body, motion.spec, {self.nation: vote})[0] for vote in VOTES
        }
        return len(results) > 1

    def decide(self, view: SeatView) -> Decision:
        options = self.heuristic.options(view)
        moves = self.candidates(view, options)
        usual = self.heuristic.choose(view, options)
        if len(moves) < 2:
            return usual
        generator = np.random.default_rng(_seed(view, self.nation))
        worlds = [sample_state(view, generator) for _ in range(self.samples)]
        last = min(view.round + self.rounds, view.rounds)
        means = []
        for move in moves:
            scores = [self.play_out(world, move, last) for world in worlds]
            means.append(sum(scores) / len(scores))
        order = sorted(range(len(moves)), key=lambda i: (-means[i], i))
        best, runner_up = moves[order[0]], moves[order[1]]
        gain = means[order[0]] - means[order[1]]
        if best == usual.action or gain < 0.005:
            return usual  # foresight agrees with the rule of thumb, or cannot tell them apart
        terms = ((phrase("projected_against", move=alternative(view, runner_up)), gain),)
        said = phrase(
            "foresaw",
            usual=alternative(view, usual.action),
            other=None if runner_up == usual.action else alternative(view, runner_up),
            round=last,
            futures=self.samples,
            size=gain,
        )
        return Decision(best, explain(view, best, terms, said=said))

    def play_out(self, world: GameState, move: Action, last: int) -> float:
        """Its score after the move and play by the model's rule to the end of round `last`."""
        state, _ = apply(world, move)
        while not is_terminal(state) and state.round <= last:
            state, _ = apply(state, baseline_action(state, current_players(state)[0]))
        return dict(outcome(state).scores)[self.nation]


def _seed(view: GameState, nation: str) -> int:
    """The sampler's seed, from public facts of the moment (so its choice is a function
    of its view, and replays repeat it)."""
    powers = ",".join(f"{x:.6f}" for n in view.nations for x in n.power)
    text = f"{view.scenario_id}|{view.round}|{view.phase}|{len(view.motions)}|{nation}|{powers}"
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")
