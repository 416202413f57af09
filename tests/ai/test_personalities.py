"""Each personality in a small set-up does what its doctrine is known for (Daßler,
Heinkelmann-Wild & Kruck 2024 on voice and exit; Sakwa 2019 on the four globalisms)."""

from __future__ import annotations

from game.ai.heuristic import HeuristicBot
from game.engine import apply, phrase
from game.engine.actions import Cast, Found, Table, Withdraw, parse_action
from game.engine.state import Phase
from game.engine.views import player_view
from game.text.reasons import phrase_text

from .worlds import until, world

# A council run far from Bland's ideal point, and binding on everything it covers.
HOSTILE_COUNCIL = {
    "institutions.council.policy": [1.0, -1.0],
    "institutions.council.intrusiveness": 1.0,
    "institutions.council.breadth": 1.0,
}
HOSTILE_FUND = {
    "institutions.fund.policy": [1.0, -1.0],
    "institutions.fund.intrusiveness": 1.0,
    "institutions.fund.breadth": 1.0,
}


def decide(state, nation):  # type: ignore[no-untyped-def]
    return HeuristicBot(nation).decide(player_view(state, nation))


def test_a_sovereign_power_holding_a_veto_uses_voice_not_exit() -> None:
    settings = {**HOSTILE_COUNCIL, "nations.BB.doctrine": {"sovereign": 1.0}}
    # Aland drags the council's policy further from Bland: Bland vetoes it...
    tabled = (
        parse_action("AA pass"),
        parse_action("BB pass"),
        parse_action("AA table council policy 1 -1"),
    )
    state = until(
        world({**settings, "institutions.council.policy": [0.6, -0.6]}), Phase.vote, "BB", tabled
    )
    ballot = decide(state, "BB")
    assert ballot.action == Cast("BB", 1, "no")
    assert "vetoed" in phrase_text(ballot.explanation.why, state)
    # ...and, holding the veto, it stays in the council that binds it.
    state = until(world(settings), Phase.membership, "BB")
    assert not isinstance(decide(state, "BB").action, Withdraw)


def test_a_mercantilist_power_without_negative_power_leaves_an_intrusive_body() -> None:
    moves = {
        doctrine: decide(
            until(
                world({**HOSTILE_FUND, "nations.BB.doctrine": {doctrine: 1.0}}),
                Phase.membership,
                "BB",
            ),
            "BB",
        ).action
        for doctrine in ("mercantilist", "liberal", "sovereign", "transformative")
    }
    assert moves["mercantilist"] == Withdraw("BB", "fund")
    assert all(
        not isinstance(moves[d], Withdraw) for d in ("liberal", "sovereign", "transformative")
    )


def test_a_liberal_power_proposes_broader_mandates() -> None:
    # The fund is a liberal body whose policy already sits at Aland's ideal point, so its
    # mandate is what is left to move.
    state = until(
        world({"nations.AA.doctrine": {"liberal": 1.0}, "institutions.fund.policy": [0.5, 0.0]}),
        Phase.agenda,
        "AA",
    )
    decision = decide(state, "AA")
    assert isinstance(decision.action, Table)
    assert decision.action.motion.kind == "mandate"
    assert decision.action.motion.x + decision.action.motion.y > 0
    assert dict(decision.explanation.terms)[phrase("doctrine_on_mandate")] > 0


def test_a_rising_power_with_misaligned_votes_founds_a_rival() -> None:
    rising = {
        "nations.BB.doctrine": {"transformative": 1.0},
        "nations.BB.objectives": [],
        "nations.CC.doctrine": {"transformative": 1.0},
        "nations.DD.doctrine": {"transformative": 1.0},
    }
    misaligned = {**rising, "institutions.fund.rule.weights": {"AA": 60, "BB": 2, "CC": 5}}
    state = until(world(misaligned), Phase.agenda, "BB")
    founded = decide(state, "BB")
    assert founded.action == Found("BB", "finance", founded.action.cofounders)  # type: ignore[union-attr]
    assert "trailing its share of power" in phrase_text(founded.explanation.why, state)
    # With votes in line with its power it has no reason to.
    aligned = {**rising, "institutions.fund.rule.weights": {"AA": 30, "BB": 30, "CC": 5}}
    assert not isinstance(decide(until(world(aligned), Phase.agenda, "BB"), "BB").action, Found)


def test_a_pledge_is_kept_or_broken_by_honesty_and_a_broken_one_is_public() -> None:
    # Bland pays Aland for a yes on its council motion, then tables one Aland dislikes.
    deal = [
        "BB offer AA transfer 1 for pledge council",
        "AA accept o1",
        "AA pass",
        "BB pass",
        "AA pass",
        "BB table council policy -0.5 0.3",
    ]
    moves = tuple(parse_action(text) for text in deal)
    ballots = {}
    for honesty in (0.05, 0.95):
        settings = {"nations.AA.ai.honesty": honesty, "institutions.council.veto_holders": []}
        state = until(world(settings), Phase.vote, "AA", moves)
        ballots[honesty] = decide(state, "AA")
    broken, kept = ballots[0.05], ballots[0.95]
    assert broken.action.vote != "yes" and kept.action.vote == "yes"  # type: ignore[union-attr]
    assert "its pledge to Bland" in phrase_text(broken.explanation.why, state)
    assert "its pledge to Bland" in phrase_text(kept.explanation.why, state)
    # Breaking it is public and costs legitimacy, as the model says.
    state = until(world({"institutions.council.veto_holders": []}), Phase.vote, "AA", moves)
    before = state.nation("AA").legitimacy
    for text in ("AA vote m1 no", "BB vote m1 yes"):
        state, events = apply(state, parse_action(text))
    broken_events = [e for e in events if e.kind == "pledge_broken"]
    assert broken_events and broken_events[0].audience is None
    assert state.nation("AA").legitimacy < before
