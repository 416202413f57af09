"""`main.py briefings`: a page per great power, its secret aims and seats, to print."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.report.briefings import briefing_pages, briefings_command
from game.scenario import load_scenario


def test_a_page_per_great_power_with_its_aims_and_seats() -> None:
    pages = {p["id"]: p for p in briefing_pages(load_scenario("tutorial"))}
    assert list(pages) == ["NL", "EM", "SG"]
    em = pages["EM"]
    assert [a.endswith("(10 points)") for a in em["aims"]] == [True, True]
    assert em["aims"][0].startswith("Hold a veto in World Council")
    seats = {s["name"]: s for s in em["seats"]}
    assert set(seats) == {"World Council", "Trade Forum", "Reserve Fund"}
    assert seats["World Council"]["block"] == "yes: you hold a veto"
    assert seats["Trade Forum"]["block"] == (
        "no: you need others to vote with you; and you may opt out of a decision"
    )
    assert seats["Reserve Fund"]["block"].startswith("no:")
    nl = {s["name"]: s for s in pages["NL"]["seats"]}
    assert nl["Reserve Fund"]["block"].startswith("yes: the others' votes cannot reach")
    assert pages["SG"]["seats"][0]["power"] == "0.30"  # Shapley-Shubik 0.2952
    assert em["lead"] == (
        "Briefing for the team playing Eastmark in Tutorial: the Council, the Forum and the "
        "Fund. 4 rounds, one a year from 2030. For this team only."
    )
    assert "Highland" not in [p["name"] for p in pages.values()]  # minor nations get none


def test_the_page_is_written_and_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.html"
    assert briefings_command("tutorial", str(target)) == 0
    page = target.read_text(encoding="utf-8")
    assert page.count('class="team"') == 3 and 'id="team-EM"' in page
    assert "Your secret aims" in page and "For this team only." in page
    assert f"wrote {target}" in capsys.readouterr().out
    assert briefings_command("tutorial", str(tmp_path)) == 0  # a folder: named inside it
    assert (tmp_path / "tutorial-briefings.html").is_file()
    assert briefings_command("no-such-world", str(target)) == 1
    assert "no such file" in capsys.readouterr().err


def test_the_page_is_in_the_reader_s_language(tmp_path: Path) -> None:
    """A team in Spanish or German prints its briefing in its language, the scenario's
    own texts too."""
    from game.report.briefings import WORDS
    from game.text.catalogues import language

    for code, body in (("es", "Consejo Mundial"), ("de", "Weltrat")):
        lang = language(code)
        words = (body, *(lang.text(text) for key, text in WORDS.items() if key != "no_aims"))
        target = tmp_path / f"{code}.html"
        assert briefings_command("tutorial", str(target), lang) == 0
        page = target.read_text(encoding="utf-8")
        assert all(word in page for word in words), code
        assert "The situation" not in page and "For this team only" not in page
        assert f'lang="{code}"' in page
