"""A pseudo-language for checking the text layer: every message comes back with its words
in capitals (its placeholders left as they are), so that in whatever a renderer makes,
a lowercase word that is not a name from the scenario escaped the catalogue (an English
fragment glued on in code, or a code shown raw)."""

from __future__ import annotations

import gettext
import re

from .language import Language

PLACEHOLDER = re.compile(r"(\{[^{}]*\})")


def shout(message: str) -> str:
    """The message's words in capitals, its {placeholders} unchanged."""
    return "".join(
        part if PLACEHOLDER.fullmatch(part) else part.upper() for part in PLACEHOLDER.split(message)
    )


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
        if name:
            text = text.replace(name, " ")
    return re.findall(r"\b\w*[a-z]\w*\b", text)
