"""The reports' charts, drawn with matplotlib's object interface (no pyplot, so no global
state and no window) and embedded as PNG data URIs. Their titles, captions, labels and
legends come in already said; the words a chart adds itself (the orders' names, its text
for screen readers) are said in the language given (`lang`), and its numbers in that
language's decimal sign."""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Rectangle
from matplotlib.ticker import ScalarFormatter

from game.layout.order_map import CORNERS, SIDES, TRANSITION, region
from game.text.codes import VERDICTS, code_text
from game.text.language import ENGLISH, N_, Language
from game.text.names import series as one_after_another

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


class _Decimal(ScalarFormatter):
    """Matplotlib's tick numbers in a language's decimal sign."""

    def __init__(self, decimal: str) -> None:
        super().__init__()
        self.decimal = decimal

    def __call__(self, x: float, pos: int | None = None) -> str:
        return super().__call__(x, pos).replace(".", self.decimal)


def _numbers(axes: Axes, lang: Language, x: bool = True, y: bool = True) -> None:
    """The axes' tick numbers in the language's decimal sign (English's as they are)."""
    if lang.decimal == ".":
        return
    if x:
        axes.xaxis.set_major_formatter(_Decimal(lang.decimal))
    if y:
        axes.yaxis.set_major_formatter(_Decimal(lang.decimal))


def _alt(title: str, described: list[str], lang: Language) -> str:
    """A chart in words: its title, then what it shows, part by part."""
    said = described[0] if described else ""
    for part in described[1:]:
        said = lang.text(N_("{parts}; {part}"), parts=said, part=part)
    return lang.text(N_("{title}: {described}"), title=title, described=said)


def _uri(figure: Figure, scale: float = 1.0) -> str:
    """The figure as a PNG data URI; `scale` enlarges it, type and all (a window's UI
    scale, so a projector's charts read as its text does)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor="white", dpi=figure.dpi * scale)
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
    lang: Language = ENGLISH,
    scale: float = 1.0,
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
    _numbers(axes, lang, x=xticks is None)
    if xticks is not None:
        axes.set_xticks(list(x), list(xticks))
    axes.grid(alpha=0.3)
    figure.legend(fontsize=8, loc="outside right upper", frameon=False)
    alt = _alt(
        title,
        [
            lang.text(
                N_("{series} from {first} to {last}"),
                series=name,
                first=lang.number(values[0], 2),
                last=lang.number(values[-1], 2),
            )
            for name, values in series.items()
        ],
        lang,
    )
    return Chart(key, title, caption, _uri(figure, scale), alt)


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
    lang: Language = ENGLISH,
    scale: float = 1.0,
    stacked: bool = False,
) -> Chart:
    """Grouped bars: one group per label, one bar per series; errors are (low, high).
    Stacked: one bar per label, the series one above another (parts of a whole)."""
    figure = _figure(height=max(3.0, 2.6 + 0.1 * len(groups)))
    axes = figure.add_subplot()
    width = 0.6 if stacked else 0.8 / max(1, len(series))
    bottom = [0.0] * len(groups)
    for i, (name, values) in enumerate(series.items()):
        if stacked:
            colour = colours[i] if colours else PALETTE[i % len(PALETTE)]
            axes.bar(range(len(groups)), values, width, bottom=bottom, label=name, color=colour)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
            continue
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
    if len(groups) > 5:  # slanted, each ending under its bar: long words do not overlap
        axes.set_xticks(
            range(len(groups)), list(groups), rotation=30, ha="right", rotation_mode="anchor"
        )
    else:
        axes.set_xticks(range(len(groups)), list(groups))
    axes.set_ylabel(ylabel)
    _numbers(axes, lang, x=False)
    if horizontal_line is not None:
        axes.axhline(horizontal_line, color="black", linewidth=0.8)
    axes.grid(axis="y", alpha=0.3)
    if len(series) > 1 and stacked:  # beside the bars, which fill the height
        axes.legend(fontsize=8, frameon=False, loc="center left", bbox_to_anchor=(1.0, 0.5))
    elif len(series) > 1:
        axes.legend(fontsize=8, frameon=False)
    alt = _alt(
        title,
        [
            lang.text(
                N_("{series}: {values}"),
                series=name,
                values=one_after_another(
                    [
                        lang.text(N_("{group} {value}"), group=g, value=lang.number(v, 2))
                        for g, v in zip(groups, values, strict=True)
                    ],
                    lang,
                ),
            )
            for name, values in series.items()
        ],
        lang,
    )
    return Chart(key, title, caption, _uri(figure, scale), alt)


def strip(
    key: str,
    title: str,
    caption: str,
    labels: Sequence[str],
    verdicts: Sequence[str],
    leanings: Sequence[str | None],
    lang: Language = ENGLISH,
    scale: float = 1.0,
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
        if verdict != "transitional" or not leaning:
            text = code_text(VERDICTS, verdict, lang)
        else:
            text = lang.text(N_("leans\n{leaning}"), leaning=code_text(VERDICTS, leaning, lang))
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
    cells = [
        lang.text(
            N_("{round} {verdict} leaning {leaning}"),
            round=label,
            verdict=code_text(VERDICTS, v, lang),
            leaning=code_text(VERDICTS, lean, lang),
        )
        if lean
        else lang.text(N_("{round} {verdict}"), round=label, verdict=code_text(VERDICTS, v, lang))
        for label, v, lean in zip(labels, verdicts, leanings, strict=True)
    ]
    alt = lang.text(
        N_("{title}: {described}"), title=title, described=one_after_another(cells, lang)
    )
    return Chart(key, title, caption, _uri(figure, scale), alt)


def effects(
    key: str,
    title: str,
    caption: str,
    labels: Sequence[str],
    means: Sequence[float],
    intervals: Sequence[tuple[float, float]],
    clear: Sequence[bool],
    xlabel: str,
    lang: Language = ENGLISH,
    scale: float = 1.0,
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
    _numbers(axes, lang, y=False)
    axes.grid(axis="x", alpha=0.3)

    def signed(value: float) -> str:
        return ("-" if math.copysign(1.0, value) < 0 else "+") + lang.number(abs(value), 2)

    alt = _alt(
        title,
        [
            lang.text(
                N_("{measure} {mean} [{low}, {high}]"),
                measure=label,
                mean=signed(m),
                low=signed(low),
                high=signed(high),
            )
            for label, m, (low, high) in zip(labels, means, intervals, strict=True)
        ],
        lang,
    )
    return Chart(key, title, caption, _uri(figure, scale), alt)


def order_map(
    key: str,
    title: str,
    caption: str,
    labels: Sequence[str],
    points: Sequence[tuple[float, float]],
    verdicts: Sequence[str],
    lang: Language = ENGLISH,
    scale: float = 1.0,
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
            code_text(VERDICTS, order, lang),
            ha="center",
            va="bottom" if cy > 0 else "top",
            fontsize=11,
            weight="bold",
            color=VERDICT_COLOURS[order],
        )
    axes.add_patch(Circle((0, 0), TRANSITION, color="white", ec="#888888", lw=1))
    axes.text(
        0,
        0,
        lang.text(N_("in\ntransition")),
        ha="center",
        va="center",
        fontsize=8,
        color="#555555",
    )
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
    side = {name: lang.text(words) for name, words in SIDES.items()}
    axes.set_xticks([-0.6, 0.6], [side["left"], side["right"]], fontsize=8)
    axes.set_yticks(
        [-0.6, 0.6], [side["bottom"], side["top"]], fontsize=8, rotation=90, va="center"
    )
    axes.tick_params(length=0)
    cells = [
        lang.text(N_("{round} {verdict}"), round=label, verdict=code_text(VERDICTS, place, lang))
        if (place := region(p)) != "transitional"
        else lang.text(N_("{round} in transition"), round=label)
        for label, p in zip(labels, points, strict=True)
    ]
    alt = lang.text(
        N_("{title}: {described}"), title=title, described=one_after_another(cells, lang)
    )
    return Chart(key, title, caption, _uri(figure, scale), alt)
