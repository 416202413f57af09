"""Atomic writes never leave half a file; the bundled fonts load in pygame-ce."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.support.files import write_atomic

ROOT = Path(__file__).resolve().parents[1]


def test_write_atomic_replaces_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_write_atomic_makes_a_missing_folder(tmp_path: Path) -> None:
    # The game's folder removed while it runs: the autosave on closing still lands.
    target = tmp_path / "gone" / "autosave.json"
    write_atomic(target, "kept")
    assert target.read_text() == "kept"


def test_write_atomic_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_bundled_fonts_render_with_pygame_ce() -> None:
    import pygame

    assert getattr(pygame, "IS_CE", False), "pygame-ce must be installed, not pygame"
    pygame.font.init()
    fonts = sorted((ROOT / "assets" / "fonts").glob("*.ttf"))
    assert fonts and (ROOT / "assets" / "fonts" / "OFL.txt").exists()
    for path in fonts:
        surface = pygame.font.Font(path, 18).render("Daßler, Sakwa: Совет", True, (0, 0, 0))
        assert surface.get_width() > 100
