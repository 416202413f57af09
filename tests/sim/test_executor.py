"""Batch runs: in order on any number of processes, a bounded number in flight (so memory
stays flat), and on a Dask cluster through its standard executor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from game.scenario.load import load_data
from game.sim.executor import ExecutorError, parse_executor, stream
from game.sim.simulate import Study, Summary, run_one, summarise

from .test_compare import TUTORIAL


def square(n: int) -> int:
    return n * n


def test_results_come_in_the_order_of_the_work() -> None:
    assert list(stream(square, range(50), jobs=2, batch=3)) == [n * n for n in range(50)]
    assert list(stream(square, range(7), jobs=1)) == [n * n for n in range(7)]


def test_only_a_few_batches_are_in_flight() -> None:
    """The work is drawn lazily: when the first result arrives, at most the window has been
    taken from a generator of a million items."""
    taken = 0

    def work() -> Iterator[int]:
        nonlocal taken
        for n in range(1_000_000):
            taken += 1
            yield n

    results = stream(square, work(), jobs=2, batch=4)
    assert next(results) == 0
    assert taken <= 4 * 2 * 4 + 4
    results.close()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (None, None),
        ("local", None),
        ("dask://10.0.0.5:8786", "tcp://10.0.0.5:8786"),
        ("dask://scheduler.lab:8786", "tcp://scheduler.lab:8786"),
    ],
)
def test_executor_addresses(text: str | None, address: str | None) -> None:
    assert parse_executor(text) == address


@pytest.mark.parametrize("text", ["dask://host", "spark://host:7077", "dask://:8786", "8786"])
def test_bad_executor_addresses_are_explained(text: str) -> None:
    with pytest.raises(ExecutorError, match="dask://HOST:PORT"):
        parse_executor(text)


def test_the_summary_keeps_no_record() -> None:
    """A study's summary folds each record into sums: its size does not grow with runs."""
    data = load_data(TUTORIAL)
    record = run_one(Study(data, 1))
    summary = Summary()
    summary.add(record)
    sizes = _size(summary)
    for _ in range(200):
        summary.add(record)
    assert _size(summary) == sizes
    assert summary.result({})["verdicts"][record["verdict"]] == 201
    assert summarise([record] * 201, {}) == summary.result({})


def _size(summary: Summary) -> tuple[int, ...]:
    return tuple(
        len(part) for part in (summary.sums, summary.nations, summary.finals, summary.bodies)
    )


def test_a_dask_cluster_plays_the_same_games() -> None:
    distributed = pytest.importorskip("distributed")
    data = load_data(TUTORIAL)
    studies = [Study(data, seed) for seed in range(1, 5)]
    local = list(stream(run_one, studies, jobs=1))
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        where = parse_executor("dask://" + cluster.scheduler_address.removeprefix("tcp://"))
        remote = list(stream(run_one, studies, executor=where))
    assert remote == local
