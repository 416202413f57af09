"""How much, in words: a change in a power's score as a student reads it ("it gains you
a little", "much from the policy move"), not as the model's decimals."""

from __future__ import annotations

# Score points: a secret aim is worth 5 to 10, a unit of capital 0.05.
SIZES = ((0.05, "very little"), (0.3, "a little"), (1.0, "a fair amount"), (5.0, "much"))


def percent(share: float) -> str:
    """A share as a whole percentage: 0.41 -> '41%'."""
    return f"{round(share * 100)}%"


def size_words(value: float) -> str:
    """'a little', 'much', 'a great deal': how much a change weighs, whatever its sign."""
    return next((w for limit, w in SIZES if abs(value) < limit), "a great deal")


def stake_words(value: float) -> str:
    """A change in a power's score in words: 'gains you a little', 'costs you a great
    deal'; '' where it is too small to matter."""
    if abs(value) < SIZES[0][0]:
        return ""
    return f"{'gains' if value > 0 else 'costs'} you {size_words(value)}"
