"""Malformed scenario files, each with the one clear message it must produce.

Cases are edits of cases/base.yaml (a small valid scenario) or whole files; `expect` is
the problem line without the file name: `line:col: dotted.path: message`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.scenario import ScenarioError, load_scenario
from game.support.bundled import bundled_names

BASE = (Path(__file__).parent / "cases" / "base.yaml").read_text(encoding="utf-8")


def edit(old: str, new: str) -> bytes:
    assert old in BASE, f"the base scenario has no {old!r}"
    return BASE.replace(old, new, 1).encode()


def append(text: str) -> bytes:
    return (BASE + text).encode()


AXES = "policy: [0.0, 0.0]\n    axes:\n      x: {x}\n      y: {y}"  # the council's words

ALIAS_BOMB = "schema_version: 1\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdef", "bcdefg", strict=True)
)

CASES: list[tuple[str, bytes, str]] = [
    # The file as a whole
    ("empty", b"", "1:1: the file is empty; a scenario starts with `schema_version: 1`"),
    ("only comments", b"# nothing yet\n", "1:1: the file is empty"),
    (
        "list at the top",
        b"- a\n- b\n",
        "1:1: a scenario is a mapping of keys such as "
        "`schema_version: 1` and `id: ...`, but this file holds a list",
    ),
    ("binary junk", bytes(range(256)) * 4, "this is a binary file, not a YAML text file"),
    (
        "not UTF-8",
        "schema_version: 1\nid: caf\xe9\n".encode("latin-1"),
        "2:1: the file is not UTF-8 text (byte 0xe9); save it as UTF-8 in your editor",
    ),
    (
        "YAML syntax error",
        edit("  - id: BB\n", "  - id: BB\n   name: [oops\n"),
        "17:4: YAML syntax error (while parsing a block collection, did not find expected '-' "
        "indicator); check the indentation",
    ),
    (
        "tab indentation",
        edit("    name: Bland\n", "\tname: Bland\n"),
        "17:1: a tab character where YAML needs spaces: indent with spaces, never tabs",
    ),
    (
        "python tag",
        edit(
            "title: A small world for tests", 'title: !!python/object/apply:os.system ["echo hi"]'
        ),
        "3:8: tags that build Python objects (!!python/...) are not allowed in a scenario",
    ),
    (
        "unknown tag",
        edit("title: A small world for tests", "title: !secret x"),
        "3:8: could not determine a constructor for the tag '!secret'; remove the '!' tag",
    ),
    (
        "two documents",
        append("---\nid: other\n"),
        "76:1: the file holds more than one YAML document (a second '---')",
    ),
    (
        "deep nesting",
        b"schema_version: 1\nid: " + b"[" * 5000 + b"]" * 5000 + b"\n",
        "2:44: values are nested more than 40 levels deep",
    ),
    (
        "alias bomb",
        ALIAS_BOMB.encode(),
        "the file expands to more than 200,000 values (through anchors and aliases?)",
    ),
    (
        "duplicate key",
        edit("    breadth: 0.4\n", "    breadth: 0.4\n    breadth: 0.3\n"),
        "57:5: institutions.fund.breadth: duplicate key 'breadth' (first at line 56); keep one",
    ),
    # schema_version
    (
        "unknown schema_version",
        edit("schema_version: 1", "schema_version: 7"),
        "1:17: schema_version: the number 7 is not supported: this version of Concert of "
        "Powers reads "
        "schema_version 1",
    ),
    (
        "missing schema_version",
        edit("schema_version: 1\n", ""),
        "1:1: schema_version: missing: add `schema_version: 1` as the first line",
    ),
    # YAML's booleans
    (
        "Norway's id read as false",
        edit("id: DD", "id: NO"),
        "29:9: nations[3].id: `NO` was read as false (YAML reads unquoted yes/no/on/off as "
        "true/false); write it in quotes: 'NO'",
    ),
    (
        "boolean in a member list",
        edit("members: [AA, BB, CC, DD]", "members: [AA, BB, CC, no]"),
        "39:27: institutions.council.members[3]: `no` was read as false",
    ),
    (
        "boolean as a key",
        edit("recognition: {BB: 0.4}", "recognition: {yes: 0.4}"),
        "15:19: nations.AA.recognition.yes: the key yes was read as true",
    ),
    # Keys
    (
        "misspelt key",
        edit("    breadth: 0.5\n", "    bredth: 0.5\n"),
        "43:5: institutions.council.bredth: unknown key 'bredth'; did you mean 'breadth'?",
    ),
    (
        "misspelt top-level key",
        edit("licence: CC0-1.0", "license: CC0-1.0"),
        "7:1: license: unknown key 'license'; did you mean 'licence'?",
    ),
    (
        "missing field",
        edit("    ideal_point: [0.1, -0.4]\n", ""),
        "24:5: nations.CC.ideal_point: missing: add `ideal_point:`",
    ),
    ("integer key", append("5: 6\n"), "76:1: 5: a key here must be a name, not the number 5"),
    (
        "misspelt model key",
        append("model: {vote: {tua: 0.1}}\n"),
        "76:16: model.vote.tua: unknown key 'tua'; did you mean 'tau'?",
    ),
    # Ids and references
    (
        "misspelt member id",
        edit("members: [AA, BB, CC, DD]", "members: [AA, BB, CC, DX]"),
        "39:27: institutions.council.members[3]: unknown nation 'DX'; did you mean 'DD' (Dland)?",
    ),
    (
        "id in the wrong case",
        edit("members: [AA, BB, CC]", "members: [AA, bb, CC]"),
        "52:19: institutions.fund.members[1]: unknown nation 'bb'; did you mean 'BB' (Bland)?",
    ),
    (
        "veto holder not a member",
        edit("members: [AA, BB, CC, DD]", "members: [AA, CC, DD]"),
        "42:24: institutions.council.veto_holders[1]: veto holder 'BB' is not a member of "
        "council; add it to members or remove it here",
    ),
    (
        "founder not a member",
        edit("founders: [AA, BB]", "founders: [AA, XX]"),
        "40:20: institutions.council.founders[1]: unknown nation 'XX'",
    ),
    (
        "duplicate id",
        edit("id: DD", "id: CC"),
        "29:9: nations.CC.id: duplicate id 'CC' (also entry 3 of nations); give each a "
        "different id",
    ),
    (
        "invalid id",
        edit("id: CC", 'id: "C C"'),
        "24:9: nations[2].id: the text 'C C' is not a valid id: use 1 to 32 letters",
    ),
    (
        "number as id",
        edit("id: CC", "id: 42"),
        "24:9: nations[2].id: expected text, found the number 42; put it in quotes",
    ),
    (
        "recognition of itself",
        edit("recognition: {BB: 0.4}", "recognition: {AA: 0.4}"),
        "15:19: nations.AA.recognition.AA: a nation's recognition of itself is not set",
    ),
    (
        "unknown objective institution",
        edit("institution: council}", "institution: counsel}"),
        "23:40: nations.BB.objectives[0].institution: unknown institution 'counsel'; "
        "did you mean 'council'?",
    ),
    (
        "unknown movement in an effect",
        edit("movement: green", "movement: greens"),
        "75:42: events.unrest.effects[0].movement: unknown movement 'greens'; "
        "did you mean 'green'?",
    ),
    (
        "seat for a minor nation",
        append("seats: [{nation: CC}]\n"),
        "76:18: seats[0].nation: 'CC' is a minor nation; only great powers are seats",
    ),
    # Weights and rules
    (
        "doctrine weights off",
        edit(
            "doctrine: {liberal: 0.7, sovereign: 0.3}", "doctrine: {liberal: 0.7, sovereign: 0.2}"
        ),
        "13:15: nations.AA.doctrine: doctrine weights sum to 0.9 (liberal 0.7 + sovereign 0.2); "
        "they must sum to 1",
    ),
    (
        "no doctrine weights",
        edit("doctrine: {sovereign: 1.0}", "doctrine: {}"),
        "20:15: nations.BB.doctrine: doctrine weights sum to 0 (none given); they must sum to 1",
    ),
    (
        "missing weight",
        edit("weights: {AA: 30, BB: 20, CC: 5}", "weights: {AA: 30, BB: 20}"),
        "55:50: institutions.fund.rule.weights: missing weights for CC: a weighted rule needs "
        "a weight for every listed member",
    ),
    (
        "weight for a non-member",
        edit("weights: {AA: 30, BB: 20, CC: 5}", "weights: {AA: 30, BB: 20, CC: 5, DD: 1}"),
        "55:74: institutions.fund.rule.weights.DD: 'DD' has a weight but is not a member of fund",
    ),
    (
        "anonymous members without weight",
        edit("ideal_point: [0.0, 0.5], weight: 1}", "ideal_point: [0.0, 0.5]}"),
        "54:9: institutions.fund.anonymous_members[0]: missing weight: under a weighted rule "
        "each of the 'others' needs `weight:`",
    ),
    (
        "unknown rule kind",
        edit("kind: qualified_majority,", "kind: qualified_majorty,"),
        "41:11: institutions.council.rule: unknown kind 'qualified_majorty'; did you mean "
        "'qualified_majority'?",
    ),
    (
        "rule without kind",
        edit("{kind: qualified_majority, threshold: 0.75}", "{threshold: 0.75}"),
        "41:11: institutions.council.rule: missing `kind:`; one of: majority, qualified_majority, "
        "unanimity, weighted",
    ),
    (
        "objective without kind",
        edit("- {kind: hold_veto, institution: council}", "- {institution: council}"),
        "23:9: nations.BB.objectives[0]: missing `kind:`; one of: stay_member, hold_veto, "
        "keep_out, keep_in, order, influence_at_least",
    ),
    (
        "qualified majority at most half",
        edit("threshold: 0.75", "threshold: 0.4"),
        "41:49: institutions.council.rule.threshold: a qualified majority needs a threshold above "
        "0.5, not 0.4; for a simple majority write `kind: majority`",
    ),
    (
        "two apex bodies",
        edit("tier: global", "tier: apex"),
        "50:11: institutions.fund.tier: only one apex institution is allowed and council is "
        "already apex",
    ),
    (
        "no apex body",
        edit("tier: apex", "tier: global"),
        "35:3: institutions: no apex institution: give one body",
    ),
    (
        "misspelt tier",
        edit("tier: global", "tier: globl"),
        "50:11: institutions.fund.tier: the text 'globl' is not allowed; expected one of: apex, "
        "global, regional, club; did you mean 'global'?",
    ),
    (
        "one great power",
        edit("    great_power: true\n    power: {economic: 8", "    power: {economic: 8"),
        "9:3: nations: a scenario needs at least two great powers (seats)",
    ),
    # Values
    (
        "value out of range",
        edit("    breadth: 0.4\n", "    breadth: 1.4\n"),
        "56:14: institutions.fund.breadth: 1.4 is out of range: it must be at most 1",
    ),
    (
        "negative power",
        edit("military: 12", "military: -3"),
        "19:36: nations.BB.power.military: -3 is out of range: it must be at least 0",
    ),
    (
        "quoted number",
        edit("benefits: 6", 'benefits: "6"'),
        "58:15: institutions.fund.benefits: expected a number, found the text '6'; "
        "remove the quotes",
    ),
    (
        "percentage for a share",
        edit("    breadth: 0.4\n", "    breadth: 40%\n"),
        "56:14: institutions.fund.breadth: expected a number, found the text '40%'; write a "
        "share as a decimal: 40% is 0.4",
    ),
    (
        "decimal comma",
        edit("benefits: 6", "benefits: 6,5"),
        "58:15: institutions.fund.benefits: expected a number, found the text '6,5'; use a "
        "decimal point: 6.5",
    ),
    (
        "empty value",
        edit("name: Cland", "name:"),
        "25:10: nations.CC.name: is empty: write a value after the colon, or remove the line",
    ),
    (
        "unclosed quote",
        edit("title: A small world for tests", 'title: "A small world'),
        "3:8: YAML syntax error (while scanning a quoted scalar, found unexpected end of stream)",
    ),
    (
        "date that does not exist",
        edit("author: Tests", "author: 2025-02-30"),
        "6:9: '2025-02-30' cannot be read as a date",
    ),
    (
        "bad explicit tag",
        edit("benefits: 6", "benefits: !!int six"),
        "58:15: 'six' cannot be read as a whole number",
    ),
    (
        "leading zero",
        edit("benefits: 6", "benefits: 06"),
        "58:15: `06` is not read as you may think: write it without the leading zero: 6",
    ),
    (
        "e-notation without a decimal point",
        edit("benefits: 6", "benefits: 6e1"),
        "58:15: institutions.fund.benefits: expected a number, found the text '6e1'; YAML needs "
        "a decimal point in this notation: write 60",
    ),
    (
        "infinite number",
        edit("benefits: 6", "benefits: .inf"),
        "58:15: institutions.fund.benefits: must be a finite number, not inf",
    ),
    (
        "lookalike letter in an id",
        edit("id: CC", "id: \u0421C"),
        "24:9: nations[2].id: the text '\u0421C' is not a valid id: it contains "
        "CYRILLIC CAPITAL LETTER ES",
    ),
    ("UTF-16 file", "schema_version: 1\n".encode("utf-16"), "the file is saved as UTF-16"),
    (
        "rule kind read as false",
        edit("{kind: qualified_majority, threshold: 0.75}", "{kind: no}"),
        "41:11: institutions.council.rule: kind: `no` was read as true/false",
    ),
    (
        "missing dash before a list entry",
        edit("  - id: DD\n", "    id: DD\n"),
        "29:5: nations.DD.id: duplicate key 'id' (first at line 24); keep one, or start a new list "
        "entry here with '- '",
    ),
    (
        "key of a nested block at the top",
        edit("length: {rounds: 5, minutes: 30}", "length: {rounds: 5}\nminutes: 30"),
        "6:1: minutes: unknown key 'minutes'; it belongs under `length:`",
    ),
    (
        "nation named instead of its id",
        edit("members: [AA, BB, CC, DD]", "members: [AA, BB, CC, Dland]"),
        "39:27: institutions.council.members[3]: unknown nation 'Dland'; "
        "did you mean 'DD' (Dland)?",
    ),
    (
        "too few members",
        edit("members: [AA, BB, CC, DD]", "members: [AA, BB]"),
        "39:14: institutions.council.members: 2 members: a body with fewer than 3",
    ),
    (
        "yes for a number",
        edit("benefits: 6", "benefits: yes"),
        "58:15: institutions.fund.benefits: expected a number, found true; YAML reads yes, "
        "no, on and off as true or false: write a number such as 0.5",
    ),
    (
        "point of three numbers",
        edit("ideal_point: [0.5, 0.0]", "ideal_point: [0.5, 0.0, 0.1]"),
        "14:18: nations.AA.ideal_point: a point is a pair [x, y]; found 3 numbers",
    ),
    (
        "list where a mapping belongs",
        edit("power: {economic: 2, military: 1, tech_finance: 1, soft: 2}", "power: [2, 1, 1, 2]"),
        "26:12: nations.CC.power: expected a mapping (key: value lines), found a list",
    ),
    (
        "mapping where a list belongs",
        edit("members: [AA, BB, CC]", "members: {AA: 1}"),
        "52:14: institutions.fund.members: expected a list, found a mapping",
    ),
    (
        "invisible character",
        edit("name: Cland", 'name: "Cl\\u00adand"'),
        "25:11: nations.CC.name: contains an invisible character (SOFT HYPHEN) at position 3; "
        "delete it",
    ),
    (
        "thresholds out of order",
        append("model: {vitality: {dead_below: 0.5}}\n"),
        "76:32: model.vitality.dead_below: dead_below (0.5) must be below zombie_below (0.4)",
    ),
    # Policy axes
    (
        "axis with the same word at both ends",
        edit(
            "policy: [0.0, 0.0]",
            AXES.format(x='{low: "war", high: "War"}', y='{low: "north", high: "south"}'),
        ),
        "48:10: institutions.council.axes.x: both ends are 'War': name the two ends differently",
    ),
    (
        "axis end too long to read",
        edit(
            "policy: [0.0, 0.0]",
            AXES.format(
                x='{low: "war", high: "peace"}',
                y='{low: "north", high: "the south, the east and every island between them"}',
            ),
        ),
        "49:31: institutions.council.axes.y.high: is too long: at most 32 characters",
    ),
    (
        "axis missing its second end",
        edit(
            "policy: [0.0, 0.0]",
            AXES.format(x='{low: "war", high: "peace"}', y='{low: "north"}'),
        ),
        "49:10: institutions.council.axes.y.high: missing: add `high:`",
    ),
    (
        "a founding name a body already bears",
        append("founding_names:\n  finance: [Southern Bank, fund]\n"),
        "77:28: founding_names.finance[1]: 'fund' is already the name of institution 'fund'; "
        "choose another",
    ),
    # Events
    (
        "event after the last round",
        edit("round: 2", "round: 9"),
        "66:12: events.crash.round: fires in round 9 but the game lasts 5 rounds (length.rounds)",
    ),
    (
        "event with two triggers",
        edit("round: 2", "round: 2\n    when: {metric: order.apex_coverage, below: 0.5}"),
        "64:5: events.crash: give exactly one of `round:` or `when:`",
    ),
    (
        "condition without its subject",
        edit("of: BB, below: 0.4", "below: 0.4"),
        "72:11: events.unrest.when: nation.legitimacy needs `of:` naming the nation",
    ),
    (
        "misspelt effect kind",
        edit("kind: growth_change", "kind: growth"),
        "69:9: events.crash.effects[0]: unknown kind 'growth'; did you mean 'growth_change'?",
    ),
]


def event(effect: str) -> bytes:
    """The base with one more event, in round 3, of this one effect."""
    return append(f"  - id: later\n    title: Later\n    round: 3\n    briefing: News.\n"
                  f"    effects:\n      - {effect}\n")  # fmt: skip


# What a validator that teaches says (and must not let pass).
CASES += [
    (
        "a member's id like no nation's",
        edit("members: [AA, BB, CC, DD]", "members: [AA, BB, CC, KR]"),
        "39:27: institutions.council.members[3]: unknown nation 'KR'; the nations are AA "
        "(Aland), BB (Bland), CC (Cland), DD (Dland): use one of them, or add 'KR' to nations",
    ),
    (
        "a point written as one number",
        edit("policy: [0.3, -0.2]", "policy: 0.3"),
        "59:13: institutions.fund.policy: expected a list, found the number 0.3; write a point "
        "as two numbers in brackets, x then y: [0.6, -0.2]",
    ),
    (
        "members without brackets",
        edit("members: [AA, BB, CC, DD]", "members: AA, BB, CC, DD"),
        "39:14: institutions.council.members: expected a list, found the text 'AA, BB, CC, "
        "DD'; write the entries in brackets, separated by commas: [AA, BB, CC, DD]",
    ),
    (
        "the length as a number",
        edit("length: {rounds: 5, minutes: 30}", "length: 5"),
        "5:9: length: expected a mapping (key: value lines), found the number 5; write `key: "
        "value` lines indented under it, with the keys rounds, minutes",
    ),
    (
        "a shock beyond the axes",
        event("{kind: shock, institution: council, shift: [-15, 0]}"),
        "events.later.effects[0].shift: a shift of -15 on x: a body's policy lies from -1 to 1 "
        "on each axis, so a shift is at most 2 either way",
    ),
    (
        "an event's motion sponsored by a non-member",
        event(
            "{kind: injected_motion, institution: fund, sponsor: DD, motion: {kind: policy, "
            "point: [0.1, 0.1]}}"
        ),
        "events.later.effects[0].sponsor: 'DD' is not a member of fund and cannot table a "
        "motion there",
    ),
    (
        "an event admitting a member",
        event("{kind: injected_motion, institution: fund, motion: {kind: admit, nation: CC}}"),
        "events.later.effects[0].motion.nation: 'CC' is a member of fund from the start: "
        "admitting it does nothing; name another nation",
    ),
    (
        "an event taking a veto nobody holds",
        event(
            "{kind: injected_motion, institution: council, motion: {kind: remove_veto, nation: CC}}"
        ),
        "events.later.effects[0].motion.nation: 'CC' holds no veto in council",
    ),
]

FUND_OPENS = "    doctrine: {liberal: 1}\n    opens: 4\n"  # the fund opens in round 4
FIXED = "    fixed_members: true\n"  # the council's charter fixes its members

# The mechanisms authors asked for, misused.
CASES += [
    (
        "a nation with the id that means every nation",
        edit("  - id: DD\n    name: Dland", "  - id: all\n    name: Dland").replace(b"DD", b"all"),
        "nations.all.id: the id 'all' stands for every nation in an event's effects",
    ),
    (
        "a body that opens after the game",
        edit("    doctrine: {liberal: 1}\n", "    doctrine: {liberal: 1}\n    opens: 9\n"),
        "institutions.fund.opens: opens in round 9 but the game lasts 5 rounds",
    ),
    (
        "an apex body that opens later",
        edit("    veto_holders: [AA, BB]\n", "    veto_holders: [AA, BB]\n    opens: 2\n"),
        "institutions.council.opens: the apex body is in play from the first round",
    ),
    (
        "an event on a body before it opens",
        edit("    doctrine: {liberal: 1}\n", FUND_OPENS)
        + b"  - id: early\n    title: Early\n    round: 3\n    briefing: News.\n"
        b"    effects:\n      - {kind: shock, institution: fund, shift: [0.1, 0.1]}\n",
        "events.early.effects[0].institution: fund opens in round 4, but this event fires in "
        "round 3",
    ),
    (
        "a scripted join of a member",
        event("{kind: join, nation: CC, institution: fund}"),
        "events.later.effects[0].nation: 'CC' is a member of fund in round 3 already",
    ),
    (
        "a scripted exit of a non-member",
        event("{kind: leave, nation: DD, institution: fund}"),
        "events.later.effects[0].nation: 'DD' is not a member of fund in round 3 (as written, "
        "with the events before), so it cannot leave",
    ),
    (
        "a seat passed to its holder",
        event("{kind: seat_passes, institution: council, nation: CC, to: CC}"),
        "events.later.effects[0].to: the seat passes to the nation that holds it",
    ),
    (
        "a seat passed to a nation that does not exist",
        event("{kind: seat_passes, institution: council, nation: CC, to: EE}"),
        "events.later.effects[0].to: unknown nation 'EE'",
    ),
    (
        "a treaty of two under the model's minimum",
        edit("members: [AA, BB, CC]\n", "members: [AA, BB]\n")
        .replace(b"weights: {AA: 30, BB: 20, CC: 5}", b"weights: {AA: 30, BB: 20}")
        .replace(b"- {label: others, count: 3, ideal_point: [0.0, 0.5], weight: 1}", b"[]")
        .replace(b"    anonymous_members:\n      []\n", b""),
        "institutions.fund.members: 2 members: a body with fewer than 3 (model.vitality."
        "min_members; a treaty of two parties sets `min_members: 2`) is dead from the start",
    ),
    (
        "a condition checked to a round before its first",
        edit(
            "when: {metric: nation.legitimacy, of: BB, below: 0.4}",
            "when: {metric: nation.legitimacy, of: BB, below: 0.4, from_round: 3, to_round: 2}",
        ),
        "events.unrest.when.to_round: to round 2, before from_round 3: the event could never fire",
    ),
    (
        "a change of standing that changes nothing",
        event("{kind: standing, nation: AA}"),
        "events.later.effects[0]: a standing effect changes legitimacy or capital",
    ),
    (
        "an effect on every nation where it means nothing",
        event("{kind: election, nation: all, outcomes: [{label: x, probability: 1}]}"),
        "events.later.effects[0].nation: unknown nation 'all'",
    ),
    (
        "an event admitting a member to a body whose charter fixes its members",
        edit("    veto_holders: [AA, BB]\n", "    veto_holders: [AA, BB]\n" + FIXED)
        + b"  - id: reform\n    title: Reform\n    round: 3\n    briefing: News.\n"
        b"    effects:\n      - {kind: injected_motion, institution: council, motion: "
        b"{kind: admit, nation: DD}}\n",
        "events.reform.effects[0].motion: council's members are fixed by its charter",
    ),
    (
        "a nation's recognition of itself",
        event("{kind: recognition, nation: AA, of: AA, delta: -0.2}"),
        "events.later.effects[0].of: a nation's recognition of itself is not kept",
    ),
    (
        "a recognition that does not change",
        event("{kind: recognition, nation: AA, of: BB, delta: 0}"),
        "events.later.effects[0]: a recognition effect changes it: give a delta such as -0.3",
    ),
    (
        "a recognition of an unknown nation",
        event("{kind: recognition, nation: AA, of: BC, delta: 0.2}"),
        "events.later.effects[0].of: unknown nation 'BC'",
    ),
    (
        "a body that waits for a condition without a round to wait from",
        edit(
            "    doctrine: {liberal: 1}\n",
            "    doctrine: {liberal: 1}\n"
            "    opens_when: {metric: nation.member, of: DD, institution: council, below: 0.5}\n",
        ),
        "institutions.fund.opens_when: a body waits for its condition from the round it may "
        "first open: add `opens:`",
    ),
    (
        "a body that opens by chance",
        edit(
            "    doctrine: {liberal: 1}\n",
            FUND_OPENS + "    opens_when: {metric: order.recognition, below: 0.5, chance: 0.5}\n",
        ),
        "institutions.fund.opens_when.chance: a body opens in the first round its condition "
        "holds; `chance:` is for events",
    ),
    (
        "membership of an unknown body",
        edit(
            "    doctrine: {liberal: 1}\n",
            FUND_OPENS
            + "    opens_when: {metric: nation.member, of: DD, institution: councel, below: 0.5}\n",
        ),
        "institutions.fund.opens_when.institution: unknown institution 'councel'; did you mean "
        "'council'?",
    ),
    (
        "membership without the body",
        append(
            "  - id: outside\n    title: Outside\n    briefing: News.\n"
            "    when: {metric: nation.member, of: AA, below: 0.5}\n"
            "    effects:\n      - {kind: standing, nation: AA, capital: 1}\n"
        ),
        "nation.member needs `institution:` naming the body",
    ),
    (
        "a body named where the metric reads none",
        edit(
            "when: {metric: nation.legitimacy, of: BB, below: 0.4}",
            "when: {metric: nation.legitimacy, of: BB, institution: fund, below: 0.4}",
        ),
        "events.unrest.when.institution: `institution:` is for nation.member",
    ),
    (
        "an event set in a round on a body that waits for a condition",
        edit(
            "    doctrine: {liberal: 1}\n",
            FUND_OPENS + "    opens_when: {metric: order.recognition, below: 0.5}\n",
        )
        + b"  - id: early\n    title: Early\n    round: 5\n    briefing: News.\n"
        b"    effects:\n      - {kind: shock, institution: fund, shift: [0.1, 0.1]}\n",
        "events.early.effects[0].institution: fund opens only when its condition holds, so an "
        "event set in round 5 may find no such body",
    ),
]


def test_a_misspelt_member_is_one_problem_not_its_echoes(tmp_path: Path) -> None:
    """The fund's weights name the members as they should be: the misspelt member is the
    one problem (not also a missing weight for it and a weight for a non-member)."""
    path = tmp_path / "case.yaml"
    path.write_bytes(edit("members: [AA, BB, CC]", "members: [AA, BB, XY]"))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert [p.path for p in caught.value.problems] == ["institutions.fund.members[2]"]


@pytest.mark.parametrize(("name", "content", "expect"), CASES, ids=[c[0] for c in CASES])
def test_malformed_file_gets_its_message(
    tmp_path: Path, name: str, content: bytes, expect: str
) -> None:
    path = tmp_path / "case.yaml"
    path.write_bytes(content)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    lines = [str(p) for p in caught.value.problems]
    if expect[0].isdigit():
        found = any(line.startswith(f"{path}:{expect}") for line in lines)
    else:  # whole-file problems: the position may vary, the message may not
        found = any(line.startswith(str(path)) and expect in line for line in lines)
    assert found, "\n".join(lines)


def test_case_table_is_large_enough() -> None:
    assert len(CASES) >= 30


def test_base_scenario_is_valid() -> None:
    load_scenario(Path(__file__).parent / "cases" / "base.yaml")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(tmp_path / "nowhere.yaml")
    said = f"{tmp_path / 'nowhere.yaml'}: no such file (the bundled scenarios, by name: "
    names = ", ".join(bundled_names())
    assert "tutorial" in names
    assert [str(p) for p in caught.value.problems] == [f"{said}{names})"]


@pytest.mark.parametrize("given", ["tutorial", "tutorial.yaml", "scenarios/tutorial.yaml"])
def test_a_bundled_scenario_is_found_by_its_name_from_anywhere(
    given: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # (where no scenarios/ folder is)
    assert load_scenario(given).id == "tutorial"
    (tmp_path / "tutorial.yaml").write_text("id: [")  # a file of that name is that file
    if given == "tutorial.yaml":
        with pytest.raises(ScenarioError):
            load_scenario(given)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="is a folder, not a scenario file"):
        load_scenario(tmp_path)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# padding\n" * 600_000)  # 6,000,000 bytes
    with pytest.raises(ScenarioError, match=r"the file is 5\.7 MB; a scenario may be at most 5 MB"):
        load_scenario(path)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = edit("members: [AA, BB, CC, DD]", "members: [AA, BB, CC, DX]").decode()
    text = text.replace("benefits: 6", "benefits: lots").replace("bredth", "breadth")
    path = tmp_path / "two.yaml"
    path.write_text(text.replace("    breadth: 0.4\n", "    bredth: 0.4\n"))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    # Structure problems come first; reference checks need a structurally valid scenario.
    paths = [p.path for p in caught.value.problems]
    assert paths == ["institutions.fund.bredth", "institutions.fund.benefits"]
