"""Actions: small typed values, each with one canonical line of text.

`parse_action(str(action)) == action` for every action. The text is what the action log,
save files, rule cases and the classroom protocol carry, for example:

    US table hrc mandate -0.1 0          CN vote m3 no
    EU offer US pledge hrc for transfer 3
    IN accept o2                         US withdraw hrc
    instructor end_phase
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

INSTRUCTOR = "instructor"

Vote = Literal["yes", "no", "abstain"]
VOTES: tuple[Vote, ...] = get_args(Vote)
MotionKind = Literal[
    "policy",
    "mandate",
    "add_veto",
    "remove_veto",
    "opt_out",
    "admit",
    "suspend",
    "linkage",
    "sanction",
]
MOTION_KINDS: tuple[MotionKind, ...] = get_args(MotionKind)
Demand = Literal["veto", "opt_out", "mandate_cut", "reweight"]
DEMANDS: tuple[Demand, ...] = get_args(Demand)
TermKind = Literal["pledge", "transfer", "recognise", "guarantee"]


class ActionSyntaxError(ValueError):
    """Text that is not an action, as data: which sentence says what was expected
    (`says`, a key of game/text/syntax.py's SENTENCES) and the text it quotes (`facts`).
    The engine builds no sentences; its own message is the code and the facts."""

    def __init__(self, says: str, **facts: str) -> None:
        super().__init__(says, facts)
        self.says, self.facts = says, facts

    def __str__(self) -> str:
        return f"{self.says} {self.facts}"


def _num(value: float) -> str:
    """Numbers in canonical text: shortest round-tripping form, no trailing zeros."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


@dataclass(frozen=True)
class Term:
    """One side of an offer: a pledge to vote yes on the other's motion in a body, a
    capital transfer, recognition of the other's model, or a guarantee to stay in a body."""

    kind: TermKind
    body: str | None = None
    amount: float | None = None

    def __str__(self) -> str:
        if self.kind in ("pledge", "guarantee"):
            return f"{self.kind} {self.body}"
        if self.kind == "transfer":
            return f"transfer {_num(self.amount or 0)}"
        return "recognise"


@dataclass(frozen=True)
class MotionSpec:
    """What a motion does in its body. `x`, `y` are a policy point or, for a mandate,
    the changes of breadth and intrusiveness; `value` an opt-out share or a linkage."""

    kind: MotionKind
    x: float = 0.0
    y: float = 0.0
    value: float = 0.0
    nation: str | None = None

    def __str__(self) -> str:
        if self.kind in ("policy", "mandate"):
            return f"{self.kind} {_num(self.x)} {_num(self.y)}"
        if self.kind == "linkage":
            return f"linkage {_num(self.value)}"
        if self.kind == "opt_out":
            return f"opt_out {_num(self.value)}" + (f" {self.nation}" if self.nation else "")
        return f"{self.kind} {self.nation}"


@dataclass(frozen=True)
class Pass:
    nation: str

    def __str__(self) -> str:
        return f"{self.nation} pass"


@dataclass(frozen=True)
class Offer:
    nation: str
    to: str
    give: Term
    ask: Term | None = None

    def __str__(self) -> str:
        return f"{self.nation} offer {self.to} {self.give}" + (
            f" for {self.ask}" if self.ask else ""
        )


@dataclass(frozen=True)
class Answer:
    nation: str
    offer: int
    accept: bool

    def __str__(self) -> str:
        return f"{self.nation} {'accept' if self.accept else 'reject'} o{self.offer}"


@dataclass(frozen=True)
class Table:
    nation: str
    body: str
    motion: MotionSpec

    def __str__(self) -> str:
        return f"{self.nation} table {self.body} {self.motion}"


@dataclass(frozen=True)
class Found:
    """Found a rival body in an issue area, inviting co-founders, under a name of the
    founder's choosing (else the scenario's next for the area, else one made of the
    founders' names)."""

    nation: str
    area: str
    cofounders: tuple[str, ...] = ()
    name: str | None = None

    def __str__(self) -> str:
        return (
            f"{self.nation} found {self.area}"
            + (f" with {' '.join(self.cofounders)}" if self.cofounders else "")
            + (f" named {self.name}" if self.name else "")
        )


@dataclass(frozen=True)
class Threaten:
    """Threaten to leave a body unless it grants a reform."""

    nation: str
    body: str
    demand: Demand

    def __str__(self) -> str:
        return f"{self.nation} threaten {self.body} {self.demand}"


@dataclass(frozen=True)
class Cast:
    """A sealed ballot on a motion."""

    nation: str
    motion: int
    vote: Vote

    def __str__(self) -> str:
        return f"{self.nation} vote m{self.motion} {self.vote}"


@dataclass(frozen=True)
class OptOut:
    nation: str
    motion: int

    def __str__(self) -> str:
        return f"{self.nation} opt_out m{self.motion}"


@dataclass(frozen=True)
class Withdraw:
    nation: str
    body: str

    def __str__(self) -> str:
        return f"{self.nation} withdraw {self.body}"


@dataclass(frozen=True)
class Join:
    """Rejoin a body after the re-entry wait, or join one that invited the nation."""

    nation: str
    body: str

    def __str__(self) -> str:
        return f"{self.nation} join {self.body}"


@dataclass(frozen=True)
class Inject:
    """The instructor fires a scenario event now."""

    event: str
    nation: str = INSTRUCTOR

    def __str__(self) -> str:
        return f"{INSTRUCTOR} inject {self.event}"


COMPOSED = ("shock", "growth", "surge")  # what the instructor may compose, and on what:
# a crisis in a body (its severity), a change of a nation's growth, a movement's surge


@dataclass(frozen=True)
class Compose:
    """The instructor fires an event of their own making: `kind` on `target` by `amount`
    (a crisis of this severity in a body, this change in a nation's yearly growth, or
    this rise or fall of a movement)."""

    kind: str
    target: str
    amount: float
    nation: str = INSTRUCTOR

    def __str__(self) -> str:
        return f"{INSTRUCTOR} compose {self.kind} {self.target} {_num(self.amount)}"


@dataclass(frozen=True)
class EndPhase:
    """The instructor ends the current phase; missing moves take their defaults."""

    nation: str = INSTRUCTOR

    def __str__(self) -> str:
        return f"{INSTRUCTOR} end_phase"


@dataclass(frozen=True)
class Pause:
    """A marker in the log: the instructor paused (or resumed) the session."""

    resume: bool = False
    nation: str = INSTRUCTOR

    def __str__(self) -> str:
        return f"{INSTRUCTOR} {'resume' if self.resume else 'pause'}"


Action = (
    Pass
    | Offer
    | Answer
    | Table
    | Found
    | Threaten
    | Cast
    | OptOut
    | Withdraw
    | Join
    | Inject
    | Compose
    | EndPhase
    | Pause
)


# ---------------------------------------------------------------- parsing


def _float(token: str, what: str) -> float:
    try:
        value = float(token)
    except ValueError:
        raise ActionSyntaxError("not_a_number", what=what, token=token) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ActionSyntaxError("not_finite", what=what)
    return value


def _ref(token: str, prefix: str, what: str) -> int:
    if len(token) < 2 or token[0] != prefix or not token[1:].isdigit():
        raise ActionSyntaxError("not_a_reference", what=what, prefix=prefix, token=token)
    return int(token[1:])


def _term(tokens: list[str]) -> Term:
    if not tokens:
        raise ActionSyntaxError("no_term")
    kind, rest = tokens[0], tokens[1:]
    if kind in ("pledge", "guarantee") and len(rest) == 1:
        return Term(kind, body=rest[0])  # type: ignore[arg-type]
    if kind == "transfer" and len(rest) == 1:
        return Term("transfer", amount=_float(rest[0], "amount"))
    if kind == "recognise" and not rest:
        return Term("recognise")
    raise ActionSyntaxError("not_a_term", text=" ".join(tokens))


def parse_motion_tokens(tokens: list[str]) -> MotionSpec:
    if not tokens or tokens[0] not in MOTION_KINDS:
        raise ActionSyntaxError("no_motion_kind", kinds=", ".join(MOTION_KINDS))
    kind, rest = tokens[0], tokens[1:]
    if kind in ("policy", "mandate") and len(rest) == 2:
        return MotionSpec(kind, x=_float(rest[0], "x"), y=_float(rest[1], "y"))
    if kind == "linkage" and len(rest) == 1:
        return MotionSpec("linkage", value=_float(rest[0], "linkage"))
    if kind == "opt_out" and len(rest) in (1, 2):
        return MotionSpec(
            "opt_out",
            value=_float(rest[0], "opt_out"),
            nation=rest[1] if len(rest) == 2 else None,
        )
    if kind in ("add_veto", "remove_veto", "admit", "suspend", "sanction") and len(rest) == 1:
        return MotionSpec(kind, nation=rest[0])
    raise ActionSyntaxError("motion_arguments", kind=kind, text=" ".join(tokens))


def parse_action(text: str) -> Action:
    """The action a line of canonical text stands for."""
    tokens = text.split()
    if len(tokens) < 2:
        raise ActionSyntaxError("too_short", text=text)
    actor, verb, rest = tokens[0], tokens[1], tokens[2:]
    if actor == INSTRUCTOR:
        if verb == "inject" and len(rest) == 1:
            return Inject(rest[0])
        if verb == "compose" and len(rest) == 3 and rest[0] in COMPOSED:
            return Compose(rest[0], rest[1], _float(rest[2], "amount"))
        if verb == "end_phase" and not rest:
            return EndPhase()
        if verb in ("pause", "resume") and not rest:
            return Pause(resume=verb == "resume")
        raise ActionSyntaxError("instructor_verbs", text=text, composed="|".join(COMPOSED))
    if verb == "pass" and not rest:
        return Pass(actor)
    if verb == "offer" and len(rest) >= 2:
        to, terms = rest[0], rest[1:]
        if "for" in terms:
            cut = terms.index("for")
            return Offer(actor, to, _term(terms[:cut]), _term(terms[cut + 1 :]))
        return Offer(actor, to, _term(terms))
    if verb in ("accept", "reject") and len(rest) == 1:
        return Answer(actor, _ref(rest[0], "o", "offer"), verb == "accept")
    if verb == "table" and len(rest) >= 2:
        return Table(actor, rest[0], parse_motion_tokens(rest[1:]))
    if verb == "found" and len(rest) >= 1:
        named = rest.index("named") if "named" in rest else len(rest)
        name = " ".join(rest[named + 1 :]) or None
        if (len(rest) > 1 and rest[1] not in ("with", "named")) or (named < len(rest) and not name):
            raise ActionSyntaxError("found_syntax", text=text)
        return Found(actor, rest[0], tuple(rest[2:named]), name)
    if verb == "threaten" and len(rest) == 2:
        if rest[1] not in DEMANDS:
            raise ActionSyntaxError("not_a_demand", token=rest[1], demands=", ".join(DEMANDS))
        return Threaten(actor, rest[0], rest[1])
    if verb == "vote" and len(rest) == 2:
        if rest[1] not in VOTES:
            raise ActionSyntaxError("not_a_vote", token=rest[1])
        return Cast(actor, _ref(rest[0], "m", "motion"), rest[1])
    if verb == "opt_out" and len(rest) == 1:
        return OptOut(actor, _ref(rest[0], "m", "motion"))
    if verb == "withdraw" and len(rest) == 1:
        return Withdraw(actor, rest[0])
    if verb == "join" and len(rest) == 1:
        return Join(actor, rest[0])
    raise ActionSyntaxError("not_an_action", text=text)
