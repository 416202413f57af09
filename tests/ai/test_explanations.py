"""Every AI move carries its explanation: terms, and a phrase that, worded, names each
term and says in words, not numbers, how much it weighed; explanations go into the save
and come back out of `replay --explain`."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from game.cli import main
from game.engine.actions import parse_action
from game.play.record import load_save
from game.text.amounts import size_words
from game.text.reasons import explained_text, phrase_text

from .worlds import LIBERAL_RESTRAINT, liberal_restraint, play_with

SEATS = {"US": "heuristic", "CN": "lookahead", "RU": "random", "EU": "easy", "IN": "baseline"}


@pytest.fixture(scope="module")
def game():  # type: ignore[no-untyped-def]
    return play_with(liberal_restraint(), SEATS, seed=3)


def test_every_move_leads_its_events_with_its_explanation(game) -> None:  # type: ignore[no-untyped-def]
    for before, action, events in game:
        first = events[0]
        assert first.kind == "explained"
        assert first.get("nation") == action.nation and first.get("action") == str(action)
        sentence = explained_text(first, before)
        assert sentence.startswith(_name(action.nation)), sentence
    kinds = Counter(type(a).__name__ for _, a, _ in game)
    assert {"Cast", "Table", "Pass"} <= set(kinds)


def test_each_sentence_weighs_its_terms_in_words(game) -> None:  # type: ignore[no-untyped-def]
    """Every term is named with the size of its weight in words, and no score is printed
    (a figure a name or a term carries, such as a year or 'by 0.12', may stay)."""
    checked = 0
    for before, _, events in game:
        explained = events[0]
        sentence, terms = explained_text(explained, before), explained.get("terms")
        assert not re.search(r"\([+-]?\d+\.\d+\)", sentence), sentence
        total = sum(v for _, v in terms)
        if ": its rule of thumb" in sentence:  # foresight: says what it played out instead
            assert "imagined futures" in sentence and " by " in sentence, sentence
            continue
        for term, value in terms:
            name = phrase_text(term, before)
            assert name in sentence, (name, sentence)
            if (value > 0) == (total >= 0):
                said = f"{size_words(value)} from {name}"
                assert said in sentence, (name, value, sentence)
        checked += bool(terms)
    assert checked > 100


def test_ballot_reasons_stay_private_until_the_reveal(game) -> None:  # type: ignore[no-untyped-def]
    for _, action, events in game:
        if type(action).__name__ == "Cast":
            assert events[0].audience == (action.nation,)
        if type(action).__name__ in ("Table", "Withdraw", "Join", "Found", "Threaten"):
            assert events[0].audience is None


def test_others_learn_a_secret_aim_weighed_never_which(game) -> None:  # type: ignore[no-untyped-def]
    aims = [o.text.rstrip(".") for n in liberal_restraint().nations for o in n.objectives if o.text]
    assert aims
    told = 0
    for before, action, events in game:
        explained = events[0]
        if explained.audience == (action.nation,):
            continue  # its own eyes only
        terms = " ".join(phrase_text(t, before) for t, _ in explained.get("terms"))
        said = explained_text(explained, before) + terms
        assert not any(aim.lower() in said.lower() for aim in aims), said
        told += "one of its secret aims" in said
    assert told  # the reason is still there, only not named


def _name(nation: str) -> str:
    return {
        "US": "United States",
        "CN": "China",
        "RU": "Russia",
        "EU": "European Union",
        "IN": "India",
    }[nation]


def test_a_saved_ai_game_replays_with_every_explanation(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    save = tmp_path / "game.json"
    status = main(
        ["play", "--headless", str(LIBERAL_RESTRAINT), "--ai", "heuristic", "--ai", "RU=random",
         "--seed", "2", "--save", str(save)]
    )  # fmt: skip
    assert status == 0
    capsys.readouterr()
    _, _, actions, _, steps = load_save(save)
    explained = [events[0] for _, events in steps[1:]]
    assert all(e.kind == "explained" for e in explained)
    assert [e.get("action") for e in explained] == actions
    assert [str(parse_action(a)) for a in actions] == actions
    assert main(["replay", str(save), "--explain"]) == 0
    printed = [
        line for line in capsys.readouterr().out.splitlines() if line.startswith("    why: ")
    ]
    assert len(printed) == len(actions)
    assert printed[0].removeprefix("    why: ") == explained_text(explained[0], steps[1][0])


def test_a_save_whose_explanations_do_not_fit_its_log_is_refused(tmp_path: Path) -> None:
    import json

    from game.play.record import SaveError

    save = tmp_path / "game.json"
    assert (
        main(
            ["play", "--headless", str(LIBERAL_RESTRAINT), "--ai", "heuristic", "--save", str(save)]
        )
        == 0
    )
    data = json.loads(save.read_text())
    data["explanations"][-1]["index"] = len(data["actions"]) + 5
    save.write_text(json.dumps(data))
    with pytest.raises(SaveError, match="explanation of action"):
        load_save(save)
