"""`simulate --report`: every AI level and strategy on the same seeds, on one page."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from game.report.calibration import calibration_page
from game.sim.calibrate import calibrate, calibration_arms

ROOT = Path(__file__).resolve().parents[2]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.text: list[str] = []
        self.images = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "img" and str(found.get("src", "")).startswith("data:image/png;base64,"):
            self.images += 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_the_arms_are_each_level_then_each_strategy() -> None:
    arms = calibration_arms("tutorial")
    assert [a.name for a in arms] == [
        "easy", "normal", "hard", "concert", "hegemony", "bloc", "overreach", "restraint",
        "domination",
    ]  # fmt: skip
    assert dict(arms[2].seats) == {"NL": "hard", "EM": "hard", "SG": "hard"}
    assert dict(arms[6].seats) == {"NL": "overreach", "EM": "normal", "SG": "normal"}


def test_the_report_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "calibration.html"
    assert calibrate("tutorial", 2, 1, 2, [], 2, None, str(page), calibration_page) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("easy") and f"wrote {page}" in out
    parsed = _Page()
    parsed.feed(page.read_text(encoding="utf-8"))
    text = " ".join(" ".join(parsed.text).split())
    assert {"reading", "verdicts", "bodies", "propositions", "method"} <= parsed.ids
    assert parsed.images == 1  # the verdicts' chart, inside the page
    for arm in [a.name for a in calibration_arms("tutorial")]:
        assert f" {arm} " in text  # its row in the verdicts table
    assert "2 games per way of playing, on the same seeds (1 to 2), 2 rounds each" in text
    # the tutorial's council has three vetoes: propositions 1, 9 and 10 bear on it
    assert "1. Giving a dissatisfied great power a veto" in text
    assert "9. A veto concentrates voting power" in text
    assert "World Council: 3 veto holders" in text
    assert "a priori, 0.086 of coalitions carry a motion with the vetoes" in text
    assert "10. The most isolated veto holder vetoes most." in text
    assert "main.py compare tutorial --set institutions.council.veto_holders=[]" in text
    for body in ("World Council", "Trade Forum", "Reserve Fund"):
        assert body in text


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--ai", "hard"], "leave out --ai and --json"),
        (["--json"], "leave out --ai and --json"),
        (["--report", "."], "--report needs a file name"),
    ],
)
def test_report_mistakes_are_one_line(extra: list[str], needle: str, tmp_path: Path) -> None:
    args = ["simulate", "tutorial", "--runs", "1", "--report", str(tmp_path / "p.html"), *extra]
    result = subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "p.html").exists()


def test_the_report_page_in_the_reader_s_language(tmp_path: Path) -> None:
    from game.report.calibration import WORDS
    from game.sim.calibrate import CLAIMS
    from game.text.catalogues import language

    lang = language("de")
    page = tmp_path / "kalibrierung.html"
    assert calibrate("tutorial", 1, 1, 2, [], 2, None, str(page), calibration_page, lang) == 0
    parsed = _Page()
    parsed.feed(page.read_text(encoding="utf-8"))
    text = " ".join(" ".join(parsed.text).split())
    for key in ("answer", "final", "way", "by", "bodies", "propositions", "method_title"):
        assert lang.text(WORDS[key]) in text, key
    assert lang.text(CLAIMS[9]) in text and "Weltrat" in text
    assert "Giving a dissatisfied" not in text and "The answer" not in text
