"""The words of the game in plain language, for the glossary screen. (The README's
glossary is the developers': it fixes what the code's names mean.)"""

from __future__ import annotations

TERMS: tuple[tuple[str, str], ...] = (
    ("great power", "A nation played by a person or the AI. The other nations are minor "
     "nations, driven by the model."),
    ("institution", "A body of global governance: its members, how it decides, who holds "
     "a veto, whether members may opt out, and its mandate."),
    ("mandate", "What an institution may rule on: its breadth (how many issues, 0 to 1) "
     "and its intrusiveness (how deep into members' own affairs, 0 to 1)."),
    ("motion", "A proposal tabled in an institution: move its policy, change its mandate, "
     "add or remove a veto, grant an opt-out, admit or suspend a member, link privileges "
     "to membership, or sanction a nation."),
    ("ballot", "A member's sealed vote on a motion: yes, no or abstain. A veto holder's no "
     "is a veto. Ballots are revealed together."),
    ("veto", "A no that stops a motion whatever the others vote. Using it against a "
     "majority costs legitimacy."),
    ("opt-out", "The right to be spared a share of a decision's cost while staying in the "
     "body."),
    ("negative power", "The power to avoid a decision you reject: a veto, an opt-out or a "
     "consensus rule. With it, a dissatisfied power tends to stay and object; without it, "
     "to leave."),
    ("linkage", "The share of an institution's privileges a member loses by leaving it."),
    ("vitality", "Whether an institution still works: alive, a zombie, or dead below 0.1 "
     "or with fewer than three members."),
    ("legitimacy", "A power's standing (0 to 1). Vetoing a majority, breaking a pledge or "
     "leaving costs it; scores count it."),
    ("capital", "What a power can spend: on deals with others and on threats."),
    ("influence", "A power's share of the weight of the institutions it belongs to."),
    ("doctrine", "A nation's mix of four models of global order: liberal, transformative, "
     "mercantilist and sovereign internationalism. It shapes what the nation wants."),
    ("order verdict", "What the model calls the world order each round: pluralist, "
     "hegemonic, bloc or fragmented once one holds long enough; until then transitional, "
     "leaning to the one it is closest to."),
    ("secret objectives", "Each power's own goals, revealed at the end; they weigh most in "
     "its score, with its influence, legitimacy and the final order."),
)  # fmt: skip
