"""The web client's fonts: the game's Noto Sans, cut down to the Latin alphabets and
compressed as WOFF2 for browsers (a tenth of the TrueType files). They are committed, so
a host needs nothing to build; `make fonts` writes them again after a change of the
fonts, and a test checks the committed ones are what it writes.

Writing them needs fontTools (with matplotlib) and brotli (the dev extra)."""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset  # type: ignore[import-untyped]

from game.support import bundled

ASSETS = bundled.ASSETS / "fonts"
OUT = Path(__file__).resolve().parent / "static" / "fonts"
STYLES = ("Regular", "Bold", "Italic")
# Basic Latin, Latin-1, Latin Extended A and B and Additional (every language written in
# Latin letters a class is likely to type a team's name in), general punctuation, the
# euro, the minus sign and the fi and fl ligatures.
RANGES = (
    (0x20, 0x7E),
    (0xA0, 0x24F),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20AC, 0x20AC),
    (0x2122, 0x2122),
    (0x2212, 0x2212),
    (0xFB01, 0xFB02),
    (0xFFFD, 0xFFFD),
)


def code_points() -> list[int]:
    return [c for low, high in RANGES for c in range(low, high + 1)]


def write(style: str, out: Path = OUT) -> Path:
    """One style's WOFF2 subset (the same bytes every time for the same fontTools)."""
    options = subset.Options()
    options.flavor = "woff2"
    options.name_IDs = ["*"]  # the licence's and the font's names stay in the file
    options.layout_features = ["*"]  # kerning and ligatures, as the window draws them
    font = subset.load_font(str(ASSETS / f"NotoSans-{style}.ttf"), options)
    try:
        cut = subset.Subsetter(options)
        cut.populate(unicodes=code_points())
        cut.subset(font)
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"NotoSans-{style}.woff2"
        subset.save_font(font, str(target), options)
    finally:
        font.close()
    return target


def main() -> int:
    for style in STYLES:
        target = write(style)
        print(f"{target}: {target.stat().st_size:,} bytes")
    (OUT / "OFL.txt").write_bytes((ASSETS / "OFL.txt").read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main())
