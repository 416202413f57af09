"""Why an action is refused, in words. The engine gives a refusal as data (which sentence
says it, and the ids and numbers it quotes, game/engine/legality.py); this is the one
place that says it, with the nations and bodies by name."""

from __future__ import annotations

from typing import Any

from game.engine import Legality

from .motions import motion_title
from .names import Names, body_name, nation_name, offer_parties, possessive

SENTENCES = {
    "already_holds_veto": "You already hold a veto there.",
    "already_invited": "{nation} is already invited: it takes its seat by joining.",
    "already_member": "Already a member of {body}.",
    "already_suspended": "{nation} is already suspended.",
    "already_voted": "A ballot on {motion} is already cast.",
    "bad_amount": "A {kind} takes an amount from {low:g} to {high:g}, not 0.",
    "bad_cofounders": "Co-founders must be other nations: {ids}.",
    "body_dead": "{body} is dead.",
    "cannot_transfer": "{nation} cannot transfer {amount:g} capital.",
    "dead_takes_no_motions": "{body} is dead: it takes no motions.",
    "founding_costs_capital": "Founding a body costs capital you do not have.",
    "name_taken": "A body is already called {name}: choose another name.",
    "name_too_long": "A body's name takes at most {most} characters.",
    "game_over": "The game is over.",
    "instructor_moves": "The instructor can inject or compose an event, end the phase or pause.",
    "instructor_only": "Only the instructor can do that.",
    "mandate_out_of_range": "A mandate motion changes breadth or intrusiveness by -1 to 1.",
    "motion_already_tabled": (
        "The same motion is already before {body} this round ({motion}); vote on it."
    ),
    "motion_costs_capital": "Tabling a motion costs capital you do not have.",
    "nation_already_member": "{nation} is already a member.",
    "nation_holds_no_veto": "{nation} holds no veto.",
    "nation_holds_veto": "{nation} already holds a veto.",
    "no_ballot": "{nation} has no ballot on {motion}.",
    "no_opt_out": "There is no opt-out from {motion} for this nation.",
    "no_such_area": "'{area}' is not an issue area: {areas}.",
    "no_such_body": "There is no institution '{id}'.",
    "no_such_event": "There is no event '{id}' in this scenario.",
    "no_such_nation": "There is no nation '{id}'.",
    "no_such_offer": "{offer} is not open to {nation}.",
    "no_such_target": "There is no {what} '{id}' to {kind}.",
    "not_a_member": "{nation} is not a member of {body}.",
    "not_invited": "{body} must admit you by a motion first.",
    "not_weighted": "{body} does not weigh votes.",
    "nothing_to_do": "{nation} has nothing to do now ({phase}).",
    "offer_closed": "{offer} is {status}.",
    "offer_to_great_power": "Offers go to another great power.",
    "offer_to_itself": "A nation cannot make an offer to itself.",
    "own_opt_out": "{nation} already has its own opt-out.",
    "policy_out_of_range": "A policy point has x and y between -1 and 1.",
    "reentry_wait": "You left {body} in round {round}; wait {rounds} more round(s).",
    "same_linkage": "{body}'s linkage is already {value:g}.",
    "same_opt_out": "{body}'s opt-out is already {value:g}.",
    "table_as_voter": "Only voting members table motions in {body}.",
    "threat_costs_capital": "A threat costs capital you do not have.",
    "threat_too_soon": "A nation may threaten once every {rounds} rounds.",
    "threaten_as_member": "You can only threaten to leave a body you belong to.",
    "too_few_cofounders": "A new body needs at least two co-founders.",
    "value_out_of_range": "The value must be between 0 and 1.",
    "withdraw_as_member": "You can only withdraw from a body you belong to.",
    "wrong_phase": "That cannot be done in the {phase} phase.",
}


def legality_text(legality: Legality, state: Names) -> str:
    """The refusal in one sentence ('Eastmark is not a member of the Forum.'); empty for
    an action that is allowed."""
    if legality.ok:
        return ""
    facts: dict[str, Any] = {}
    for name, value in legality.facts:
        if name == "nation":
            value = nation_name(state, value)
        elif name == "body":
            value = body_name(state, value)
        elif name == "motion":
            value = motion_title(state, value)
        elif name == "offer":
            parties = offer_parties(state, value)
            value = (
                f"{possessive(nation_name(state, parties[0]))} offer" if parties else "That offer"
            )
        elif isinstance(value, tuple):
            value = ", ".join(str(v) for v in value)
        facts[name] = value
    return SENTENCES[legality.says].format(**facts)
