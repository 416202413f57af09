"""Small value types shared by every part of the scenario format."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

# Characters that text widgets cannot draw and that hide typing mistakes.
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff"}


def _check_text(value: str) -> str:
    for i, c in enumerate(value):
        if c in _INVISIBLE or (unicodedata.category(c) == "Cc" and c not in "\n\t"):
            name = unicodedata.name(c, f"U+{ord(c):04X}")
            raise ValueError(
                f"contains an invisible character ({name}) at position {i + 1}; delete it"
            )
    return value


Number = Annotated[float, Strict()]
"""A number: an integer or a decimal, never true/false or quoted text."""
Whole = Annotated[int, Strict()]
Flag = Annotated[bool, Strict()]
ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_-]{0,31}$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]
"""A short name for a nation, institution, movement or event: 1 to 32 letters, digits,
'_' or '-', starting with a letter."""
LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


def _per_language(longest: int) -> Callable[[Any, ValidationInfo], Any]:
    """A text may be given in several languages, `{en: ..., es: ..., de: ...}`: each is
    checked as the text would be, and the one in the language the scenario is loaded in
    (the validation's context) is kept, else the English, else the first given."""

    def pick(value: Any, info: ValidationInfo) -> Any:
        if not isinstance(value, dict):
            return value
        if not value:
            raise ValueError("give the text in at least one language, e.g. {en: ...}")
        for code, text in value.items():
            if not isinstance(code, str) or not LANGUAGE_CODE.fullmatch(code):
                raise ValueError(
                    f"'{code}' is no language code: key each text by two lowercase letters "
                    "(en, es, de)"
                )
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"write the {code} text as a string, in quotes if need be")
            if len(text) > longest:
                raise ValueError(f"the {code} text has {len(text)} characters; at most {longest}")
            _check_text(text)
        wanted = str((info.context or {}).get("lang", "en"))
        return value.get(wanted) or value.get("en") or next(iter(value.values()))

    return pick


def _text_schema(longest: int) -> dict[str, Any]:
    """Editors' autocompletion: a string, or strings keyed by language."""
    one = {"type": "string", "minLength": 1, "maxLength": longest}
    return {
        "anyOf": [
            one,
            {
                "type": "object",
                "propertyNames": {"pattern": LANGUAGE_CODE.pattern},
                "additionalProperties": one,
                "minProperties": 1,
            },
        ]
    }


Text = Annotated[
    str,
    Field(min_length=1, max_length=4000),
    BeforeValidator(_per_language(4000)),
    AfterValidator(_check_text),
    WithJsonSchema(_text_schema(4000)),
]
"""Prose shown to players: a string, or one per language ({en: ..., es: ...})."""
Name = Annotated[
    str,
    Field(min_length=1, max_length=80),
    BeforeValidator(_per_language(80)),
    AfterValidator(_check_text),
    WithJsonSchema(_text_schema(80)),
]
"""A name or a title: a string, or one per language."""
Pole = Annotated[
    str,
    Field(min_length=1, max_length=32),
    BeforeValidator(_per_language(32)),
    AfterValidator(_check_text),
    WithJsonSchema(_text_schema(32)),
]
"""What one end of a policy axis stands for: a few words, e.g. open markets."""
Word = Annotated[str, Field(min_length=1, max_length=80), AfterValidator(_check_text)]
"""A name in one language, as one of its forms: der Weltrat."""
LanguageCode = Annotated[str, Field(pattern=LANGUAGE_CODE.pattern)]
Unit = Annotated[Number, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
Coordinate = Annotated[Number, Field(ge=-1.0, le=1.0, allow_inf_nan=False)]
Point = tuple[Coordinate, Coordinate]
"""A point [x, y] in the policy space: x for (+1) or against (-1) the liberal order,
y for (+1) or against (-1) redistribution toward the Global South."""


class Spec(BaseModel):
    """Base of every scenario model: unknown keys are errors and values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Doctrine(StrEnum):
    """The four globalisms (Sakwa 2019), the 'operating systems' of world order."""

    liberal = "liberal"
    transformative = "transformative"
    mercantilist = "mercantilist"
    sovereign = "sovereign"


class IssueArea(StrEnum):
    security = "security"
    trade = "trade"
    finance = "finance"
    human_rights = "human_rights"
    climate = "climate"


class PowerComponent(StrEnum):
    economic = "economic"
    military = "military"
    tech_finance = "tech_finance"
    soft = "soft"


DOCTRINE_SUM_TOLERANCE = 1e-6


class DoctrineWeights(Spec):
    """Weights over the four doctrines. They must sum to 1; a sum within 1e-6 of 1 is
    normalised, a sum further off is an error. Doctrines left out weigh 0."""

    liberal: Unit = Field(0.0, description="Weight of liberal internationalism (0 to 1).")
    transformative: Unit = Field(
        0.0, description="Weight of transformative (movement) internationalism (0 to 1)."
    )
    mercantilist: Unit = Field(0.0, description="Weight of mercantilist nationalism (0 to 1).")
    sovereign: Unit = Field(
        0.0, description="Weight of sovereign (conservative) internationalism (0 to 1)."
    )

    @model_validator(mode="after")
    def _sum_to_one(self) -> DoctrineWeights:
        values = self.as_tuple()
        total = math.fsum(values)
        if abs(total - 1.0) > DOCTRINE_SUM_TOLERANCE:
            given = " + ".join(
                f"{d.value} {w:g}" for d, w in zip(Doctrine, values, strict=True) if w
            )
            raise ValueError(
                f"doctrine weights sum to {total:g} ({given or 'none given'}); they must sum to 1"
            )
        if total != 1.0:
            for d, w in zip(Doctrine, values, strict=True):
                object.__setattr__(self, d.value, w / total)
        return self

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.liberal, self.transformative, self.mercantilist, self.sovereign)

    def dominant(self) -> Doctrine:
        values = self.as_tuple()
        return list(Doctrine)[values.index(max(values))]


class PowerComponents(Spec):
    """Material and soft power in index points (any common unit: only shares matter)."""

    economic: Number = Field(ge=0, description="Economic weight, e.g. GDP in trillion USD.")
    military: Number = Field(ge=0, description="Military weight, e.g. spending in 100 bn USD.")
    tech_finance: Number = Field(
        ge=0, description="Technological and financial weight, e.g. R&D or reserve-currency share."
    )
    soft: Number = Field(ge=0, description="Soft power: attraction, reach of culture and ideas.")


class GrowthRates(Spec):
    """Growth per round (a year) of each power component, as a fraction (0.03 = 3%)."""

    economic: Number = Field(0.02, ge=-0.5, le=0.5, description="Growth of economic power.")
    military: Number = Field(0.02, ge=-0.5, le=0.5, description="Growth of military power.")
    tech_finance: Number = Field(
        0.02, ge=-0.5, le=0.5, description="Growth of technological and financial power."
    )
    soft: Number = Field(0.0, ge=-0.5, le=0.5, description="Growth of soft power.")
