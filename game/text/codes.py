"""The engine's codes that a person reads, in words: the phases of a round, the order's
verdicts, what a threat demands and the parts of a score (message ids, said in a language
where they are shown)."""

from __future__ import annotations

from .language import ENGLISH, N_, Language
from .names import series

# The AI's levels, by their codes (as --ai names them). (Words of their own: "normal"
# alone is also an animation speed, in Spanish another gender.)
AI_LEVELS = {"easy": N_("easy AI"), "normal": N_("normal AI"), "hard": N_("hard AI")}

# The phases of a round (engine Phase values).
PHASES = {
    "events": N_("events"),
    "diplomacy": N_("diplomacy"),
    "agenda": N_("agenda"),
    "vote": N_("vote"),
    "results": N_("results"),
    "opt_out": N_("opt-outs"),
    "membership": N_("membership"),
    "consequences": N_("consequences"),
    "over": N_("over"),
}

# The order's verdicts (engine/model/verdict.py).
VERDICTS = {
    "fragmented": N_("fragmented"),
    "bloc": N_("bloc"),
    "hegemonic": N_("hegemonic"),
    "pluralist": N_("pluralist"),
    "transitional": N_("transitional"),
}

# What a threat demands be granted (engine actions.DEMANDS).
DEMANDS = {
    "veto": N_("a veto"),
    "opt_out": N_("an opt-out"),
    "mandate_cut": N_("a narrower mandate"),
    "reweight": N_("reweighted votes"),
}

# Where a great power's score came from (engine outcome.SCORE_PARTS).
SCORE_PARTS = {
    "objectives": N_("objectives"),
    "influence": N_("influence"),
    "legitimacy": N_("legitimacy"),
    "capital": N_("capital"),
    "order": N_("order"),
    "shared_loss": N_("shared loss"),
}


def code_text(table: dict[str, str], code: str, lang: Language = ENGLISH) -> str:
    """A code in words through its table; a code the table does not know, as it is."""
    return lang.text(table[code]) if code in table else code


def verdict_counts(counts: dict[str, int], lang: Language = ENGLISH) -> str:
    """Orders and how many games ended in each: 'bloc 3, pluralist 9'."""
    return series(
        [
            lang.text(
                N_("{verdict} {count}"),
                verdict=code_text(VERDICTS, verdict, lang),
                count=lang.number(count, 0),
            )
            for verdict, count in sorted(counts.items())
        ],
        lang,
    )
