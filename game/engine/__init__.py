"""The rules engine: pure functions over immutable game states.

Only the standard library and numpy may be imported here (a test enforces it), so the
same rules run in the game window, the AI's search, batch studies and the classroom server.

This package is the engine's facade: other packages import from `game.engine` only, never
from its modules (tests/test_layers.py checks it), so the modules behind it can be
rebuilt without touching their callers. The model's modules (rules, indices, dynamics,
verdict) are part of it for the AI and the debrief, which read the model as players do.
"""

# Raised whenever a change of the rules makes a saved game replay differently. Saves record
# it, so a save from other rules is named as such. 2: the verdict's conditions revised
# (docs/model.md section 9), recognition from sponsored decisions. 3: a hegemonic order's
# institutions may carry the leader's model by their decisions (its share of them);
# consensus blocks are vetoes; the verdict counts great powers' exits; a sponsor votes
# for its own motion. 4: a veto holder's no is a veto only on a draft that has the votes it
# needs; on one short of them the draft simply fails. 5: an adopted admission invites the
# nation, which takes its seat by joining; a body's vote no longer readmits a nation that left.
# 6: the hegemonic verdict weighs the leader's recognition of each great power by how far
# that power's model is from its own. 7: the random generator is counter-based (a seed and
# a draw counter), so every game's dice differ from those of rules 6. 8: an issue area is
# contested only by bodies that seat different great powers, not by twins of one membership.
# 9: the power indices are found the same way on every processor (binomials at one half from
# exact integers, sums added in one order), so a game replays the same on every machine;
# rules 8 found them with vector code numpy and the BLAS choose by processor, whose last
# bits differ between machines. 10: a newcomer to a body of weighted votes that the scenario
# gave no weight takes one by its power (it had none, and so no vote). 11: a club of the world
# as written whose great powers all sit in another body of its area contests nothing. 12:
# such a caucus is no alternative to the body it sits within (a member's outside option).
# 13: two caucuses within one body (the G7 and the BRICS within the IMF) contest nothing
# between them, as the guide defines a contested area; rules 11 compared them as a pair.
# 14: of twin bodies (the IMF and the World Bank) one stands for both; rules 13 set both
# aside, and a rival founded beside them contested nothing.
RULES_VERSION = 14

# The facade. RULES_VERSION comes first: nothing below may need it during import.
from . import events, rules, valuation  # noqa: E402
from .actions import (  # noqa: E402
    DEMANDS,
    INSTRUCTOR,
    VOTES,
    Action,
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
    Vote,
    Withdraw,
    parse_action,
    parse_motion_tokens,
)
from .event_data import event_from_data, reason_of  # noqa: E402
from .events import Event  # noqa: E402
from .flow import apply, start  # noqa: E402
from .legality import NAME_MAX, IllegalAction, Legality, check  # noqa: E402
from .menus import legal_actions, motion_menu  # noqa: E402
from .model import dynamics, indices, verdict  # noqa: E402
from .model.indices import Indices, apex, authority_by_doctrine  # noqa: E402
from .model.power_index import (  # noqa: E402
    VotingGame,
    blocks_alone,
    power_indices,
    quantise,
    shapley_shubik,
    smallest_blocking,
)
from .model.verdict import PRIORITY, Assessment, assess  # noqa: E402
from .outcome import influence, outcome  # noqa: E402
from .params import DoctrineParams, Params  # noqa: E402
from .phrase import Phrase, phrase, phrase_data, phrase_of, replaced  # noqa: E402
from .positions import positions  # noqa: E402
from .records import Memo  # noqa: E402
from .rng import reseed  # noqa: E402
from .rules import cosine, dominant, power_share  # noqa: E402
from .state import (  # noqa: E402
    AnonymousGroup,
    BodyState,
    GameState,
    Motion,
    MotionStatus,
    NationState,
    OfferState,
    OfferStatus,
    OrderState,
    Phase,
    Reason,
    RuleSpec,
    state_hash,
)
from .turns import current_players, has_cast, is_terminal, may_opt_out, must_vote  # noqa: E402
from .views import (  # noqa: E402
    OBSERVER,
    PUBLIC,
    InstructorView,
    ObserverView,
    SeatView,
    View,
    instructor_view,
    observer_view,
    player_view,
    sample_state,
    seat_view,
    visible,
)
from .world import (  # noqa: E402
    DOCTRINES,
    EVERY_NATION,
    Axes,
    Condition,
    Doctrine4,
    Effect,
    ElectionOutcome,
    EventSpec,
    MovementSpec,
    Nation,
    Objective,
    Point,
    World,
)

__all__ = [
    "DEMANDS",
    "DOCTRINES",
    "EVERY_NATION",
    "INSTRUCTOR",
    "NAME_MAX",
    "OBSERVER",
    "PRIORITY",
    "PUBLIC",
    "RULES_VERSION",
    "VOTES",
    "Action",
    "ActionSyntaxError",
    "AnonymousGroup",
    "Answer",
    "Assessment",
    "Axes",
    "BodyState",
    "Cast",
    "Compose",
    "Condition",
    "Doctrine4",
    "DoctrineParams",
    "Effect",
    "ElectionOutcome",
    "EndPhase",
    "Event",
    "EventSpec",
    "Found",
    "GameState",
    "IllegalAction",
    "Indices",
    "Inject",
    "InstructorView",
    "Join",
    "Legality",
    "Memo",
    "Motion",
    "MotionSpec",
    "MotionStatus",
    "MovementSpec",
    "Nation",
    "NationState",
    "Objective",
    "ObserverView",
    "Offer",
    "OfferState",
    "OfferStatus",
    "OptOut",
    "OrderState",
    "Params",
    "Pass",
    "Pause",
    "Phase",
    "Phrase",
    "Point",
    "Reason",
    "RuleSpec",
    "SeatView",
    "Table",
    "Term",
    "Threaten",
    "View",
    "Vote",
    "VotingGame",
    "Withdraw",
    "World",
    "apex",
    "apply",
    "assess",
    "authority_by_doctrine",
    "blocks_alone",
    "check",
    "cosine",
    "current_players",
    "dominant",
    "dynamics",
    "event_from_data",
    "events",
    "has_cast",
    "indices",
    "influence",
    "instructor_view",
    "is_terminal",
    "legal_actions",
    "may_opt_out",
    "motion_menu",
    "must_vote",
    "observer_view",
    "outcome",
    "parse_action",
    "parse_motion_tokens",
    "phrase",
    "phrase_data",
    "phrase_of",
    "player_view",
    "positions",
    "power_indices",
    "power_share",
    "quantise",
    "reason_of",
    "replaced",
    "reseed",
    "rules",
    "sample_state",
    "seat_view",
    "shapley_shubik",
    "smallest_blocking",
    "start",
    "state_hash",
    "valuation",
    "verdict",
    "visible",
]  # fmt: skip
