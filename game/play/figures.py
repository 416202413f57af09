"""Numbers as the commands print them, in the reader's language: with their sign, as a
percentage with decimals, a 95% interval."""

from __future__ import annotations

from game.text.language import ENGLISH, N_, Language


def signed(value: float, places: int, lang: Language = ENGLISH) -> str:
    """A number with its sign: '+1.5', '-0.5'."""
    text = lang.number(value, places)
    return text if text.startswith("-") else f"+{text}"


def percentage(value: float, places: int = 0, lang: Language = ENGLISH) -> str:
    """A number of hundredths as a percentage with `places` decimals: 41.25 -> '41.3%'
    (lang.percent takes a share, 0.41, and gives whole percentages)."""
    return lang.text(N_("{number}%"), number=lang.number(value, places))


def interval(low: str, high: str, lang: Language = ENGLISH) -> str:
    """A 95% interval of two numbers already formatted: '[0.12, 0.48]'."""
    return lang.text(N_("[{low}, {high}]"), low=low, high=high)
