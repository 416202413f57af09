"""A pseudo-language for checking the text layer: every message comes back with its words
in capitals (its placeholders left as they are), so that in whatever a renderer makes,
a lowercase word that is not a name from the scenario escaped the catalogue (an English
fragment glued on in code, or a code shown raw); and a third longer, as a translation
may run (German does), so that a label that would clip in one clips in the tour."""

from __future__ import annotations

import gettext
import re

from .language import Language

PLACEHOLDER = re.compile(r"(\{[^{}]*\})")


def shout(message: str) -> str:
    """The message's words in capitals, its {placeholders} unchanged, and a third longer:
    '{nation} vetoed {motion}' -> '{nation} VETOED {motion} ··'. (The padding is no word;
    a message without a letter, such as '{rule}; {holders}', says no words and gets none.)"""
    parts = PLACEHOLDER.split(message)
    said = "".join(part if PLACEHOLDER.fullmatch(part) else part.upper() for part in parts)
    words = [part for part in parts if not PLACEHOLDER.fullmatch(part)]
    if not any(c.isalpha() for part in words for c in part):
        return said
    return f"{said} {PAD * max(1, round(sum(map(len, words)) / 3) - 1)}"


PAD = "\u00b7"  # a middle dot: in every font the game uses, and no word


def unpadded(text: str) -> str:
    """Pseudo-language text without its padding, to compare with the words expected."""
    return re.sub(f" {PAD}+", "", text)


class Shouting(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return shout(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return shout(msgid1 if n == 1 else msgid2)


PSEUDO = Language("en-XA", Shouting())


def escaped(text: str, names: list[str]) -> list[str]:
    """The lowercase words of `text` that are not in one of `names` (the scenario's own
    words: its powers, bodies, poles, aims), which a pseudo-language rendering should not
    have."""
    for name in sorted(names, key=len, reverse=True):
        if name:  # (with its possessive ending, which grammar adds: "India's")
            text = text.replace(f"{name}'s", " ").replace(name, " ")
    return re.findall(r"\b\w*[a-z]\w*\b", text)
