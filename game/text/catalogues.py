"""The languages the game speaks: English, whose messages are the ids themselves, and one
gettext catalogue per other language, game/locale/<code>/LC_MESSAGES/messages.po
(docs/translation.md). A catalogue is read and compiled in memory the first time its
language is asked for (a fraction of a second), so there is nothing to build at install
and a translator's edit shows at the next start. Babel gives each language its decimal
sign and its name in itself."""

from __future__ import annotations

import functools
import gettext
import io
import os
from pathlib import Path

from game.support import lexicon

from .language import ENGLISH, Language

LOCALE = Path(__file__).resolve().parents[1] / "locale"
DOMAIN = "messages"


class UnknownLanguage(ValueError):
    """A language the game has no catalogue for."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@functools.cache
def codes() -> tuple[str, ...]:
    """The languages there are: English first, then each catalogue's, by code (looked for
    once: every language asked for is checked against them)."""
    found = sorted(p.parents[1].name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return ("en", *found)


def native_name(code: str) -> str:
    """A language's name in itself, as a menu of languages shows it: 'Deutsch', 'Español'."""
    from babel import Locale, UnknownLocaleError  # (Babel loads when a language is asked for)

    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:]


def language(code: str) -> Language:
    """The language of `code` ('es', or 'es_MX' for Spanish), its catalogue compiled once;
    an unknown one raises UnknownLanguage."""
    base = lexicon.base(code)
    if base == "en":
        return ENGLISH
    if base not in codes():
        raise UnknownLanguage(code)
    return _compiled(base)


@functools.cache
def _compiled(base: str) -> Language:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.numbers import get_decimal_symbol

    path = LOCALE / base / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as source:
        catalogue = read_po(source, locale=base)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)  # fuzzy entries left out: the English shows instead
    compiled.seek(0)
    return Language(base, gettext.GNUTranslations(compiled), decimal=get_decimal_symbol(base))


def system_code() -> str:
    """The system's language, if the game speaks it, else English: the first of gettext's
    variables that is set (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as 'de' of 'de_DE.UTF-8'."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for wanted in value.split(":"):
            base = wanted.split(".")[0].split("_")[0].lower()
            if base in ("c", "posix"):
                return "en"
            if base and base in codes():
                return base
        if value:
            return "en"
    return "en"


def chosen(code: str | None) -> Language:
    """The language asked for, or the system's when none is."""
    return language(code or system_code())


def spoken(code: str | None, otherwise: Language) -> Language:
    """The language of `code` if one is given and the game speaks it; else `otherwise`
    (a client's hello, settings saved with a language since removed)."""
    try:
        return language(code) if code else otherwise
    except UnknownLanguage:
        return otherwise
