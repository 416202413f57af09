"""The turning point of a game: the key move whose reversal most changes the order.

Each key move of a great power (an exit, a veto, a rival body founded, a threat) is
replayed twice from just before it over the same seeds, once as played and once
replaced by staying, abstaining or passing. From there every seat plays its recorded
moves while they still apply (the same vote on the same motion, the same answer to the
same offer) and the normal AI decides where they do not; the instructor's events fire
where they came; each replay draws its own chance. The move whose replacement moves the
final verdicts furthest (total variation distance between the two sets of replays) is
the turning point (docs/debrief.md)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from game.ai.base import Bot, Decision
from game.ai.explain import Explanation
from game.ai.play import seat_bots
from game.engine import (
    Action,
    Answer,
    Cast,
    Compose,
    EndPhase,
    Event,
    Found,
    GameState,
    Inject,
    MotionStatus,
    OfferStatus,
    OptOut,
    Pass,
    Pause,
    Phase,
    SeatView,
    Threaten,
    Withdraw,
    apply,
    check,
    events,
    is_terminal,
    parse_action,
    phrase,
    reseed,
)
from game.play.loop import Bots, next_decision
from game.scenario import Scenario
from game.sim.executor import stream
from game.text.codes import VERDICTS, code_text
from game.text.language import ENGLISH, N_, Language, Np_
from game.text.motions import motion_text
from game.text.names import body_name, nation_name, tabled_from
from game.text.policy import area_named

from .model import TurningPoint, TurningReplay

Steps = list[tuple[GameState, tuple[Event, ...]]]
PHASES = [p.value for p in Phase]
Progress = Callable[[int, int], None]

NO_KEY_MOVE = N_(  # a message id: said where shown
    "No great power left a body, vetoed, founded one or threatened to leave: there is no "
    "key move to replay."
)
REPLAYS = 10  # replays per arm: enough to tell 7 in 10 from 2 in 10; under a minute a game
MOVES = 6  # key moves examined, exits and foundings first
# Which key moves come first when a game has more than MOVES of them: a change of
# membership reshapes the order more than a single decision.
RANK = {"exit": 0, "found": 1, "veto": 2, "threat": 3}


@dataclass(frozen=True)
class KeyMove:
    index: int  # the action's place in the log (from 0)
    round: int
    nation: str
    kind: str  # exit, found, veto or threat
    played: str  # the action as played, in canonical text
    instead: str  # the action that replaces it
    had: str  # the counterfactual, in words: "Had China stayed in the WTO in 2027"


# The counterfactual of each kind of key move: (in a year, in a round).
HAD = {
    "exit": (
        N_("Had {nation} stayed in {body} in {year}"),
        N_("Had {nation} stayed in {body} in round {round}"),
    ),
    "found": (
        N_("Had {nation} not founded a {area} body in {year}"),
        N_("Had {nation} not founded a {area} body in round {round}"),
    ),
    "threat": (
        N_("Had {nation} not threatened to leave {body} in {year}"),
        N_("Had {nation} not threatened to leave {body} in round {round}"),
    ),
    "consensus_blocked": (
        N_("Had {nation} not blocked the consensus to {motion} in {body} in {year}"),
        N_("Had {nation} not blocked the consensus to {motion} in {body} in round {round}"),
    ),
    "veto": (
        N_("Had {nation} not vetoed the motion to {motion} in {body} in {year}"),
        N_("Had {nation} not vetoed the motion to {motion} in {body} in round {round}"),
    ),
}


def key_moves(
    steps: Steps, actions: list[str], start_year: int | None, lang: Language = ENGLISH
) -> list[KeyMove]:
    """The great powers' exits, vetoes, foundings and threats, each with the move that
    would replace it (legal at that point), most structural first; what each would have
    been without it in `lang`."""
    vetoes = {  # (round, nation, motion) -> what the no did
        (e.round, e.nation, e.motion): e.kind
        for _, happened in steps
        for e in happened
        if isinstance(e, events.VetoCast | events.ConsensusBlocked)
    }
    found: list[KeyMove] = []
    for index, line in enumerate(actions):
        before = steps[index][0]
        action = parse_action(line)
        nation = getattr(action, "nation", "")
        if not before.has_nation(nation) or not before.nation(nation).great:
            continue
        move = _key(before, action, vetoes, start_year, lang)
        if move is None:
            continue
        kind, instead, had = move
        if check(before, instead).ok:
            found.append(KeyMove(index, before.round, nation, kind, line, str(instead), had))
    found.sort(key=lambda m: (RANK[m.kind], m.index))
    return found


def _key(
    state: GameState,
    action: Action,
    vetoes: dict[tuple[int, str, int], str],
    start_year: int | None,
    lang: Language = ENGLISH,
) -> tuple[str, Action, str] | None:
    name = nation_name(state, getattr(action, "nation", ""), lang)

    def had(kind: str, **values: str) -> str:
        in_year, in_round = HAD[kind]
        if start_year:
            year = lang.number(start_year + state.round - 1, 0)
            return lang.text(in_year, nation=name, year=year, **values)
        return lang.text(in_round, nation=name, round=lang.number(state.round, 0), **values)

    if isinstance(action, Withdraw):
        body = body_name(state, action.body, lang)
        return "exit", Pass(action.nation), had("exit", body=body)
    if isinstance(action, Found):
        area = area_named(action.area, lang)
        return "found", Pass(action.nation), had("found", area=area)
    if isinstance(action, Threaten):
        body = body_name(state, action.body, lang)
        return "threat", Pass(action.nation), had("threat", body=body)
    if isinstance(action, Cast) and (state.round, action.nation, action.motion) in vetoes:
        motion = state.motion(action.motion)
        body = body_name(state, motion.body, lang)
        instead = Cast(action.nation, action.motion, "abstain")
        what = motion_text(motion.spec, state, motion.body, tabled_from(state, motion.id), lang)
        blocked = vetoes[(state.round, action.nation, action.motion)] == "consensus_blocked"
        return (
            "veto",
            instead,
            had("consensus_blocked" if blocked else "veto", motion=what, body=body),
        )
    return None


Key = tuple[object, ...]  # what a motion or an offer is, whatever its number in a replay


@dataclass(frozen=True)
class Recorded:
    """A move as played, with the round and phase it was made in and, for a move on a
    motion or an offer, what that motion or offer was."""

    round: int
    phase: str
    action: Action
    key: Key | None


def recorded(steps: Steps, actions: list[str], after: int) -> dict[str, list[Recorded]]:
    """Each nation's moves after the action at `after`, in order."""
    moves: dict[str, list[Recorded]] = {}
    for index in range(after + 1, len(actions)):
        state = steps[index][0]
        action = parse_action(actions[index])
        key: Key | None = None
        if isinstance(action, Cast | OptOut):
            m = state.motion(action.motion)
            key = (m.round, m.body, str(m.spec), m.sponsor)
        elif isinstance(action, Answer):
            o = next(o for o in state.offers if o.id == action.offer)
            key = (o.round, o.sender, str(o.give), str(o.ask))
        nation = getattr(action, "nation", "")
        moves.setdefault(nation, []).append(Recorded(state.round, state.phase.value, action, key))
    return moves


def _now(view: GameState, move: Recorded) -> Action | None:
    """The recorded move as it applies in the replay: a vote or an opt-out on the motion
    that is the same motion, an answer to the same offer; None if there is none."""
    action = move.action
    if isinstance(action, Cast | OptOut):
        # a vote is on a motion still tabled; an opt-out, on one just adopted
        status = MotionStatus.tabled if isinstance(action, Cast) else MotionStatus.adopted
        same = next(
            (
                m.id
                for m in view.motions
                if (m.round, m.body, str(m.spec), m.sponsor) == move.key and m.status is status
            ),
            None,
        )
        return None if same is None else replace(action, motion=same)
    if isinstance(action, Answer):
        offer = next(
            (
                o.id
                for o in view.offers
                if (o.round, o.sender, str(o.give), str(o.ask)) == move.key
                and o.status is OfferStatus.open
            ),
            None,
        )
        return None if offer is None else replace(action, offer=offer)
    return action


@dataclass
class Following:
    """A seat that plays its recorded moves while they still apply, and the AI's where
    they do not."""

    nation: str
    ai: Bot
    moves: list[Recorded]
    kind: str = "as played"
    chosen: int | None = field(default=None, init=False)

    def observe(self, seen: tuple[Event, ...]) -> None:
        self.ai.observe(seen)

    def decide(self, view: SeatView) -> Decision:
        self.chosen = None
        for number, move in enumerate(self.moves):
            if move.round > view.round:
                break
            if move.round < view.round or move.phase != view.phase.value:
                continue
            action = _now(view, move)
            if action is not None and check(view, action).ok:
                self.chosen = number
                explanation = Explanation(self.nation, str(action), (), phrase("as_played"))
                return Decision(action, explanation)
        return self.ai.decide(view)

    def played(self) -> None:
        """Its chosen move was applied: the moves up to it are spent."""
        if self.chosen is not None:
            del self.moves[: self.chosen + 1]
            self.chosen = None


@dataclass(frozen=True)
class Intervention:
    """An event the instructor fired or composed during the game, where it came: the
    round, the phase and how many moves of that phase had been made before it."""

    round: int
    phase: str
    after: int
    action: Action


def _phase_moves(steps: Steps, actions: list[str], index: int) -> int:
    """How many moves of the same round and phase the record holds before `index` that a
    replay makes too (the instructor's pauses and ends of phase it does not)."""
    where = _at(steps, index)
    count = 0
    j = index - 1
    while j >= 0 and _at(steps, j) == where:
        count += not isinstance(parse_action(actions[j]), Pause | EndPhase)
        j -= 1
    return count


def _at(steps: Steps, index: int) -> tuple[int, object]:
    return steps[index][0].round, steps[index][0].phase


def _order(round_: int, phase: str) -> tuple[int, int]:
    return round_, PHASES.index(phase)


def interventions(steps: Steps, actions: list[str], after: int) -> list[Intervention]:
    """The instructor's events after the action at `after`. They struck every seat, not
    one of them, so a replay fires them again where they came; ending a phase early and
    pausing are about the people at the table, and the AI needs neither."""
    fired = []
    for index in range(after + 1, len(actions)):
        action = parse_action(actions[index])
        if isinstance(action, Inject | Compose):
            state = steps[index][0]
            moves = _phase_moves(steps, actions, index)
            fired.append(Intervention(state.round, state.phase.value, moves, action))
    return fired


def play_out(
    state: GameState,
    bots: dict[str, Following],
    fired: list[Intervention],
    made: int,
    until: int | None = None,
) -> GameState:
    """Play on from `state`, `made` moves into its phase: the instructor's events where
    they came, the seats' moves elsewhere, to the end (or to the round `until`)."""
    pending = list(fired)
    players = Bots(bots)
    where = (state.round, state.phase.value)
    while not is_terminal(state) and (until is None or state.round < until):
        if (state.round, state.phase.value) != where:
            where, made = (state.round, state.phase.value), 0
        # An event whose phase went by without it (the game took another course) lapses.
        while pending and _order(pending[0].round, pending[0].phase) < _order(*where):
            pending.pop(0)
        due = pending[0] if pending and (pending[0].round, pending[0].phase) == where else None
        if due is not None and made >= due.after and check(state, due.action).ok:
            pending.pop(0)
            state, happened = apply(state, due.action)
        else:
            decision = next_decision(state, players)
            assert decision is not None  # every seat is played by a Following
            action = decision.action
            state, happened = apply(state, action)
            mover = bots.get(getattr(action, "nation", ""))
            if mover is not None:
                mover.played()
        made += 1
        players.observe(happened)
    return state


@dataclass(frozen=True)
class Replay:
    """One replay: from the state before a move, the move (as played or replaced), then
    each seat's recorded moves where they apply and the normal AI's elsewhere, on a
    generator seeded for this replay."""

    scenario: Scenario
    before: GameState
    move: str
    later: dict[str, list[Recorded]]
    seed: int
    until: int | None  # a game stopped before its end: the round it stopped in
    fired: list[Intervention] = field(default_factory=list)  # the instructor's, after it
    made: int = 0  # moves of its phase made before the move


def replay(job: Replay) -> str:
    """The final verdict of one replay."""
    state = reseed(apply(job.before, parse_action(job.move))[0], job.seed)
    seats = dict.fromkeys((g.id for g in job.scenario.great_powers()), "normal")
    bots = {
        nation: Following(nation, bot, list(job.later.get(nation, [])))
        for nation, bot in seat_bots(job.scenario, seats).items()
    }
    # The move counts as one of its phase's moves if the phase goes on after it.
    same = (state.round, state.phase) == (job.before.round, job.before.phase)
    made = job.made + 1 if same else 0
    return play_out(state, bots, job.fired, made, job.until).order.shown


def turning_point(
    scenario: Scenario,
    seed: int,
    steps: Steps,
    actions: list[str],
    replays: int = REPLAYS,
    jobs: int | None = None,
    progress: Progress | None = None,
    moves: int = MOVES,
    lang: Language = ENGLISH,
) -> TurningPoint:
    """The key move whose replacement most changes the replays' final verdicts (none, and
    a sentence that says so, when the game has no key move), said in `lang`."""
    candidates = key_moves(steps, actions, scenario.start_year, lang)[:moves]
    if not candidates:
        return TurningPoint(
            replays=replays, sentence=lang.text(NO_KEY_MOVE), move=None, examined=[]
        )
    jobs_list = list(_jobs(scenario, seed, steps, actions, candidates, replays))
    total = len(jobs_list)
    verdicts: list[str] = []
    for done, verdict in enumerate(stream(replay, jobs_list, jobs, None, batch=1), 1):
        verdicts.append(verdict)
        if progress is not None:
            progress(done, total)
    examined: list[TurningReplay] = []
    for number, move in enumerate(candidates):
        chunk = verdicts[2 * replays * number : 2 * replays * (number + 1)]
        kept, replaced = Counter(chunk[:replays]), Counter(chunk[replays:])
        distance = sum(abs(kept[v] - replaced[v]) for v in {*kept, *replaced}) / (2 * replays)
        examined.append(
            TurningReplay(
                round=move.round,
                nation=move.nation,
                kind=move.kind,
                move=move.played,
                instead=move.instead,
                had=move.had,
                as_played=dict(kept),
                replaced=dict(replaced),
                distance=distance,
            )
        )
    best = max(examined, key=lambda r: r.distance)  # the first of equals: the more structural
    return TurningPoint(
        replays=replays,
        sentence=sentence(best, replays, lang),
        move=best,
        examined=examined,
    )


def said_in(
    point: TurningPoint,
    steps: Steps,
    actions: list[str],
    start_year: int | None,
    lang: Language = ENGLISH,
) -> TurningPoint:
    """A turning point found already, said again in `lang` (and with the names of
    `steps`): its replays' verdicts are the same in every language."""
    had = {
        (m.round, m.nation, m.played): m.had for m in key_moves(steps, actions, start_year, lang)
    }

    def again(replay: TurningReplay) -> TurningReplay:
        said = had.get((replay.round, replay.nation, replay.move), replay.had)
        return replay.model_copy(update={"had": said})

    examined = [again(r) for r in point.examined]
    if point.move is None:
        return point.model_copy(update={"sentence": lang.text(NO_KEY_MOVE), "examined": []})
    best = again(point.move)
    return point.model_copy(
        update={
            "sentence": sentence(best, point.replays, lang),
            "move": best,
            "examined": examined,
        }
    )


def _jobs(
    scenario: Scenario,
    seed: int,
    steps: Steps,
    actions: list[str],
    candidates: list[KeyMove],
    replays: int,
) -> Iterator[Replay]:
    final = steps[-1][0]
    # A game the instructor stopped is replayed as far as it went: its order then is the
    # one shown after the last round it finished.
    until = None if is_terminal(final) else final.round
    for move in candidates:
        before = steps[move.index][0]
        later = recorded(steps, actions, move.index)
        fired = interventions(steps, actions, move.index)
        made = _phase_moves(steps, actions, move.index)
        for instead in (move.played, move.instead):
            for k in range(replays):
                # The same seeds for both arms of a move: the two differ only by the move.
                branch = seed * 1_000_003 + move.index * 101 + k
                yield Replay(scenario, before, instead, later, branch, until, fired, made)


def sentence(best: TurningReplay, replays: int, lang: Language = ENGLISH) -> str:
    """The turning point in a sentence a student reads, in `lang`."""
    if best.distance == 0:
        return lang.plural(
            Np_(
                "No single move turned the order: replaying the game without any one of its "
                "key moves ended as it did ({count} replay of each).",
                "No single move turned the order: replaying the game without any one of its "
                "key moves ended as it did ({count} replays of each).",
            ),
            replays,
        )
    verdicts = {*best.as_played, *best.replaced}
    shift = max(sorted(verdicts), key=lambda v: best.replaced.get(v, 0) - best.as_played.get(v, 0))
    return lang.plural(
        Np_(
            "{had}, the order would have ended {verdict} in {replaced} of {count} replay, "
            "against {as_played} of {count} as played.",
            "{had}, the order would have ended {verdict} in {replaced} of {count} replays, "
            "against {as_played} of {count} as played.",
        ),
        replays,
        had=best.had,
        verdict=code_text(VERDICTS, shift, lang),
        replaced=lang.number(best.replaced.get(shift, 0), 0),
        as_played=lang.number(best.as_played.get(shift, 0), 0),
    )


class _Cancelled(Exception):
    """The replays were called off (the screen waiting for them was left)."""


class InBackground:
    """The turning point found on a thread of its own, so that the debrief shows at once
    and the turning point joins it when ready. Replays run one after another on that
    thread (a window's process is not forked)."""

    def __init__(
        self,
        scenario: Scenario,
        seed: int,
        steps: Steps,
        actions: list[str],
        replays: int = REPLAYS,
        then: Callable[[TurningPoint | None], None] | None = None,
        lang: Language = ENGLISH,
    ) -> None:
        """`then` is called on the thread with the result (None if the replays failed);
        the turning point and any error are said in `lang`."""
        self.lang = lang
        self.done, self.total = 0, 0
        self.finished = False
        self.result: TurningPoint | None = None
        self.error: str | None = None
        self.then = then
        self._cancelled = threading.Event()
        self._thread = threading.Thread(
            target=self._run,
            args=(scenario, seed, list(steps), list(actions), replays),
            name="turning-point",
            daemon=True,
        )
        self._thread.start()

    def _run(
        self, scenario: Scenario, seed: int, steps: Steps, actions: list[str], replays: int
    ) -> None:
        def progress(done: int, total: int) -> None:
            self.done, self.total = done, total
            if self._cancelled.is_set():
                raise _Cancelled

        try:
            self.result = turning_point(
                scenario, seed, steps, actions, replays, 1, progress, lang=self.lang
            )
        except _Cancelled:
            pass
        except Exception as error:  # a replay that fails must not take the window down
            self.error = self.lang.text(N_("the replays stopped: {error}"), error=error)
        self.finished = True
        if self.then is not None:
            self.then(self.result)

    def cancel(self) -> None:
        """Stop after the replay under way; nothing is reported."""
        self._cancelled.set()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return self.finished
