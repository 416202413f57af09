"""Why a line of text is not an action, in words. The engine's parser gives the mistake
as data (game/engine/actions.py: ActionSyntaxError's `says` and `facts`); this is the one
place that says it. The line's own words (NATION, VERB, pledge, m3) are the action text's
keywords, which stay as they are in every language: a translation keeps the lowercase
keywords in these messages (pledge, transfer, recognise, guarantee, found, with, named,
inject, compose, end_phase, pause, resume, yes, no, abstain) as they are, and the facts
it fills in (the line's own words, the lists of kinds and demands) are keywords too."""

from __future__ import annotations

from game.engine import ActionSyntaxError

from .language import ENGLISH, N_, Language

# What a number or a reference stands for, by the parser's name for it.
WHAT = {
    "amount": N_("the amount"),
    "x": N_("x"),
    "y": N_("y"),
    "linkage": N_("the linkage"),
    "opt_out": N_("the opt-out"),
    "offer": N_("an offer"),
    "motion": N_("a motion"),
}

SENTENCES = {
    "not_a_number": N_("expected a number for {what}, found '{token}'"),
    "not_finite": N_("{what} must be a finite number"),
    "not_a_reference": N_("expected {what} such as {prefix}3, found '{token}'"),
    "no_term": N_("expected a term: pledge BODY, transfer AMOUNT, recognise or guarantee BODY"),
    "not_a_term": N_(
        "'{text}' is not a term: pledge BODY, transfer AMOUNT, recognise or guarantee BODY"
    ),
    "no_motion_kind": N_("expected a motion kind: {kinds}"),
    "motion_arguments": N_("wrong arguments for a {kind} motion: '{text}'"),
    "too_short": N_("'{text}' is not an action: expected NATION VERB ..."),
    "instructor_verbs": N_(
        "'{text}': the instructor can inject EVENT, compose {composed} TARGET AMOUNT, "
        "end_phase, pause or resume"
    ),
    "found_syntax": N_("'{text}': expected found AREA [with NATION ...] [named NAME]"),
    "not_a_demand": N_("'{token}' is not a demand: {demands}"),
    "not_a_vote": N_("'{token}' is not a vote: yes, no or abstain"),
    "not_an_action": N_("'{text}' is not an action"),
}


def syntax_text(error: ActionSyntaxError, lang: Language = ENGLISH) -> str:
    """What was expected where the line went wrong, in one sentence."""
    facts = dict(error.facts)
    if "what" in facts and facts["what"] in WHAT:
        facts["what"] = lang.text(WHAT[facts["what"]])
    return lang.text(SENTENCES[error.says], **facts)
