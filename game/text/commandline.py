"""The words argparse says itself in the command line's help and errors ('usage:',
'options', 'unrecognized arguments: ...'): marked here, to be translated with the game's
own messages, and given to argparse in the reader's language (argparse looks its words up
through the module's `_` and `ngettext` as it says them)."""

from __future__ import annotations

import argparse

from .language import N_, Language, Np_

# argparse's messages (Python 3.11-3.13) that a person reads; %-placeholders, as argparse
# fills them in.
WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)
COUNTED = (Np_("expected %s argument", "expected %s arguments"),)


def speak(lang: Language) -> None:
    """argparse says its words in `lang` from now on (in this process)."""
    catalogue = lang.catalogue
    argparse._ = catalogue.gettext  # type: ignore[attr-defined]
    argparse.ngettext = catalogue.ngettext  # type: ignore[attr-defined]
