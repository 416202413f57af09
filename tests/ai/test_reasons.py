"""The AI's reasons are data until shown: phrases (a code and facts, ids and numbers)
that the text layer words in the reader's language. Every code the AI can give has its
message; a whole game's explanations, rendered in the pseudo-language, leave no English
but the scenario's own words; phrases survive JSON (saves, the journal, the wire); and a
save from before phrases still shows its sentences as they were."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any, get_args

from hypothesis import given
from hypothesis import strategies as st

from game.ai.explain import SECRET, explanation_event
from game.engine import (
    VOTES,
    Cast,
    Phrase,
    Table,
    events,
    phrase,
    phrase_data,
    phrase_of,
)
from game.engine.actions import MOTION_KINDS, MotionSpec, TermKind
from game.net.protocol import event_data, event_of
from game.play.record import SavedExplanation
from game.text.language import ENGLISH
from game.text.pseudo import PSEUDO, escaped
from game.text.reasons import COUNTED, SAYS, WITH, explained_text, phrase_text

from ..words import strings
from .worlds import liberal_restraint, play_with

AI = Path(__file__).resolve().parents[2] / "game" / "ai"
KNOWN = set(SAYS) | set(WITH) | set(COUNTED)
STRATEGIC = {
    "US": "hegemony",
    "CN": "domination",
    "RU": "overreach",
    "EU": "concert",
    "IN": "restraint",
}
MIXED = {"US": "heuristic", "CN": "lookahead", "RU": "random", "EU": "easy", "IN": "baseline"}


def codes(said: Phrase) -> set[str]:
    return {said.says}.union(*(codes(p) for p in said.parts()))


def test_every_code_the_ai_writes_has_its_message() -> None:
    """Every phrase the AI's code names (a literal code, or one made from a motion's,
    an offer side's or a vote's kind) is one the text layer words."""
    written: set[str] = set()
    for source in AI.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "phrase"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                written.add(node.args[0].value)
    made = {f"effect_{k}" for k in MOTION_KINDS} | {f"given_{k}" for k in get_args(TermKind)}
    made |= {f"voting_{v}" for v in VOTES}
    assert len(written) > 80
    assert written | made <= KNOWN, sorted((written | made) - KNOWN)


def _games() -> list[tuple[Any, Any, tuple[Any, ...]]]:
    return [
        *play_with(liberal_restraint(), STRATEGIC, seed=5),
        *play_with(liberal_restraint(), MIXED, seed=4),
    ]


def test_a_games_explanations_are_all_messages_in_the_readers_language() -> None:
    """Two whole games (every strategy but bloc, and every level of bot): each
    explanation and each term worded in the pseudo-language leaves nothing lowercase
    but the scenario's own words; in English, English as asked for."""
    own = strings(liberal_restraint().model_dump())
    names = own + [s.rstrip(".") for s in own]  # an aim is quoted without its full stop
    seen: set[str] = set()
    for before, _, happened in _games():
        explained = happened[0]
        assert isinstance(explained, events.Explained)
        seen |= codes(explained.why)
        for term, _ in explained.terms:
            seen |= codes(term)
            assert escaped(phrase_text(term, before, PSEUDO), names) == []
        said = explained_text(explained, before, PSEUDO)
        assert escaped(said, names) == [], said
        english = explained_text(explained, before)
        assert english == explained_text(explained, before, ENGLISH)
        assert english.endswith(".") and not english.startswith(("{", "explained")), english
    assert seen <= KNOWN, sorted(seen - KNOWN)
    # the games touch the kinds of reason: rules, deeds, weighings, leads
    assert {"strategy_rule", "vetoed", "gained", "weighed", "tabled", "passed"} <= seen


def test_an_unknown_code_is_shown_as_it_is_not_as_a_crash() -> None:
    assert phrase_text(phrase("from_a_newer_ai"), liberal_restraint_state()) == "from_a_newer_ai"


def liberal_restraint_state() -> Any:
    from game.engine import start
    from game.scenario.compile import compile_scenario

    return start(compile_scenario(liberal_restraint(), 1))[0]


def test_others_are_told_a_secret_aim_weighed_in_the_phrase_itself() -> None:
    state = liberal_restraint_state()
    aim = phrase("aim", nation="US", aim="Keep the council's mandate narrow")
    why = phrase("explained", deed=phrase("passed", nation="US"), why=phrase("gained", terms=(
        phrase("weighed", size=6.0, term=aim),)))  # fmt: skip
    action = Table("US", "unsc", MotionSpec("mandate", x=-1))
    public = explanation_event(state, action, "US", ((aim, 6.0),), why)
    assert public.terms == ((SECRET, 6.0),)
    assert "aim" not in codes(public.why) and "secret_aim" in codes(public.why)
    said = explained_text(public, state)
    assert "one of its secret aims" in said and "mandate narrow" not in said
    private = explanation_event(state, Cast("US", 1, "no"), "US", ((aim, 6.0),), why)
    assert "its secret aim “Keep the council's mandate narrow”" in explained_text(private, state)


names = st.text(alphabet="abcdefghij_", min_size=1, max_size=8)
leaves = st.one_of(
    st.integers(-1000, 1000),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.text(max_size=12),
    st.booleans(),
)
trees = st.recursive(
    st.builds(
        Phrase, names, st.dictionaries(names, leaves, max_size=3).map(lambda d: tuple(d.items()))
    ),
    lambda inner: st.builds(
        Phrase,
        names,
        st.dictionaries(
            names, st.one_of(leaves, inner, st.lists(inner, max_size=3).map(tuple)), max_size=3
        ).map(lambda d: tuple(d.items())),
    ),
    max_leaves=12,
)


@given(trees)
def test_a_phrase_comes_back_from_json_and_from_the_wire(said: Phrase) -> None:
    assert phrase_of(json.loads(json.dumps(phrase_data(said)))) == said
    explained = events.Explained(
        round=2, seen_by=("US",), nation="US", action="US pass", terms=((said, 0.5),), why=said
    )
    assert event_of(json.loads(json.dumps(event_data(explained)))) == explained


def test_a_damaged_phrase_is_named() -> None:
    for data, problem in (
        ({"facts": {}}, "'says' code"),
        ({"says": "gained", "facts": 3}, "facts"),
        ({"says": "gained", "facts": {"terms": {"x": 1}}}, "gained"),
    ):
        try:
            phrase_of(data)
        except ValueError as error:
            assert problem in str(error)
        else:
            raise AssertionError(data)


def test_an_explanation_saved_before_phrases_shows_its_sentence() -> None:
    old = SavedExplanation(
        index=0, nation="US", terms=[("the policy move", 1.5)], sentence="United States passed."
    )
    why, terms = old.phrases()
    state = liberal_restraint_state()
    assert phrase_text(why, state, PSEUDO) == "United States passed."
    assert [(phrase_text(t, state), v) for t, v in terms] == [("the policy move", 1.5)]
    new = events.Explained(
        round=1,
        nation="US",
        action="US pass",
        terms=((phrase("motion_cost"), -0.2),),
        why=phrase("explained", deed=phrase("passed", nation="US"), why=phrase("almost_nothing")),
    )
    kept = SavedExplanation.of(0, new)
    back = SavedExplanation.model_validate_json(kept.model_dump_json())
    assert back.phrases() == (new.why, new.terms)
    assert (
        phrase_text(new.why, state)
        == "United States passed: it had almost nothing at stake either way."
    )
