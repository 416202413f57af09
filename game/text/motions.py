"""Motions in words: what one would do ("move its policy a little toward open markets"),
its short title ("Northland's trade motion (open markets)"), and how a vote on it went
("5 yes, 1 no, 1 abstaining")."""

from __future__ import annotations

from game.engine import Axes, MotionSpec, Point, parse_motion_tokens

from .amounts import percent, stake_words
from .names import Names, Tabled, body_area, body_policy, nation_name, possessive, tabled
from .policy import AREA_WORDS, axes_for, move_gist, move_words, place_gist, place_words


def _spec(spec: MotionSpec | str) -> MotionSpec:
    return spec if isinstance(spec, MotionSpec) else parse_motion_tokens(str(spec).split())


def _frame(names: Names, body: str, before: Point | None) -> tuple[Axes, Point | None]:
    """A policy motion's body's axes, and the policy it is measured from: `before` (the
    body's policy when it was tabled), else the body's policy now, else None."""
    axes = axes_for(names, body, body_area(names, body))
    return axes, before if before is not None else body_policy(names, body)


def motion_text(
    spec: MotionSpec | str, names: Names, body: str, before: Point | None = None
) -> str:
    """What the motion would do to the body, in words: 'move its policy a little toward
    open markets and toward equal terms', 'give India a veto'. A policy motion is measured
    from `before` (the body's policy when it was tabled), else from the body's policy now;
    where neither is known, it says where the policy would stand."""
    spec = _spec(spec)
    who = nation_name(names, spec.nation) if spec.nation else ""
    if spec.kind == "policy":
        axes, start = _frame(names, body, before)
        if start is None:
            return f"set its policy {place_words(axes, (spec.x, spec.y))}"
        return f"move its policy {move_words(axes, start, (spec.x, spec.y))}"
    if spec.kind == "mandate":
        changes = []
        if spec.x:
            changes.append("widen its mandate" if spec.x > 0 else "narrow its mandate")
        if spec.y:
            changes.append(
                "let it reach deeper into members' affairs"
                if spec.y > 0
                else "keep it out of more of members' affairs"
            )
        return " and ".join(changes) or "leave its mandate as it is"
    if spec.kind == "opt_out":
        if who:
            return f"give {who} an opt-out of its decisions"
        if spec.value >= 1:
            return "let any member opt out of its decisions in full"
        return f"let a member that opts out be spared {percent(spec.value)} of a decision's cost"
    if spec.kind == "linkage":
        return f"tie {percent(spec.value)} of members' privileges to staying in"
    verbs = {
        "add_veto": "give {} a veto",
        "remove_veto": "take away {} veto",
        "admit": "admit {}",
        "suspend": "suspend {}",
        "sanction": "sanction {}",
    }
    return verbs[spec.kind].format(possessive(who) if spec.kind == "remove_veto" else who)


def motion_gist(spec: MotionSpec | str, names: Names, body: str, before: Point | None) -> str:
    """A few words for a motion's title: 'open markets, equal terms', 'a veto for India'."""
    spec = _spec(spec)
    who = nation_name(names, spec.nation) if spec.nation else ""
    if spec.kind == "policy":
        axes, start = _frame(names, body, before)
        target = (spec.x, spec.y)
        return move_gist(axes, start, target) if start is not None else place_gist(axes, target)
    if spec.kind == "mandate":
        if spec.x:
            return "a wider mandate" if spec.x > 0 else "a narrower mandate"
        return "a deeper mandate" if spec.y > 0 else "a lighter mandate"
    if spec.kind == "opt_out":
        return f"an opt-out for {who}" if who else "opt-outs for all"
    if spec.kind == "linkage":
        return "privileges tied to membership"
    gists = {
        "add_veto": "a veto for {}",
        "remove_veto": "no veto for {}",
        "admit": "admit {}",
        "suspend": "suspend {}",
        "sanction": "sanctions on {}",
    }
    return gists[spec.kind].format(who)


def title_of(names: Names, motion: Tabled) -> str:
    """A motion's short title: "Northland's trade motion (open markets, equal terms)"."""
    area = AREA_WORDS.get(body_area(names, motion.body), "")
    whose = possessive(nation_name(names, motion.sponsor)) if motion.sponsor else "The chair's"
    kind = f"{area} motion" if area else "motion"
    return f"{whose} {kind} ({motion_gist(motion.spec, names, motion.body, motion.before)})"


def motion_title(names: Names, motion_id: int) -> str:
    """The title of motion number `motion_id`, or 'a motion' where it is not known."""
    found = tabled(names, motion_id)
    return title_of(names, found) if found is not None else "a motion"


def tally_words(tally: tuple[float, float, float], weighted: bool = False) -> str:
    """A count in words: '5 yes, 1 no, 1 abstaining' where ballots are counted one each;
    shares of the weight ('62% of the weight yes, 30% no, 8% abstaining') where votes are
    weighted (or the count is not of whole ballots)."""
    if not weighted and all(abs(v - round(v)) < 1e-9 for v in tally):
        counts = [round(v) for v in tally]
        said = f"{counts[0]} yes, {counts[1]} no"
        return said + (f", {counts[2]} abstaining" if counts[2] else "")
    total = sum(tally) or 1.0
    shares = [v / total for v in tally]
    said = f"{percent(shares[0])} of the weight yes, {percent(shares[1])} no"
    return said + (f", {percent(shares[2])} abstaining" if shares[2] else "")


def ballot_advice(vote: str, value: float) -> str:
    """The advisers' reading of a ballot: 'Your advisers: vote yes; it gains you a
    little.', 'Your advisers: abstain; it changes little for you either way.'"""
    said = "abstain" if vote == "abstain" else f"vote {vote}"
    stake = stake_words(value)
    return f"Your advisers: {said}; " + (
        f"it {stake}." if stake else "it changes little for you either way."
    )
