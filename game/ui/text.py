"""Text from scenarios and players, made safe for the fonts and widgets."""

from __future__ import annotations

import functools
import html
import unicodedata
from collections.abc import Mapping

import pygame.freetype

from game.present.order import FAILS, HOLDS
from game.support.bundled import ASSETS
from game.text.language import ENGLISH, N_, Language

FONT = ASSETS / "fonts" / "NotoSans-Regular.ttf"

# pygame_gui's text layout fails on these (NUL, soft hyphen, zero-width marks).
_DROP = {"\x00", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


@functools.cache
def _font() -> pygame.freetype.Font:
    if not pygame.freetype.get_init():
        pygame.freetype.init()
    return pygame.freetype.Font(str(FONT), 12)


@functools.lru_cache(maxsize=4096)
def drawable(char: str) -> str:
    """The character if the bundled font has it; else its plain letters (é -> e, ﬁ -> fi)
    when it has those, else '?'."""
    if _font().get_metrics(char)[0] is not None:
        return char
    plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if plain and plain != char and all(_font().get_metrics(c)[0] is not None for c in plain):
        return plain
    return "?"


def clean(text: str) -> str:
    """The text as the game's font can draw it: no control or invisible characters (line
    breaks and tabs become spaces, newlines stay), and a stand-in for any character the
    font lacks."""
    if text.isascii() and text.isprintable():  # most texts: nothing to change
        return text
    kept = []
    for char in unicodedata.normalize("NFC", text):
        if char in _DROP:
            continue
        if char == "\n":
            kept.append(char)
        elif char in "\t\r" or unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            kept.append(" " if char in "\t\r\u2028\u2029" else "")
        else:
            kept.append(drawable(char))
    return "".join(kept)


def markup(text: str) -> str:
    """Cleaned text for a UITextBox, which reads a little HTML: escaped, newlines kept."""
    return html.escape(clean(text)).replace("\n", "<br>")


def markup_text(
    lang: Language, message: str, /, marked: Mapping[str, str], **values: object
) -> str:
    """A message for a UITextBox: translated and escaped, its placeholders filled in with
    `values` (escaped) and with `marked` (markup already: a name in bold), so that the
    markup stays out of the message."""
    kept = {name: f"{{{name}}}" for name in [*values, *marked]}  # placeholders as they are
    template = markup(lang.text(message, **kept))
    plain = {name: markup(str(value)) for name, value in values.items()}
    return template.format(**plain, **marked)


def reason_markup(held: bool, text: str, lang: Language = ENGLISH) -> str:
    """A reason of the verdict, marked as holding or failing in words and colour (the
    font has no tick or cross)."""
    colour, word = ("#007A5A", HOLDS) if held else ("#B3461A", FAILS)
    mark = f"<font color='{colour}'><b>{markup(lang.text(word))}</b></font>"
    return markup_text(lang, N_("{mark} {reason}"), marked={"mark": mark}, reason=text)
