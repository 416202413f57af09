"""The year in review: what changed for each great power and each body between the start
of one round and the next, each number split into the causes the engine logged with their
amounts, and the year's moves behind it, as the seat saw them."""

from __future__ import annotations

from collections import defaultdict

from game.engine import Event, GameState, events, indices
from game.text.motions import motion_title
from game.text.names import body_name, nation_name


def _signed(value: float, digits: int = 2) -> str:
    return f"{value:+.{digits}f}"


def _causes(happened: list[Event], view: GameState) -> dict[str, list[str]]:
    """The year's moves that bear on a nation's standing or a body's life, by id."""
    found: dict[str, list[str]] = defaultdict(list)
    for e in happened:
        match e:
            case events.VetoCast(nation=nation, motion=motion, against_majority=True):
                found[nation].append(f"vetoed {motion_title(view, motion)} against a majority")
            case events.PledgeBroken(nation=nation):
                found[nation].append("broke a pledge")
            case events.NationWithdrew(nation=nation, body=body):
                found[nation].append(f"left {body_name(view, body)}")
                found[body].append(f"{nation_name(view, nation)} left")
            case events.NationJoined(nation=nation, body=body):
                found[nation].append(f"joined {body_name(view, body)}")
                found[body].append(f"{nation_name(view, nation)} joined")
            case events.OptedOut(nation=nation, motion=motion):
                found[nation].append(f"opted out of {motion_title(view, motion)}")
            case events.ThreatResolved(nation=nation, body=body, won=won):
                outcome = "won" if won else "lost"
                found[nation].append(f"{outcome} its threat over {body_name(view, body)}")
            case events.MotionAdopted(body=body, motion=motion):
                found[body].append(f"adopted {motion_title(view, motion)}")
            case events.InstitutionFounded(founder=founder, body=body):
                found[founder].append(f"founded {body_name(view, body)}")
    return found


# Each logged cause of a change in words; the amounts come from the log.
BECAUSE = {
    "income": "yearly income from its power",
    "rest": "drifting back toward the usual level",
    "motion": "tabling motions",
    "founding": "founding a body",
    "threat": "making threats",
    "threat_failed": "a failed threat it stayed on after",
    "opt_out": "opting out",
    "exit": "leaving a body",
    "veto_vs_majority": "vetoing against a majority",
    "sanction": "being sanctioned",
    "pledge_kept": "keeping pledges",
    "pledge_broken": "breaking pledges",
    "guarantee_broken": "breaking a guarantee",
    "deal": "payments in deals",
}
BODY_BECAUSE = {
    "rest": "settling toward its rest level",
    "exit": "members leaving",
    "subversion": "members obstructing from inside",
    "rollback": "a rollback by a departed power",
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


def _explained(name: str, change: float, terms: dict[str, float], words: dict[str, str]) -> str:
    """'legitimacy -0.06 (vetoing against a majority -0.05, drifting back ... -0.01)': the
    change and its parts as far as the seat saw them; the rest was hidden from it."""
    digits = DIGITS[name]
    shown = 0.5 * 10**-digits  # smaller parts would read as +0.00
    parts = [
        f"{words.get(cause, cause.replace('_', ' '))} {_signed(amount, digits)}"
        for cause, amount in sorted(terms.items(), key=lambda item: -abs(item[1]))
        if abs(amount) >= shown
    ]
    unseen = change - sum(terms.values())
    if abs(unseen) >= shown:
        parts.append(f"moves you did not see {_signed(unseen, digits)}")
    text = f"{name} {_signed(change, digits)}"
    return f"{text} ({', '.join(parts)})" if parts else text


def year_review(before: GameState, after: GameState, happened: list[Event]) -> list[str]:
    """One line per change worth telling: each number split into its causes with their
    amounts, then the moves behind it."""
    causes = _causes(happened, after)
    terms = _terms(happened)
    lines = []
    share_before = dict(indices.compute(before).influence)
    share_after = dict(indices.compute(after).influence)
    for nation in after.great_powers():
        old, new = before.nation(nation), after.nation(nation)
        parts = []
        for name in ("legitimacy", "capital"):
            change = getattr(new, name) - getattr(old, name)
            if abs(change) >= SMALL[name]:
                parts.append(_explained(name, change, terms[nation, name], BECAUSE))
        shift = share_after.get(nation, 0.0) - share_before.get(nation, 0.0)
        if abs(shift) >= 0.005:
            parts.append(f"influence {100 * shift:+.0f} points")
        if parts:
            moves = causes.get(nation)
            said = f". Its moves: {'; '.join(moves)}" if moves else ""
            lines.append(f"{new.name}: {'; '.join(parts)}{said}")
    settling = []
    for body in after.bodies:
        if not before.has_body(body.id):
            lines.append(f"{body.name} was founded, with {body.member_count} members")
            continue
        old_body = before.body(body.id)
        parts = []
        change = body.vitality - old_body.vitality
        quiet = body.member_count == old_body.member_count and body.id not in causes
        if quiet and set(terms[body.id, "vitality"]) <= {"rest"}:
            # The yearly drift alone: one line for all such bodies, not one each.
            if abs(change) >= SMALL["vitality"]:
                settling.append(f"{body.name} {_signed(change)}")
            continue
        if abs(change) >= SMALL["vitality"]:
            parts.append(_explained("vitality", change, terms[body.id, "vitality"], BODY_BECAUSE))
        if body.member_count != old_body.member_count:
            parts.append(f"members {old_body.member_count} -> {body.member_count}")
        if parts:
            moves = causes.get(body.id)
            said = f". This year: {'; '.join(moves)}" if moves else ""
            lines.append(f"{body.name}: {'; '.join(parts)}{said}")
    if settling:
        lines.append(f"Vitality settling toward each body's rest level: {', '.join(settling)}")
    if (before.order.shown, before.order.leaning) != (after.order.shown, after.order.leaning):
        shown = after.order.shown
        if shown == "transitional" and after.order.leaning:
            shown += f", leaning {after.order.leaning}"
        lines.append(f"The order is now {shown}.")
    return lines
