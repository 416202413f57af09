"""The reports' charts, drawn with matplotlib's object interface (no pyplot, so no global
state and no window) and embedded as PNG data URIs."""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.patches import Circle, Rectangle

from game.layout.order_map import CORNERS, SIDES, TRANSITION, region

# Okabe & Ito's palette, told apart with any colour vision.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
VERDICT_COLOURS = {
    "pluralist": "#009E73",
    "hegemonic": "#0072B2",
    "bloc": "#E69F00",
    "fragmented": "#D55E00",
    "transitional": "#BBBBBB",
}


@dataclass(frozen=True)
class Chart:
    key: str  # an id for the page and its tests
    title: str
    caption: str  # what to read in it, in one sentence
    uri: str  # data:image/png;base64,...
    alt: str  # the chart in words, for screen readers and when images are off


def _figure(width: float = 7.5, height: float = 3.4) -> Figure:
    figure = Figure(figsize=(width, height), dpi=110, layout="constrained")
    return figure


def _uri(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor="white")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def lines(
    key: str,
    title: str,
    caption: str,
    x: Sequence[float],
    series: Mapping[str, Sequence[float]],
    xlabel: str,
    ylabel: str,
    bands: Mapping[str, tuple[Sequence[float], Sequence[float]]] | None = None,
    xticks: Sequence[str] | None = None,
    colours: Mapping[str, str] | None = None,
) -> Chart:
    figure = _figure()
    axes = figure.add_subplot()
    for i, (name, values) in enumerate(series.items()):
        colour = (colours or {}).get(name, PALETTE[i % len(PALETTE)])
        axes.plot(x, values, marker="o", markersize=3.5, color=colour, label=name)
        if bands and name in bands:
            low, high = bands[name]
            axes.fill_between(x, low, high, color=colour, alpha=0.18, linewidth=0)
    axes.set_xlabel(xlabel)
    axes.set_ylabel(ylabel)
    if xticks is not None:
        axes.set_xticks(list(x), list(xticks))
    axes.grid(alpha=0.3)
    figure.legend(fontsize=8, loc="outside right upper", frameon=False)
    alt = f"{title}: " + "; ".join(
        f"{name} from {values[0]:.2f} to {values[-1]:.2f}" for name, values in series.items()
    )
    return Chart(key, title, caption, _uri(figure), alt)


def bars(
    key: str,
    title: str,
    caption: str,
    groups: Sequence[str],
    series: Mapping[str, Sequence[float]],
    ylabel: str,
    errors: Mapping[str, tuple[Sequence[float], Sequence[float]]] | None = None,
    colours: Sequence[str] | None = None,
    horizontal_line: float | None = None,
) -> Chart:
    """Grouped bars: one group per label, one bar per series; errors are (low, high)."""
    figure = _figure(height=max(3.0, 2.6 + 0.1 * len(groups)))
    axes = figure.add_subplot()
    width = 0.8 / max(1, len(series))
    for i, (name, values) in enumerate(series.items()):
        offsets = [g + (i - (len(series) - 1) / 2) * width for g in range(len(groups))]
        colour = colours[i] if colours else PALETTE[i % len(PALETTE)]
        yerr = None
        if errors and name in errors:
            low, high = errors[name]
            yerr = [
                [max(0.0, v - lo) for v, lo in zip(values, low, strict=True)],
                [max(0.0, hi - v) for v, hi in zip(values, high, strict=True)],
            ]
        axes.bar(offsets, values, width, label=name, color=colour, yerr=yerr, capsize=3)
    axes.set_xticks(range(len(groups)), list(groups), rotation=20 if len(groups) > 5 else 0)
    axes.set_ylabel(ylabel)
    if horizontal_line is not None:
        axes.axhline(horizontal_line, color="black", linewidth=0.8)
    axes.grid(axis="y", alpha=0.3)
    if len(series) > 1:
        axes.legend(fontsize=8, frameon=False)
    alt = f"{title}: " + "; ".join(
        f"{name}: " + ", ".join(f"{g} {v:.2f}" for g, v in zip(groups, values, strict=True))
        for name, values in series.items()
    )
    return Chart(key, title, caption, _uri(figure), alt)


def strip(
    key: str,
    title: str,
    caption: str,
    labels: Sequence[str],
    verdicts: Sequence[str],
    leanings: Sequence[str | None],
) -> Chart:
    """The order shown each round as a band of coloured cells, a leaning hatched."""
    figure = _figure(height=1.9)
    axes = figure.add_subplot()
    for i, (verdict, leaning) in enumerate(zip(verdicts, leanings, strict=True)):
        colour = VERDICT_COLOURS.get(verdict, "#BBBBBB")
        axes.barh(0, 1, left=i, color=colour, edgecolor="white")
        if verdict == "transitional" and leaning:
            axes.barh(
                0,
                1,
                left=i,
                color="none",
                edgecolor=VERDICT_COLOURS.get(leaning),
                hatch="///",
                linewidth=0,
            )
        text = verdict if verdict != "transitional" or not leaning else f"leans\n{leaning}"
        axes.text(
            i + 0.5,
            0,
            text,
            ha="center",
            va="center",
            fontsize=7,
            rotation=0,
        )
    axes.set_xticks([i + 0.5 for i in range(len(labels))], list(labels))
    axes.set_yticks([])
    axes.set_xlim(0, len(labels))
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    alt = f"{title}: " + ", ".join(
        f"{label} {v}" + (f" leaning {lean}" if lean else "")
        for label, v, lean in zip(labels, verdicts, leanings, strict=True)
    )
    return Chart(key, title, caption, _uri(figure), alt)


def effects(
    key: str,
    title: str,
    caption: str,
    labels: Sequence[str],
    means: Sequence[float],
    intervals: Sequence[tuple[float, float]],
    clear: Sequence[bool],
    xlabel: str,
) -> Chart:
    """Paired differences as horizontal bars around zero with their intervals; the ones
    beyond chance in colour, the rest grey."""
    figure = _figure(height=1.0 + 0.32 * len(labels))
    axes = figure.add_subplot()
    rows = range(len(labels))[::-1]  # the first label at the top
    errors = [
        [max(0.0, m - low) for m, (low, _) in zip(means, intervals, strict=True)],
        [max(0.0, high - m) for m, (_, high) in zip(means, intervals, strict=True)],
    ]
    colours = [PALETTE[0] if c else "#BBBBBB" for c in clear]
    axes.barh(list(rows), means, color=colours, xerr=errors, capsize=3, height=0.6)
    axes.set_yticks(list(rows), list(labels))
    axes.axvline(0, color="black", linewidth=0.8)
    axes.set_xlabel(xlabel)
    axes.grid(axis="x", alpha=0.3)
    alt = f"{title}: " + "; ".join(
        f"{label} {m:+.2f} [{low:+.2f}, {high:+.2f}]"
        for label, m, (low, high) in zip(labels, means, intervals, strict=True)
    )
    return Chart(key, title, caption, _uri(figure), alt)


def order_map(
    key: str,
    title: str,
    caption: str,
    labels: Sequence[str],
    points: Sequence[tuple[float, float]],
    verdicts: Sequence[str],
) -> Chart:
    """The order map (game/layout/order_map.py): the four orders as corner regions,
    transition as the central circle, and one point a round joined as a trail."""
    figure = _figure(width=5.2, height=5.2)
    axes = figure.add_subplot()
    for order, (cx, cy) in CORNERS.items():
        corner = (min(cx, 0.0), min(cy, 0.0))
        axes.add_patch(Rectangle(corner, 1, 1, color=VERDICT_COLOURS[order], alpha=0.18, lw=0))
        axes.text(
            cx * 0.5,
            cy * 1.04,
            order,
            ha="center",
            va="bottom" if cy > 0 else "top",
            fontsize=11,
            weight="bold",
            color=VERDICT_COLOURS[order],
        )
    axes.add_patch(Circle((0, 0), TRANSITION, color="white", ec="#888888", lw=1))
    axes.text(0, 0, "in\ntransition", ha="center", va="center", fontsize=8, color="#555555")
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    axes.plot(xs, ys, color="#333333", lw=1.2, alpha=0.7)
    for i, (x, y) in enumerate(points):
        last = i == len(points) - 1
        axes.scatter(
            [x],
            [y],
            s=90 if last else 30,
            zorder=3,
            edgecolors="black",
            color=VERDICT_COLOURS.get(verdicts[i], "#BBBBBB"),
        )
        if i == 0 or last:
            axes.annotate(
                labels[i], (x, y), textcoords="offset points", xytext=(7, -12), fontsize=8
            )
    axes.set_xlim(-1.05, 1.05)
    axes.set_ylim(-1.2, 1.2)
    axes.set_aspect("equal")
    axes.set_xticks([-0.6, 0.6], [SIDES["left"], SIDES["right"]], fontsize=8)
    axes.set_yticks(
        [-0.6, 0.6], [SIDES["bottom"], SIDES["top"]], fontsize=8, rotation=90, va="center"
    )
    axes.tick_params(length=0)
    alt = f"{title}: " + ", ".join(
        f"{label} {region(p) if region(p) != 'transitional' else 'in transition'}"
        for label, p in zip(labels, points, strict=True)
    )
    return Chart(key, title, caption, _uri(figure), alt)
