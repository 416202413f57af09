"""An institution's card in words: its name, members and rule, policy, mandate, standing
and this round's motions, with the help that explains every number on it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from game.engine import BodyState, GameState, indices
from game.layout.chamber import Seat
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.motions import motion_title
from game.text.names import listing
from game.text.narrate import rule_text
from game.text.policy import axes_for, place_numbers, place_words

CHAMBER_HELP = N_(
    "Members and rule: how decisions are taken; a no from a veto holder stops a motion, "
    "and an opt-out share spares members that much of a rule's cost. Breadth: how many "
    "issues it rules on (0-1). Intrusiveness: how deep into members' affairs its rules "
    "reach (0-1). Vitality: whether it still works (below 0.1 it is dead). Legitimacy: "
    "inclusiveness, fair procedure and vitality. Linkage: the share of its privileges a "
    "member loses by leaving. Motions: those tabled this round, and where they stand."
)
SEATS_HELP = N_(
    "The chamber: a dot for each member, coloured by its doctrine as in the great powers' "
    "bars, from sovereign on the left to liberal on the right. Larger and outlined: a "
    "great power. Ringed in black: it holds a veto. Hollow: it has left, or is suspended."
)
# A motion of this round and where it stands, by its status (MotionStatus).
STANDING = {
    "tabled": N_("{motion}: on the floor"),
    "adopted": N_("{motion}: adopted"),
    "rejected": N_("{motion}: rejected"),
    "vetoed": N_("{motion}: vetoed"),
}
STANDING_UNKNOWN = N_("{motion}: {status}")


@dataclass(frozen=True)
class BodyWords:
    name: str
    member: bool  # the seat belongs to it
    lines: list[str]  # under its name: members and rule, policy, mandate, standing, motions
    numbers: str  # its policy in numbers, for a tooltip


def body_words(view: GameState, body: BodyState, seat: str, lang: Language) -> BodyWords:
    legit = indices.institution_legitimacy(view, body)
    axes = axes_for(view, body.id, body.area, lang=lang)
    standing = (
        N_(
            "vitality {vitality} of 1 (alive), legitimacy {legitimacy} of 1; leaving costs "
            "{linkage} of its privileges"
        )
        if body.alive
        else N_(
            "vitality {vitality} of 1 (dead), legitimacy {legitimacy} of 1; leaving costs "
            "{linkage} of its privileges"
        )
    )
    lines = [
        lang.plural(
            Np_("{count} member; {rule}", "{count} members; {rule}"),
            body.member_count,
            rule=rule_text(body, view, lang=lang),
        ),
        lang.text(N_("policy: {place}"), place=place_words(axes, body.policy, lang=lang)),
        lang.text(
            N_("mandate: breadth {breadth} of 1, intrusiveness {intrusiveness} of 1"),
            breadth=lang.number(body.breadth, 2),
            intrusiveness=lang.number(body.intrusiveness, 2),
        ),
        lang.text(
            standing,
            vitality=lang.number(body.vitality, 2),
            legitimacy=lang.number(legit, 2),
            linkage=lang.percent(body.linkage),
        ),
    ]
    for motion in (m for m in view.motions if m.body == body.id and m.round == view.round):
        title = motion_title(view, motion.id, lang=lang)
        status = motion.status.value
        if status in STANDING:
            lines.append(lang.text(STANDING[status], motion=title))
        else:
            lines.append(lang.text(STANDING_UNKNOWN, motion=title, status=status))
    numbers = place_numbers(axes, body.policy, lang)
    return BodyWords(body.name, seat in body.members, lines, numbers)


def seat_names(seats: Sequence[Seat], names: Mapping[str, str], lang: Language = ENGLISH) -> str:
    """The seats from left to right, named (for a tooltip): 'From left to right: Russia
    (veto), China (veto), Brazil and 160 other members.'"""
    named = []
    for seat in seats:
        if seat.nation is None:
            continue
        name = names.get(seat.nation, seat.nation)
        if seat.away:
            name = lang.text(N_("{nation} (away)"), nation=name)
        elif seat.veto:
            name = lang.text(N_("{nation} (veto)"), nation=name)
        named.append(name)
    others = sum(1 for s in seats if s.nation is None)
    if others:
        named.append(lang.plural(Np_("{count} other member", "{count} other members"), others))
    return lang.text(N_("From left to right: {seats}."), seats=listing(named, lang))
