"""Each great power's doctrine in action: the moves it made that fit or betray its
globalism. The rules paraphrase Sakwa (2019) on the four globalisms and Daßler,
Heinkelmann-Wild & Kruck (2024) on negative institutional power and liberal restraint,
after the doctrine table of core-model.md section 2. docs/debrief.md lists the table.

Every sentence is made in the language given (`lang`): the tables below hold message ids,
said where a move is judged."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import DOCTRINES, Event, GameState, Motion, Term, events, valuation
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.motions import motion_text
from game.text.names import body_name, definite, nation_name, tabled_from
from game.text.policy import area_named

from .concepts import _dominant
from .model import DoctrineAct, DoctrineRecord

Steps = list[tuple[GameState, tuple[Event, ...]]]


@dataclass(frozen=True)
class Rule:
    fits: bool
    reason: str  # a message id


FITS, BETRAYS = True, False

# The kinds of telling move, in words (docs/debrief.md lists them).
ACTS: dict[str, str] = {
    "veto_against_majority": N_("vetoed a motion a majority voted for"),
    "veto": N_("vetoed a motion without a majority behind it"),
    "restraint": N_(
        "held a veto but let a motion it did not back pass (abstained, or voted yes "
        "though the motion went against its interest)"
    ),
    "broaden": N_("tabled or voted yes on a broader or more intrusive mandate"),
    "broaden_security": N_("the same, in a security body"),
    "narrow": N_("tabled or voted yes on a narrower or less intrusive mandate"),
    "narrow_security": N_("the same, in a security body"),
    "exempt_self": N_("tabled or voted yes on a motion giving itself a veto or an opt-out"),
    "leave": N_("left a body"),
    "leave_apex": N_("left the apex body"),
    "join": N_("joined or rejoined a body"),
    "join_apex": N_("joined or rejoined the apex body"),
    "threaten": N_("threatened to leave a body unless granted a reform (voice)"),
    "threaten_veto": N_("the same, demanding a veto"),
    "threaten_reweight": N_("the same, demanding more voting weight"),
    "threaten_opt_out": N_("the same, demanding an opt-out"),
    "threaten_mandate_cut": N_("the same, demanding a narrower mandate"),
    "found": N_("founded a rival body"),
    "opt_out": N_("took an opt-out from an adopted motion"),
    "pledge_kept": N_("kept a pledge"),
    "pledge_broken": N_("broke a pledge or a guarantee to stay"),
    "deal": N_("struck a deal (an accepted offer)"),
}

# act -> doctrine -> whether the act fits it, and why. A move is judged by its most
# specific act that the doctrine lists (leave_apex before leave); an act a doctrine does
# not list is neutral for it and not a telling move.
_NEG = N_("negative power guards sovereignty")
_NEG_MAJORITY = N_("negative power guards sovereignty, even against a majority")
_GAINS = N_("a zero-sum power uses its block to guard its own gains")
_OPT_OUT = N_("an opt-out is negative power that guards sovereignty")
_KEPT = N_("a rules-based order rests on commitments kept")
RULES: dict[str, dict[str, Rule]] = {
    "veto_against_majority": {
        "liberal": Rule(BETRAYS, N_("a liberal leader that blocks the majority spends the "
                    "order's legitimacy (liberal restraint)")),
        "transformative": Rule(BETRAYS, N_("it claims to speak for the many, and blocked them")),
        "mercantilist": Rule(FITS, _GAINS),
        "sovereign": Rule(FITS, _NEG_MAJORITY),
    },
    "veto": {
        "mercantilist": Rule(FITS, _GAINS),
        "sovereign": Rule(FITS, _NEG),
    },
    "restraint": {
        "liberal": Rule(FITS, N_("holding back its veto keeps the order it leads legitimate "
                    "(liberal restraint)")),
        "mercantilist": Rule(BETRAYS, N_("a zero-sum power gave away a block it held")),
        "sovereign": Rule(BETRAYS, N_("it let pass what its negative power is there to stop")),
    },
    "broaden": {
        "liberal": Rule(FITS, N_("universal rules and expansive mandates are its model of "
                    "order")),
        "transformative": Rule(FITS, N_("broader mandates are the reform it seeks")),
        "mercantilist": Rule(BETRAYS, N_("it has no patience for multilateral agencies' "
                             "reach")),
        "sovereign": Rule(BETRAYS, N_("intrusive mandates erode non-interference")),
    },
    "broaden_security": {
        "sovereign": Rule(FITS, N_("it backs co-management of security at the UN level")),
    },
    "narrow": {
        "liberal": Rule(BETRAYS, N_("it cuts back the rules it claims to stand for")),
        "transformative": Rule(BETRAYS, N_("it narrows mandates it wants broadened")),
        "mercantilist": Rule(FITS, N_("it trims the reach of multilateral agencies")),
        "sovereign": Rule(FITS, N_("it guards non-interference, changing practices not "
                      "principles")),
    },
    "narrow_security": {
        "sovereign": Rule(BETRAYS, N_("it weakens the security co-management it backs")),
    },
    "exempt_self": {
        "liberal": Rule(BETRAYS, N_("it seeks exemption from the universal rules it "
                    "champions")),
        "mercantilist": Rule(FITS, N_("negative power lets it keep the gains and skip the "
                         "rules")),
        "sovereign": Rule(FITS, N_("negative power is the reform it seeks, to guard "
                      "sovereignty")),
    },
    "leave": {
        "liberal": Rule(BETRAYS, N_("the order's leader walks out of the rules it claims to "
                    "be")),
        "mercantilist": Rule(FITS, N_("a transactional nationalist leaves bodies that do not "
                         "pay")),
        "sovereign": Rule(BETRAYS, N_("it seeks co-management from within, not exit")),
    },
    "leave_apex": {
        "sovereign": Rule(BETRAYS, N_("it is committed to UN-level institutions and does not "
                      "leave them")),
    },
    "join": {
        "liberal": Rule(FITS, N_("adding members widens the rules-based order")),
    },
    "join_apex": {
        "sovereign": Rule(FITS, N_("it stands by co-management at the UN level")),
    },
    "threaten": {
        "liberal": Rule(BETRAYS, N_("the order's leader reforms by adding members and rules, "
                    "not by threats")),
        "mercantilist": Rule(FITS, N_("the threat of exit is transactional leverage")),
    },
    "threaten_veto": {
        "sovereign": Rule(FITS, N_("vetoes are the reform it seeks, for co-management")),
    },
    "threaten_reweight": {
        "sovereign": Rule(FITS, N_("rebalanced weights are the reform it seeks")),
    },
    "threaten_opt_out": {
        "sovereign": Rule(FITS, _OPT_OUT),
    },
    "threaten_mandate_cut": {
        "transformative": Rule(BETRAYS, N_("it demands a narrower mandate though it wants "
                               "broader ones")),
        "sovereign": Rule(FITS, N_("it changes the body's practices to guard "
                      "non-interference")),
    },
    "found": {
        "liberal": Rule(BETRAYS, N_("a rival body splits the single order it claims to be")),
        "transformative": Rule(FITS, N_("it builds alternatives to remake the order")),
        "sovereign": Rule(FITS, N_("parallel bodies contest the hegemon's practices, not the "
                      "UN-level order (neo-revisionism)")),
    },
    "opt_out": {
        "liberal": Rule(BETRAYS, N_("it exempts itself from the universal rules it champions")),
        "mercantilist": Rule(FITS, N_("it keeps the benefits and sheds the obligation")),
        "sovereign": Rule(FITS, _OPT_OUT),
    },
    "pledge_kept": {
        "liberal": Rule(FITS, _KEPT),
        "mercantilist": Rule(FITS, N_("the bilateral deal is its way, and it honoured one")),
    },
    "pledge_broken": {
        "liberal": Rule(BETRAYS, _KEPT),
        "mercantilist": Rule(BETRAYS, N_("the bilateral deal is its way, and it reneged on "
                             "one")),
    },
    "deal": {
        "mercantilist": Rule(FITS, N_("bilateral deals are its way of doing business")),
    },
}  # fmt: skip

# The four models of order a doctrine mixes (engine/world.py's DOCTRINES), as a word.
DOCTRINE_WORDS = {
    "liberal": N_("liberal"),
    "transformative": N_("transformative"),
    "mercantilist": N_("mercantilist"),
    "sovereign": N_("sovereign"),
}

# How the summary names a power of each doctrine (Sakwa's four globalisms).
LABELS = {
    "liberal": N_("a liberal internationalist"),
    "transformative": N_("a transformative internationalist"),
    "mercantilist": N_("a mercantilist nationalist"),
    "sovereign": N_("a sovereign internationalist"),
}

# The summary of a power that made no telling move, by its doctrine.
NO_MOVES = {
    "liberal": N_(
        "{nation} made no telling moves: nothing it did showed its liberal internationalism "
        "or betrayed it."
    ),
    "transformative": N_(
        "{nation} made no telling moves: nothing it did showed its transformative "
        "internationalism or betrayed it."
    ),
    "mercantilist": N_(
        "{nation} made no telling moves: nothing it did showed its mercantilist nationalism "
        "or betrayed it."
    ),
    "sovereign": N_(
        "{nation} made no telling moves: nothing it did showed its sovereign "
        "internationalism or betrayed it."
    ),
}

# A threat, by what it demands (engine actions.DEMANDS).
THREATS = {
    "veto": N_("threatened to leave {body} unless granted a veto"),
    "opt_out": N_("threatened to leave {body} unless granted an opt-out"),
    "mandate_cut": N_("threatened to leave {body} unless granted a narrower mandate"),
    "reweight": N_("threatened to leave {body} unless granted more voting weight"),
}
THREAT_UNKNOWN = N_("threatened to leave {body} unless granted {demand}")


def doctrine_word(doctrine: str, lang: Language = ENGLISH) -> str:
    """A doctrine's code as a word ('liberal'); one the table does not know, as it is."""
    return lang.text(DOCTRINE_WORDS[doctrine]) if doctrine in DOCTRINE_WORDS else doctrine


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


def doctrines_in_action(
    steps: Steps, great_powers: list[str], lang: Language = ENGLISH
) -> list[DoctrineRecord]:
    """For each great power, its telling moves in round order, each judged by the doctrine
    that was dominant for it just after the move, and a sentence summing them up (in
    `lang`)."""
    found: dict[str, list[tuple[str, DoctrineAct]]] = {g: [] for g in great_powers}
    left: set[tuple[str, str]] = set()
    backed: set[tuple[str, int]] = set()  # (nation, motion): a tabler's yes is no new move
    for after, happened in steps:
        for event in happened:
            for move in _moves(event, after, left, backed, lang):
                verdict = judge(move, after) if move.nation in found else None
                if verdict is None:
                    continue
                doctrine, rule = verdict
                name = nation_name(after, move.nation, lang)
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
                    text=lang.text(N_("{nation} {deed}"), nation=name, deed=move.deed),
                    doctrine=doctrine,
                    fits=rule.fits,
                    reason=lang.text(rule.reason),
                )
                acts.append((move.deed, act))
            if isinstance(event, events.NationWithdrew):
                left.add((event.nation, event.body))
    final = steps[-1][0]
    records = []
    for nation in great_powers:
        name = nation_name(final, nation, lang)
        doctrine = DOCTRINES[_dominant(final, nation)]
        records.append(
            DoctrineRecord(
                id=nation,
                name=name,
                doctrine=doctrine,
                acts=[act for _, act in found[nation]],
                summary=summary(name, doctrine, found[nation], lang),
            )
        )
    return records


def summary(
    name: str, doctrine: str, acts: list[tuple[str, DoctrineAct]], lang: Language = ENGLISH
) -> str:
    """One sentence: how many telling moves fit, and the first that betrayed it."""
    if not acts:
        if doctrine in NO_MOVES:
            return lang.text(NO_MOVES[doctrine], nation=name)
        return lang.text(
            N_(
                "{nation} made no telling moves: nothing it did showed its doctrine or betrayed it."
            ),
            nation=name,
        )
    fitting = lang.number(sum(act.fits for _, act in acts), 0)
    moves = lang.plural(Np_("{count} telling move", "{count} telling moves"), len(acts))
    held = list(dict.fromkeys(act.doctrine for _, act in acts))
    # Each move was judged by the doctrine dominant at the time, which may not be its last.
    if held == [doctrine]:
        text = lang.text(
            N_("{nation} acted as {label} in {fitting} of {moves}"),
            nation=name,
            label=_label(doctrine, lang),
            fitting=fitting,
            moves=moves,
        )
    elif len(held) == 1:
        text = lang.text(
            N_("{nation} acted as {label}, its doctrine then ({doctrine} by the end), in "
               "{fitting} of {moves}"),
            nation=name,
            label=_label(held[0], lang),
            doctrine=doctrine_word(doctrine, lang),
            fitting=fitting,
            moves=moves,
        )  # fmt: skip
    else:
        words = [doctrine_word(d, lang) for d in held]
        then = words[0]
        for word in words[1:]:
            then = lang.text(N_("{doctrines}, then {doctrine}"), doctrines=then, doctrine=word)
        text = lang.text(
            N_("{nation} kept to the doctrine it held at the time ({doctrines}) in {fitting} "
               "of {moves}"),
            nation=name,
            doctrines=then,
            fitting=fitting,
            moves=moves,
        )  # fmt: skip
    betrayals = [(deed, act) for deed, act in acts if not act.fits]
    if not betrayals:
        return lang.text(N_("{summary}; it never betrayed it."), summary=text)
    deed, first = betrayals[0]
    more = len(betrayals) - 1
    when = lang.number(first.round, 0)
    if not more:
        return lang.text(
            N_("{summary}; it betrayed its doctrine in round {round}, when it {deed}."),
            summary=text,
            round=when,
            deed=deed,
        )
    return lang.plural(
        Np_(
            "{summary}; it betrayed its doctrine in round {round}, when it {deed}, and {count} "
            "more time.",
            "{summary}; it betrayed its doctrine in round {round}, when it {deed}, and {count} "
            "more times.",
        ),
        more,
        summary=text,
        round=when,
        deed=deed,
    )  # fmt: skip


def _label(doctrine: str, lang: Language) -> str:
    return lang.text(LABELS[doctrine]) if doctrine in LABELS else doctrine


# ---------------------------------------------------------------- moves from events


def _moves(
    event: Event,
    state: GameState,
    left: set[tuple[str, str]],
    backed: set[tuple[str, int]],
    lang: Language = ENGLISH,
) -> list[Move]:
    """The telling moves an event shows, each deed said in `lang`."""
    r = event.round

    def body(body_id: str) -> str:
        return body_name(state, body_id, lang)

    def said(who: str, message: str, /, **values: str) -> str:
        """A deed of `who`'s, its verb agreeing with it where the language's does."""
        return lang.text(message, subject=nation_name(state, who, lang), **values)

    match event:
        case events.VetoCast(nation=nation, motion=number, against_majority=against):
            motion = state.motion(number)
            where, what = body(motion.body), _motion(motion, state, None, lang)
            if against:
                deed = said(
                    nation,
                    N_("vetoed the motion in {body} to {motion}, against a majority"),
                    body=where,
                    motion=what,
                )
                return [Move(nation, r, ("veto_against_majority",), deed)]
            deed = said(
                nation, N_("vetoed the motion in {body} to {motion}"), body=where, motion=what
            )
            return [Move(nation, r, ("veto",), deed)]
        # a motion a scenario event tables is not its sponsor's choice
        case events.MotionTabled(sponsor=str(sponsor), motion=number, scripted=None):
            motion = state.motion(number)
            acts = _motion_acts(motion, sponsor, state)
            if not acts:
                return []
            backed.add((sponsor, motion.id))
            deed = said(
                sponsor,
                N_("tabled a motion in {body} to {motion}"),
                body=body(motion.body),
                motion=_motion(motion, state, sponsor, lang),
            )
            return [Move(sponsor, r, acts, deed)]
        case events.BallotsRevealed():
            return _ballot_moves(event, state, backed, lang)
        case events.NationWithdrew(nation=nation, body=body_id, mode=mode):
            if mode == "rollback":
                deed = said(
                    nation, N_("left {body} and worked against it from outside"), body=body(body_id)
                )
            else:
                deed = said(nation, N_("left {body}"), body=body(body_id))
            acts = ("leave_apex", "leave") if _apex(state, body_id) else ("leave",)
            return [Move(nation, r, acts, deed)]
        case events.NationJoined(nation=nation, body=body_id):
            if (nation, body_id) in left:
                deed = said(nation, N_("rejoined {body}"), body=body(body_id))
            else:
                deed = said(nation, N_("joined {body}"), body=body(body_id))
            acts = ("join_apex", "join") if _apex(state, body_id) else ("join",)
            return [Move(nation, r, acts, deed)]
        case events.ThreatMade(nation=nation, body=body_id, demand=demand):
            if demand in THREATS:
                deed = said(nation, THREATS[demand], body=body(body_id))
            else:
                deed = said(nation, THREAT_UNKNOWN, body=body(body_id), demand=demand)
            return [Move(nation, r, (f"threaten_{demand}", "threaten"), deed)]
        case events.InstitutionFounded(founder=founder, body=body_id, area=area):
            deed = said(
                founder,
                N_("founded {body}, a rival body for {area}"),
                body=definite(body(body_id), lang),
                area=area_named(area, lang),
            )
            return [Move(founder, r, ("found",), deed)]
        case events.OptedOut(nation=nation, motion=number):
            motion = state.motion(number)
            deed = said(
                nation,
                N_("opted out of the decision in {body} to {motion}"),
                body=body(motion.body),
                motion=_motion(motion, state, None, lang),
            )
            return [Move(nation, r, ("opt_out",), deed)]
        case events.PledgeBroken(nation=nation, to=to, motion=None, body=str(body_id)):
            # a guarantee to stay in a body
            deed = said(
                nation,
                N_("broke its guarantee to {nation} to stay in {body}"),
                nation=nation_name(state, to, lang),
                body=body(body_id),
            )
            return [Move(nation, r, (event.kind,), deed)]
        case (
            events.PledgeKept(nation=nation, to=to, motion=number)
            | events.PledgeBroken(nation=nation, to=to, motion=int(number))
        ):
            motion = state.motion(number)
            if isinstance(event, events.PledgeKept):
                pledge = N_("kept its pledge to {nation} to vote for its motion in {body}")
            else:
                pledge = N_("broke its pledge to {nation} to vote for its motion in {body}")
            deed = said(nation, pledge, nation=nation_name(state, to, lang), body=body(motion.body))
            return [Move(nation, r, (event.kind,), deed)]
        case events.OfferAccepted():
            return _deal_moves(event, state, lang)
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
    event: events.BallotsRevealed,
    state: GameState,
    backed: set[tuple[str, int]],
    lang: Language = ENGLISH,
) -> list[Move]:
    """Yes votes on mandate changes or on its own exemption, and veto holders who let an
    adopted motion pass that they did not back."""
    motion = state.motion(event.motion)
    ballots = dict(event.ballots)
    where, what = body_name(state, motion.body, lang), _motion(motion, state, None, lang)
    moves = []
    for nation, vote in ballots.items():
        acts = _motion_acts(motion, nation, state)
        if acts and vote == "yes" and (nation, motion.id) not in backed:
            backed.add((nation, motion.id))
            mine = _motion(motion, state, nation, lang)
            deed = lang.text(
                N_("voted in {body} to {motion}"),
                body=where,
                motion=mine,
                subject=nation_name(state, nation, lang),
            )
            moves.append(Move(nation, event.round, acts, deed))
    if event.result != "adopted":
        return moves
    before = motion.previous or state.body(motion.body)  # the vetoes it was voted under
    tau = float(state.params.vote.tau)
    for nation in before.vetoes:
        cast = ballots.get(nation)
        if cast == "abstain":
            said = N_("held back its veto and abstained as {body} decided to {motion}")
        elif cast == "yes" and state.has_nation(nation) and _against(state, motion, nation, tau):
            said = N_(
                "held back its veto and voted, against its own interest, for {body} to {motion}"
            )
        else:
            continue
        deed = lang.text(said, body=where, motion=what, subject=nation_name(state, nation, lang))
        moves.append(Move(nation, event.round, ("restraint",), deed))
    return moves


def _against(state: GameState, motion: Motion, nation: str, tau: float) -> bool:
    """Whether the adopted motion was worth so little to the nation that the vote rule
    would have had it vote no."""
    me = state.nation(nation)
    return valuation.adopted_value(state, motion, me.ideal, me.doctrine, nation) < -tau


def _deal_moves(
    event: events.OfferAccepted, state: GameState, lang: Language = ENGLISH
) -> list[Move]:
    """An accepted offer is a deal struck by both its parties."""
    offer = next((o for o in state.offers if o.id == event.offer), None)
    if offer is None:
        return []
    sender = nation_name(state, offer.sender, lang)
    receiver = nation_name(state, offer.receiver, lang)
    gives = _term(offer.give, sender, receiver, state, lang)
    if offer.ask:
        terms = lang.text(
            N_("{sender} {gives} and {receiver} {asks}"),
            sender=sender,
            gives=gives,
            receiver=receiver,
            asks=_term(offer.ask, receiver, sender, state, lang),
        )
    else:
        terms = lang.text(N_("{sender} {gives}"), sender=sender, gives=gives)
    deal = N_("struck a deal with {nation}: {terms}")
    return [
        Move(
            offer.sender,
            event.round,
            ("deal",),
            lang.text(deal, nation=receiver, terms=terms, subject=sender),
        ),
        Move(
            offer.receiver,
            event.round,
            ("deal",),
            lang.text(deal, nation=sender, terms=terms, subject=receiver),
        ),
    ]


def _motion(
    motion: Motion, state: GameState, backer: str | None = None, lang: Language = ENGLISH
) -> str:
    """The motion as what it would do: 'move its policy a little toward open markets',
    'give itself a veto' (when the backer is the one it names)."""
    spec = motion.spec
    if backer is not None and spec.nation == backer and spec.kind in ("add_veto", "opt_out"):
        if spec.kind == "add_veto":
            return lang.text(N_("give itself a veto"))
        return lang.text(N_("give itself an opt-out"))
    return motion_text(spec, state, motion.body, tabled_from(state, motion.id), lang)


def _term(term: Term, doer: str, other: str, state: GameState, lang: Language = ENGLISH) -> str:
    """What one side of a deal does, after its name (`doer`'s, which its verb agrees with)."""
    if term.kind == "pledge":
        body = body_name(state, term.body, lang)
        return lang.text(N_("pledges its vote in {body}"), body=body, subject=doer)
    if term.kind == "transfer":
        amount = lang.figure(term.amount or 0)
        return lang.text(N_("pays {amount} capital"), amount=amount, subject=doer)
    if term.kind == "guarantee":
        body = body_name(state, term.body, lang)
        return lang.text(N_("guarantees to stay in {body}"), body=body, subject=doer)
    return lang.text(N_("recognises {nation:gen} model of order"), nation=other, subject=doer)
