"""Text from scenarios and players, made safe for the fonts and widgets."""

from __future__ import annotations

import html
import unicodedata

# pygame_gui's text layout fails on these (NUL, soft hyphen, zero-width marks).
_DROP = {"\x00", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


def clean(text: str) -> str:
    """The text without control and invisible characters the fonts cannot draw; line
    breaks and tabs become spaces, except newlines, which stay."""
    kept = []
    for char in unicodedata.normalize("NFC", text):
        if char in _DROP:
            continue
        if char == "\n":
            kept.append(char)
        elif char in "\t\r" or unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            kept.append(" " if char in "\t\r\u2028\u2029" else "")
        else:
            kept.append(char)
    return "".join(kept)


def markup(text: str) -> str:
    """Cleaned text for a UITextBox, which reads a little HTML: escaped, newlines kept."""
    return html.escape(clean(text)).replace("\n", "<br>")
