"""Events as sentences, for the console log, `replay` and, later, the debrief."""

from __future__ import annotations

import math

from game.engine import (
    BodyState,
    Event,
    Legality,
    Offer,
    Term,
    events,
    parse_action,
)

from .legality import legality_text
from .motions import motion_text, motion_title, tally_words
from .names import (
    Names,
    body_name,
    definite,
    movement_name,
    nation_name,
    offer_parties,
    possessive,
    weighted,
)
from .policy import AREA_WORDS
from .verdict import reason_text

NOTABLE = {
    "event_fired", "event_composed", "election_result", "crisis", "ballots_revealed", "veto_cast",
    "consensus_blocked", "opted_out",
    "nation_withdrew", "nation_joined", "threat_resolved", "institution_founded",
    "pledge_broken", "game_over", "phase_ended_by_instructor", "verdict_changed",
}  # fmt: skip


def term_words(state: Names, term: Term, giver: str, sender: bool) -> str:
    """One side of an offer: the sender's own side with 'its', the asked side by name."""
    who = "its" if sender else possessive(nation_name(state, giver))
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


def rule_text(body: BodyState, names: Names) -> str:
    """A body's decision rule in words, with its vetoes and opt-out: '5 of 7 must agree;
    Northland and Eastmark hold a veto'."""
    rule, count = body.rule, body.member_count
    counted = body.abstention != "excluded"
    if rule.kind == "majority":
        text = f"more than half of {'the members' if counted else 'those voting'} must agree"
    elif rule.kind == "unanimity":
        text = "all must agree" if counted else "consensus: adopted unless a member objects"
    elif rule.kind == "qualified_majority":
        share = rule.threshold or 0.5
        if counted:
            text = f"{math.ceil(share * count - 1e-9)} of {count} must agree"
        else:
            text = f"{round(share * 100)}% of those voting must agree"
    else:
        text = (
            f"votes are weighted: {round((rule.threshold or 0.5) * 100)}% of the weight must agree"
        )
    if body.vetoes:
        holders = [nation_name(names, v) for v in body.vetoes]
        listed = (
            holders[0] if len(holders) == 1 else ", ".join(holders[:-1]) + " and " + holders[-1]
        )
        text += f"; {listed} {'holds' if len(holders) == 1 else 'hold'} a veto"
    if body.opt_out:
        text += f"; a member may opt out, spared {round(body.opt_out * 100)}% of a decision's cost"
    return text


def _offer_end(event: Event, state: Names) -> str:
    """An offer accepted, rejected or lapsed: 'India accepts China's offer'."""
    parties = offer_parties(state, event.get("offer"))
    if parties is None:
        return f"An offer is {event.kind.split('_')[1]}"
    sender, receiver = (nation_name(state, n) for n in parties)
    if isinstance(event, events.OfferLapsed):
        return f"{possessive(sender)} offer to {receiver} lapsed"
    verb = "accepts" if isinstance(event, events.OfferAccepted) else "rejects"
    return f"{receiver} {verb} {possessive(sender)} offer"


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
            whose = possessive(nation_name(state, nation))
            change = f"{'up' if amount > 0 else 'down'} {abs(round(amount * 100))}"
            grown = f"{whose} economy {trend}: its growth rate {change} percentage points"
            return f"News (injected by the instructor): {grown}"
        case events.EventComposed(target=movement, amount=amount):
            trend = "A surge for" if amount > 0 else "A setback for"
            change = f"{'up' if amount > 0 else 'down'} {abs(round(amount * 100))} points of 100"
            moved = f"{trend} {movement_name(state, movement)} (its strength {change})"
            return f"News (injected by the instructor): {moved}"
        case events.ElectionResult(nation=nation, result=result):
            return f"Election in {nation_name(state, nation)}: {result}"
        case events.Crisis(body=body):
            return (
                f"Crisis in {body_name(state, body)}: its policy is shaken, and every member "
                "gains from agreeing a new one soon"
            )
        case events.OfferMade(text=text):
            return offer_text(text, state)
        case events.OfferAccepted() | events.OfferRejected() | events.OfferLapsed():
            return _offer_end(event, state)
        case events.MotionTabled(body=body, sponsor=sponsor, spec=spec, before=before):
            where, what = body_name(state, body), motion_text(spec, state, body, before)
            if event.scripted:
                name = f", in {possessive(nation_name(state, sponsor))} name" if sponsor else ""
                return f"The news puts a motion before {where}{name}: {what}"
            by = nation_name(state, sponsor) if sponsor else "The chair"
            return f"{by} tables a motion in {where}: {what}"
        case events.MotionNotTabled(body=body, spec=spec):
            where, text = body_name(state, body), motion_text(spec, state, body)
            return f"A scheduled motion in {where} lapsed, as it no longer applies: {text}"
        case events.MotionLapsed(motion=motion, body=body, reason=reason, facts=facts):
            why = legality_text(Legality(False, "moot", reason, facts), state)
            title = motion_title(state, motion)
            title = title[0].upper() + title[1:]
            return f"{title} in {body_name(state, body)} lapsed before the count: {why}"
        case events.BallotsRevealed(motion=motion, body=body, tally=tally):
            title = motion_title(state, motion)
            counted = tally_words(tally, weighted(state, body))
            return f"{body_name(state, body)}: {title} {event.result} ({counted})"
        case events.VetoCast(nation=nation, motion=motion, against_majority=against):
            majority = " against a majority" if against else ""
            return f"{nation_name(state, nation)} vetoes {motion_title(state, motion)}{majority}"
        case events.ConsensusBlocked(nation=nation, motion=motion, body=body):
            return (
                f"{nation_name(state, nation)} blocks the consensus on "
                f"{motion_title(state, motion)} in {body_name(state, body)} against a majority"
            )
        case events.OptedOut(nation=nation, motion=motion):
            return f"{nation_name(state, nation)} opts out of {motion_title(state, motion)}"
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
        case events.InstitutionFounded(founder=founder, name=name, area=area):
            kind = AREA_WORDS.get(area, area.replace("_", " "))
            return f"{nation_name(state, founder)} founds {definite(name)}, a new {kind} body"
        case events.PledgeKept(nation=nation, to=to) | events.PledgeBroken(nation=nation, to=to):
            who, whom = nation_name(state, nation), nation_name(state, to)
            kept = isinstance(event, events.PledgeKept)
            return f"{who} {'kept' if kept else 'broke'} its pledge to {whom}"
        case events.PhaseEndedByInstructor(phase=phase):
            return f"The instructor ends the {phase} phase"
        case events.Paused() | events.Resumed():
            return f"The instructor {event.kind} the session"
        case events.VerdictChanged(verdict=verdict, leaning=leaning, reasons=reasons):
            said = "; ".join(reason_text(r, state) for r in reasons)
            if verdict == "transitional":
                return f"The order is transitional, leaning {leaning} ({said})"
            return f"The order is now {verdict} ({said})"
        case events.GameOver():
            return "The game is over"
    return None
