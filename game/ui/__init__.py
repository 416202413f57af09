"""The game window (pygame-ce with pygame_gui): the only package that imports pygame.
Scenes read views and submit actions through a controller (game/session); they never
touch the engine's state."""

import os

# pygame prints a banner on import unless told not to; every game.ui module imports this
# package first.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
