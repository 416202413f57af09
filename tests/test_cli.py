"""main.py as a person runs it: every command's help, one-line errors, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = [
    "play",
    "validate",
    "new",
    "briefings",
    "schema",
    "replay",
    "debrief",
    "inspect",
    "simulate",
    "tournament",
    "compare",
    "tour",
    "host",
    "join",
]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: main.py {command}")
    assert "%%" not in result.stdout  # (argparse formats a help with %, a description not)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["bogus"], "invalid choice: 'bogus'"),
        (["validate"], "the following arguments are required: PATH"),
        (["validate", "--strict", "scenarios"], "unrecognized arguments: --strict"),
        (["schema", "-o"], "argument -o/--output: expected one argument"),
        (["--nope"], "unrecognized arguments: --nope"),
    ],
)
def test_bad_command_or_flag_is_one_line_and_exit_2(args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]
    assert "Traceback" not in result.stderr


def test_play_with_a_broken_scenario_explains_before_any_window(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: x\n")
    result = run("play", str(bad))
    assert result.returncode == 1
    assert "bad.yaml" in result.stderr and "Traceback" not in result.stderr


def test_validate_bundled_scenarios() -> None:
    result = run("validate", "scenarios/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "scenarios/tutorial.yaml: ok" in result.stdout
    assert "scenarios/liberal-restraint-2025.yaml: ok" in result.stdout


def test_validate_reports_problems_with_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: x\ntitle: [\n")
    good = ROOT / "scenarios" / "tutorial.yaml"
    result = run("validate", "--quiet", str(bad), str(good), str(tmp_path / "missing.yaml"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{tmp_path / 'missing.yaml'}: no such file or folder"
    assert lines[1].startswith(f"{bad}:4:1: YAML syntax error")
    assert len(lines) == 2  # --quiet: the valid file is not listed
    assert result.stderr.strip() == "2 problems in 2 of 3 files"


def test_validate_folder_without_scenarios(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path))
    assert result.returncode == 1
    assert "no scenario files (*.yaml or *.yml) in this folder" in result.stdout


def test_schema_to_stdout_and_file(tmp_path: Path) -> None:
    printed = run("schema")
    assert printed.returncode == 0
    schema = json.loads(printed.stdout)
    assert schema["title"] == "Scenario"
    out = tmp_path / "schema.json"
    written = run("schema", "-o", str(out))
    assert written.returncode == 0
    assert json.loads(out.read_text()) == schema
    assert (ROOT / "scenarios" / "schema.json").read_text() == printed.stdout


def test_schema_to_unwritable_place(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")  # a file where a folder should be
    result = run("schema", "-o", str(tmp_path / "a-file" / "schema.json"))
    assert result.returncode == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_odd_paths_without_traceback(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    result = run("validate", "", str(fifo), "/dev/zero", str(loop))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [
        "'': an empty path; name a file or folder",
        f"{fifo}: is not a regular file (a device or a pipe?), not a scenario file",
        "/dev/zero: is not a regular file (a device or a pipe?), not a scenario file",
        f"{loop}: a symbolic link that loops",
    ]


def test_output_to_a_closed_pipe_or_a_full_disk() -> None:
    closed = subprocess.run(
        f"'{sys.executable}' main.py validate scenarios/ | head -c 1 > /dev/null",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert "Traceback" not in closed.stderr
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "main.py", "schema"],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr == "main.py: cannot write the output: No space left on device\n"


def test_a_python_without_the_dependencies_is_told_what_to_do() -> None:
    # -S leaves out site-packages, as a system Python without the game's packages would.
    result = subprocess.run(
        [sys.executable, "-S", "main.py", "validate", "scenarios/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "this Python lacks the game's dependencies. Run `make play` once" in result.stderr


def test_schema_file_gets_normal_permissions(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    assert run("schema", "-o", str(out)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_readme_lists_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"python main.py {command}" in readme


def test_inspect_shows_voting_power_and_the_order() -> None:
    text = run("inspect", "scenarios/liberal-restraint-2025.yaml")
    assert text.returncode == 0, text.stderr
    assert "UN Security Council (unsc, apex, security): 15 members" in text.stdout
    assert "Shapley-Shubik 0.1963" in text.stdout and "Shapley-Shubik 0.0019" in text.stdout
    assert "Order: transitional, leaning" in text.stdout
    data = json.loads(run("inspect", "scenarios/tutorial.yaml", "--json").stdout)
    assert {"nations", "institutions", "indices", "order"} <= set(data)
    council = next(b for b in data["institutions"] if b["id"] == "council")
    assert sum(v["banzhaf"] for v in council["power"].values()) == pytest.approx(1.0)
    bad = run("inspect", "nowhere.yaml")
    assert bad.returncode == 1 and "no such file" in bad.stderr


def test_simulate_json_has_the_documented_fields() -> None:
    result = run(
        "simulate",
        "scenarios/tutorial.yaml",
        "--runs",
        "4",
        "--rounds",
        "3",
        "--jobs",
        "2",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["runs"] == 4 and data["rounds"] == 3 and data["seed"] == 1
    assert sum(data["verdicts"].values()) == 4
    assert set(data["verdicts"]) == {"pluralist", "hegemonic", "bloc", "fragmented", "transitional"}
    assert set(data["rates"]["exits_per_1000_member_rounds"]) == {"great", "minor"}
    assert set(data["modes"]) == {"voice", "subversion", "exit", "rollback"}
    assert set(data["by_institution"]) == {"council", "forum", "fund"}
    assert set(data["indices_final_mean"]) >= {
        "influence_hhi",
        "n_norm",
        "recognition",
        "apex_coverage",
        "capacity_to_act",
        "vitality",
    }


def test_simulate_is_the_same_with_one_process_or_two() -> None:
    args = ("simulate", "scenarios/tutorial.yaml", "--runs", "3", "--rounds", "2", "--json")
    one = json.loads(run(*args, "--jobs", "1").stdout)
    two = json.loads(run(*args, "--jobs", "2").stdout)
    assert one == two


def test_simulate_overrides_are_validated_like_a_file() -> None:
    changed = run(
        "simulate",
        "scenarios/tutorial.yaml",
        "--runs",
        "2",
        "--rounds",
        "2",
        "--jobs",
        "1",
        "--json",
        "--set",
        "institutions.forum.opt_out=0.9",
    )
    assert changed.returncode == 0, changed.stderr
    assert json.loads(changed.stdout)["overrides"] == {"institutions.forum.opt_out": 0.9}
    bad_value = run("simulate", "scenarios/tutorial.yaml", "--set", "institutions.forum.opt_out=2")
    assert bad_value.returncode == 1
    assert "institutions.forum.opt_out: 2 is out of range" in bad_value.stderr
    bad_path = run("simulate", "scenarios/tutorial.yaml", "--set", "institutions.forom.opt_out=0.5")
    assert bad_path.returncode == 2
    assert "did you mean 'forum'" in bad_path.stderr


def test_simulate_with_ai_seats() -> None:
    args = ("simulate", "scenarios/tutorial.yaml", "--runs", "2", "--rounds", "2", "--json")
    base = json.loads(run(*args, "--jobs", "1").stdout)
    mixed = run(*args, "--jobs", "2", "--ai", "heuristic", "--ai", "EM=random")
    assert mixed.returncode == 0, mixed.stderr
    data = json.loads(mixed.stdout)
    assert data["ai"] == {"EM": "random", "NL": "heuristic", "SG": "heuristic"}
    assert base["ai"] == {}
    assert data["runs"] == 2 and sum(data["verdicts"].values()) == 2
    text = run(*args[:-1], "--ai", "SG=hard")
    assert text.returncode == 0 and "AI: SG hard; others baseline" in text.stdout


@pytest.mark.parametrize(
    ("setting", "needle"),
    [
        ("heuristc", "no AI 'heuristc'; did you mean 'heuristic'?"),
        ("ZZ=random", "'ZZ' is not a great power of the scenario"),
        ("NK=random", "did you mean 'NL'?"),
    ],
)
def test_a_bad_ai_setting_is_one_line_and_exit_2(setting: str, needle: str) -> None:
    for command in ("simulate", "play"):
        extra = ["--headless"] if command == "play" else ["--runs", "1"]
        result = run(command, "scenarios/tutorial.yaml", *extra, "--ai", setting)
        assert result.returncode == 2
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and needle in lines[0], result.stderr


def test_tournament_json_has_the_documented_fields() -> None:
    result = run(
        "tournament", "scenarios/tutorial.yaml", "--runs", "3", "--bots", "heuristic,random",
        "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["bots"]) == {"heuristic", "random"}
    for row in data["bots"].values():
        low, high = row["ci95"]
        assert low <= row["score_vs_baseline"] <= high
    assert set(data["verdicts"]) == {"baseline", "heuristic", "random"}
    seats = len(data["seats"])
    assert sum(data["verdicts"]["heuristic"].values()) == 3 * seats
    assert sum(data["verdicts"]["baseline"].values()) == 3
    bad = run("tournament", "scenarios/tutorial.yaml", "--bots", "clever")
    assert bad.returncode == 2 and "no AI 'clever'" in bad.stderr


def without_display(*args: str) -> subprocess.CompletedProcess[str]:
    """A command run where no window can open (X11 asked for, no DISPLAY)."""
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["SDL_VIDEODRIVER"] = "x11"
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_play_without_a_display_says_so() -> None:
    result = without_display("play")
    assert result.returncode == 1
    assert "cannot open a window" in result.stderr and "--headless" in result.stderr
    assert "Traceback" not in result.stderr


def test_join_an_unreachable_server_says_so(tmp_path: Path) -> None:
    result = run("join", "127.0.0.1:9", "--code", "ABCDE-FGHJK")
    assert result.returncode == 1
    assert result.stderr.startswith("main.py join: cannot reach ws://127.0.0.1:9")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["host"], "give a SCENARIO, or --resume JOURNAL"),
        (["host", "nowhere.yaml", "--headless"], "nowhere.yaml"),
        (["host", "--resume", "{tmp}/nowhere.sqlite", "--headless"], "nowhere.sqlite"),
    ],
)
def test_host_mistakes_are_one_line(args: list[str], needle: str, tmp_path: Path) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = (
        run(*args, "--journal", str(tmp_path / "j.sqlite"))
        if "--resume" not in args
        else run(*args)
    )
    assert result.returncode in (1, 2)
    assert needle in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "nowhere.sqlite").exists()  # resuming creates nothing


def test_host_without_a_display_points_to_headless(tmp_path: Path) -> None:
    journal = str(tmp_path / "class.sqlite")
    result = without_display("host", "scenarios/tutorial.yaml", "--port", "0", "--journal", journal)
    assert result.returncode == 1, result.stderr
    assert "cannot open the instructor's window" in result.stderr
    assert "--headless" in result.stderr and "Traceback" not in result.stderr
