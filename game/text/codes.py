"""The engine's codes that a person reads, in words: the phases of a round, the order's
verdicts and what a threat demands (message ids, said in a language where they are
shown)."""

from __future__ import annotations

from .language import ENGLISH, N_, Language

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


def code_text(table: dict[str, str], code: str, lang: Language = ENGLISH) -> str:
    """A code in words through its table; a code the table does not know, as it is."""
    return lang.text(table[code]) if code in table else code
