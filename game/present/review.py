"""The year in review: what changed for each great power and each body between the start
of one round and the next, each number split into the causes the engine logged with their
amounts, and the year's moves behind it, as the seat saw them."""

from __future__ import annotations

from collections import defaultdict

from game.engine import Event, GameState, events, influence
from game.text.codes import VERDICTS
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.motions import motion_title
from game.text.names import body_name, nation_name, semicolons, series

from .alike import Same, public


def _signed(value: float, lang: Language, digits: int = 2) -> str:
    """A change with its sign: '+0.03', '-0.05'."""
    text = lang.number(value, digits)
    return text if text.startswith("-") else f"+{text}"


def _causes(happened: list[Event], view: GameState, lang: Language) -> dict[str, list[str]]:
    """The year's moves that bear on a nation's standing or a body's life, by id."""
    found: dict[str, list[str]] = defaultdict(list)

    def title(motion: int) -> str:
        return motion_title(view, motion, lang=lang)

    def body_of(body: str) -> str:
        return body_name(view, body, lang=lang)

    def nation_of(nation: str) -> str:
        return nation_name(view, nation, lang=lang)

    for e in happened:
        match e:
            case events.VetoCast(nation=nation, motion=motion, against_majority=True):
                found[nation].append(
                    lang.text(N_("vetoed {motion} against a majority"), motion=title(motion))
                )
            case events.PledgeBroken(nation=nation):
                found[nation].append(lang.text(N_("broke a pledge")))
            case events.NationWithdrew(nation=nation, body=body):
                found[nation].append(lang.text(N_("left {body}"), body=body_of(body)))
                found[body].append(lang.text(N_("{nation} left"), nation=nation_of(nation)))
            case events.NationJoined(nation=nation, body=body):
                found[nation].append(lang.text(N_("joined {body}"), body=body_of(body)))
                found[body].append(lang.text(N_("{nation} joined"), nation=nation_of(nation)))
            case events.OptedOut(nation=nation, motion=motion):
                found[nation].append(lang.text(N_("opted out of {motion}"), motion=title(motion)))
            case events.ThreatResolved(nation=nation, body=body, won=won):
                threat = (
                    N_("won its threat over {body}") if won else N_("lost its threat over {body}")
                )
                found[nation].append(lang.text(threat, body=body_of(body)))
            case events.MotionAdopted(body=body, motion=motion):
                found[body].append(lang.text(N_("adopted {motion}"), motion=title(motion)))
            case events.InstitutionFounded(founder=founder, body=body):
                found[founder].append(lang.text(N_("founded {body}"), body=body_of(body)))
            case events.InstitutionOpened(body=body):
                found[body].append(lang.text(N_("opened")))
            case events.SeatPassed(nation=nation, body=body, to=to):
                found[nation].append(
                    lang.text(
                        N_("lost its seat in {body} to {to}"), body=body_of(body), to=nation_of(to)
                    )
                )
                found[to].append(
                    lang.text(
                        N_("took {nations:gen} seat in {body}"),
                        body=body_of(body),
                        nations=nation_of(nation),
                    )
                )
    return found


# Each logged cause of a change in words; the amounts come from the log.
BECAUSE = {
    "income": N_("yearly income from its power"),
    "rest": N_("drifting back toward the usual level"),
    "motion": N_("tabling motions"),
    "founding": N_("founding a body"),
    "threat": N_("making threats"),
    "threat_failed": N_("a failed threat it stayed on after"),
    "opt_out": N_("opting out"),
    "exit": N_("leaving a body"),
    "veto_vs_majority": N_("vetoing against a majority"),
    "sanction": N_("being sanctioned"),
    "pledge_kept": N_("keeping pledges"),
    "pledge_broken": N_("breaking pledges"),
    "guarantee_broken": N_("breaking a guarantee"),
    "deal": N_("payments in deals"),
    "news": N_("the year's news"),
}
BODY_BECAUSE = {
    "rest": N_("settling toward its rest level"),
    "exit": N_("members leaving"),
    "subversion": N_("members obstructing from inside"),
    "rollback": N_("a rollback by a departed power"),
}
# A change of one of the quantities told, with its sign ({change}: '+0.03').
CHANGED = {
    "legitimacy": N_("legitimacy {change}"),
    "capital": N_("capital {change}"),
    "vitality": N_("vitality {change}"),
}
SMALL = {"legitimacy": 0.005, "capital": 0.05, "vitality": 0.005}
DIGITS = {"legitimacy": 2, "capital": 1, "vitality": 2}


def _terms(happened: list[Event]) -> dict[tuple[str, str], dict[str, float]]:
    """The logged parts of each change: (nation or body id, quantity) -> cause -> amount."""
    found: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for e in happened:
        if not isinstance(e, events.StandingChanged):
            continue
        owner = str(e.body or e.nation)
        changed = dict(e.changes)
        if e.vitality is not None:
            changed["vitality"] = e.vitality
        for name in SMALL:
            amount = changed.get(name)
            if amount:
                found[owner, name][e.because] += float(amount)
    return found


def _explained(
    name: str, change: float, terms: dict[str, float], words: dict[str, str], lang: Language
) -> str:
    """'legitimacy -0.06 (vetoing against a majority -0.05, drifting back ... -0.01)': the
    change and its parts as far as the seat saw them; the rest was hidden from it. A change
    of ten or more loses a decimal, so that no figure reads longer than two digits."""
    digits = DIGITS[name] if abs(change) < 10 else max(DIGITS[name] - 1, 0)
    shown = 0.5 * 10**-digits  # smaller parts would read as +0.00
    parts = [
        lang.text(
            N_("{cause} {amount}"),
            cause=lang.text(words[cause]) if cause in words else cause.replace("_", " "),
            amount=_signed(amount, lang, digits),
        )
        for cause, amount in sorted(terms.items(), key=lambda item: -abs(item[1]))
        if abs(amount) >= shown
    ]
    unseen = change - sum(terms.values())
    if abs(unseen) >= shown:
        parts.append(
            lang.text(N_("moves you did not see {amount}"), amount=_signed(unseen, lang, digits))
        )
    text = lang.text(CHANGED[name], change=_signed(change, lang, digits))
    if parts:
        return lang.text(N_("{change} ({causes})"), change=text, causes=series(parts, lang=lang))
    return text


# The events a review tells of (`_causes`, `_terms`).
TOLD = (
    events.VetoCast,
    events.PledgeBroken,
    events.NationWithdrew,
    events.NationJoined,
    events.OptedOut,
    events.ThreatResolved,
    events.MotionAdopted,
    events.InstitutionFounded,
    events.InstitutionOpened,
    events.SeatPassed,
    events.StandingChanged,
)
# The reviews lately written, by what they were written from: the seats of a class
# mostly saw the same year, and one review serves all of them.
_WRITTEN: dict[tuple[object, ...], list[str]] = {}


def year_review(
    before: GameState, after: GameState, happened: list[Event], lang: Language = ENGLISH
) -> list[str]:
    """One line per change worth telling: each number split into its causes with their
    amounts, then the moves behind it."""
    told: list[Event] = [e for e in happened if isinstance(e, TOLD)]  # (not offers)
    key = (lang.code, public(before), public(after), tuple(map(Same, told)))
    if key not in _WRITTEN:
        if len(_WRITTEN) >= 32:
            _WRITTEN.clear()
        _WRITTEN[key] = _written(before, after, told, lang)
    return list(_WRITTEN[key])


def _written(
    before: GameState, after: GameState, happened: list[Event], lang: Language
) -> list[str]:
    causes = _causes(happened, after, lang)
    terms = _terms(happened)
    lines = []
    share_before = influence(before)
    share_after = influence(after)
    for nation in after.great_powers():
        old, new = before.nation(nation), after.nation(nation)
        parts = []
        for name in ("legitimacy", "capital"):
            change = getattr(new, name) - getattr(old, name)
            if abs(change) >= SMALL[name]:
                parts.append(_explained(name, change, terms[nation, name], BECAUSE, lang))
        shift = share_after.get(nation, 0.0) - share_before.get(nation, 0.0)
        if abs(shift) >= 0.005:
            parts.append(
                lang.text(N_("influence {change} points"), change=_signed(100 * shift, lang, 0))
            )
        if parts:
            moves = causes.get(nation)
            changes = semicolons(parts, lang)
            if moves:
                lines.append(
                    lang.text(
                        N_("{nation}: {changes}. Its moves: {moves}"),
                        nation=new.name,
                        changes=changes,
                        moves=semicolons(moves, lang),
                    )
                )
            else:
                lines.append(lang.text(N_("{nation}: {changes}"), nation=new.name, changes=changes))
    settling = []
    for body in after.bodies:
        if not before.has_body(body.id):
            lines.append(
                lang.plural(
                    Np_(
                        "{body} was founded, with {count} member",
                        "{body} was founded, with {count} members",
                    ),
                    body.member_count,
                    body=body.name,
                )
            )
            continue
        old_body = before.body(body.id)
        parts = []
        change = body.vitality - old_body.vitality
        quiet = body.member_count == old_body.member_count and body.id not in causes
        if quiet and set(terms[body.id, "vitality"]) <= {"rest"}:
            # The yearly drift alone: one line for all such bodies, not one each.
            if abs(change) >= SMALL["vitality"]:
                settling.append(
                    lang.text(N_("{body} {change}"), body=body.name, change=_signed(change, lang))
                )
            continue
        if abs(change) >= SMALL["vitality"]:
            parts.append(
                _explained("vitality", change, terms[body.id, "vitality"], BODY_BECAUSE, lang)
            )
        if body.member_count != old_body.member_count:
            parts.append(
                lang.text(
                    N_("members {before} -> {after}"),
                    before=lang.number(old_body.member_count, 0),
                    after=lang.number(body.member_count, 0),
                )
            )
        if parts:
            moves = causes.get(body.id)
            changes = semicolons(parts, lang)
            if moves:
                lines.append(
                    lang.text(
                        N_("{body}: {changes}. This year: {moves}"),
                        body=body.name,
                        changes=changes,
                        moves=semicolons(moves, lang),
                    )
                )
            else:
                lines.append(lang.text(N_("{body}: {changes}"), body=body.name, changes=changes))
    if settling:
        lines.append(
            lang.text(
                N_("Vitality settling toward each body's rest level: {bodies}"),
                bodies=series(settling, lang=lang),
            )
        )
    if (before.order.shown, before.order.leaning) != (after.order.shown, after.order.leaning):
        lines.append(order_now(after, lang))
    return lines


def _verdict(code: str, lang: Language) -> str:
    """An order's verdict in words ('pluralist'); a code no table knows, as it is."""
    return lang.text(VERDICTS[code]) if code in VERDICTS else code


def order_now(state: GameState, lang: Language) -> str:
    """'The order is now pluralist.', 'The order is now transitional, leaning bloc.'"""
    order = state.order
    if order.shown == "transitional" and order.leaning:
        return lang.text(
            N_("The order is now transitional, leaning {leaning}."),
            leaning=_verdict(order.leaning, lang),
        )
    return lang.text(N_("The order is now {verdict}."), verdict=_verdict(order.shown, lang))
