"""A body's policy in words: where it stands ("for open markets, leaning to equal terms")
and how a motion would move it ("a little toward open markets, far toward development
lending"), from the words a scenario gives the ends of the body's two axes or, where it
gives none, its issue area's.

The model's two axes are the same in every body (core-model section 3, after Sakwa 2019):
x runs from sovereign internationalism's defence of each state's own way (-1) to the
liberal order's common rules (+1); y from the North's terms (-1) to redistribution toward
the Global South (+1). What an end means differs by field, so each area has its words."""

from __future__ import annotations

from typing import Protocol

from game.engine import Axes, Point

# Per issue area: ((x low, x high), (y low, y high)).
AREA_AXES: dict[str, Axes] = {
    "security": (
        ("non-interference", "collective intervention"),
        ("the powers' privileges", "a say for the South"),
    ),
    "trade": (("managed trade", "open markets"), ("equal terms", "special terms for the South")),
    "finance": (
        ("state-led finance", "open capital markets"),
        ("strict conditions", "development lending"),
    ),
    "human_rights": (
        ("non-interference", "universal rights"),
        ("civil liberties first", "social rights first"),
    ),
    "climate": (
        ("national discretion", "binding common rules"),
        ("equal burdens", "the rich cut first"),
    ),
}
ANY_AREA: Axes = (
    ("each state's own way", "the liberal order"),
    ("the North's terms", "the South's claims"),
)

AREA_WORDS = {
    "security": "security",
    "trade": "trade",
    "finance": "finance",
    "human_rights": "human rights",
    "climate": "climate",
}

# A move along an axis shorter than this is not worth a word; words for larger ones.
_UNSAID = 0.05
_MOVES = ((0.15, "a little toward"), (0.4, "toward"), (float("inf"), "far toward"))
_PLACES = ((0.1, ""), (0.35, "leaning to"), (0.7, "for"), (float("inf"), "strongly for"))


class HasAxes(Protocol):
    """What knows the words of a body's axes: a game's state or view, or a save's names."""

    def policy_axes(self, body_id: str) -> Axes | None: ...


def axes_for(names: HasAxes, body_id: str, area: str) -> Axes:
    """The words for the body's axes: the scenario's, else its area's."""
    return names.policy_axes(body_id) or AREA_AXES.get(area, ANY_AREA)


def _end(poles: tuple[str, str], value: float) -> str:
    return poles[1] if value > 0 else poles[0]


def place_words(axes: Axes, point: Point) -> str:
    """Where a policy (or a nation's ideal) stands: 'for open markets, leaning to equal
    terms'; an axis near its middle reads 'between managed trade and open markets'."""
    said = []
    for poles, value in zip(axes, point, strict=True):
        size = abs(value)
        word = next(w for limit, w in _PLACES if size < limit)
        said.append(
            f"{word} {_end(poles, value)}" if word else f"between {poles[0]} and {poles[1]}"
        )
    return ", ".join(said)


def _steps(axes: Axes, before: Point, after: Point) -> list[tuple[float, tuple[str, str]]]:
    """Each axis's move with its ends, the larger move first."""
    moves = ((after[i] - before[i], axes[i]) for i in range(2))
    return sorted(moves, key=lambda s: -abs(s[0]))


def move_words(axes: Axes, before: Point, after: Point) -> str:
    """How a policy moves: 'a little toward open markets and far toward development
    lending', the larger move first; a move too small to say reads 'barely toward ...'."""
    steps = _steps(axes, before, after)
    said = []
    for step, poles in steps:
        if abs(step) >= _UNSAID:
            word = next(w for limit, w in _MOVES if abs(step) < limit)
            said.append(f"{word} {_end(poles, step)}")
    if not said:
        step, poles = steps[0]
        return f"barely toward {_end(poles, step)}"
    return " and ".join(said)


def move_gist(axes: Axes, before: Point, after: Point) -> str:
    """The ends a move heads for, for a motion's title: 'open markets, equal terms'."""
    steps = _steps(axes, before, after)
    ends = [_end(poles, step) for step, poles in steps if abs(step) >= _UNSAID]
    return ", ".join(ends) or _end(steps[0][1], steps[0][0])


def place_gist(axes: Axes, point: Point) -> str:
    """The ends a policy leans to, for a title where the move is not known."""
    ends = [_end(poles, v) for poles, v in zip(axes, point, strict=True) if abs(v) >= 0.1]
    return ", ".join(ends) or "the middle ground"
