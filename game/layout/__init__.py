"""Pictures of the game as plain data (positions and marks, no drawing): the order map
and the chambers, so that the window, the reports and a web page draw the same thing."""
