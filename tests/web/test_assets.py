"""The web client's fonts and colours are the game's: the committed WOFF2 files are what
`make fonts` writes from assets/fonts, and the style sheet's colours are the window's
theme, in both palettes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.ui.theme import DOCTRINE_COLOURS, VERDICT_COLOURS, VOTE_COLOURS
from game.web import fonts
from game.web.fonts import OUT, STYLES

CSS = (OUT.parent / "app.css").read_text("utf-8")


@pytest.mark.parametrize("style", STYLES)
def test_the_committed_fonts_are_what_make_fonts_writes(style: str, tmp_path: Path) -> None:
    written = fonts.write(style, tmp_path)
    committed = OUT / written.name
    assert committed.read_bytes() == written.read_bytes(), "run `make fonts` and commit"
    assert 20_000 < len(written.read_bytes()) < 60_000  # a Latin cut, not the whole font


def test_the_fonts_carry_their_licence() -> None:
    assert (OUT / "OFL.txt").read_bytes() == (fonts.ASSETS / "OFL.txt").read_bytes()


def block(selector: str) -> dict[str, str]:
    """The custom properties a rule of the style sheet sets."""
    found = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", CSS)
    assert found, selector
    return {k: v.upper() for k, v in re.findall(r"--([\w-]+):\s*(#[0-9A-Fa-f]{6})", found[1])}


def test_the_colours_are_the_window_s() -> None:
    standard, blind = block(":root"), block(".colour-blind")
    for palette, sheet in (("standard", standard), ("colour-blind", {**standard, **blind})):
        for name, colour in {**DOCTRINE_COLOURS[palette], **VOTE_COLOURS[palette]}.items():
            assert sheet[name] == colour.upper(), (palette, name)
    for verdict, colour in VERDICT_COLOURS.items():
        assert standard[verdict] == colour.upper(), verdict
