"""Rendering the reports' templates (Jinja2, autoescaped: scenario text is never markup).
A template holds a page's structure; its words are made in Python, in the reader's
language, and passed in."""

from __future__ import annotations

import html
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from game.text.language import ENGLISH, N_, Language

_ENVIRONMENT = Environment(
    loader=PackageLoader("game.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,  # a misspelt field fails the tests, not the reader
    trim_blocks=True,
    lstrip_blocks=True,
)


def text(said: str) -> Markup:
    """A page's own words, for between its tags (never in an attribute): escaped as text,
    an apostrophe left as it is, as if written in the template."""
    return Markup(html.escape(said, quote=False))


def page_words(lang: Language = ENGLISH) -> dict[str, str]:
    """The words every report page has (base.html.j2): its language and its footer."""
    return {
        "lang": lang.code,
        "footer": text(
            lang.text(
                N_(
                    "Made with Concert of Powers. The concepts paraphrase Sakwa (2019) on the "
                    "models of global order and Daßler, Heinkelmann-Wild & Kruck (2024) on "
                    "negative institutional power."
                )
            )
        ),
    }


def render(template: str, **context: Any) -> str:
    return _ENVIRONMENT.get_template(template).render(**context)
