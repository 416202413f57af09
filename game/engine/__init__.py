"""The rules engine: pure functions over immutable game states.

Only the standard library and numpy may be imported here (a test enforces it), so the
same rules run in the game window, the AI's search, batch studies and the classroom server.
"""
