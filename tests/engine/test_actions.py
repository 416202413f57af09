"""Every action's canonical text parses back to the action; bad text is explained."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.engine.actions import (
    DEMANDS,
    MOTION_KINDS,
    ActionSyntaxError,
    Answer,
    Cast,
    Compose,
    EndPhase,
    Found,
    Inject,
    Join,
    MotionSpec,
    Offer,
    OptOut,
    Pass,
    Pause,
    Table,
    Term,
    Threaten,
    Withdraw,
    parse_action,
)
from game.text.syntax import SENTENCES, syntax_text

ids = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,6}", fullmatch=True).filter(
    lambda s: s != "instructor"
)
numbers = st.floats(min_value=-1, max_value=1, allow_nan=False).map(lambda v: round(v, 4))
terms = st.one_of(
    st.builds(Term, st.just("pledge"), ids),
    st.builds(Term, st.just("guarantee"), ids),
    st.builds(lambda a: Term("transfer", amount=a), st.floats(0.5, 100).map(lambda v: round(v, 2))),
    st.just(Term("recognise")),
)


@st.composite
def motions(draw: st.DrawFn) -> MotionSpec:
    kind = draw(st.sampled_from(MOTION_KINDS))
    if kind in ("policy", "mandate"):
        return MotionSpec(kind, x=draw(numbers), y=draw(numbers))
    if kind == "linkage":
        return MotionSpec(kind, value=abs(draw(numbers)))
    if kind == "opt_out":
        return MotionSpec(kind, value=abs(draw(numbers)), nation=draw(st.none() | ids))
    return MotionSpec(kind, nation=draw(ids))


actions = st.one_of(
    st.builds(Pass, ids),
    st.builds(Offer, ids, ids, terms, st.none() | terms),
    st.builds(Answer, ids, st.integers(1, 999), st.booleans()),
    st.builds(Table, ids, ids, motions()),
    st.builds(
        Found, ids, st.sampled_from(["trade", "finance"]), st.lists(ids, max_size=3).map(tuple)
    ),
    st.builds(Threaten, ids, ids, st.sampled_from(DEMANDS)),
    st.builds(Cast, ids, st.integers(1, 999), st.sampled_from(["yes", "no", "abstain"])),
    st.builds(OptOut, ids, st.integers(1, 999)),
    st.builds(Withdraw, ids, ids),
    st.builds(Join, ids, ids),
    st.builds(Inject, ids),
    st.just(EndPhase()),
    st.builds(
        Compose,
        st.sampled_from(["shock", "growth", "surge"]),
        st.sampled_from(["council", "CN", "climate"]),
        st.floats(-1, 1, allow_nan=False).map(lambda v: round(v, 3)),
    ),
    st.builds(Pause, st.booleans()),
)


@given(actions)
def test_text_round_trip(action: object) -> None:
    text = str(action)
    assert parse_action(text) == action
    assert str(parse_action(text)) == text


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("US pass", Pass("US")),
        (
            "EU offer US pledge hrc for transfer 3",
            Offer("EU", "US", Term("pledge", "hrc"), Term("transfer", amount=3.0)),
        ),
        ("IN accept o2", Answer("IN", 2, True)),
        ("US table hrc mandate -0.1 0", Table("US", "hrc", MotionSpec("mandate", x=-0.1, y=0.0))),
        ("CN vote m3 no", Cast("CN", 3, "no")),
        ("CN found finance with RU IN", Found("CN", "finance", ("RU", "IN"))),
        (
            "CN found finance with RU IN named Asian Infrastructure Investment Bank",
            Found("CN", "finance", ("RU", "IN"), "Asian Infrastructure Investment Bank"),
        ),
        ("CN found trade named Silk Road Union", Found("CN", "trade", (), "Silk Road Union")),
        ("instructor end_phase", EndPhase()),
        ("instructor compose growth CN -0.02", Compose("growth", "CN", -0.02)),
    ],
)
def test_examples(text: str, action: object) -> None:
    assert parse_action(text) == action
    assert str(action) == text


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("US", "expected NATION VERB"),
        ("US fly", "is not an action"),
        ("US vote 3 yes", "expected a motion such as m3"),
        ("US vote m3 maybe", "'maybe' is not a vote"),
        ("US table hrc policy x 0", "expected a number for x"),
        ("US table hrc coup", "expected a motion kind"),
        ("US threaten hrc everything", "'everything' is not a demand"),
        ("US offer CN pledge", "is not a term"),
        ("US table hrc policy nan 0", "must be a finite number"),
        ("instructor dance", "the instructor can"),
        ("instructor compose flood hrc 1", "TARGET AMOUNT, end_phase"),
        ("instructor compose shock hrc much", "expected a number for the amount"),
        ("US compose shock hrc 0.5", "is not an action"),
        ("CN found finance with RU named", "[named NAME]"),
        ("CN found finance by RU", "expected found AREA"),
    ],
)
def test_bad_text_is_explained(text: str, needle: str) -> None:
    with pytest.raises(ActionSyntaxError) as refused:
        parse_action(text)
    assert needle in syntax_text(refused.value)


def test_every_mistake_the_parser_names_has_its_sentence() -> None:
    """Each code the parser raises is said in words, with the facts it quotes."""
    source = (Path(__file__).resolve().parents[2] / "game" / "engine" / "actions.py").read_text()
    raised = set(re.findall(r'ActionSyntaxError\("(\w+)"', source))
    assert raised == set(SENTENCES)
