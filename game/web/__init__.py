"""The browser's client: its static files (served by game/net/web.py) and its fonts."""
