"""Checks across entities that a single field cannot make: ids that must exist, be unique,
or belong to a member; thresholds that must be ordered. Every problem is collected."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from game.engine import EVERY_NATION, NAME_MAX

from .schema import (
    Condition,
    DoctrineShift,
    Election,
    Event,
    GrowthChange,
    InjectedMotion,
    Institution,
    KeepIn,
    KeepOut,
    Membership,
    MembershipMotion,
    MovementSurge,
    Nation,
    QualifiedMajorityRule,
    RecognisedBy,
    Recognition,
    Rule,
    SanctionMotion,
    Scenario,
    SeatPasses,
    Shock,
    Standing,
    Tier,
    VetoMotion,
    WeightedRule,
)

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Reference:
    """One cross-check failure: where (a location in the data) and what to do."""

    loc: Loc
    message: str
    at_key: bool = False


def closest(word: object, choices: Iterable[str]) -> str | None:
    """The choice the word most likely misspells: same letters in another case first; a
    short word (an id such as KR) only one slip away (RU, not RV: half its letters is
    no likeness)."""
    options = list(choices)
    text = str(word)
    for option in options:
        if option.lower() == text.lower():
            return option
    if len(text) <= 3:
        return next((o for o in options if _one_slip(text.lower(), o.lower())), None)
    close = difflib.get_close_matches(text, options, n=1, cutoff=0.5)
    return close[0] if close else None


def _one_slip(a: str, b: str) -> bool:
    """Whether one letter changed, added, dropped or swapped with the next makes b of a."""
    if len(a) == len(b):
        slips = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(slips) == 2 and slips[1] == slips[0] + 1 and a[slips[0]] == b[slips[1]]
        return len(slips) == 1 or (swapped and a[slips[1]] == b[slips[0]])
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def did_you_mean(word: object, choices: Iterable[str]) -> str:
    """ "; did you mean 'X'?" for a close match, else ''."""
    match = closest(word, choices)
    return f"; did you mean '{match}'?" if match else ""


def _some(names: Sequence[str], shown: int = 5) -> str:
    if len(names) <= shown:
        return ", ".join(names)
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"


class _Checker:
    def __init__(self, scenario: Scenario) -> None:
        self.s = scenario
        self.found: list[Reference] = []
        self.nations = {n.id: n for n in scenario.nations}
        self.institutions = {i.id: i for i in scenario.institutions}
        self.movements = {m.id: m for m in scenario.movements}
        # body -> nations a scripted `join` brings in (a weighted body keeps their weights)
        self.arriving: dict[str, set[str]] = {}
        for event in scenario.events:
            for effect in event.effects:
                if isinstance(effect, Membership) and effect.kind == "join":
                    self.arriving.setdefault(effect.institution, set()).add(effect.nation)

    def add(self, loc: Loc, message: str, at_key: bool = False) -> None:
        self.found.append(Reference(loc, message, at_key))

    def known(self, loc: Loc, value: str | None, table: dict[str, object], what: str) -> bool:
        if value is None or value in table:
            return True
        self.add(loc, f"unknown {what} '{value}'{did_you_mean(value, table)}")
        return False

    def nation(self, loc: Loc, value: str | None) -> bool:
        if value is None or value in self.nations:
            return True
        by_name = {n.name.lower(): n.id for n in self.s.nations}
        match = by_name.get(value.lower())
        if match is None:
            named = closest(value, list(by_name))
            match = by_name[named] if named and len(value) > 3 else None
        if match is None:
            match = closest(value, self.nations)
        if match is not None:
            hint = f"; did you mean '{match}' ({self.nations[match].name})?"
        else:  # nothing close: what there is to choose from
            listed = _some([f"{n.id} ({n.name})" for n in self.s.nations], 8)
            hint = f"; the nations are {listed}: use one of them, or add '{value}' to nations"
        self.add(loc, f"unknown nation '{value}'{hint}")
        return False

    def misspelt(self, inst: Institution) -> bool:
        """Whether a member's id names no nation: that is the one problem to tell, and who
        is not a member (founders, veto holders, weights) follows from it."""
        return any(m not in self.nations for m in inst.members)

    def institution(self, loc: Loc, value: str | None) -> bool:
        return self.known(loc, value, dict(self.institutions), "institution")

    def unique_ids(self, name: str, ids: Sequence[str]) -> None:
        seen: dict[str, int] = {}
        for index, value in enumerate(ids):
            if value in seen:
                self.add(
                    (name, index, "id"),
                    f"duplicate id '{value}' (also entry {seen[value] + 1} of {name}); "
                    "give each a different id",
                )
            else:
                seen[value] = index

    def run(self) -> list[Reference]:
        s = self.s
        for name, items in (
            ("nations", s.nations),
            ("institutions", s.institutions),
            ("movements", s.movements),
            ("events", s.events),
        ):
            self.unique_ids(name, [item.id for item in items])
        for index, nation in enumerate(s.nations):
            self.check_nation(("nations", index), nation)
        self.check_great_powers()
        for index, institution in enumerate(s.institutions):
            self.check_institution(("institutions", index), institution)
        self.check_apex()
        for index, event in enumerate(s.events):
            self.check_event(("events", index), event)
        self.check_scripted_membership()
        self.check_seats()
        self.check_thresholds()
        self.check_founding_names()
        return self.found

    def check_founding_names(self) -> None:
        """A name offered for a founded body is no body's name already, and offered once."""
        bodies = {i.name.casefold(): i.id for i in self.s.institutions}
        offered: set[str] = set()
        for area, names in self.s.founding_names.items():
            for index, name in enumerate(names):
                loc: Loc = ("founding_names", area.value, index)
                key = name.casefold()
                if key in bodies:
                    self.add(
                        loc,
                        f"'{name}' is already the name of institution '{bodies[key]}'; "
                        "choose another",
                    )
                elif key in offered:
                    self.add(loc, f"'{name}' is offered twice; offer each name once")
                elif len(name) > NAME_MAX:
                    self.add(loc, f"a body's name takes at most {NAME_MAX} characters")
                offered.add(key)

    def check_nation(self, loc: Loc, nation: Nation) -> None:
        if nation.id == EVERY_NATION:
            self.add(
                (*loc, "id"),
                f"the id '{EVERY_NATION}' stands for every nation in an event's effects; "
                "choose another",
            )
        for other in nation.recognition:
            at = (*loc, "recognition", other)
            if other == nation.id:
                self.add(at, "a nation's recognition of itself is not set; remove this entry", True)
            elif other not in self.nations:
                self.add(at, f"unknown nation '{other}'{did_you_mean(other, self.nations)}", True)
        for index, objective in enumerate(nation.objectives):
            at = (*loc, "objectives", index)
            institution = getattr(objective, "institution", None)
            self.institution((*at, "institution"), institution)
            if (
                isinstance(objective, KeepOut | KeepIn | RecognisedBy)
                and self.nation((*at, "nation"), objective.nation)
                and objective.nation == nation.id
            ):
                self.add((*at, "nation"), "names the nation itself; name another nation")

    def check_great_powers(self) -> None:
        if len(self.s.great_powers()) < 2:
            self.add(
                ("nations",),
                "a scenario needs at least two great powers (seats); set `great_power: true` "
                "on the nations players take",
            )

    def check_institution(self, loc: Loc, inst: Institution) -> None:
        members = set(inst.members)
        seen: set[str] = set()
        for index, member in enumerate(inst.members):
            if member in seen:
                self.add((*loc, "members", index), f"'{member}' is listed twice; remove one")
            seen.add(member)
            self.nation((*loc, "members", index), member)
        misspelt = self.misspelt(inst)
        for field in ("founders", "veto_holders"):
            what = "founder" if field == "founders" else "veto holder"
            for index, nation_id in enumerate(getattr(inst, field)):
                at = (*loc, field, index)
                if self.nation(at, nation_id) and nation_id not in members and not misspelt:
                    self.add(
                        at,
                        f"{what} '{nation_id}' is not a member of {inst.id}; "
                        f"add it to members or remove it here",
                    )
        for field in ("founders", "veto_holders"):
            listed: set[str] = set()
            for index, nation_id in enumerate(getattr(inst, field)):
                if nation_id in listed:
                    self.add((*loc, field, index), f"'{nation_id}' is listed twice; remove one")
                listed.add(nation_id)
        vitality = self.s.model.vitality
        fewest = inst.min_members if inst.min_members is not None else vitality.min_members
        if inst.member_count() < fewest:
            where = (
                "its min_members"
                if inst.min_members is not None
                else "model.vitality.min_members; a treaty of two parties sets `min_members: 2`"
            )
            self.add(
                (*loc, "members"),
                f"{inst.member_count()} members: a body with fewer than {fewest} ({where}) "
                "is dead from the start; add members",
            )
        self.past_the_end((*loc, "opens"), inst.opens, "opens", "open it earlier")
        if inst.opens_when is not None:
            waits: Loc = (*loc, "opens_when")
            if inst.opens is None:
                self.add(waits, "a body waits for its condition from the round it may first "
                         "open: add `opens:` with that round (2 or later)")  # fmt: skip
            if inst.opens_when.chance < 1:
                self.add((*waits, "chance"), "a body opens in the first round its condition "
                         "holds; `chance:` is for events: remove it")  # fmt: skip
            self.check_condition(waits, inst.opens_when)
        if inst.opens is not None and inst.tier is Tier.apex:
            self.add(
                (*loc, "opens"),
                "the apex body is in play from the first round; remove `opens:`, or make "
                "another body the apex",
            )
        if inst.vitality < vitality.dead_below:
            self.add(
                (*loc, "vitality"),
                f"vitality {inst.vitality:g} is below model.vitality.dead_below "
                f"({vitality.dead_below:g}): the body would start dead",
            )
        self.check_rule((*loc, "rule"), inst, inst.rule)
        if inst.binding_rule is not None:
            self.check_rule((*loc, "binding_rule"), inst, inst.binding_rule)

    def check_rule(self, loc: Loc, inst: Institution, rule: Rule) -> None:
        if isinstance(rule, QualifiedMajorityRule) and rule.threshold <= 0.5:
            self.add(
                (*loc, "threshold"),
                f"a qualified majority needs a threshold above 0.5, not {rule.threshold:g}; "
                "for a simple majority write `kind: majority`",
            )
        if not isinstance(rule, WeightedRule):
            return
        for index, group in enumerate(inst.anonymous_members):
            if group.weight is None:
                self.add(
                    (*loc[:-1], "anonymous_members", index),
                    f"missing weight: under a weighted rule each of the '{group.label}' needs "
                    "`weight:`",
                )
        if self.misspelt(inst):
            return
        members = set(inst.members)
        arriving = self.arriving.get(inst.id, set())  # weights kept for a scripted joiner
        for nation_id in rule.weights:
            if nation_id not in members and nation_id not in arriving:
                self.add(
                    (*loc, "weights", nation_id),
                    f"'{nation_id}' has a weight but is not a member of {inst.id}"
                    f"{did_you_mean(nation_id, members)}",
                    True,
                )
        missing = [m for m in inst.members if m not in rule.weights]
        if missing:
            self.add(
                (*loc, "weights"),
                f"missing weights for {_some(missing)}: a weighted rule needs a weight "
                "for every listed member",
            )

    def check_apex(self) -> None:
        apex = [i for i, inst in enumerate(self.s.institutions) if inst.tier is Tier.apex]
        if not apex:
            self.add(
                ("institutions",),
                "no apex institution: give one body (the Security Council or its like) "
                "`tier: apex`",
            )
        for index in apex[1:]:
            first = self.s.institutions[apex[0]].id
            self.add(
                ("institutions", index, "tier"),
                f"only one apex institution is allowed and {first} is already apex; "
                "use global, regional or club",
            )

    def past_the_end(self, loc: Loc, round_: int | None, does: str, fix: str) -> None:
        """A round set after the game's last: 'fires in round 9 but the game lasts 5'."""
        rounds = self.s.length.rounds
        if round_ is not None and round_ > rounds:
            self.add(
                loc,
                f"{does} in round {round_} but the game lasts {rounds} rounds "
                f"(length.rounds); {fix}",
            )

    def check_event(self, loc: Loc, event: Event) -> None:
        self.past_the_end((*loc, "round"), event.round, "fires", "move it earlier")
        if event.when is not None:
            self.check_condition((*loc, "when"), event.when)
        for index, effect in enumerate(event.effects):
            at = (*loc, "effects", index)
            if isinstance(
                effect, Shock | InjectedMotion | Membership | SeatPasses
            ) and self.institution((*at, "institution"), effect.institution):
                self.check_open(at, event, effect.institution)
            everyone = GrowthChange | DoctrineShift | Standing  # may name every nation at once
            if isinstance(effect, everyone) and effect.nation == EVERY_NATION:
                pass
            elif isinstance(effect, everyone | Election | Membership):
                self.nation((*at, "nation"), effect.nation)
            if isinstance(effect, Recognition):
                self.nation((*at, "nation"), effect.nation)
                if self.nation((*at, "of"), effect.of) and effect.of == effect.nation:
                    self.add((*at, "of"), "a nation's recognition of itself is not kept; "
                             "name another nation")  # fmt: skip
            if isinstance(effect, SeatPasses):
                self.nation((*at, "nation"), effect.nation)
                if self.nation((*at, "to"), effect.to) and effect.to == effect.nation:
                    self.add(
                        (*at, "to"), "the seat passes to the nation that holds it; name another"
                    )
            if isinstance(effect, MovementSurge):
                self.known((*at, "movement"), effect.movement, dict(self.movements), "movement")
            if isinstance(effect, Shock) and effect.shift is not None:
                for axis, step in zip("xy", effect.shift, strict=True):
                    if abs(step) > 2:
                        self.add(
                            (*at, "shift"),
                            f"a shift of {step:g} on {axis}: a body's policy lies from -1 to 1 "
                            "on each axis, so a shift is at most 2 either way; write a value "
                            "from -2 to 2 (0.3 is a large shock)",
                        )
            if isinstance(effect, InjectedMotion):
                self.check_injected(at, effect)

    def check_open(self, loc: Loc, event: Event, body_id: str) -> None:
        """An event set in a round acts on a body open by then."""
        opens = self.institutions[body_id].opens
        if event.round is not None and self.institutions[body_id].opens_when is not None:
            self.add(
                (*loc, "institution"),
                f"{body_id} opens only when its condition holds, so an event set in round "
                f"{event.round} may find no such body: make the event wait for it (when: "
                f"{{metric: institution.members, of: {body_id}, above: 0, from_round: "
                f"{event.round}}})",
            )
            return
        if event.round is not None and opens is not None and event.round < opens:
            self.add(
                (*loc, "institution"),
                f"{body_id} opens in round {opens}, but this event fires in round "
                f"{event.round}: it would find no such body; fire it in round {opens} or later",
            )

    def check_scripted_membership(self) -> None:
        """The events set in rounds, in their order, leave and join bodies and pass seats
        as the members stand then: a member cannot join, nor a non-member leave or pass
        its seat. (A conditional event's effect waits on play: it is not followed.)"""
        members = {i.id: set(i.members) for i in self.s.institutions}
        timed = sorted(
            (event.round, index, event)
            for index, event in enumerate(self.s.events)
            if event.round is not None
        )
        for _, index, event in timed:
            for number, effect in enumerate(event.effects):
                if not isinstance(effect, Membership | SeatPasses):
                    continue
                inside = members.get(effect.institution)
                if inside is None or effect.nation not in self.nations:
                    continue
                at: Loc = ("events", index, "effects", number, "nation")
                when = f"in round {event.round}"
                if effect.kind == "join" and effect.nation in inside:
                    self.add(
                        at,
                        f"'{effect.nation}' is a member of {effect.institution} {when} already "
                        "(as written, with the events before): joining does nothing; make it "
                        "leave first, or remove this",
                    )
                elif effect.kind != "join" and effect.nation not in inside:
                    doing = "leave" if effect.kind == "leave" else "pass its seat"
                    self.add(
                        at,
                        f"'{effect.nation}' is not a member of {effect.institution} {when} (as "
                        f"written, with the events before), so it cannot {doing}; name a member",
                    )
                elif effect.kind == "join":
                    inside.add(effect.nation)
                elif effect.kind == "leave":
                    inside.discard(effect.nation)
                elif isinstance(effect, SeatPasses):
                    inside.discard(effect.nation)
                    inside.add(effect.to)

    def check_injected(self, loc: Loc, effect: InjectedMotion) -> None:
        """A motion an event tables: its sponsor sits in the body, and it would change
        something there as the body stands at the start."""
        motion = effect.motion
        subject = getattr(motion, "nation", None)
        sponsor_known = self.nation((*loc, "sponsor"), effect.sponsor)
        subject_known = self.nation((*loc, "motion", "nation"), subject)
        body = self.institutions.get(effect.institution)
        if body is None:
            return
        members = set(body.members)
        if sponsor_known and effect.sponsor is not None and effect.sponsor not in members:
            self.add(
                (*loc, "sponsor"),
                f"'{effect.sponsor}' is not a member of {body.id} and cannot table a motion "
                "there; name a member as sponsor, or leave `sponsor:` out for the chair",
            )
        if not subject_known or subject is None:
            return
        void = ""
        if isinstance(motion, MembershipMotion) and body.fixed_members:
            self.add(
                (*loc, "motion"),
                f"{body.id}'s members are fixed by its charter (fixed_members): no motion may "
                "admit or suspend one; remove this motion, or `fixed_members`",
            )
            return
        if isinstance(motion, MembershipMotion) and motion.kind == "admit" and subject in members:
            void = f"'{subject}' is a member of {body.id} from the start: admitting it does nothing"
        elif subject not in members and not (
            isinstance(motion, MembershipMotion) and motion.kind == "admit"
        ):
            if not isinstance(motion, SanctionMotion):
                void = f"'{subject}' is not a member of {body.id}: the motion cannot concern it"
        elif isinstance(motion, VetoMotion):
            holds = subject in body.veto_holders
            if motion.kind == "add_veto" and holds:
                void = f"'{subject}' holds a veto in {body.id} already: granting one does nothing"
            if motion.kind == "remove_veto" and not holds:
                void = f"'{subject}' holds no veto in {body.id}: there is none to take"
        if void:
            self.add((*loc, "motion", "nation"), f"{void}; name another nation")

    def check_condition(self, loc: Loc, when: Condition) -> None:
        if when.to_round is not None and when.to_round < when.from_round:
            self.add(
                (*loc, "to_round"),
                f"to round {when.to_round}, before from_round {when.from_round}: the event "
                "could never fire; make to_round the later",
            )
        if when.from_round > self.s.length.rounds:
            self.add(
                (*loc, "from_round"),
                f"from round {when.from_round}, but the game lasts {self.s.length.rounds} rounds "
                "(length.rounds); the event could never fire",
            )
        if when.metric.value == "nation.member":
            if when.institution is None:
                self.add(loc, "nation.member needs `institution:` naming the body")
            else:
                bodies: dict[str, object] = dict(self.institutions)
                self.known((*loc, "institution"), when.institution, bodies, "institution")
        elif when.institution is not None:
            self.add(
                (*loc, "institution"),
                f"`institution:` is for nation.member; {when.metric.value} reads `of:` "
                "alone: remove it",
            )
        scope = when.metric.scope
        if scope == "order":
            if when.of is not None:
                self.add(
                    (*loc, "of"), f"{when.metric.value} is about the whole order; remove `of:`"
                )
            return
        if when.of is None:
            self.add(loc, f"{when.metric.value} needs `of:` naming the {scope}")
            return
        tables: dict[str, dict[str, object]] = {
            "nation": dict(self.nations),
            "institution": dict(self.institutions),
            "movement": dict(self.movements),
        }
        self.known((*loc, "of"), when.of, tables[scope], scope)

    def check_seats(self) -> None:
        if self.s.seats is None:
            return
        seen: set[str] = set()
        for index, seat in enumerate(self.s.seats):
            at: Loc = ("seats", index, "nation")
            if not self.nation(at, seat.nation):
                continue
            if not self.nations[seat.nation].great_power:
                self.add(at, f"'{seat.nation}' is a minor nation; only great powers are seats")
            if seat.nation in seen:
                self.add(at, f"'{seat.nation}' has two seats; remove one")
            seen.add(seat.nation)

    def check_thresholds(self) -> None:
        m = self.s.model
        if m.vitality.dead_below >= m.vitality.zombie_below:
            self.add(
                ("model", "vitality", "dead_below"),
                f"dead_below ({m.vitality.dead_below:g}) must be below zombie_below "
                f"({m.vitality.zombie_below:g})",
            )


def check_references(scenario: Scenario) -> list[Reference]:
    """Every cross-entity problem in a structurally valid scenario."""
    return _Checker(scenario).run()


def check_grammar(scenario: Scenario, data: Any) -> list[Reference]:
    """The grammar's names are names of the scenario in their language, and a German name
    with an article gives all four of its cases. A file that gives its names per language
    is checked in each; one written in a single language (or a game's copy of a scenario,
    read in one) is checked where its grammar speaks only that language."""
    found: list[Reference] = []
    given = _names_given(data)
    plain = {name for name, code in given if code is None}
    per_language = any(code is not None for _, code in given)
    for code, described in scenario.grammar.items():
        if per_language:
            names = plain | {name for name, said in given if said == code}
        elif len(scenario.grammar) == 1:
            names = plain
        else:
            continue
        for name in described:
            if name not in names:
                found.append(
                    Reference(
                        ("grammar", code, name),
                        f"'{name}' is no name in this scenario's {code} texts"
                        f"{did_you_mean(name, names)}; write it as the scenario does",
                        at_key=True,
                    )
                )
    for name, forms in scenario.grammar.get("de", {}).items():
        if forms.nominative not in (None, name):
            missing = [
                case
                for case in ("accusative", "dative", "genitive")
                if getattr(forms, case) is None
            ]
            if missing:
                found.append(
                    Reference(
                        ("grammar", "de", name),
                        f"'{name}' takes an article ({forms.nominative}): give its "
                        f"{', '.join(missing)} too",
                        at_key=True,
                    )
                )
    return found


def _names_given(data: Any) -> list[tuple[str, str | None]]:
    """Every name the data gives, with its language (None for a plain string)."""
    said: list[Any] = []
    for part in ("nations", "institutions", "movements"):
        said += [item.get("name") for item in data.get(part) or [] if isinstance(item, dict)]
    for names in (data.get("founding_names") or {}).values():
        said += list(names or [])
    found: list[tuple[str, str | None]] = []
    for name in said:
        if isinstance(name, str):
            found.append((name, None))
        elif isinstance(name, dict):
            found += [(str(text), str(code)) for code, text in name.items()]
    return found
