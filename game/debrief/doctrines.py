"""Each great power's doctrine in action: the moves it made that fit or betray its
globalism. The rules paraphrase Sakwa (2019) on the four globalisms and Daßler,
Heinkelmann-Wild & Kruck (2024) on negative institutional power and liberal restraint,
after the doctrine table of core-model.md section 2. docs/debrief.md lists the table."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import DOCTRINES, Event, GameState, Motion, Term, events, valuation
from game.text.motions import motion_text
from game.text.names import body_name, definite, nation_name, possessive, tabled_from

from .concepts import _dominant
from .model import DoctrineAct, DoctrineRecord

Steps = list[tuple[GameState, tuple[Event, ...]]]


@dataclass(frozen=True)
class Rule:
    fits: bool
    reason: str


FITS, BETRAYS = True, False

# The kinds of telling move, in words (docs/debrief.md lists them).
ACTS: dict[str, str] = {
    "veto_against_majority": "vetoed a motion a majority voted for",
    "veto": "vetoed a motion without a majority behind it",
    "restraint": "held a veto but let a motion it did not back pass (abstained, or voted yes "
    "though the motion went against its interest)",
    "broaden": "tabled or voted yes on a broader or more intrusive mandate",
    "broaden_security": "the same, in a security body",
    "narrow": "tabled or voted yes on a narrower or less intrusive mandate",
    "narrow_security": "the same, in a security body",
    "exempt_self": "tabled or voted yes on a motion giving itself a veto or an opt-out",
    "leave": "left a body",
    "leave_apex": "left the apex body",
    "join": "joined or rejoined a body",
    "join_apex": "joined or rejoined the apex body",
    "threaten": "threatened to leave a body unless granted a reform (voice)",
    "threaten_veto": "the same, demanding a veto",
    "threaten_reweight": "the same, demanding more voting weight",
    "threaten_opt_out": "the same, demanding an opt-out",
    "threaten_mandate_cut": "the same, demanding a narrower mandate",
    "found": "founded a rival body",
    "opt_out": "took an opt-out from an adopted motion",
    "pledge_kept": "kept a pledge",
    "pledge_broken": "broke a pledge or a guarantee to stay",
    "deal": "struck a deal (an accepted offer)",
}

# act -> doctrine -> whether the act fits it, and why. A move is judged by its most
# specific act that the doctrine lists (leave_apex before leave); an act a doctrine does
# not list is neutral for it and not a telling move.
_NEG = "negative power guards sovereignty"
_GAINS = "a zero-sum power uses its block to guard its own gains"
RULES: dict[str, dict[str, Rule]] = {
    "veto_against_majority": {
        "liberal": Rule(BETRAYS, "a liberal leader that blocks the majority spends the "
                    "order's legitimacy (liberal restraint)"),
        "transformative": Rule(BETRAYS, "it claims to speak for the many, and blocked them"),
        "mercantilist": Rule(FITS, _GAINS),
        "sovereign": Rule(FITS, _NEG + ", even against a majority"),
    },
    "veto": {
        "mercantilist": Rule(FITS, _GAINS),
        "sovereign": Rule(FITS, _NEG),
    },
    "restraint": {
        "liberal": Rule(FITS, "holding back its veto keeps the order it leads legitimate "
                    "(liberal restraint)"),
        "mercantilist": Rule(BETRAYS, "a zero-sum power gave away a block it held"),
        "sovereign": Rule(BETRAYS, "it let pass what its negative power is there to stop"),
    },
    "broaden": {
        "liberal": Rule(FITS, "universal rules and expansive mandates are its model of order"),
        "transformative": Rule(FITS, "broader mandates are the reform it seeks"),
        "mercantilist": Rule(BETRAYS, "it has no patience for multilateral agencies' reach"),
        "sovereign": Rule(BETRAYS, "intrusive mandates erode non-interference"),
    },
    "broaden_security": {
        "sovereign": Rule(FITS, "it backs co-management of security at the UN level"),
    },
    "narrow": {
        "liberal": Rule(BETRAYS, "it cuts back the rules it claims to stand for"),
        "transformative": Rule(BETRAYS, "it narrows mandates it wants broadened"),
        "mercantilist": Rule(FITS, "it trims the reach of multilateral agencies"),
        "sovereign": Rule(FITS, "it guards non-interference, changing practices not principles"),
    },
    "narrow_security": {
        "sovereign": Rule(BETRAYS, "it weakens the security co-management it backs"),
    },
    "exempt_self": {
        "liberal": Rule(BETRAYS, "it seeks exemption from the universal rules it champions"),
        "mercantilist": Rule(FITS, "negative power lets it keep the gains and skip the rules"),
        "sovereign": Rule(FITS, "negative power is the reform it seeks, to guard sovereignty"),
    },
    "leave": {
        "liberal": Rule(BETRAYS, "the order's leader walks out of the rules it claims to be"),
        "mercantilist": Rule(FITS, "a transactional nationalist leaves bodies that do not pay"),
        "sovereign": Rule(BETRAYS, "it seeks co-management from within, not exit"),
    },
    "leave_apex": {
        "sovereign": Rule(BETRAYS, "it is committed to UN-level institutions and does not "
                      "leave them"),
    },
    "join": {
        "liberal": Rule(FITS, "adding members widens the rules-based order"),
    },
    "join_apex": {
        "sovereign": Rule(FITS, "it stands by co-management at the UN level"),
    },
    "threaten": {
        "liberal": Rule(BETRAYS, "the order's leader reforms by adding members and rules, "
                    "not by threats"),
        "mercantilist": Rule(FITS, "the threat of exit is transactional leverage"),
    },
    "threaten_veto": {
        "sovereign": Rule(FITS, "vetoes are the reform it seeks, for co-management"),
    },
    "threaten_reweight": {
        "sovereign": Rule(FITS, "rebalanced weights are the reform it seeks"),
    },
    "threaten_opt_out": {
        "sovereign": Rule(FITS, "an opt-out is negative power that guards sovereignty"),
    },
    "threaten_mandate_cut": {
        "transformative": Rule(BETRAYS, "it demands a narrower mandate though it wants "
                               "broader ones"),
        "sovereign": Rule(FITS, "it changes the body's practices to guard non-interference"),
    },
    "found": {
        "liberal": Rule(BETRAYS, "a rival body splits the single order it claims to be"),
        "transformative": Rule(FITS, "it builds alternatives to remake the order"),
        "sovereign": Rule(FITS, "parallel bodies contest the hegemon's practices, not the "
                      "UN-level order (neo-revisionism)"),
    },
    "opt_out": {
        "liberal": Rule(BETRAYS, "it exempts itself from the universal rules it champions"),
        "mercantilist": Rule(FITS, "it keeps the benefits and sheds the obligation"),
        "sovereign": Rule(FITS, "an opt-out is negative power that guards sovereignty"),
    },
    "pledge_kept": {
        "liberal": Rule(FITS, "a rules-based order rests on commitments kept"),
        "mercantilist": Rule(FITS, "the bilateral deal is its way, and it honoured one"),
    },
    "pledge_broken": {
        "liberal": Rule(BETRAYS, "a rules-based order rests on commitments kept"),
        "mercantilist": Rule(BETRAYS, "the bilateral deal is its way, and it reneged on one"),
    },
    "deal": {
        "mercantilist": Rule(FITS, "bilateral deals are its way of doing business"),
    },
}  # fmt: skip

# How the summary names a power of each doctrine (Sakwa's four globalisms).
LABELS = {
    "liberal": "a liberal internationalist",
    "transformative": "a transformative internationalist",
    "mercantilist": "a mercantilist nationalist",
    "sovereign": "a sovereign internationalist",
}

GLOBALISMS = {
    "liberal": "liberal internationalism",
    "transformative": "transformative internationalism",
    "mercantilist": "mercantilist nationalism",
    "sovereign": "sovereign internationalism",
}

DEMANDS = {
    "veto": "a veto",
    "opt_out": "an opt-out",
    "mandate_cut": "a narrower mandate",
    "reweight": "more voting weight",
}


@dataclass(frozen=True)
class Move:
    """Something a nation did that may tell of its doctrine."""

    nation: str
    round: int
    acts: tuple[str, ...]  # the most specific first
    deed: str  # what it did, after its name: "left New Development Bank"


def judge(move: Move, state: GameState) -> tuple[str, Rule] | None:
    """The nation's dominant doctrine in the state, and the rule its move meets, if any."""
    doctrine = DOCTRINES[_dominant(state, move.nation)]
    rule = next((RULES[a][doctrine] for a in move.acts if doctrine in RULES[a]), None)
    return (doctrine, rule) if rule else None


def doctrines_in_action(steps: Steps, great_powers: list[str]) -> list[DoctrineRecord]:
    """For each great power, its telling moves in round order, each judged by the doctrine
    that was dominant for it just after the move, and a sentence summing them up."""
    found: dict[str, list[tuple[str, DoctrineAct]]] = {g: [] for g in great_powers}
    left: set[tuple[str, str]] = set()
    backed: set[tuple[str, int]] = set()  # (nation, motion): a tabler's yes is no new move
    for after, happened in steps:
        for event in happened:
            for move in _moves(event, after, left, backed):
                verdict = judge(move, after) if move.nation in found else None
                if verdict is None:
                    continue
                doctrine, rule = verdict
                name = nation_name(after, move.nation)
                acts = found[move.nation]
                # The same move made again (an opt-out tabled every round) is one telling
                # move, made in several rounds.
                same = next(
                    (
                        i
                        for i, (deed, act) in enumerate(acts)
                        if deed == move.deed and act.doctrine == doctrine
                    ),
                    None,
                )
                if same is not None:
                    deed, act = acts[same]
                    if move.round not in act.rounds:
                        rounds = [*act.rounds, move.round]
                        acts[same] = (deed, act.model_copy(update={"rounds": rounds}))
                    continue
                act = DoctrineAct(
                    round=move.round,
                    rounds=[move.round],
                    text=f"{name} {move.deed}",
                    doctrine=doctrine,
                    fits=rule.fits,
                    reason=rule.reason,
                )
                acts.append((move.deed, act))
            if isinstance(event, events.NationWithdrew):
                left.add((event.nation, event.body))
    final = steps[-1][0]
    records = []
    for nation in great_powers:
        name = nation_name(final, nation)
        doctrine = DOCTRINES[_dominant(final, nation)]
        records.append(
            DoctrineRecord(
                id=nation,
                name=name,
                doctrine=doctrine,
                acts=[act for _, act in found[nation]],
                summary=summary(name, doctrine, found[nation]),
            )
        )
    return records


def summary(name: str, doctrine: str, acts: list[tuple[str, DoctrineAct]]) -> str:
    """One sentence: how many telling moves fit, and the first that betrayed it."""
    if not acts:
        return (
            f"{name} made no telling moves: nothing it did showed its "
            f"{GLOBALISMS[doctrine]} or betrayed it."
        )
    fitting = sum(act.fits for _, act in acts)
    moves = f"{len(acts)} telling move{'s' if len(acts) > 1 else ''}"
    held = list(dict.fromkeys(act.doctrine for _, act in acts))
    # Each move was judged by the doctrine dominant at the time, which may not be its last.
    if held == [doctrine]:
        text = f"{name} acted as {LABELS[doctrine]} in {fitting} of {moves}"
    elif len(held) == 1:
        text = (
            f"{name} acted as {LABELS[held[0]]}, its doctrine then ({doctrine} by the end), in "
            f"{fitting} of {moves}"
        )
    else:
        text = (
            f"{name} kept to the doctrine it held at the time ({', then '.join(held)}) in "
            f"{fitting} of {moves}"
        )
    betrayals = [(deed, act) for deed, act in acts if not act.fits]
    if not betrayals:
        return f"{text}; it never betrayed it."
    deed, first = betrayals[0]
    more = len(betrayals) - 1
    again = f", and {more} more time{'s' if more > 1 else ''}" if more else ""
    return f"{text}; it betrayed its doctrine in round {first.round}, when it {deed}{again}."


# ---------------------------------------------------------------- moves from events


def _moves(
    event: Event,
    state: GameState,
    left: set[tuple[str, str]],
    backed: set[tuple[str, int]],
) -> list[Move]:
    r = event.round
    match event:
        case events.VetoCast(nation=nation, motion=number, against_majority=against):
            motion = state.motion(number)
            deed = f"vetoed the motion in {body_name(state, motion.body)} to "
            deed += _motion(motion, state)
            if against:
                return [Move(nation, r, ("veto_against_majority",), f"{deed}, against a majority")]
            return [Move(nation, r, ("veto",), deed)]
        # a motion a scenario event tables is not its sponsor's choice
        case events.MotionTabled(sponsor=str(sponsor), motion=number, scripted=None):
            motion = state.motion(number)
            acts = _motion_acts(motion, sponsor, state)
            if not acts:
                return []
            backed.add((sponsor, motion.id))
            where, what = body_name(state, motion.body), _motion(motion, state, sponsor)
            return [Move(sponsor, r, acts, f"tabled a motion in {where} to {what}")]
        case events.BallotsRevealed():
            return _ballot_moves(event, state, backed)
        case events.NationWithdrew(nation=nation, body=body, mode=mode):
            how = " and worked against it from outside" if mode == "rollback" else ""
            acts = ("leave_apex", "leave") if _apex(state, body) else ("leave",)
            return [Move(nation, r, acts, f"left {body_name(state, body)}{how}")]
        case events.NationJoined(nation=nation, body=body):
            verb = "rejoined" if (nation, body) in left else "joined"
            acts = ("join_apex", "join") if _apex(state, body) else ("join",)
            return [Move(nation, r, acts, f"{verb} {body_name(state, body)}")]
        case events.ThreatMade(nation=nation, body=body, demand=demand):
            asked = DEMANDS.get(demand, demand)
            deed = f"threatened to leave {body_name(state, body)} unless granted {asked}"
            return [Move(nation, r, (f"threaten_{demand}", "threaten"), deed)]
        case events.InstitutionFounded(founder=founder, body=body, area=area):
            named = definite(body_name(state, body))
            deed = f"founded {named}, a rival body for {area.replace('_', ' ')}"
            return [Move(founder, r, ("found",), deed)]
        case events.OptedOut(nation=nation, motion=number):
            motion = state.motion(number)
            where, what = body_name(state, motion.body), _motion(motion, state)
            return [
                Move(nation, r, ("opt_out",), f"opted out of the decision in {where} to {what}")
            ]
        case events.PledgeBroken(nation=nation, to=to, motion=None, body=str(body)):
            # a guarantee to stay in a body
            deed = f"broke its guarantee to {nation_name(state, to)} to stay in "
            return [Move(nation, r, (event.kind,), deed + body_name(state, body))]
        case (
            events.PledgeKept(nation=nation, to=to, motion=number)
            | events.PledgeBroken(nation=nation, to=to, motion=int(number))
        ):
            motion = state.motion(number)
            verb = "kept" if isinstance(event, events.PledgeKept) else "broke"
            deed = (
                f"{verb} its pledge to {nation_name(state, to)} to vote for its motion in "
                f"{body_name(state, motion.body)}"
            )
            return [Move(nation, r, (event.kind,), deed)]
        case events.OfferAccepted():
            return _deal_moves(event, state)
    return []


def _apex(state: GameState, body: str) -> bool:
    return state.has_body(body) and state.body(body).tier == "apex"


def _motion_acts(motion: Motion, nation: str, state: GameState) -> tuple[str, ...]:
    """What backing the motion tells of the nation: exempt_self, or broaden or narrow
    (the security act first in a security body); a mandate motion that widens one
    dimension and narrows the other tells nothing."""
    spec = motion.spec
    if spec.kind in ("add_veto", "opt_out") and spec.nation == nation:
        return ("exempt_self",)
    if spec.kind != "mandate" or (spec.x == 0 and spec.y == 0):
        return ()
    if spec.x >= 0 and spec.y >= 0:
        act = "broaden"
    elif spec.x <= 0 and spec.y <= 0:
        act = "narrow"
    else:
        return ()
    security = state.has_body(motion.body) and state.body(motion.body).area == "security"
    return (f"{act}_security", act) if security else (act,)


def _ballot_moves(
    event: events.BallotsRevealed, state: GameState, backed: set[tuple[str, int]]
) -> list[Move]:
    """Yes votes on mandate changes or on its own exemption, and veto holders who let an
    adopted motion pass that they did not back."""
    motion = state.motion(event.motion)
    ballots = dict(event.ballots)
    where, what = body_name(state, motion.body), _motion(motion, state)
    moves = []
    for nation, vote in ballots.items():
        acts = _motion_acts(motion, nation, state)
        if acts and vote == "yes" and (nation, motion.id) not in backed:
            backed.add((nation, motion.id))
            mine = _motion(motion, state, nation)
            moves.append(Move(nation, event.round, acts, f"voted in {where} to {mine}"))
    if event.result != "adopted":
        return moves
    before = motion.previous or state.body(motion.body)  # the vetoes it was voted under
    tau = float(state.params.vote.tau)
    for nation in before.vetoes:
        cast = ballots.get(nation)
        if cast == "abstain":
            deed = f"held back its veto and abstained as {where} decided to {what}"
        elif cast == "yes" and state.has_nation(nation) and _against(state, motion, nation, tau):
            deed = f"held back its veto and voted, against its own interest, for {where} to {what}"
        else:
            continue
        moves.append(Move(nation, event.round, ("restraint",), deed))
    return moves


def _against(state: GameState, motion: Motion, nation: str, tau: float) -> bool:
    """Whether the adopted motion was worth so little to the nation that the vote rule
    would have had it vote no."""
    me = state.nation(nation)
    return valuation.adopted_value(state, motion, me.ideal, me.doctrine, nation) < -tau


def _deal_moves(event: events.OfferAccepted, state: GameState) -> list[Move]:
    """An accepted offer is a deal struck by both its parties."""
    offer = next((o for o in state.offers if o.id == event.offer), None)
    if offer is None:
        return []
    sender, receiver = nation_name(state, offer.sender), nation_name(state, offer.receiver)
    terms = f"{sender} {_term(offer.give, receiver, state)}"
    if offer.ask:
        terms += f" and {receiver} {_term(offer.ask, sender, state)}"
    return [
        Move(offer.sender, event.round, ("deal",), f"struck a deal with {receiver}: {terms}"),
        Move(offer.receiver, event.round, ("deal",), f"struck a deal with {sender}: {terms}"),
    ]


def _motion(motion: Motion, state: GameState, backer: str | None = None) -> str:
    """The motion as what it would do: 'move its policy a little toward open markets',
    'give itself a veto' (when the backer is the one it names)."""
    spec = motion.spec
    if backer is not None and spec.nation == backer and spec.kind in ("add_veto", "opt_out"):
        return "give itself " + ("a veto" if spec.kind == "add_veto" else "an opt-out")
    return motion_text(spec, state, motion.body, tabled_from(state, motion.id))


def _term(term: Term, other: str, state: GameState) -> str:
    if term.kind == "pledge":
        return f"pledges its vote in {body_name(state, term.body)}"
    if term.kind == "transfer":
        return f"pays {term.amount or 0:g} capital"
    if term.kind == "guarantee":
        return f"guarantees to stay in {body_name(state, term.body)}"
    return f"recognises {possessive(other)} model of order"
