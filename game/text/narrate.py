"""Events as sentences, for the console log, `replay` and, later, the debrief.

Each sentence is one whole message (game/text/language.py) with its placeholders named,
in the language given (`lang`, English by default); the engine's codes a sentence shows (a
ballot's result, a demand, a phase, a verdict) are said through the tables below."""

from __future__ import annotations

import math

from game.engine import (
    BodyState,
    Event,
    GameState,
    Legality,
    Offer,
    Term,
    events,
    parse_action,
)

from .codes import DEMANDS, PHASES, VERDICTS, code_text
from .language import ENGLISH, N_, Language, Np_
from .legality import legality_text
from .motions import motion_text, motion_title, tally_words
from .names import (
    Names,
    body_name,
    definite,
    listing,
    movement_name,
    nation_name,
    offer_parties,
    weighted,
)
from .policy import area_named
from .verdict import reason_text

NOTABLE = {
    "event_fired", "event_composed", "election_result", "crisis", "ballots_revealed", "veto_cast",
    "consensus_blocked", "opted_out",
    "nation_withdrew", "nation_joined", "threat_resolved", "institution_founded",
    "institution_opened", "seat_passed",
    "pledge_broken", "game_over", "phase_ended_by_instructor", "verdict_changed",
}  # fmt: skip

# A count of ballots, by the motion's result (MotionStatus).
RESULTS = {
    "adopted": N_("{body}: {title} adopted ({tally})"),
    "rejected": N_("{body}: {title} rejected ({tally})"),
    "vetoed": N_("{body}: {title} vetoed ({tally})"),
    "tabled": N_("{body}: {title} tabled ({tally})"),
}
RESULT_UNKNOWN = N_("{body}: {title} {result} ({tally})")


INJECTED = N_("News (injected by the instructor): {news}")


def term_words(state: Names, term: Term, giver: str, sender: bool, lang: Language = ENGLISH) -> str:
    """One side of an offer: the sender's own side with 'its' (a word that agrees with
    the sender, where a language has one: `subject`), the asked side by name."""
    nation, body = nation_name(state, giver, lang=lang), body_name(state, term.body, lang=lang)
    if term.kind == "pledge":
        if sender:
            return lang.text(N_("its yes in {body}"), body=body, subject=nation)
        return lang.text(N_("{whose:gen} yes in {body}"), whose=nation, body=body)
    if term.kind == "transfer":
        amount = lang.figure(term.amount or 0)
        if sender:
            return lang.text(N_("{amount} capital"), amount=amount)
        return lang.text(N_("{amount} capital from {nation}"), amount=amount, nation=nation)
    if term.kind == "guarantee":
        if sender:
            return lang.text(N_("to stay in {body}"), body=body, subject=nation)
        return lang.text(N_("{nation} staying in {body}"), nation=nation, body=body)
    if sender:
        return lang.text(N_("its recognition"), subject=nation)
    return lang.text(N_("{whose:gen} recognition"), whose=nation)


def offer_text(text: str, state: Names, lang: Language = ENGLISH) -> str:
    """An offer in words: 'United States offers India its yes in the WTO for India's yes
    in the WTO'."""
    offer = parse_action(text)
    if not isinstance(offer, Offer):
        return text
    sender, receiver = (
        nation_name(state, offer.nation, lang=lang),
        nation_name(state, offer.to, lang=lang),
    )
    give = term_words(state, offer.give, offer.nation, True, lang=lang)
    if not offer.ask:
        return lang.text(
            N_("{sender} offers {receiver} {give}"), sender=sender, receiver=receiver, give=give
        )
    ask = term_words(state, offer.ask, offer.to, False, lang=lang)
    return lang.text(
        N_("{sender} offers {receiver} {give} for {ask}"),
        sender=sender,
        receiver=receiver,
        give=give,
        ask=ask,
    )


def _rule_words(body: BodyState, lang: Language) -> str:
    """A body's decision rule alone: '5 of 7 must agree'."""
    rule, count = body.rule, body.member_count
    counted = body.abstention != "excluded"
    if rule.kind == "majority":
        if counted:
            return lang.text(N_("more than half of the members must agree"))
        return lang.text(N_("more than half of those voting must agree"))
    if rule.kind == "unanimity":
        if counted:
            return lang.text(N_("all must agree"))
        return lang.text(N_("consensus: adopted unless a member objects"))
    if rule.kind == "qualified_majority":
        share = rule.threshold or 0.5
        if counted:
            return lang.text(
                N_("{needed} of {members} must agree"),
                needed=lang.number(math.ceil(share * count - 1e-9), 0),
                members=lang.number(count, 0),
            )
        return lang.text(N_("{share} of those voting must agree"), share=lang.percent(share))
    return lang.text(
        N_("votes are weighted: {share} of the weight must agree"),
        share=lang.percent(rule.threshold or 0.5),
    )


def rule_text(body: BodyState, names: Names, lang: Language = ENGLISH) -> str:
    """A body's decision rule in words, with its vetoes and opt-out: '5 of 7 must agree;
    Northland and Eastmark hold a veto'."""
    text = _rule_words(body, lang)
    if body.vetoes:
        holders = [nation_name(names, v, lang=lang) for v in body.vetoes]
        text = lang.plural(
            Np_("{rule}; {holders} holds a veto", "{rule}; {holders} hold a veto"),
            len(holders),
            rule=text,
            holders=listing(holders, lang=lang),
        )
    if body.opt_out:
        text = lang.text(
            N_("{rule}; a member may opt out, spared {share} of a decision's cost"),
            rule=text,
            share=lang.percent(body.opt_out),
        )
    return text


def _offer_end(event: Event, state: Names, lang: Language) -> str:
    """An offer accepted, rejected or lapsed: 'India accepts China's offer'."""
    parties = offer_parties(state, event.get("offer"))
    accepted = isinstance(event, events.OfferAccepted)
    if parties is None:
        if accepted:
            return lang.text(N_("An offer is accepted"))
        if isinstance(event, events.OfferLapsed):
            return lang.text(N_("An offer is lapsed"))
        return lang.text(N_("An offer is rejected"))
    sender, receiver = (nation_name(state, n, lang=lang) for n in parties)
    if isinstance(event, events.OfferLapsed):
        return lang.text(
            N_("{whose:gen} offer to {receiver} lapsed"), whose=sender, receiver=receiver
        )
    if accepted:
        return lang.text(
            N_("{receiver} accepts {whose:gen} offer"), receiver=receiver, whose=sender
        )
    return lang.text(N_("{receiver} rejects {whose:gen} offer"), receiver=receiver, whose=sender)


def _composed(event: events.EventComposed, state: Names, lang: Language) -> str:
    """The instructor's news: a shock to a body, a nation's growth, a movement's surge."""
    amount = event.amount
    if event.what == "shock":
        news = lang.text(
            N_("A crisis shakes {body} (severity {severity})"),
            body=body_name(state, event.target, lang=lang),
            severity=lang.figure(amount),
        )
    elif event.what == "growth":
        whose = nation_name(state, event.target, lang=lang)
        points = abs(round(amount * 100))
        # English says "percentage points" of any count, one included.
        if amount > 0:
            news = lang.plural(
                Np_(
                    "{whose:gen} economy booms: its growth rate up {count} percentage points",
                    "{whose:gen} economy booms: its growth rate up {count} percentage points",
                ),
                points,
                whose=whose,
            )
        else:
            news = lang.plural(
                Np_(
                    "{whose:gen} economy slumps: its growth rate down {count} percentage points",
                    "{whose:gen} economy slumps: its growth rate down {count} percentage points",
                ),
                points,
                whose=whose,
            )
    else:
        movement = movement_name(state, event.target, lang=lang)
        points = abs(round(amount * 100))
        if amount > 0:
            news = lang.plural(
                Np_(
                    "A surge for {movement} (its strength up {count} points of 100)",
                    "A surge for {movement} (its strength up {count} points of 100)",
                ),
                points,
                movement=movement,
            )
        else:
            news = lang.plural(
                Np_(
                    "A setback for {movement} (its strength down {count} points of 100)",
                    "A setback for {movement} (its strength down {count} points of 100)",
                ),
                points,
                movement=movement,
            )
    return lang.text(INJECTED, news=news)


def _tabled(event: events.MotionTabled, state: Names, lang: Language) -> str:
    """A motion tabled by a power, by the chair, or by the news (a scenario's event)."""
    body = body_name(state, event.body, lang=lang)
    what = motion_text(event.spec, state, event.body, event.before, lang=lang)
    sponsor = nation_name(state, event.sponsor, lang=lang) if event.sponsor else None
    if event.scripted:
        if sponsor is None:
            return lang.text(
                N_("The news puts a motion before {body}: {what}"), body=body, what=what
            )
        return lang.text(
            N_("The news puts a motion before {body}, in {whose:gen} name: {what}"),
            body=body,
            whose=sponsor,
            what=what,
        )
    if sponsor is None:
        return lang.text(N_("The chair tables a motion in {body}: {what}"), body=body, what=what)
    return lang.text(
        N_("{nation} tables a motion in {body}: {what}"), nation=sponsor, body=body, what=what
    )


def _verdict(event: events.VerdictChanged, state: Names, lang: Language) -> str:
    """The order's verdict, or its leaning while none holds, with the reasons."""
    said = ""
    for reason in event.reasons:
        clause = reason_text(reason, state, lang=lang)
        said = lang.text(N_("{items}; {item}"), items=said, item=clause) if said else clause
    if event.verdict == "transitional":
        return lang.text(
            N_("The order is transitional, leaning {leaning} ({reasons})"),
            leaning=code_text(VERDICTS, str(event.leaning), lang),
            reasons=said,
        )
    return lang.text(
        N_("The order is now {verdict} ({reasons})"),
        verdict=code_text(VERDICTS, event.verdict, lang),
        reasons=said,
    )


def news_title(state: Names, event_id: str, title: str) -> str:
    """A scenario event's title as the reader's view gives it (in the reader's language,
    where the scenario has it in several), else as the event told it."""
    if isinstance(state, GameState):
        return next((e.title for e in state.events if e.id == event_id), title)
    return title


def describe(event: Event, state: Names, lang: Language = ENGLISH) -> str | None:
    """One line for the event, or None for bookkeeping events."""
    match event:
        case events.EventFired(id=event_id, title=title, by_instructor=by_instructor):
            if by_instructor:
                return lang.text(INJECTED, news=title)
            return lang.text(N_("News: {title}"), title=news_title(state, event_id, title))
        case events.EventComposed():
            return _composed(event, state, lang)
        case events.ElectionResult(nation=nation, result=result):
            return lang.text(
                N_("Election in {nation}: {result}"),
                nation=nation_name(state, nation, lang=lang),
                result=result,
            )
        case events.Crisis(body=body):
            return lang.text(
                N_(
                    "Crisis in {body}: its policy is shaken, and every member gains from "
                    "agreeing a new one soon"
                ),
                body=body_name(state, body, lang=lang),
            )
        case events.OfferMade(text=text):
            return offer_text(text, state, lang=lang)
        case events.OfferAccepted() | events.OfferRejected() | events.OfferLapsed():
            return _offer_end(event, state, lang)
        case events.MotionTabled():
            return _tabled(event, state, lang)
        case events.MotionNotTabled(body=body, spec=spec):
            return lang.text(
                N_("A scheduled motion in {body} lapsed, as it no longer applies: {what}"),
                body=body_name(state, body, lang=lang),
                what=motion_text(spec, state, body, lang=lang),
            )
        case events.MotionLapsed(motion=motion, body=body, reason=reason, facts=facts):
            why = legality_text(Legality(False, "moot", reason, facts), state, lang=lang)
            title = motion_title(state, motion, lang=lang)
            return lang.text(
                N_("{title} in {body} lapsed before the count: {why}"),
                title=title[0].upper() + title[1:],
                body=body_name(state, body, lang=lang),
                why=why,
            )
        case events.BallotsRevealed(motion=motion, body=body, tally=tally, result=result):
            return lang.text(
                RESULTS.get(result, RESULT_UNKNOWN),
                body=body_name(state, body, lang=lang),
                title=motion_title(state, motion, lang=lang),
                tally=tally_words(tally, weighted(state, body), lang=lang),
                result=result,
            )
        case events.VetoCast(nation=nation, motion=motion, against_majority=against):
            who, title = (
                nation_name(state, nation, lang=lang),
                motion_title(state, motion, lang=lang),
            )
            if against:
                return lang.text(
                    N_("{nation} vetoes {motion} against a majority"), nation=who, motion=title
                )
            return lang.text(N_("{nation} vetoes {motion}"), nation=who, motion=title)
        case events.ConsensusBlocked(nation=nation, motion=motion, body=body):
            return lang.text(
                N_("{nation} blocks the consensus on {motion} in {body} against a majority"),
                nation=nation_name(state, nation, lang=lang),
                motion=motion_title(state, motion, lang=lang),
                body=body_name(state, body, lang=lang),
            )
        case events.OptedOut(nation=nation, motion=motion):
            return lang.text(
                N_("{nation} opts out of {motion}"),
                nation=nation_name(state, nation, lang=lang),
                motion=motion_title(state, motion, lang=lang),
            )
        case events.NationWithdrew(nation=nation, body=body):
            return lang.text(
                N_("{nation} withdraws from {body}"),
                nation=nation_name(state, nation, lang=lang),
                body=body_name(state, body, lang=lang),
            )
        case events.NationJoined(nation=nation, body=body):
            return lang.text(
                N_("{nation} joins {body}"),
                nation=nation_name(state, nation, lang=lang),
                body=body_name(state, body, lang=lang),
            )
        case events.ThreatMade(nation=nation, body=body, demand=demand):
            return lang.text(
                N_("{nation} threatens to leave {body} unless granted {demand}"),
                nation=nation_name(state, nation, lang=lang),
                body=body_name(state, body, lang=lang),
                demand=code_text(DEMANDS, demand, lang),
            )
        case events.ThreatResolved(nation=nation, body=body, demand=demand, won=won):
            who, where = nation_name(state, nation, lang=lang), body_name(state, body, lang=lang)
            wanted = code_text(DEMANDS, demand, lang)
            if won:
                return lang.text(
                    N_("{nation} wins its demand ({demand}) in {body}"),
                    nation=who,
                    demand=wanted,
                    body=where,
                )
            return lang.text(
                N_("{nation} fails to win its demand ({demand}) in {body}"),
                nation=who,
                demand=wanted,
                body=where,
            )
        case events.InstitutionOpened(body=body, name=name, members=members):
            # (by the name the reader's view gives it, which may be in another language)
            name = body_name(state, body, lang=lang) if state.has_body(body) else name
            return lang.plural(
                Np_(
                    "{body} opens, with {count} member: {members}",
                    "{body} opens, with {count} members: {members}",
                ),
                len(members),
                body=name,
                members=listing([nation_name(state, m, lang=lang) for m in members], lang),
            )
        case events.SeatPassed(nation=nation, body=body, to=to):
            return lang.text(
                N_("{to} takes {nations:gen} seat in {body}"),
                to=nation_name(state, to, lang=lang),
                nations=nation_name(state, nation, lang=lang),
                body=body_name(state, body, lang=lang),
            )
        case events.InstitutionFounded(founder=founder, body=body, name=name, area=area):
            name = body_name(state, body, lang=lang) if state.has_body(body) else name
            return lang.text(
                N_("{nation} founds {body}, a new {area} body"),
                nation=nation_name(state, founder, lang=lang),
                body=definite(name, lang=lang),
                area=area_named(area, lang),
            )
        case events.PledgeKept(nation=nation, to=to) | events.PledgeBroken(nation=nation, to=to):
            who, whom = nation_name(state, nation, lang=lang), nation_name(state, to, lang=lang)
            if isinstance(event, events.PledgeKept):
                return lang.text(N_("{nation} kept its pledge to {to}"), nation=who, to=whom)
            return lang.text(N_("{nation} broke its pledge to {to}"), nation=who, to=whom)
        case events.PhaseEndedByInstructor(phase=phase):
            return lang.text(
                N_("The instructor ends the {phase} phase"), phase=code_text(PHASES, phase, lang)
            )
        case events.Paused():
            return lang.text(N_("The instructor paused the session"))
        case events.Resumed():
            return lang.text(N_("The instructor resumed the session"))
        case events.VerdictChanged():
            return _verdict(event, state, lang)
        case events.GameOver():
            return lang.text(N_("The game is over"))
    return None
