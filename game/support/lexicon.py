"""Names' grammar as scenarios give it (their `grammar:`): learnt when a scenario is read,
and asked for by the text layer (game/text/grammar.py) when it places a name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

CASE_WORDS = {"nominative": "nom", "accusative": "acc", "dative": "dat", "genitive": "gen"}
GENDERS = {"masculine": "m", "feminine": "f", "neuter": "n"}


@dataclass(frozen=True)
class Inflection:
    """What a language knows of one name: its gender ('m', 'f', 'n' or '' unknown),
    whether it is plural, and the case forms a scenario gave."""

    gender: str = ""
    plural: bool = False
    forms: Mapping[str, str] = field(default_factory=dict)


# Names the game has learnt, by (language, name). A name is a proper noun: the same words
# in one language have the same grammar in every scenario that uses them.
_LEXICON: dict[tuple[str, str], Inflection] = {}


def base(code: str) -> str:
    """'es' for 'es-MX': the grammar is the language's."""
    return code.split("-")[0].split("_")[0].lower()


def learn(grammar: Mapping[str, Mapping[str, Mapping[str, Any]]] | None) -> None:
    """Take in a scenario's grammar (`{language: {name: {gender:, plural:, nominative:,
    genitive:, ...}}}`, as its file gives it and its data keeps it)."""
    for code, names in (grammar or {}).items():
        for name, spec in names.items():
            forms = {CASE_WORDS[k]: str(v) for k, v in spec.items() if k in CASE_WORDS and v}
            gender = GENDERS.get(str(spec.get("gender") or ""), "")
            _LEXICON[(base(code), name)] = Inflection(gender, bool(spec.get("plural")), forms)


def inflection(code: str, name: str) -> Inflection:
    """What is known of `name` in the language, else nothing (its regular forms)."""
    return _LEXICON.get((base(code), name), Inflection())
