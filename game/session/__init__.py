"""A game session as the screens see it: a controller that takes a seat's actions and
answers with acceptances, refusals, events and views. The local controller runs the match
and the AI powers on a thread of its own; the classroom client fulfils the same contract."""
