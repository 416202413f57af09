"""`main.py new`: a file to start from, valid as written, never over a file without --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.scenario import load_scenario
from game.scenario.new import id_for, new_scenario
from game.support.bundled import SCENARIOS, bundled_names

WORLDS = sorted(p.stem for p in SCENARIOS.glob("*.yaml")) + sorted(
    p.stem for p in (SCENARIOS / "worlds").glob("*.yaml")
)


def test_the_starter_is_valid_commented_and_named_after_its_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "strait.yaml"
    assert new_scenario(str(target), None, False) == 0
    scenario = load_scenario(target)
    assert scenario.id == "strait"
    assert len(scenario.great_powers()) >= 2 and len(scenario.institutions) >= 2
    text = target.read_text(encoding="utf-8")
    assert sum(line.lstrip().startswith("#") for line in text.splitlines()) >= 10
    assert "validate" in capsys.readouterr().out


@pytest.mark.parametrize("source", WORLDS)
def test_a_copy_of_each_bundled_world_keeps_its_comments_and_is_valid(
    source: str, tmp_path: Path
) -> None:
    target = tmp_path / "copy.yaml"
    assert new_scenario(str(target), source, False) == 0
    copy = load_scenario(target)
    original = load_scenario(source)
    assert copy.id == "copy" and copy.title == original.title
    assert copy.nations == original.nations and copy.institutions == original.institutions
    written = [line for line in target.read_text(encoding="utf-8").splitlines() if "#" in line]
    assert len(written) >= 2  # the schema line and the file's own comments


def test_the_schema_line_points_at_the_bundled_schema_from_where_the_file_is(
    tmp_path: Path,
) -> None:
    target = tmp_path / "deep" / "inside" / "world.yaml"
    assert new_scenario(str(target), "tutorial", False) == 0
    first = target.read_text(encoding="utf-8").splitlines()[0]
    reference = first.split("$schema=", 1)[1]
    assert (target.parent / reference).resolve() == (SCENARIOS / "schema.json").resolve()


def test_an_existing_file_is_replaced_only_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text("my careful work\n", encoding="utf-8")
    assert new_scenario(str(target), None, False) == 1
    assert target.read_text(encoding="utf-8") == "my careful work\n"
    err = capsys.readouterr().err
    assert "exists already" in err and "--force" in err
    assert new_scenario(str(target), None, True) == 0
    assert load_scenario(target).id == "mine"


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("", "the file name is empty"),
        ("notes.txt", "ends in .yaml"),
        (".", "is a folder"),
    ],
)
def test_a_bad_target_is_one_line_naming_the_fix(
    name: str, needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    assert new_scenario(name, None, False) == 1
    err = capsys.readouterr().err
    assert needle in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_copying_an_unknown_or_broken_scenario_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.yaml"
    assert new_scenario(str(target), "no-such-world", False) == 1
    assert f"bundled ones: {', '.join(bundled_names())}" in capsys.readouterr().err
    broken = tmp_path / "broken.yaml"
    text = (SCENARIOS / "tutorial.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("members: [NL, EM, SG, RV, CS, DS]", "members: [NL, KR]"))
    assert new_scenario(str(target), str(broken), False) == 1
    err = capsys.readouterr().err
    line = text[: text.index("members: [NL, EM, SG, RV, CS, DS]")].count("\n") + 1
    assert f"{broken}:{line}:" in err and "unknown nation 'KR'" in err
    assert not target.exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("strait.yaml", "strait"),
        ("Climate 2015.yml", "climate-2015"),
        ("1945.yaml", "world-1945"),
        ("__.yaml", "world"),
        ("a" * 40 + ".yaml", "a" * 32),
        ("Ünïcode wörld.yaml", "unicode-world"),
    ],
)
def test_the_id_is_made_from_the_file_name(name: str, expected: str) -> None:
    assert id_for(Path(name)) == expected
