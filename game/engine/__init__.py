"""The rules engine: pure functions over immutable game states.

Only the standard library and numpy may be imported here (a test enforces it), so the
same rules run in the game window, the AI's search, batch studies and the classroom server.
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
# a draw counter), so every game's dice differ from those of rules 6.
RULES_VERSION = 7
