"""A game's views with the scenario's own texts in another language: a class's host runs
the game in its own language, and each browser reads the names, aims and news in the
language it speaks, where the scenario gives them in it (its texts per language)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from game.engine import Axes, BodyState, EventSpec, GameState, MovementSpec, Nation
from game.scenario import Scenario
from game.scenario.compile import compile_scenario


@dataclass(frozen=True)
class Texts:
    """The scenario's texts in one language, by what they belong to."""

    nations: Mapping[str, Nation]
    bodies: Mapping[str, str]  # id -> name, the bodies that open later too
    founded: Mapping[str, str]  # a name for a body founded in play: the game's -> this one's
    events: Mapping[str, EventSpec]
    movements: Mapping[str, str]
    axes: Mapping[str, Axes]
    founding: Mapping[str, tuple[str, ...]]  # issue area -> the names kept for it


def texts(scenario: Scenario, played: Scenario) -> Texts:
    """The texts of `scenario` (the one `played`, read in another language)."""
    state = compile_scenario(scenario, 0)
    bodies = {b.id: b.name for b in state.bodies}
    bodies.update({body.id: body.name for _, body, _ in state.world.later})
    founded = {
        ours: theirs
        for area, names in played.founding_names.items()
        for ours, theirs in zip(names, scenario.founding_names.get(area, []), strict=False)
    }
    return Texts(
        nations={n.nation.id: n.nation for n in state.nations},
        bodies=bodies,
        founded=founded,
        events={e.id: e for e in state.world.events},
        movements={m.id: m.name for m in state.world.movement_specs},
        axes=dict(state.world.axes),
        founding=dict(state.world.founding_names),
    )


def view_in(view: GameState, said: Texts) -> GameState:
    """The view with the scenario's texts of `said`: the same game, the same facts (a
    nation's secret aims only where the view holds them), other words."""
    world = view.world
    return replace(
        view,
        nations=tuple(replace(n, nation=_nation(n.nation, said)) for n in view.nations),
        bodies=tuple(_body(b, said) for b in view.bodies),
        world=replace(
            world,
            events=tuple(said.events.get(e.id, e) for e in world.events),
            movement_specs=tuple(_movement(m, said) for m in world.movement_specs),
            axes={**world.axes, **{k: v for k, v in said.axes.items() if k in world.axes}},
            founding_names={**world.founding_names, **said.founding},
        ),
    )


def _nation(shown: Nation, said: Texts) -> Nation:
    other = said.nations.get(shown.id)
    if other is None:
        return shown
    aims = shown.objectives
    if len(aims) == len(other.objectives):  # (a view that hides them holds none)
        aims = tuple(replace(a, text=b.text) for a, b in zip(aims, other.objectives, strict=True))
    return replace(shown, name=other.name, objectives=aims)


def _body(shown: BodyState, said: Texts) -> BodyState:
    name = said.bodies.get(shown.id) or said.founded.get(shown.name) or shown.name
    return shown if name == shown.name else replace(shown, name=name)


def _movement(shown: MovementSpec, said: Texts) -> MovementSpec:
    name = said.movements.get(shown.id, shown.name)
    return shown if name == shown.name else replace(shown, name=name)
