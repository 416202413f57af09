"""Events as sentences, for the console log, `replay` and, later, the debrief."""

from __future__ import annotations

from game.engine import BodyState, Event, GameState, Offer, Term, parse_action, parse_motion_tokens

NOTABLE = {
    "event_fired", "election_result", "crisis", "ballots_revealed", "veto_cast",
    "consensus_blocked", "opted_out",
    "nation_withdrew", "nation_joined", "threat_resolved", "institution_founded",
    "pledge_broken", "game_over", "phase_ended_by_instructor", "verdict_changed",
}  # fmt: skip


def nation_name(state: GameState, nation: object) -> str:
    nation_id = str(nation)
    return state.nation(nation_id).name if state.has_nation(nation_id) else nation_id


def body_name(state: GameState, body: object) -> str:
    body_id = str(body)
    return state.body(body_id).name if state.has_body(body_id) else body_id


def motion_text(spec_text: str, state: GameState) -> str:
    """A motion in words: 'give India a veto', 'move the policy to (0.2, -0.1)'."""
    spec = parse_motion_tokens(spec_text.split())
    who = nation_name(state, spec.nation) if spec.nation else ""
    if spec.kind == "policy":
        return f"move the policy to ({spec.x:g}, {spec.y:g})"
    if spec.kind == "mandate":
        changes = (("breadth", spec.x), ("intrusiveness", spec.y))
        return "change the mandate: " + ", ".join(f"{k} {v:+g}" for k, v in changes if v)
    if spec.kind == "opt_out":
        return f"an opt-out for {who}" if who else f"set the opt-out right to {spec.value:g}"
    if spec.kind == "linkage":
        return f"link privileges to membership at {spec.value:g}"
    verbs = {
        "add_veto": "give {} a veto",
        "remove_veto": "take away {}'s veto",
        "admit": "admit {}",
        "suspend": "suspend {}",
        "sanction": "sanction {}",
    }
    return verbs[spec.kind].format(who)


def term_words(state: GameState, term: Term, giver: str, sender: bool) -> str:
    """One side of an offer: the sender's own side with 'its', the asked side by name."""
    who = "its" if sender else f"{nation_name(state, giver)}'s"
    if term.kind == "pledge":
        return f"{who} yes in {body_name(state, term.body)}"
    if term.kind == "transfer":
        amount = f"{term.amount or 0:g} capital"
        return amount if sender else f"{amount} from {nation_name(state, giver)}"
    if term.kind == "guarantee":
        stays = "to stay" if sender else f"{nation_name(state, giver)} staying"
        return f"{stays} in {body_name(state, term.body)}"
    return f"{who} recognition"


def offer_text(text: str, state: GameState) -> str:
    """An offer in words: 'United States offers India its yes in the WTO for India's yes
    in the WTO'."""
    offer = parse_action(text)
    if not isinstance(offer, Offer):
        return text
    sender, receiver = nation_name(state, offer.nation), nation_name(state, offer.to)
    said = f"{sender} offers {receiver} {term_words(state, offer.give, offer.nation, True)}"
    return said + (f" for {term_words(state, offer.ask, offer.to, False)}" if offer.ask else "")


def rule_text(body: BodyState) -> str:
    """A body's decision rule in words, with its vetoes and opt-out."""
    rule = body.rule
    if rule.kind == "majority":
        text = "simple majority"
    elif rule.kind == "unanimity":
        text = "consensus" if body.abstention == "excluded" else "unanimity"
    elif rule.kind == "qualified_majority":
        text = f"qualified majority of {rule.threshold:g}"
    else:
        text = f"weighted votes, quota {rule.threshold:g}"
    if body.vetoes:
        text += f"; vetoes: {', '.join(body.vetoes)}"
    if body.opt_out:
        text += f"; opt-out {body.opt_out:g}"
    return text


def describe(event: Event, state: GameState) -> str | None:
    """One line for the event, or None for bookkeeping events."""
    g = event.get
    kind = event.kind
    if kind == "event_fired":
        by = " (injected by the instructor)" if g("by_instructor") else ""
        return f"News{by}: {g('title')}"
    if kind == "election_result":
        return f"Election in {nation_name(state, g('nation'))}: {g('result')}"
    if kind == "crisis":
        return f"Crisis: the status quo of {body_name(state, g('body'))} is shaken"
    if kind == "offer_made":
        return f"Offer o{g('offer')}: {offer_text(str(g('text')), state)}"
    if kind in ("offer_accepted", "offer_rejected", "offer_lapsed"):
        return f"Offer o{g('offer')} {kind.split('_')[1]}"
    if kind == "motion_tabled":
        body = body_name(state, g("body"))
        what = motion_text(str(g("spec")), state)
        if g("scripted"):
            name = f", in {nation_name(state, g('sponsor'))}'s name" if g("sponsor") else ""
            return f"The news puts m{g('motion')} before {body}{name}: {what}"
        sponsor = nation_name(state, g("sponsor")) if g("sponsor") else "The chair"
        return f"{sponsor} tables m{g('motion')} in {body}: {what}"
    if kind == "motion_not_tabled":
        body, text = body_name(state, g("body")), motion_text(str(g("spec")), state)
        return f"A scheduled motion in {body} lapsed, as it no longer applies: {text}"
    if kind == "motion_lapsed":
        body = body_name(state, g("body"))
        return f"m{g('motion')} in {body} lapsed before the count: {g('reason')}"
    if kind == "ballots_revealed":
        yes, no, abstain = g("tally")
        body = body_name(state, g("body"))
        # Weighted bodies count shares of weight: three significant digits are enough.
        counts = f"yes {yes:.3g}, no {no:.3g}, abstain {abstain:.3g}"
        return f"{body}: m{g('motion')} {g('result')} ({counts})"
    if kind == "veto_cast":
        against = " against a majority" if g("against_majority") else ""
        return f"{nation_name(state, g('nation'))} vetoes m{g('motion')}{against}"
    if kind == "consensus_blocked":
        return (
            f"{nation_name(state, g('nation'))} blocks the consensus on m{g('motion')} in "
            f"{body_name(state, g('body'))} against a majority"
        )
    if kind == "motion_adopted":
        return None  # ballots_revealed already says so
    if kind == "opted_out":
        return f"{nation_name(state, g('nation'))} opts out of m{g('motion')}"
    if kind == "nation_withdrew":
        return f"{nation_name(state, g('nation'))} withdraws from {body_name(state, g('body'))}"
    if kind == "nation_joined":
        return f"{nation_name(state, g('nation'))} joins {body_name(state, g('body'))}"
    if kind == "threat_made":
        who, body = nation_name(state, g("nation")), body_name(state, g("body"))
        return f"{who} threatens to leave {body} unless granted: {g('demand')}"
    if kind == "threat_resolved":
        verdict = "wins" if g("won") else "fails to win"
        who, body = nation_name(state, g("nation")), body_name(state, g("body"))
        return f"{who} {verdict} its demand ({g('demand')}) in {body}"
    if kind == "institution_founded":
        return (
            f"{nation_name(state, g('founder'))} founds {body_name(state, g('body'))} ({g('area')})"
        )
    if kind in ("pledge_kept", "pledge_broken"):
        who, to = nation_name(state, g("nation")), nation_name(state, g("to"))
        return f"{who} {kind.split('_')[1]} its pledge to {to}"
    if kind == "phase_ended_by_instructor":
        return f"The instructor ends the {g('phase')} phase"
    if kind in ("paused", "resumed"):
        return f"The instructor {kind} the session"
    if kind == "verdict_changed":
        reasons = "; ".join(g("reasons") or ())
        if g("verdict") == "transitional":
            return f"The order is transitional, leaning {g('leaning')} ({reasons})"
        return f"The order is now {g('verdict')} ({reasons})"
    if kind == "game_over":
        return "The game is over"
    return None
