"""The language text is made in: gettext-style messages with named placeholders and plural
forms, and the one place numbers are formatted.

A message is written whole, in English, with its placeholders named ("{nation} vetoed
{motion}"), so that a translation can reorder it and nothing is made by gluing fragments.
Text is made when it is shown: a table of messages at module level holds message ids
(marked with `N_`, for extraction), which `Language.text` translates and fills in when
called. The language is a parameter of whatever renders text, never a global: the
classroom server renders for each client in its own.

Catalogues are standard gettext (`gettext.GNUTranslations`); English is the messages
themselves (`gettext.NullTranslations`)."""

from __future__ import annotations

import gettext
import math
import string
from contextlib import suppress
from dataclasses import dataclass, field
from functools import lru_cache

from . import grammar


def N_(message: str) -> str:
    """Marks a message to be translated where it is shown, not here (a table's entry)."""
    return message


CONTEXT = "\x04"  # gettext's separator of a message's context from its id


def Nc_(context: str, message: str) -> str:
    """Marks a message whose English is another's but whose translation may differ (the
    strategy 'bloc' beside the order 'bloc'): its context tells the two apart."""
    return f"{context}{CONTEXT}{message}"


Forms = tuple[str, str]  # a message about a count: its English for one, and for more


def Np_(one: str, many: str) -> Forms:
    """Marks a message about a count, for one and for more, as one message to translate
    (each language has its own number of plural forms: Spanish three, by CLDR)."""
    return one, many


@dataclass(frozen=True)
class Language:
    code: str = "en"
    catalogue: gettext.NullTranslations = field(
        default_factory=gettext.NullTranslations, compare=False, repr=False
    )
    decimal: str = "."  # the decimal sign: "0.70" in English, "0,70" in German or Spanish

    def text(self, message: str, /, **values: object) -> str:
        """The message translated, its placeholders filled in."""
        # A catalogue keys a message with a context as 'context\x04id', as given; one
        # without its translation gives it back, context and all.
        found = self.catalogue.gettext(message).rpartition(CONTEXT)[2]
        return fill(found, values, self.code) if values else found

    def plural(self, forms: Forms, count: int, /, **values: object) -> str:
        """The message for `count` things, in the language's plural form; `{count}` is
        filled in with the count."""
        found = self.catalogue.ngettext(*forms, count)
        return fill(found, {"count": self.number(count, 0), **values}, self.code)

    def number(self, value: float, places: int = 2) -> str:
        """A number as a person reads it: `places` decimals (0.7 -> '0.70'), whole numbers
        with none, in the language's decimal sign."""
        text = f"{value:.{places}f}" if places else f"{round(value):d}"
        return text.replace(".", self.decimal) if self.decimal != "." else text

    def whole(self, value: int) -> str:
        """A count with its digits grouped as the language groups them: '73,337' in
        English, '73.337' in German (Babel's locale data; Spanish leaves four digits
        whole: '7337')."""
        if grammar.base(self.code) == "en":
            return f"{value:,}"
        from babel.numbers import format_decimal  # (a catalogue's language: Babel is loaded)

        return format_decimal(value, locale=self.code)

    def figure(self, value: float) -> str:
        """A number with the decimals it has, to six significant digits, as Python's
        `:g` writes one from a millionth to a million, but never with an exponent:
        2.0 -> '2', 1.5 -> '1.5', 0.05 -> '0.05'."""
        if value == 0 or not math.isfinite(value):
            return self.number(value, 0) if value == 0 else str(value)
        most = max(5 - math.floor(math.log10(abs(value))), 0)
        rounded = round(value, most)
        return self.number(value, next(p for p in range(most + 1) if round(value, p) == rounded))

    def percent(self, share: float) -> str:
        """A share as a whole percentage: 0.41 -> '41%'."""
        return self.text(N_("{number}%"), number=self.number(share * 100, 0))


@lru_cache(maxsize=8192)
def _parts(message: str) -> tuple[tuple[str, str | None, str], ...]:
    """A message as literal text, each followed by a placeholder's name and spec."""
    return tuple((text, name, spec or "") for text, name, spec, _ in _FORMATTER.parse(message))


_FORMATTER = string.Formatter()


def fill(message: str, values: dict[str, object], code: str) -> str:
    """The message with its placeholders filled in: a name in the form its spec asks for
    (`{body:dat}`, `{nation:bietet|pl=bieten}`, see `grammar`), joined to the word before
    it as the language joins them, and a capital where a name with its article begins a
    sentence; any other value as `str.format` would write it."""
    said: list[str] = []
    big = False  # whether the message begins with a name's article, made a capital
    for text, name, spec in _parts(message):
        said.append(text)
        if name is None:
            continue
        # (a fragment said of nobody in particular: its first word)
        value = values.get(name, "") if name == grammar.SUBJECT else values[name]
        if not isinstance(value, str):
            said.append(format(value, spec))
            continue
        before = "".join(said)
        if spec in grammar.CASES:
            value = grammar.form(code, value, spec)
            if value[:1].islower() and grammar.starts_sentence(before):
                value = value[0].upper() + value[1:]
                big = big or not before
        elif grammar.is_choice(spec):
            value = grammar.agree(code, value, spec)
        elif spec:
            # (a form this game does not know, which the tests name: the name as it is)
            with suppress(ValueError):
                value = format(value, spec)
        else:
            big = big or (not before and grammar.begins_big(value))  # (a message within)
            value = grammar.inside(before, value, code)
        joined, value = grammar.join(before, value, code)
        if joined != before:
            said = [joined]
        said.append(value)
    whole = "".join(said)
    if big:
        grammar.began(whole)
    return whole


ENGLISH = Language()
