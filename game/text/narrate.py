"""Events as sentences, for the console log, `replay` and, later, the debrief."""

from __future__ import annotations

from game.engine import (
    BodyState,
    Event,
    Legality,
    Offer,
    Term,
    events,
    parse_action,
    parse_motion_tokens,
)

from .legality import legality_text
from .names import Names, body_name, nation_name
from .verdict import reason_text

NOTABLE = {
    "event_fired", "event_composed", "election_result", "crisis", "ballots_revealed", "veto_cast",
    "consensus_blocked", "opted_out",
    "nation_withdrew", "nation_joined", "threat_resolved", "institution_founded",
    "pledge_broken", "game_over", "phase_ended_by_instructor", "verdict_changed",
}  # fmt: skip


def motion_text(spec_text: str, state: Names) -> str:
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


def term_words(state: Names, term: Term, giver: str, sender: bool) -> str:
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


def offer_text(text: str, state: Names) -> str:
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


def describe(event: Event, state: Names) -> str | None:
    """One line for the event, or None for bookkeeping events."""
    match event:
        case events.EventFired(title=title, by_instructor=by_instructor):
            by = " (injected by the instructor)" if by_instructor else ""
            return f"News{by}: {title}"
        case events.EventComposed(what="shock", target=body, amount=amount):
            shaken = f"A crisis shakes {body_name(state, body)} (severity {amount:g})"
            return f"News (injected by the instructor): {shaken}"
        case events.EventComposed(what="growth", target=nation, amount=amount):
            trend = "booms" if amount > 0 else "slumps"
            grown = f"{nation_name(state, nation)}'s economy {trend} (growth {amount:+g} a year)"
            return f"News (injected by the instructor): {grown}"
        case events.EventComposed(target=movement, amount=amount):
            trend = "surges" if amount > 0 else "fades"
            moved = f"The {movement.replace('_', ' ')} movement {trend} ({amount:+g})"
            return f"News (injected by the instructor): {moved}"
        case events.ElectionResult(nation=nation, result=result):
            return f"Election in {nation_name(state, nation)}: {result}"
        case events.Crisis(body=body):
            return f"Crisis: the status quo of {body_name(state, body)} is shaken"
        case events.OfferMade(offer=offer, text=text):
            return f"Offer o{offer}: {offer_text(text, state)}"
        case events.OfferAccepted() | events.OfferRejected() | events.OfferLapsed():
            return f"Offer o{event.offer} {event.kind.split('_')[1]}"
        case events.MotionTabled(motion=motion, body=body, sponsor=sponsor, spec=spec):
            where, what = body_name(state, body), motion_text(spec, state)
            if event.scripted:
                name = f", in {nation_name(state, sponsor)}'s name" if sponsor else ""
                return f"The news puts m{motion} before {where}{name}: {what}"
            by = nation_name(state, sponsor) if sponsor else "The chair"
            return f"{by} tables m{motion} in {where}: {what}"
        case events.MotionNotTabled(body=body, spec=spec):
            where, text = body_name(state, body), motion_text(spec, state)
            return f"A scheduled motion in {where} lapsed, as it no longer applies: {text}"
        case events.MotionLapsed(motion=motion, body=body, reason=reason, facts=facts):
            why = legality_text(Legality(False, "moot", reason, facts), state)
            return f"m{motion} in {body_name(state, body)} lapsed before the count: {why}"
        case events.BallotsRevealed(motion=motion, body=body, tally=(yes, no, abstain)):
            # Weighted bodies count shares of weight: three significant digits are enough.
            counts = f"yes {yes:.3g}, no {no:.3g}, abstain {abstain:.3g}"
            return f"{body_name(state, body)}: m{motion} {event.result} ({counts})"
        case events.VetoCast(nation=nation, motion=motion, against_majority=against):
            majority = " against a majority" if against else ""
            return f"{nation_name(state, nation)} vetoes m{motion}{majority}"
        case events.ConsensusBlocked(nation=nation, motion=motion, body=body):
            return (
                f"{nation_name(state, nation)} blocks the consensus on m{motion} in "
                f"{body_name(state, body)} against a majority"
            )
        case events.OptedOut(nation=nation, motion=motion):
            return f"{nation_name(state, nation)} opts out of m{motion}"
        case events.NationWithdrew(nation=nation, body=body):
            return f"{nation_name(state, nation)} withdraws from {body_name(state, body)}"
        case events.NationJoined(nation=nation, body=body):
            return f"{nation_name(state, nation)} joins {body_name(state, body)}"
        case events.ThreatMade(nation=nation, body=body, demand=demand):
            who, where = nation_name(state, nation), body_name(state, body)
            return f"{who} threatens to leave {where} unless granted: {demand}"
        case events.ThreatResolved(nation=nation, body=body, demand=demand, won=won):
            verdict = "wins" if won else "fails to win"
            who, where = nation_name(state, nation), body_name(state, body)
            return f"{who} {verdict} its demand ({demand}) in {where}"
        case events.InstitutionFounded(founder=founder, body=body, area=area):
            return f"{nation_name(state, founder)} founds {body_name(state, body)} ({area})"
        case events.PledgeKept(nation=nation, to=to) | events.PledgeBroken(nation=nation, to=to):
            who, whom = nation_name(state, nation), nation_name(state, to)
            return f"{who} {event.kind.split('_')[1]} its pledge to {whom}"
        case events.PhaseEndedByInstructor(phase=phase):
            return f"The instructor ends the {phase} phase"
        case events.Paused() | events.Resumed():
            return f"The instructor {event.kind} the session"
        case events.VerdictChanged(verdict=verdict, leaning=leaning, reasons=reasons):
            said = "; ".join(reason_text(r) for r in reasons)
            if verdict == "transitional":
                return f"The order is transitional, leaning {leaning} ({said})"
            return f"The order is now {verdict} ({said})"
        case events.GameOver():
            return "The game is over"
    return None
