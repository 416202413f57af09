"""Motions in words: what one would do ("move its policy a little toward open markets"),
its short title ("Northland's trade motion (open markets)"), and how a vote on it went
("5 yes, 1 no, 1 abstaining")."""

from __future__ import annotations

from game.engine import Axes, MotionSpec, Point, parse_motion_tokens

from .amounts import percent, stake_words
from .language import ENGLISH, N_, Language
from .names import (
    Names,
    Tabled,
    body_area,
    body_policy,
    listing,
    nation_name,
    tabled,
)
from .policy import area_words, axes_for, move_gist, move_words, place_gist, place_words

# What a motion about one nation would do, by its kind ({owner}: the nation's, as in
# "Northland's").
VERBS = {
    "add_veto": N_("give {nation} a veto"),
    "remove_veto": N_("take away {owner:gen} veto"),
    "admit": N_("admit {nation}"),
    "suspend": N_("suspend {nation}"),
    "sanction": N_("sanction {nation}"),
}
# The same, in a few words for a title.
GISTS = {
    "add_veto": N_("a veto for {nation}"),
    "remove_veto": N_("no veto for {nation}"),
    "admit": N_("admit {nation}"),
    "suspend": N_("suspend {nation}"),
    "sanction": N_("sanctions on {nation}"),
}
# A ballot as the advisers put it, by the vote.
ADVICE = {"yes": N_("vote yes"), "no": N_("vote no"), "abstain": N_("abstain")}


def _spec(spec: MotionSpec | str) -> MotionSpec:
    return spec if isinstance(spec, MotionSpec) else parse_motion_tokens(str(spec).split())


def _frame(
    names: Names, body: str, before: Point | None, lang: Language
) -> tuple[Axes, Point | None]:
    """A policy motion's body's axes, and the policy it is measured from: `before` (the
    body's policy when it was tabled), else the body's policy now, else None."""
    axes = axes_for(names, body, body_area(names, body), lang)
    return axes, before if before is not None else body_policy(names, body)


def _mandate_text(spec: MotionSpec, lang: Language) -> str:
    changes = []
    if spec.x:
        changes.append(
            lang.text(N_("widen its mandate"))
            if spec.x > 0
            else lang.text(N_("narrow its mandate"))
        )
    if spec.y:
        changes.append(
            lang.text(N_("let it reach deeper into members' affairs"))
            if spec.y > 0
            else lang.text(N_("keep it out of more of members' affairs"))
        )
    return listing(changes, lang) or lang.text(N_("leave its mandate as it is"))


def motion_text(
    spec: MotionSpec | str,
    names: Names,
    body: str,
    before: Point | None = None,
    lang: Language = ENGLISH,
) -> str:
    """What the motion would do to the body, in words: 'move its policy a little toward
    open markets and toward equal terms', 'give India a veto'. A policy motion is measured
    from `before` (the body's policy when it was tabled), else from the body's policy now;
    where neither is known, it says where the policy would stand."""
    spec = _spec(spec)
    who = nation_name(names, spec.nation, lang) if spec.nation else ""
    if spec.kind == "policy":
        axes, start = _frame(names, body, before, lang)
        target = (spec.x, spec.y)
        if start is None:
            return lang.text(N_("set its policy {place}"), place=place_words(axes, target, lang))
        return lang.text(N_("move its policy {move}"), move=move_words(axes, start, target, lang))
    if spec.kind == "mandate":
        return _mandate_text(spec, lang)
    if spec.kind == "opt_out":
        if who:
            return lang.text(N_("give {nation} an opt-out of its decisions"), nation=who)
        if spec.value >= 1:
            return lang.text(N_("let any member opt out of its decisions in full"))
        return lang.text(
            N_("let a member that opts out be spared {share} of a decision's cost"),
            share=percent(spec.value, lang),
        )
    if spec.kind == "linkage":
        return lang.text(
            N_("tie {share} of members' privileges to staying in"),
            share=percent(spec.value, lang),
        )
    return lang.text(VERBS[spec.kind], nation=who, owner=who)


def motion_gist(
    spec: MotionSpec | str,
    names: Names,
    body: str,
    before: Point | None,
    lang: Language = ENGLISH,
) -> str:
    """A few words for a motion's title: 'open markets, equal terms', 'a veto for India'."""
    spec = _spec(spec)
    who = nation_name(names, spec.nation, lang) if spec.nation else ""
    if spec.kind == "policy":
        axes, start = _frame(names, body, before, lang)
        target = (spec.x, spec.y)
        if start is not None:
            return move_gist(axes, start, target, lang)
        return place_gist(axes, target, lang)
    if spec.kind == "mandate":
        if spec.x:
            return (
                lang.text(N_("a wider mandate"))
                if spec.x > 0
                else lang.text(N_("a narrower mandate"))
            )
        return (
            lang.text(N_("a deeper mandate")) if spec.y > 0 else lang.text(N_("a lighter mandate"))
        )
    if spec.kind == "opt_out":
        if who:
            return lang.text(N_("an opt-out for {nation}"), nation=who)
        return lang.text(N_("opt-outs for all"))
    if spec.kind == "linkage":
        return lang.text(N_("privileges tied to membership"))
    return lang.text(GISTS[spec.kind], nation=who)


def title_of(names: Names, motion: Tabled, lang: Language = ENGLISH) -> str:
    """A motion's short title: "Northland's trade motion (open markets, equal terms)"."""
    area = area_words(body_area(names, motion.body), lang)
    gist = motion_gist(motion.spec, names, motion.body, motion.before, lang)
    if motion.sponsor:
        owner = nation_name(names, motion.sponsor, lang)
        if area:
            return lang.text(
                N_("{owner:gen} {area} motion ({gist})"), owner=owner, area=area, gist=gist
            )
        return lang.text(N_("{owner:gen} motion ({gist})"), owner=owner, gist=gist)
    if area:
        return lang.text(N_("The chair's {area} motion ({gist})"), area=area, gist=gist)
    return lang.text(N_("The chair's motion ({gist})"), gist=gist)


def motion_title(names: Names, motion_id: int, lang: Language = ENGLISH) -> str:
    """The title of motion number `motion_id`, or 'a motion' where it is not known."""
    found = tabled(names, motion_id)
    return title_of(names, found, lang) if found is not None else lang.text(N_("a motion"))


def tally_words(
    tally: tuple[float, float, float], weighted: bool = False, lang: Language = ENGLISH
) -> str:
    """A count in words: '5 yes, 1 no, 1 abstaining' where ballots are counted one each;
    shares of the weight ('62% of the weight yes, 30% no, 8% abstaining') where votes are
    weighted (or the count is not of whole ballots)."""
    if not weighted and all(abs(v - round(v)) < 1e-9 for v in tally):
        yes, no, abstaining = (lang.number(round(v), 0) for v in tally)
        if round(tally[2]):
            return lang.text(
                N_("{yes} yes, {no} no, {abstaining} abstaining"),
                yes=yes,
                no=no,
                abstaining=abstaining,
            )
        return lang.text(N_("{yes} yes, {no} no"), yes=yes, no=no)
    total = sum(tally) or 1.0
    shares = [v / total for v in tally]
    yes, no, abstaining = (percent(share, lang) for share in shares)
    if shares[2]:
        return lang.text(
            N_("{yes} of the weight yes, {no} no, {abstaining} abstaining"),
            yes=yes,
            no=no,
            abstaining=abstaining,
        )
    return lang.text(N_("{yes} of the weight yes, {no} no"), yes=yes, no=no)


def ballot_advice(vote: str, value: float, lang: Language = ENGLISH) -> str:
    """The advisers' reading of a ballot: 'Your advisers: vote yes; it gains you a
    little.', 'Your advisers: abstain; it changes little for you either way.'"""
    advice = lang.text(ADVICE[vote]) if vote in ADVICE else lang.text(N_("vote {vote}"), vote=vote)
    stake = stake_words(value, lang)
    if stake:
        return lang.text(N_("Your advisers: {advice}; it {stake}."), advice=advice, stake=stake)
    return lang.text(
        N_("Your advisers: {advice}; it changes little for you either way."), advice=advice
    )
