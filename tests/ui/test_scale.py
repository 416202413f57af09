"""The UI scale a window uses: the one chosen, or the largest its size holds the table at
(text larger than that would clip and overlap); the choice itself is kept as made."""

from __future__ import annotations

import pytest

from game.ui.routes import open_window
from game.ui.settings import Settings, fitted, largest_scale


@pytest.mark.parametrize(
    ("size", "largest"),
    [((1280, 720), 1.0), ((1366, 768), 1.05), ((1600, 900), 1.25), ((1920, 1080), 1.5),
     ((2560, 1080), 1.5), ((3840, 2160), 3.0), ((1024, 600), 0.8), ((960, 540), 0.75)],
)  # fmt: skip
def test_a_window_holds_the_table_up_to_a_scale(size: tuple[int, int], largest: float) -> None:
    assert largest_scale(size) == largest


def test_the_scale_chosen_is_used_where_it_fits_and_kept_where_it_does_not() -> None:
    chosen = Settings(scale=1.5)
    assert fitted(chosen, (1920, 1080)) is chosen
    assert fitted(chosen, (1280, 720)).scale == 1.0
    assert fitted(Settings(scale=0.75), (1280, 720)).scale == 0.75


def test_the_window_uses_the_scale_its_size_holds(home: object) -> None:
    app = open_window(Settings(scale=1.5), (1280, 720))
    try:
        assert app.settings.scale == 1.0 and app.chosen.scale == 1.5
        app.restyle(Settings(scale=1.5, width=1920, height=1080))
        assert app.size == (1920, 1080) and app.settings.scale == 1.5
        app.restyle(Settings(scale=2.0, width=1600, height=900))
        assert app.settings.scale == 1.25 and app.chosen.scale == 2.0
    finally:
        app.quit()
