"""How much, in words: a change in a power's score as a student reads it ("it gains you
a little", "much from the policy move"), not as the model's decimals."""

from __future__ import annotations

from .language import ENGLISH, N_, Language

# Score points: a secret aim is worth 5 to 10, a unit of capital 0.05.
SIZES = (
    (0.05, N_("very little")),
    (0.3, N_("a little")),
    (1.0, N_("a fair amount")),
    (5.0, N_("much")),
)
LARGEST = N_("a great deal")


def percent(share: float, lang: Language = ENGLISH) -> str:
    """A share as a whole percentage: 0.41 -> '41%'."""
    return lang.percent(share)


def size_words(value: float, lang: Language = ENGLISH) -> str:
    """'a little', 'much', 'a great deal': how much a change weighs, whatever its sign."""
    return lang.text(next((w for limit, w in SIZES if abs(value) < limit), LARGEST))


def stake_words(value: float, lang: Language = ENGLISH) -> str:
    """A change in a power's score in words: 'gains you a little', 'costs you a great
    deal'; '' where it is too small to matter."""
    if abs(value) < SIZES[0][0]:
        return ""
    size = size_words(value, lang)
    if value > 0:
        return lang.text(N_("gains you {size}"), size=size)
    return lang.text(N_("costs you {size}"), size=size)
