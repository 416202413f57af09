"""The package a teacher installs with `pip install .` or `pipx install .`: the wheel
holds every module of the game, its scenarios, assets and the browser's client, and,
installed into a fresh virtual environment (pip's cache reused), its
`concert-of-powers` command validates a bundled scenario, plays a short headless game
and serves the class's page, run from a folder that holds nothing of the repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What a build reads, copied so that building leaves nothing in the working tree.
LEFT_OUT = shutil.ignore_patterns(
    ".git", ".venv", "tests", "docs", "bench", "build", "dist", "out", "*.egg-info",
    "__pycache__", ".*_cache", ".hypothesis", ".bench",
)  # fmt: skip

pytestmark = pytest.mark.xdist_group("wheel")


def run(*command: str | Path, cwd: Path, timeout: float = 600) -> str:
    done = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("build")
    source = where / "source"
    shutil.copytree(ROOT, source, ignore=LEFT_OUT)
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", where, source, cwd=where)
    (found,) = where.glob("concert_of_powers-*.whl")
    return found


@pytest.fixture(scope="module")
def command(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The installed `concert-of-powers`, in a virtual environment of its own."""
    where = tmp_path_factory.mktemp("installed")
    run(sys.executable, "-m", "venv", where / "env", cwd=where)
    scripts = where / "env" / ("Scripts" if os.name == "nt" else "bin")
    pip = [scripts / "python", "-m", "pip", "install", "-q"]
    run(*pip, "-c", ROOT / "constraints.txt", wheel, cwd=where)
    return scripts / "concert-of-powers"


def test_the_wheel_holds_every_module_and_every_file_the_game_reads(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "game").rglob("*.py")}
    assert modules - names == set()
    carried = {
        ROOT / "assets": "game/assets",
        ROOT / "scenarios": "game/scenarios",
        ROOT / "game" / "web" / "static": "game/web/static",
        ROOT / "game" / "report" / "templates": "game/report/templates",
        ROOT / "game" / "locale": "game/locale",
    }
    for folder, inside in carried.items():
        files = {f"{inside}/{p.relative_to(folder).as_posix()}" for p in folder.rglob("*")}
        assert {f for f in files if "." in f.rsplit("/", 1)[-1]} - names == set(), folder
    assert "game/scenario/starter.yaml" in names  # what `new` writes
    entry = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "concert-of-powers = game.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_the_installed_command_validates_plays_and_serves(command: Path, tmp_path: Path) -> None:
    said = run(command, "validate", "tutorial", "liberal-restraint-2025", cwd=tmp_path)
    assert "tutorial.yaml: ok" in said and "liberal-restraint-2025.yaml: ok" in said
    assert str(ROOT) not in said  # the package's own copies, not the repository's

    said = run(command, "new", "mine.yaml", cwd=tmp_path)
    assert "wrote mine.yaml" in said and (tmp_path / "mine.yaml").is_file()
    said = run(command, "validate", "mine.yaml", cwd=tmp_path)
    assert "mine.yaml: ok (mine:" in said

    said = run(command, "play", "--headless", "tutorial", "--seed", "3", cwd=tmp_path)
    assert re.search(r"(?i)order", said), said

    host = subprocess.Popen(
        [command, "host", "tutorial", "--headless", "--port", "0", "--journal",
         tmp_path / "class.sqlite"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert host.stdout is not None
        printed = ""
        while "Journal:" not in printed:
            line = host.stdout.readline()
            assert line, printed
            printed += line
        port = re.search(r"http://\S+?:(\d+)/", printed)
        assert port, printed
        assert "concert-of-powers join" in printed  # the command as this teacher runs it
        base = f"http://127.0.0.1:{port.group(1)}"
        with urllib.request.urlopen(f"{base}/", timeout=10) as page:
            assert page.status == 200 and b"<script" in page.read()
        with urllib.request.urlopen(f"{base}/fonts/NotoSans-Regular.woff2", timeout=10) as font:
            assert font.status == 200 and len(font.read()) > 10_000
    finally:
        host.terminate()
        host.communicate(timeout=30)
