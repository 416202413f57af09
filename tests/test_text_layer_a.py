"""The text layer, part A: names, motions, policies, syntax and refusals in words go
through the language they are asked for. Rendered in the pseudo-language (every message's
words in capitals), nothing lowercase is left but the scenario's own words (its names,
poles and aims) and what the player typed: no English glued on in code, no code shown
raw. And English asked for is English as it always was."""

from __future__ import annotations

import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from game.engine import (
    ActionSyntaxError,
    Legality,
    check,
    parse_action,
    parse_motion_tokens,
    start,
)
from game.engine.events import InstitutionFounded, MotionTabled, OfferMade
from game.engine.legality import AREAS
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario
from game.text.language import ENGLISH, N_
from game.text.legality import SENTENCES as REFUSALS
from game.text.legality import legality_text
from game.text.motions import (
    ballot_advice,
    motion_gist,
    motion_text,
    motion_title,
    tally_words,
    title_of,
)
from game.text.names import (
    NameBook,
    Names,
    Tabled,
    body_name,
    definite,
    listing,
    movement_name,
    nation_name,
    series,
)
from game.text.policy import (
    area_words,
    axes_for,
    move_gist,
    move_words,
    place_gist,
    place_words,
)
from game.text.pseudo import PSEUDO, escaped
from game.text.syntax import syntax_text

ROOT = Path(__file__).resolve().parents[1]
LIBERAL = load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml")
TUTORIAL = load_scenario(ROOT / "scenarios" / "tutorial.yaml")
STATE, _ = start(compile_scenario(LIBERAL, 1))
TUTORIAL_STATE, _ = start(compile_scenario(TUTORIAL, 1))

# Scenario fields that hold codes and ids for programs, not words for a person: a code
# rendered raw must not pass for one of the scenario's words.
CODES = {
    "id", "kind", "institution", "area", "areas", "nation", "verdict", "tier", "members",
    "founders", "veto_holders", "abstention", "issue", "doctrine", "component", "movement",
    "toward", "sponsor", "metric", "of", "preset", "speaker_order", "targets",
    "blocking_power", "preferred_reform", "licence", "author",
}  # fmt: skip


def words_of(value: Any, key: str = "") -> list[str]:
    """Every string a scenario gives a person to read: its nations' and bodies' names,
    its axes' poles, its founding names, its aims and briefings."""
    if isinstance(value, str):
        return [] if key in CODES else [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in words_of(v, str(k))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in words_of(v, key)]
    return []


NAMES = words_of(LIBERAL.model_dump(mode="json")) + words_of(TUTORIAL.model_dump(mode="json"))


def book() -> NameBook:
    """A save's names for the liberal-restraint world, with motions, an offer and a
    founded body (whose axes the scenario does not word) learnt from its record."""
    names = NameBook.of_scenario(LIBERAL.model_dump(mode="json"))
    founded = InstitutionFounded(
        round=1,
        founder="CN",
        body="founded-1",
        name="Silk Road Union",
        area="trade",
        members=("CN", "RU", "IN"),
        invited=(),
    )
    names.learn(founded)
    for motion, (body, sponsor, spec, before) in enumerate(MOTIONS, start=1):
        tabled = MotionTabled(
            round=1, motion=motion, body=body, sponsor=sponsor, spec=spec, before=before
        )
        names.learn(tabled)
    offer = "US offer IN pledge wto for pledge wto"
    names.learn(OfferMade(round=2, seen_by=("US", "IN"), offer=4, text=offer))
    return names


# (body, sponsor, spec, policy before): every kind of motion, in bodies with the
# scenario's words for their axes and in one without.
MOTIONS: list[tuple[str, str | None, str, tuple[float, float] | None]] = [
    ("wto", "US", "policy 0.6 -0.2", (0.1, 0.1)),
    ("wto", None, "policy 0.6 -0.2", None),
    ("founded-1", "CN", "policy -0.5 0.4", (0.0, 0.0)),
    ("founded-1", "CN", "policy 0.02 0.01", (0.0, 0.0)),
    ("unsc", "RU", "mandate 0.1 -0.1", None),
    ("hrc", "CN", "mandate -0.1 0.2", None),
    ("hrc", "CN", "mandate 0 0", None),
    ("imf", "US", "opt_out 1", None),
    ("imf", "IN", "opt_out 0.5", None),
    ("paris", "EU", "opt_out 1 US", None),
    ("nato", "US", "linkage 0.7", None),
    ("unsc", "IN", "add_veto IN", None),
    ("unsc", "BR", "remove_veto US", None),
    ("sco", "CN", "admit TR", None),
    ("hrc", "EU", "suspend RU", None),
    ("wto", None, "sanction RU", None),
    ("nowhere", None, "policy 0.05 -0.05", None),
]


def assert_pseudo(text: str, *extra: str) -> None:
    """The text made in the pseudo-language has no lowercase word outside the scenario's
    own (and `extra`: what the player typed)."""
    assert text
    assert escaped(text, [*NAMES, *extra]) == [], text


@pytest.mark.parametrize("names", [STATE, book()], ids=["state", "save"])
def test_motions_in_pseudo(names: Names) -> None:
    for number, (body, sponsor, spec, before) in enumerate(MOTIONS, start=1):
        assert_pseudo(motion_text(spec, names, body, before, lang=PSEUDO))
        assert_pseudo(motion_text(spec, names, body, lang=PSEUDO))
        assert_pseudo(motion_gist(spec, names, body, before, lang=PSEUDO))
        tabled = Tabled(body, sponsor, parse_motion_tokens(spec.split()), before)
        assert_pseudo(title_of(names, tabled, lang=PSEUDO))
        if isinstance(names, NameBook):
            assert_pseudo(motion_title(names, number, lang=PSEUDO))
    assert_pseudo(motion_title(names, 999, lang=PSEUDO))


def test_tallies_and_advice_in_pseudo() -> None:
    for tally in ((5.0, 1.0, 1.0), (3.0, 4.0, 0.0), (0.248, 0.0377, 0.1), (79.0, 21.0, 0.0)):
        for weighted in (False, True):
            assert_pseudo(tally_words(tally, weighted, lang=PSEUDO))
    for vote in ("yes", "no", "abstain"):
        for value in (-6.0, -0.5, 0.0, 0.02, 0.2, 2.0):
            assert_pseudo(ballot_advice(vote, value, lang=PSEUDO))


def test_policy_words_in_pseudo() -> None:
    for names, body, area in (
        (STATE, "wto", "trade"),  # the scenario's words for its axes
        (TUTORIAL_STATE, "forum", "trade"),
        (STATE, "founded-1", "climate"),  # the area's words
        (STATE, "founded-2", "human_rights"),
        (STATE, "founded-3", "nowhere"),  # any area's
    ):
        axes = axes_for(names, body, area, lang=PSEUDO)
        for point in ((0.8, -0.2), (-0.5, 0.05), (0.0, 0.69), (0.02, -0.03)):
            assert_pseudo(place_words(axes, point, lang=PSEUDO))
            assert_pseudo(place_gist(axes, point, lang=PSEUDO))
            for before in ((0.0, 0.0), (0.5, -0.3), (0.79, -0.19)):
                assert_pseudo(move_words(axes, before, point, lang=PSEUDO))
                assert_pseudo(move_gist(axes, before, point, lang=PSEUDO))
    for area in AREAS:
        assert_pseudo(area_words(area, lang=PSEUDO))


def test_names_in_pseudo() -> None:
    for name in ("India", "United States", "World Trade Organization"):
        assert_pseudo(PSEUDO.text(N_("{owner:gen} offer"), owner=name))
        assert_pseudo(definite(name, lang=PSEUDO))
    assert definite("The Hague Club", lang=PSEUDO) == "The Hague Club"
    assert_pseudo(nation_name(STATE, "US", lang=PSEUDO) + body_name(STATE, "wto", lang=PSEUDO))
    assert_pseudo(movement_name(STATE, "climate", lang=PSEUDO))
    assert_pseudo(movement_name(TUTORIAL_STATE, "fairtrade", lang=PSEUDO))
    # A movement the names do not know reads by its id: only its id's words are not caps.
    assert escaped(movement_name(NameBook(), "fair_trade", lang=PSEUDO), NAMES) == ["fair", "trade"]
    nations = [nation_name(STATE, n) for n in ("IN", "CN", "BR", "TR")]
    for items in (nations[:1], nations[:2], nations):
        assert_pseudo(listing(items, lang=PSEUDO))
        assert_pseudo(series(items, lang=PSEUDO))


# A fact of each kind a refusal quotes, as the engine gives it.
FACTS: dict[str, Any] = {
    "nation": "IN", "body": "wto", "motion": 2, "offer": 4, "phase": "opt_out",
    "status": "lapsed", "kind": "shock", "what": "movement", "low": -0.1, "high": 0.1,
    "amount": 2.5, "value": 0.5, "round": 3, "rounds": 2, "most": 60, "id": "zz",
    "ids": ("XX", "YY"), "area": "space", "areas": AREAS, "name": "Silk Road Union",
}  # fmt: skip
# The player's own words (an id, an area, a new body's name), and the keywords to type.
TYPED = ["zz", "space", "Silk Road Union", *AREAS]


def refusal(says: str) -> Legality:
    """A refusal of the kind `says`, quoting a fact of each kind its sentence needs."""
    sentence = REFUSALS[says]
    text = sentence if isinstance(sentence, str) else sentence[1]  # (one counted, the plural)
    quoted = [name for _, name, _, _ in string.Formatter().parse(text) if name]
    return Legality(False, "refused", says, tuple((name, FACTS[name]) for name in quoted))


@pytest.mark.parametrize("says", sorted(REFUSALS))
def test_every_refusal_in_pseudo(says: str) -> None:
    for names in (STATE, book()):
        said = legality_text(refusal(says), names, lang=PSEUDO)
        assert_pseudo(said, *TYPED)
        assert said == said.strip() and "{" not in said


@pytest.mark.parametrize(
    "line",
    [
        "US vote m3 yes",  # not in this phase
        "US offer US transfer 1",
        "US offer CN transfer 99",
        "US offer CN pledge nowhere",
        "US accept o9",
        "instructor compose shock nowhere 0.5",
        "instructor compose growth CN 2",
        "XX pass",
    ],
)
def test_real_refusals_in_pseudo(line: str) -> None:
    legality = check(STATE, parse_action(line))
    assert not legality.ok
    assert_pseudo(legality_text(legality, STATE, lang=PSEUDO), *line.split())


@pytest.mark.parametrize(
    "line",
    [
        "US",
        "US fly",
        "US vote 3 yes",
        "US vote m3 maybe",
        "US table hrc policy x 0",
        "US table hrc policy 0.1 nan",
        "US table hrc opt_out much",
        "US table hrc linkage much",
        "US accept offer",
        "US table hrc coup",
        "US table hrc admit",
        "US threaten hrc everything",
        "US offer CN pledge",
        "US offer CN",
        "instructor dance",
        "instructor compose shock hrc much",
        "CN found finance with RU named",
        "CN found finance by RU",
    ],
)
def test_syntax_in_pseudo(line: str) -> None:
    with pytest.raises(ActionSyntaxError) as refused:
        parse_action(line)
    typed = [*line.split(), *(w for v in refused.value.facts.values() for w in v.split(", "))]
    assert_pseudo(
        syntax_text(refused.value, lang=PSEUDO), *typed, "|".join(["shock", "growth", "surge"])
    )


def test_english_asked_for_is_english_as_before() -> None:
    names = book()
    axes = axes_for(STATE, "founded-1", "climate")
    calls: list[tuple[Callable[..., str], tuple[Any, ...]]] = [
        (tally_words, ((0.248, 0.0377, 0.1), True)),
        (tally_words, ((5.0, 1.0, 1.0),)),
        (ballot_advice, ("yes", 0.2)),
        (ballot_advice, ("abstain", 0.01)),
        (place_words, (axes, (0.0, 0.69))),
        (move_words, (axes, (0.0, 0.0), (0.3, -0.1))),
        (move_gist, (axes, (0.0, 0.0), (0.3, -0.1))),
        (place_gist, (axes, (0.0, 0.0))),
        (definite, ("World Trade Organization",)),
        (movement_name, (NameBook(), "fair_trade")),
        (listing, (["A", "B", "C"],)),
        (series, (["A", "B", "C"],)),
        (motion_title, (names, 999)),
    ]
    for number, (body, sponsor, spec, before) in enumerate(MOTIONS, start=1):
        calls.append((motion_text, (spec, names, body, before)))
        calls.append((motion_gist, (spec, names, body, before)))
        calls.append((motion_title, (names, number)))
        calls.append((title_of, (STATE, Tabled(body, sponsor, parse_motion_tokens(spec.split())))))
    calls += [(legality_text, (refusal(says), names)) for says in REFUSALS]
    for function, args in calls:
        assert function(*args, lang=ENGLISH) == function(*args)
    assert legality_text(refusal("bad_amount"), names) == (
        "A shock takes an amount from -0.1 to 0.1, not 0."
    )
    assert legality_text(refusal("offer_closed"), names) == "United States' offer is lapsed."
    assert motion_title(names, 13) == "Brazil's security motion (no veto for United States)"
