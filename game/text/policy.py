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

from .language import ENGLISH, N_, Language
from .names import listing, series

# Per issue area: ((x low, x high), (y low, y high)), as message ids.
AREA_AXES: dict[str, Axes] = {
    "security": (
        (N_("non-interference"), N_("collective intervention")),
        (N_("the powers' privileges"), N_("a say for the South")),
    ),
    "trade": (
        (N_("managed trade"), N_("open markets")),
        (N_("equal terms"), N_("special terms for the South")),
    ),
    "finance": (
        (N_("state-led finance"), N_("open capital markets")),
        (N_("strict conditions"), N_("development lending")),
    ),
    "human_rights": (
        (N_("non-interference"), N_("universal rights")),
        (N_("civil liberties first"), N_("social rights first")),
    ),
    "climate": (
        (N_("national discretion"), N_("binding common rules")),
        (N_("equal burdens"), N_("the rich cut first")),
    ),
}
ANY_AREA: Axes = (
    (N_("each state's own way"), N_("the liberal order")),
    (N_("the North's terms"), N_("the South's claims")),
)

# An issue area by its id, as message ids.
AREA_WORDS = {
    "security": N_("security"),
    "trade": N_("trade"),
    "finance": N_("finance"),
    "human_rights": N_("human rights"),
    "climate": N_("climate"),
}

# A move along an axis shorter than this is not worth a word; words for larger ones.
_UNSAID = 0.05
_MOVES = (
    (0.15, N_("a little toward {end}")),
    (0.4, N_("toward {end}")),
    (float("inf"), N_("far toward {end}")),
)
_BARELY = N_("barely toward {end}")
_PLACES = (
    (0.1, N_("between {low} and {high}")),
    (0.35, N_("leaning to {end}")),
    (0.7, N_("for {end}")),
    (float("inf"), N_("strongly for {end}")),
)


class HasAxes(Protocol):
    """What knows the words of a body's axes: a game's state or view, or a save's names."""

    def policy_axes(self, body_id: str) -> Axes | None: ...


def area_words(area: str, lang: Language = ENGLISH) -> str:
    """An issue area in words ('human rights'); '' for an area the game does not know."""
    return lang.text(AREA_WORDS[area]) if area in AREA_WORDS else ""


def area_named(area: str, lang: Language = ENGLISH) -> str:
    """An issue area in words; one the game does not know, its code in words (a
    scenario's own area: 'space_law' -> 'space law')."""
    return area_words(area, lang) or area.replace("_", " ")


def axes_for(names: HasAxes, body_id: str, area: str, lang: Language = ENGLISH) -> Axes:
    """The words for the body's axes: the scenario's (its own words, as they are), else
    its area's (translated)."""
    own = names.policy_axes(body_id)
    if own:
        return own
    (x_low, x_high), (y_low, y_high) = AREA_AXES.get(area, ANY_AREA)
    return (
        (lang.text(x_low), lang.text(x_high)),
        (lang.text(y_low), lang.text(y_high)),
    )


def _end(poles: tuple[str, str], value: float) -> str:
    return poles[1] if value > 0 else poles[0]


def place_words(axes: Axes, point: Point, lang: Language = ENGLISH) -> str:
    """Where a policy (or a nation's ideal) stands: 'for open markets, leaning to equal
    terms'; an axis near its middle reads 'between managed trade and open markets'."""
    said = []
    for poles, value in zip(axes, point, strict=True):
        message = next(m for limit, m in _PLACES if abs(value) < limit)
        said.append(lang.text(message, end=_end(poles, value), low=poles[0], high=poles[1]))
    return series(said, lang)


def _steps(axes: Axes, before: Point, after: Point) -> list[tuple[float, tuple[str, str]]]:
    """Each axis's move with its ends, the larger move first."""
    moves = ((after[i] - before[i], axes[i]) for i in range(2))
    return sorted(moves, key=lambda s: -abs(s[0]))


def move_words(axes: Axes, before: Point, after: Point, lang: Language = ENGLISH) -> str:
    """How a policy moves: 'a little toward open markets and far toward development
    lending', the larger move first; a move too small to say reads 'barely toward ...'."""
    steps = _steps(axes, before, after)
    said = []
    for step, poles in steps:
        if abs(step) >= _UNSAID:
            message = next(m for limit, m in _MOVES if abs(step) < limit)
            said.append(lang.text(message, end=_end(poles, step)))
    if not said:
        step, poles = steps[0]
        return lang.text(_BARELY, end=_end(poles, step))
    return listing(said, lang)


def move_gist(axes: Axes, before: Point, after: Point, lang: Language = ENGLISH) -> str:
    """The ends a move heads for, for a motion's title: 'open markets, equal terms'."""
    steps = _steps(axes, before, after)
    ends = [_end(poles, step) for step, poles in steps if abs(step) >= _UNSAID]
    return series(ends, lang) or _end(steps[0][1], steps[0][0])


def place_gist(axes: Axes, point: Point, lang: Language = ENGLISH) -> str:
    """The ends a policy leans to, for a title where the move is not known."""
    ends = [_end(poles, v) for poles, v in zip(axes, point, strict=True) if abs(v) >= 0.1]
    return series(ends, lang) or lang.text(N_("the middle ground"))


def place_numbers(axes: Axes, point: Point, lang: Language = ENGLISH) -> str:
    """A policy as its two numbers, each on its axis from one pole (-1) to the other (1):
    'open markets (-1) to managed trade (1): -0.53; light rules (-1) to intrusive rules
    (1): 0.20' (for the details, beside the words)."""
    return series(
        [
            lang.text(
                N_("{low} (-1) to {high} (1): {value}"),
                low=low,
                high=high,
                value=lang.number(value, 2),
            )
            for (low, high), value in zip(axes, point, strict=True)
        ],
        lang,
    )
