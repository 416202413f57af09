"""How a name stands in a sentence of each language: its forms by case, its gender and
number, and the small changes where a word meets it ("de el" is "del", "in dem" is "im",
"y" is "e" before an i- sound).

A message places a name with a form: `{body}` is the name as it stands alone (on a label,
in a list), `{body:nom}` the name as the subject of a sentence (with its article:
"der Weltrat", "el Consejo Mundial"), `{body:acc}`, `{body:dat}`, `{body:gen}` its other
cases ("des Weltrats"; in Spanish `gen` is "del Consejo Mundial" and `dat` "al Consejo
Mundial"; in English `gen` is "India's"). A word that agrees with the name picks its
form by the name's gender and number: `{nation:bietet|pl=bieten}`, `{nation:sein|f=ihr|pl=ihr}`
(the first for any name the others do not fit; keys m, f, n, pl).

A scenario gives the forms of its names (its `grammar:`, by language and name); the game
learns them when it loads the scenario, and any name it has not learnt (one a player
typed) takes its language's regular forms."""

from __future__ import annotations

import re

# The names' grammar the scenarios gave, learnt as they are read (game/support/lexicon.py).
from game.support.lexicon import base as base
from game.support.lexicon import inflection as inflection
from game.support.lexicon import learn as learn

CASES = ("nom", "acc", "dat", "gen")
KEYS = ("m", "f", "n", "pl")  # what a word that agrees may be keyed by
# A placeholder any translation of a sentence fragment may use, though its English has
# none, for a word that agrees with whoever the fragment is about ("es"/"sie" for "it",
# "seine"/"ihre" for "its"): the game passes it where it knows who that is.
SUBJECT = "subject"


def form(code: str, name: str, case: str) -> str:
    """The name in a case, as the scenario gives it, else by the language's rule."""
    known = inflection(code, name)
    if case in known.forms:
        return known.forms[case]
    nominative = known.forms.get("nom", name)
    language = base(code)
    if case == "gen" and language == "en":
        return nominative + ("'" if nominative.endswith("s") else "'s")
    if case == "gen" and language == "de" and nominative == name:
        # A name without an article (most countries): Chinas, Paris'.
        return name + ("'" if name[-1:] in ("s", "ß", "x", "z") else "s")
    if case in ("gen", "dat") and language == "es":
        return "".join(join("de " if case == "gen" else "a ", nominative, language))
    return nominative


def agree(code: str, name: str, choices: str) -> str:
    """The word of `choices` ('bietet|pl=bieten') that agrees with the name: the one keyed
    by its number (pl) or gender, else the first given without a key."""
    known = inflection(code, name)
    keyed: dict[str, str] = {}
    unkeyed: list[str] = []
    for choice in choices.split("|"):
        key, sign, word = choice.partition("=")
        if sign and key in KEYS:
            keyed[key] = word
        else:
            unkeyed.append(choice)
    if known.plural and "pl" in keyed:
        return keyed["pl"]
    if known.gender in keyed:
        return keyed[known.gender]
    return unkeyed[0] if unkeyed else next(iter(keyed.values()), "")


def is_choice(spec: str) -> bool:
    return "|" in spec or "=" in spec


def valid_spec(spec: str) -> bool:
    """Whether a placeholder's spec is a form or a choice this module reads."""
    if not spec or spec in CASES:
        return True
    if not is_choice(spec):
        return False
    choices = spec.split("|")
    keys = [c.partition("=")[0] for c in choices if "=" in c]
    return all(k in KEYS for k in keys) and len(set(keys)) == len(keys)


# Where a word meets a name: (the word before, as a pattern; the name's start; the two
# as one). Only at a placeholder's edge, so a relative clause's 'in dem' stays as written.
_JOINS: dict[str, list[tuple[re.Pattern[str], re.Pattern[str], str]]] = {
    "es": [
        (re.compile(r"(?:^|(?<=\W))(d)e $", re.I), re.compile(r"el "), r"\1el "),
        (re.compile(r"(?:^|(?<=\W))(a) $", re.I), re.compile(r"el "), r"\1l "),
        # 'y' is 'e' before an i- sound that is no diphthong (Francia e India, but y hielo).
        (
            re.compile(r"(?:^|(?<=\W))y $"),
            re.compile(r"(?:[iIíÍ]|[hH][iIíÍ])(?![aeoáéóAEO])"),
            "e ",
        ),
        (re.compile(r"(?:^|(?<=\W))o $"), re.compile(r"[oOóÓ]|[hH][oOóÓ]"), "u "),
    ],
    "de": [
        (re.compile(r"(?:^|(?<=\W))(i)n $", re.I), re.compile(r"dem "), r"\1m "),
        (re.compile(r"(?:^|(?<=\W))(v)on $", re.I), re.compile(r"dem "), r"\1om "),
        (re.compile(r"(?:^|(?<=\W))(z)u $", re.I), re.compile(r"dem "), r"\1um "),
        (re.compile(r"(?:^|(?<=\W))(z)u $", re.I), re.compile(r"der "), r"\1ur "),
        (re.compile(r"(?:^|(?<=\W))(a)n $", re.I), re.compile(r"dem "), r"\1m "),
        (re.compile(r"(?:^|(?<=\W))(b)ei $", re.I), re.compile(r"dem "), r"\1eim "),
        (re.compile(r"(?:^|(?<=\W))(i)n $", re.I), re.compile(r"das "), r"\1ns "),
    ],
}


# Texts whose first letter `fill` made a capital (a name's article beginning a
# message): said again inside another sentence, they are written small there.
_CAPITALISED: dict[str, None] = {}


def began(message_said: str) -> None:
    """`message_said` began with a name's article, written with a capital there."""
    if len(_CAPITALISED) > 4096:
        _CAPITALISED.clear()
    _CAPITALISED[message_said] = None


_ARTICLE_ES = re.compile(r"(?:El|La|Los|Las|Un|Una) (?=[a-záéíóúñ])")


def begins_big(said: str) -> bool:
    """Whether `said` began with a name's article written with a capital (`began`)."""
    return said in _CAPITALISED


def inside(before: str, said: str, code: str) -> str:
    """A message said on its own (a motion's title, one side of a deal) that began with a
    name's article, placed inside another's sentence: the article is written small there
    ("(Handel: die Vereinigten Staaten aufnehmen)"), but not where a sentence begins, nor
    after a German colon that opens a line's clause ("Runde 3: Die Vereinigten Staaten
    setzen ... durch"), only after one within brackets, as a title's gist is."""
    if not before or starts_sentence(before):
        return said
    if said not in _CAPITALISED:
        # Spanish writes small after a colon: a sentence embedded there that begins with
        # an article and a common noun ("ronda 1: el orden está en transición"), but not
        # a name's own article ("El Salvador", "La Haya").
        if base(code) == "es" and before.endswith(": ") and _ARTICLE_ES.match(said):
            return said[0].lower() + said[1:]
        return said
    opened = before.count("(") > before.count(")")
    if base(code) == "de" and before.rstrip().endswith(":") and not opened:
        return said
    return said[0].lower() + said[1:]


def join(before: str, name: str, code: str) -> tuple[str, str]:
    """The text before a name and the name, joined as the language joins them:
    ('retirarse de ', 'el Consejo') -> ('retirarse del ', 'Consejo')."""
    for word, start, joined in _JOINS.get(base(code), ()):
        begins = start.match(name)
        if begins is None:
            continue
        found = word.search(before)
        if found is None:
            continue
        if joined.startswith("\\1"):
            merged = found.expand(joined)
            return before[: found.start()] + merged, name[begins.end() :]
        return before[: found.start()] + joined, name
    return before, name


_SENTENCE_END = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def starts_sentence(before: str) -> bool:
    """Whether a name placed after `before` begins a sentence (its article is then
    written with a capital: 'Der Weltrat', 'El Consejo')."""
    return _SENTENCE_END.search(before) is not None
