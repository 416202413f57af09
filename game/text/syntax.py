"""Why a line of text is not an action, in words. The engine's parser gives the mistake
as data (game/engine/actions.py: ActionSyntaxError's `says` and `facts`); this is the one
place that says it. The line's own words (NATION, VERB, pledge, m3) are the action text's
keywords, which stay as they are in every language."""

from __future__ import annotations

from game.engine import ActionSyntaxError

# What a number or a reference stands for, by the parser's name for it.
WHAT = {
    "amount": "the amount",
    "x": "x",
    "y": "y",
    "linkage": "the linkage",
    "opt_out": "the opt-out",
    "offer": "an offer",
    "motion": "a motion",
}

TERMS = "pledge BODY, transfer AMOUNT, recognise or guarantee BODY"

SENTENCES = {
    "not_a_number": "expected a number for {what}, found '{token}'",
    "not_finite": "{what} must be a finite number",
    "not_a_reference": "expected {what} such as {prefix}3, found '{token}'",
    "no_term": f"expected a term: {TERMS}",
    "not_a_term": f"'{{text}}' is not a term: {TERMS}",
    "no_motion_kind": "expected a motion kind: {kinds}",
    "motion_arguments": "wrong arguments for a {kind} motion: '{text}'",
    "too_short": "'{text}' is not an action: expected NATION VERB ...",
    "instructor_verbs": (
        "'{text}': the instructor can inject EVENT, compose {composed} TARGET AMOUNT, "
        "end_phase, pause or resume"
    ),
    "found_syntax": "'{text}': expected found AREA [with NATION ...] [named NAME]",
    "not_a_demand": "'{token}' is not a demand: {demands}",
    "not_a_vote": "'{token}' is not a vote: yes, no or abstain",
    "not_an_action": "'{text}' is not an action",
}


def syntax_text(error: ActionSyntaxError) -> str:
    """What was expected where the line went wrong, in one sentence."""
    facts = dict(error.facts)
    if "what" in facts:
        facts["what"] = WHAT.get(facts["what"], facts["what"])
    return SENTENCES[error.says].format(**facts)
