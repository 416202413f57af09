"""Why an action is refused, in words. The engine gives a refusal as data (which sentence
says it, and the ids and numbers it quotes, game/engine/legality.py); this is the one
place that says it, with the nations and bodies by name."""

from __future__ import annotations

from typing import Any

from game.engine import Legality

from .codes import PHASES
from .language import ENGLISH, N_, Forms, Language, Np_
from .motions import motion_title
from .names import Names, body_name, nation_name, offer_parties, series

SENTENCES: dict[str, str | Forms] = {
    "already_holds_veto": N_("You already hold a veto there."),
    "already_invited": N_("{nation} is already invited: it takes its seat by joining."),
    "already_member": N_("Already a member of {body}."),
    "already_suspended": N_("{nation} is already suspended."),
    "already_voted": N_("A ballot on {motion} is already cast."),
    "bad_amount": N_("A {kind} takes an amount from {low} to {high}, not 0."),
    "bad_cofounders": N_("Co-founders must be other nations: {ids}."),
    "body_dead": N_("{body} is dead."),
    "cannot_transfer": N_("{nation} cannot transfer {amount} capital."),
    "dead_takes_no_motions": N_("{body} is dead: it takes no motions."),
    "founding_costs_capital": N_("Founding a body costs capital you do not have."),
    "name_taken": N_("A body is already called {name}: choose another name."),
    "name_too_long": N_("A body's name takes at most {most} characters."),
    "game_over": N_("The game is over."),
    "instructor_moves": N_(
        "The instructor can inject or compose an event, end the phase or pause."
    ),
    "instructor_only": N_("Only the instructor can do that."),
    "mandate_out_of_range": N_("A mandate motion changes breadth or intrusiveness by -1 to 1."),
    "motion_already_tabled": N_(
        "The same motion is already before {body} this round ({motion}); vote on it."
    ),
    "motion_costs_capital": N_("Tabling a motion costs capital you do not have."),
    "members_fixed": N_(
        "{body}'s charter fixes its members: no motion admits or suspends one (that would "
        "take an amendment of the charter)."
    ),
    "nation_already_member": N_("{nation} is already a member."),
    "nation_holds_no_veto": N_("{nation} holds no veto."),
    "nation_holds_veto": N_("{nation} already holds a veto."),
    "no_ballot": N_("{nation} has no ballot on {motion}."),
    "no_opt_out": N_("There is no opt-out from {motion} for this nation."),
    "no_such_area": N_("'{area}' is not an issue area: {areas}."),
    "no_such_body": N_("There is no institution '{id}'."),
    "no_such_event": N_("There is no event '{id}' in this scenario."),
    "no_such_nation": N_("There is no nation '{id}'."),
    "no_such_offer": N_("{offer} is not open to {nation}."),
    "no_such_target": N_("There is no {what} '{id}' to {kind}."),
    "not_a_member": N_("{nation} is not a member of {body}."),
    "not_invited": N_("{body} must admit you by a motion first."),
    "not_weighted": N_("{body} does not weigh votes."),
    "nothing_to_do": N_("{nation} has nothing to do now ({phase})."),
    "offer_closed": N_("{offer} is {status}."),
    "offer_to_great_power": N_("Offers go to another great power."),
    "offer_to_itself": N_("A nation cannot make an offer to itself."),
    "own_opt_out": N_("{nation} already has its own opt-out."),
    "policy_out_of_range": N_("A policy point has x and y between -1 and 1."),
    "reentry_wait": Np_(
        "You left {body} in round {round}; wait {rounds} more round.",
        "You left {body} in round {round}; wait {rounds} more rounds.",
    ),
    "same_linkage": N_("{body}'s linkage is already {value}."),
    "same_opt_out": N_("{body}'s opt-out is already {value}."),
    "table_as_voter": N_("Only voting members table motions in {body}."),
    "threat_costs_capital": N_("A threat costs capital you do not have."),
    "threat_too_soon": N_("A nation may threaten once every {rounds} rounds."),
    "threaten_as_member": N_("You can only threaten to leave a body you belong to."),
    "too_few_cofounders": N_("A new body needs at least two co-founders."),
    "value_out_of_range": N_("The value must be between 0 and 1."),
    "withdraw_as_member": N_("You can only withdraw from a body you belong to."),
    "wrong_phase": N_("That cannot be done in the {phase} phase."),
}

STATUSES = {
    "open": N_("open"),
    "accepted": N_("accepted"),
    "rejected": N_("rejected"),
    "lapsed": N_("lapsed"),
}
# What an instructor's composed event is ("There is no body 'x' to shock.") and what it
# targets.
COMPOSED = {"shock": N_("shock"), "growth": N_("growth"), "surge": N_("surge")}
TARGETS = {"body": N_("body"), "nation": N_("nation"), "movement": N_("movement")}
CODES = {"phase": PHASES, "status": STATUSES, "kind": COMPOSED, "what": TARGETS}


def _fact(name: str, value: Any, state: Names, lang: Language) -> Any:
    """One fact of a refusal as the sentence quotes it."""
    if name == "nation":
        return nation_name(state, value, lang)
    if name == "body":
        return body_name(state, value, lang)
    if name == "motion":
        return motion_title(state, value, lang)
    if name == "offer":
        parties = offer_parties(state, value)
        if parties is None:
            return lang.text(N_("That offer"))
        return lang.text(N_("{owner:gen} offer"), owner=nation_name(state, parties[0], lang))
    if name in CODES:
        table = CODES[name]
        return lang.text(table[value]) if value in table else value
    if isinstance(value, tuple):
        # Ids and keywords as they are typed (an unknown nation's id, the issue areas).
        return series([str(v) for v in value], lang)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return lang.number(value, 0) if isinstance(value, int) else lang.figure(value)


def legality_text(legality: Legality, state: Names, lang: Language = ENGLISH) -> str:
    """The refusal in one sentence ('Eastmark is not a member of the Forum.'); empty for
    an action that is allowed."""
    if legality.ok:
        return ""
    facts = {name: _fact(name, value, state, lang) for name, value in legality.facts}
    sentence = SENTENCES[legality.says]
    if isinstance(sentence, tuple):  # a sentence that counts rounds, in its plural form
        return lang.plural(sentence, int(dict(legality.facts)["rounds"]), **facts)
    return lang.text(sentence, **facts)
