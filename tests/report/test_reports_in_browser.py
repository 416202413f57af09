"""The HTML reports open in a real browser (headless Chromium) without errors, load
nothing from outside the file, show every chart, and print."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from game.cli import main
from game.debrief.build import from_save
from game.report.compare import compare_page
from game.report.debrief import charts
from game.sim.compare import plan, results, run_compare

from ..chromium import chromium, need_chromium, watch

ROOT = Path(__file__).resolve().parents[2]
need_chromium()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def opened(browser: Any, page_file: Path) -> tuple[Any, list[str]]:
    """The page loaded, and every error it raised or outside request it tried."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems = watch(page, (page_file.as_uri(),))
    page.goto(page_file.as_uri(), wait_until="load")
    return page, problems


def shown_charts(page: Any) -> list[dict[str, Any]]:
    return list(
        page.evaluate(
            """() => Array.from(document.querySelectorAll('figure.chart')).map(f => {
                const img = f.querySelector('img');
                const box = img.getBoundingClientRect();
                return {id: f.id, complete: img.complete, width: img.naturalWidth,
                        height: img.naturalHeight, shown: box.width, alt: img.alt};
            })"""
        )
    )


def printed_pages(page: Any) -> int:
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


@pytest.fixture(scope="module")
def debrief_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    save = folder / "game.json"
    scenario = str(ROOT / "scenarios/liberal-restraint-2025.yaml")
    assert main(["play", "--headless", scenario, "--ai", "heuristic", "--seed", "7",
                 "--save", str(save)]) == 0  # fmt: skip
    assert main(["debrief", str(save), "-o", str(folder / "out")]) == 0
    return folder


def test_the_debrief_report_opens_with_every_chart(browser: Any, debrief_folder: Path) -> None:
    report = debrief_folder / "out" / "report.html"
    expected = [f"chart-{c.key}" for c in charts(from_save(debrief_folder / "game.json"))]
    assert {"chart-order", "chart-indices", "chart-scores", "chart-doctrines"} <= set(expected)
    page, problems = opened(browser, report)
    assert problems == []
    shown = shown_charts(page)
    assert [c["id"] for c in shown] == expected
    for chart in shown:
        assert chart["complete"] and chart["width"] > 300 and chart["height"] > 100, chart
        assert chart["shown"] > 300, chart  # laid out on the page, not collapsed
        assert chart["alt"]
    headings = page.locator("h2").all_inner_texts()
    for section in (
        "The order that came out",
        "Key moments",
        "Doctrines in action",
        "Scores and secret objectives",
        "Concepts met in play",
        "For discussion",
    ):
        assert section in headings  # fmt: skip
    assert printed_pages(page) >= 3
    page.close()


@pytest.fixture(scope="module")
def comparisons() -> dict[str, dict[str, Any]]:
    found = {}
    tutorial = str(ROOT / "scenarios/tutorial.yaml")
    for name, sets, sweep in (
        ("single", ["institutions.forum.opt_out=0"], None),
        ("sweep", [], "institutions.forum.opt_out=0,1"),
    ):
        study = plan(tutorial, sets, sweep, 2)
        base, variants = run_compare(study, 6, 1, (), 1, None)
        found[name] = results(study, base, variants, 6, 1, {}, sweep)
    return found


@pytest.mark.parametrize("name", ["single", "sweep"])
def test_the_compare_page_opens_with_every_chart(
    browser: Any, comparisons: dict[str, dict[str, Any]], name: str, tmp_path: Path
) -> None:
    page_file = tmp_path / f"{name}.html"
    page_file.write_text(compare_page(comparisons[name]), encoding="utf-8")
    page, problems = opened(browser, page_file)
    assert problems == []
    shown = shown_charts(page)
    assert [c["id"] for c in shown] == ["chart-share", "chart-count", "chart-index"]
    assert all(c["complete"] and c["width"] > 300 and c["shown"] > 300 for c in shown)
    readings = page.locator(".reading").all_inner_texts()
    points = comparisons[name].get("points", [comparisons[name]])
    assert readings == [p["reading"] for p in points]
    assert printed_pages(page) >= 2
    page.close()
    # The same page in German: its own words and the charts' (the readings are the
    # study's, made in the language the command ran in).
    from game.report.compare import WORDS
    from game.text.catalogues import language

    lang = language("de")
    german = compare_page(comparisons[name], lang)
    assert all(lang.text(text) in german for key, text in WORDS.items() if key != "method")
    assert "Side by side" not in german and "How this was measured" not in german
