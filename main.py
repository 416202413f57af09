"""Concert of Powers. Run `python main.py --help` for the commands."""

import sys

# Checked before any import that needs 3.11, so older Pythons get a sentence, not a SyntaxError.
if sys.version_info < (3, 11):  # noqa: UP036
    sys.exit("Concert of Powers needs Python 3.11 or newer; this is " + sys.version.split()[0])

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
