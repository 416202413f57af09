"""The titles of the table's cards and the help behind them, said the same in the window
and the browser."""

from __future__ import annotations

from game.text.language import N_

TITLES = {
    "powers": N_("Great powers"),
    "aims": N_("Your secret aims"),
    "bodies": N_("Institutions"),
    "happened": N_("What happened"),
    "happened_help": N_("Events as your power saw them, newest first"),
    "nothing": N_("Nothing yet: the year's news comes in as the game goes on."),
    "order": N_("The world order"),
    "tipping": N_("What would tip it:"),
    "moves": N_("What you can do now"),
    "waiting": N_("Waiting"),
    "results": N_("The vote's results"),
    "continue": N_("Continue (Enter)"),
    "back": N_("Back to what happened"),
    "nothing_changed": N_("Nothing changed."),
    "not_judged": N_("Judged at the end of each round: nothing to say yet."),
}
RESULTS_HELP = N_(
    "Each motion's chamber, seat by seat: a full dot voted yes, a crossed dot no, a ring "
    "abstained; a thick ring, a veto. The bar: yes from the left, no from the right, grey "
    "abstentions; a thick frame, vetoed."
)
VOTE_SEATS_HELP = N_(
    "The chamber as it voted, seat by seat from the left: a full dot yes, a dot crossed by "
    "a white bar no, a ring an abstention, an outline an empty seat; a thick ring marks a "
    "veto. The members the scenario does not list are shown as a crowd: its yes, "
    "abstentions and no in that order."
)
REVIEW_HELP = N_(
    "What changed from the start of the year to its end, each number split into its causes: "
    "moves costing or earning legitimacy and capital, yearly income, legitimacy drifting "
    "back toward its usual level, and each body's vitality settling toward a rest level set "
    "by its leadership and recent decisions. Parts you could not see (others' private "
    "deals) are named as such."
)
