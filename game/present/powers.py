"""The great powers' card in words: each power's name, doctrine and influence, and its
standing, as rows any front end lays out."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import DOCTRINES, GameState, influence
from game.text.language import N_, Language, Np_
from game.text.names import series

DOCTRINES_HELP = N_(
    "Each bar is a power's doctrine: blue liberal, green transformative, orange "
    "mercantilist, purple or pink sovereign internationalism."
)
STANDING_HELP = N_(
    "Legitimacy (0-1): its standing; using power against a majority costs it. Capital: "
    "what it can spend on deals and threats."
)
YOU = N_("{nation} (you)")  # the seat's own power, in the list
# A power's leading doctrine ({share}: its influence, '41%'), by the doctrine.
TOP_DOCTRINE = {
    "liberal": N_("liberal doctrine, influence {share}"),
    "transformative": N_("transformative doctrine, influence {share}"),
    "mercantilist": N_("mercantilist doctrine, influence {share}"),
    "sovereign": N_("sovereign doctrine, influence {share}"),
}
TOP_UNKNOWN = N_("{doctrine} doctrine, influence {share}")
# A doctrine's weight in a power's mix ({share}: '40%'), by the doctrine.
DOCTRINE_SHARE = {
    "liberal": N_("liberal {share}"),
    "transformative": N_("transformative {share}"),
    "mercantilist": N_("mercantilist {share}"),
    "sovereign": N_("sovereign {share}"),
}
SHARE_UNKNOWN = N_("{doctrine} {share}")


def _doctrine(
    table: dict[str, str], unknown: str, doctrine: str, lang: Language, share: str
) -> str:
    if doctrine in table:
        return lang.text(table[doctrine], share=share)
    return lang.text(unknown, doctrine=doctrine, share=share)


@dataclass(frozen=True)
class Row:
    """A line of the great powers' card: a label's text (or a doctrine bar's weights),
    its style and its tooltip, and the room after it (pixels at scale 1); `key` names it
    from one layout to the next."""

    key: str
    text: str = ""
    style: str | None = None
    tip: str | None = None
    bar: tuple[float, ...] = ()
    gap: int = 0


def power_rows(view: GameState, seat: str, lang: Language) -> list[Row]:
    """The great powers' card, a row a line: each power's name, doctrine bar and mix,
    influence and standing, then the other nations."""
    shares = influence(view)
    rows = []
    for nation in view.great_powers():
        n = view.nation(nation)
        name = lang.text(YOU, nation=n.name) if nation == seat else n.name
        tip = lang.text(N_("{nation} ({id})"), nation=n.name, id=n.id)
        rows.append(Row(f"{nation} name", name, None, tip))
        rows.append(Row(f"{nation} bar", bar=tuple(n.doctrine)))
        weights = dict(zip(DOCTRINES, n.doctrine, strict=True))
        top = max(weights, key=lambda d: weights[d])
        mix = series(
            [
                _doctrine(DOCTRINE_SHARE, SHARE_UNKNOWN, d, lang, lang.percent(w))
                for d, w in weights.items()
            ],
            lang=lang,
        )
        rows.append(
            Row(
                f"{nation} doctrine",
                _doctrine(
                    TOP_DOCTRINE, TOP_UNKNOWN, top, lang, lang.percent(shares.get(nation, 0))
                ),
                "@small",
                lang.text(
                    N_(
                        "Doctrine mix (the bar): {mix}. Influence: its share of the order's "
                        "institutional weight."
                    ),
                    mix=mix,
                ),
            )
        )
        standing = lang.text(
            N_("legitimacy {legitimacy} of 1, capital {capital}"),
            legitimacy=lang.number(n.legitimacy, 2),
            capital=lang.number(n.capital, 0),
        )
        rows.append(Row(f"{nation} standing", standing, "@small", lang.text(STANDING_HELP), gap=8))
    minor = [n for n in view.nations if not n.great]
    others = lang.plural(Np_("and {count} other nation", "and {count} other nations"), len(minor))
    rows.append(
        Row("others", others, "@small", series([n.name for n in minor[:30]], lang=lang), gap=4)
    )
    return rows
