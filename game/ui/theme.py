"""The game's look: colours, the doctrine palettes and the pygame_gui theme (built here,
so font paths are absolute and sizes follow the UI scale)."""

from __future__ import annotations

import functools
from typing import Any

from game.support.bundled import ASSETS

from .settings import Settings

FONTS = ASSETS / "fonts"

PAPER = "#F4F1EA"  # the table
CARD = "#FFFFFF"
INK = "#1D2330"
MUTED = "#5B6474"
RULE = "#C9CED6"
ACCENT = "#0B5C8E"
GOOD = "#007A5A"
BAD = "#B3461A"

# One colour per doctrine. The colour-blind-safe palette is Okabe and Ito's.
DOCTRINE_COLOURS = {
    "standard": {
        "liberal": "#2F6FD0",
        "transformative": "#2E9E5B",
        "mercantilist": "#E0822A",
        "sovereign": "#A23B72",
    },
    "colour-blind": {
        "liberal": "#0072B2",
        "transformative": "#009E73",
        "mercantilist": "#E69F00",
        "sovereign": "#CC79A7",
    },
}
# A ballot's colour (the chambers and tally bars draw its shape as well).
VOTE_COLOURS = {
    "standard": {"yes": GOOD, "no": BAD, "abstain": "#8A8F98"},
    "colour-blind": {"yes": "#0072B2", "no": "#D55E00", "abstain": "#8A8F98"},
}
VERDICT_COLOURS = {
    "pluralist": "#2E9E5B",
    "hegemonic": "#2F6FD0",
    "bloc": "#E0822A",
    "fragmented": "#B3461A",
    "transitional": "#8A8F98",
}


@functools.cache  # (a chamber's seats ask for their colours every frame they fill in)
def rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


# Base font size of each text style, before the UI scale.
SIZES = {
    "title": 44,
    "subtitle": 18,
    "heading": 20,
    "name": 14,  # a body's name on its card (bold)
    "menu": 18,
    "body": 15,
    "widget": 14,  # buttons, labels, entry lines
    "small": 13,
}


def font_size(base: int, settings: Settings) -> int:
    return max(8, round(base * settings.scale))


def line(style: str, settings: Settings) -> int:
    """The height of a one-line label in a style, with room for descenders."""
    return round(font_size(SIZES[style], settings) * 1.6) + 2


def _font(size: int, settings: Settings, bold: bool = False) -> dict[str, str]:
    return {
        "name": "noto",
        "size": str(font_size(size, settings)),
        "bold": "1" if bold else "0",
        "regular_path": str(FONTS / "NotoSans-Regular.ttf"),
        "bold_path": str(FONTS / "NotoSans-Bold.ttf"),
        "italic_path": str(FONTS / "NotoSans-Italic.ttf"),
        "bold_italic_path": str(FONTS / "NotoSans-Bold.ttf"),
    }


def ui_theme(settings: Settings) -> dict[str, Any]:
    colours = {
        "dark_bg": PAPER,
        "normal_bg": CARD,
        "hovered_bg": "#E3ECF5",
        "disabled_bg": "#ECEDEF",
        "selected_bg": ACCENT,
        "active_bg": ACCENT,
        "normal_text": INK,
        "hovered_text": INK,
        "selected_text": "#FFFFFF",
        "active_text": "#FFFFFF",
        "disabled_text": "#8F96A0",
        "normal_border": RULE,
        "hovered_border": ACCENT,
        "disabled_border": "#DADDE2",
        "selected_border": ACCENT,
        "active_border": ACCENT,
        "link_text": ACCENT,
        "link_hover": "#08476E",
        "link_selected": "#08476E",
        "text_shadow": "#777777",
        "filled_bar": ACCENT,
        "unfilled_bar": "#D6DAE1",
    }
    misc = {"shape": "rounded_rectangle", "shape_corner_radius": "6", "border_width": "1"}
    return {
        "defaults": {"colours": colours, "font": _font(15, settings), "misc": misc},
        "panel": {
            "colours": {"dark_bg": PAPER},
            "misc": {"border_width": "0", "shadow_width": "0"},
        },
        # pygame_gui's "defaults" block takes colours only: each kind of widget is given
        # the font at the UI's scale (its own default would stay 14 px on a projector).
        "button": {"font": _font(SIZES["widget"], settings)},
        "text_entry_line": {"font": _font(SIZES["widget"], settings)},
        "label": {
            "colours": {"dark_bg": "#00000000"},
            "font": _font(SIZES["widget"], settings),
            "misc": {"text_horiz_alignment": "left"},
        },
        "text_box": {
            "colours": {"dark_bg": "#00000000"},
            "font": _font(SIZES["widget"], settings),
            "misc": {"border_width": "0"},
        },
        "tool_tip": {
            "colours": {"dark_bg": "#1D2330", "normal_text": "#FFFFFF"},
            "font": _font(13, settings),
        },
        "@card": {
            "colours": {"dark_bg": CARD},
            "misc": {"border_width": "1", "shadow_width": "0"},
        },
        "@choice": {
            "colours": {"dark_bg": CARD, "normal_border": RULE},
            "font": _font(13, settings),
            "misc": {"border_width": "1", "padding": "6,4"},
        },
        "@chamber": {
            "colours": {"dark_bg": CARD, "normal_border": RULE},
            "font": _font(13, settings),
            "misc": {"border_width": "1", "padding": "8,4"},
        },
        "@title": {
            "font": _font(44, settings, bold=True),
            "misc": {"text_horiz_alignment": "center"},
        },
        "@subtitle": {
            "font": _font(18, settings),
            "colours": {"normal_text": MUTED},
            "misc": {"text_horiz_alignment": "center"},
        },
        "@selection_list_item": {"misc": {"text_horiz_alignment": "left"}},
        "@heading": {"font": _font(20, settings, bold=True)},
        # a heading whose words run longer than its place in a language: a size smaller
        "@heading-tight": {"font": _font(16, settings, bold=True)},
        "@small": {"font": _font(13, settings), "colours": {"normal_text": MUTED}},
        # text in a scrolling list, read as one text (what happened, the aims): no frame
        # of its own, each entry close to the next
        "@line": {
            "font": _font(13, settings),
            "colours": {"normal_text": MUTED},
            "misc": {"padding": "6,1", "shadow_width": "0"},
        },
        "@primary": {
            "colours": {
                "normal_bg": ACCENT,
                "hovered_bg": "#08476E",
                "normal_text": "#FFFFFF",
                "hovered_text": "#FFFFFF",
            },
            "font": _font(16, settings, bold=True),
        },
        "@menu": {"font": _font(18, settings)},
    }
