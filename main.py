"""Concert of Powers. Run `python main.py --help` for the commands."""

import sys


def N_(message: str) -> str:
    """The text layer's marker of a message (game/text/language.py), which an older Python
    cannot import: the version check below comes before any import of the game."""
    return message


# Checked before any import that needs 3.11, so older Pythons get a sentence, not a SyntaxError.
if sys.version_info < (3, 11):  # noqa: UP036
    too_old = N_("Concert of Powers needs Python 3.11 or newer; this is {version}")
    sys.exit(too_old.format(version=sys.version.split()[0]))

from game.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
