"""Where batch runs go: local processes (all cores unless told), or an existing Dask
cluster (`dask://HOST:PORT`) through the standard concurrent.futures interface.

Results come back in the order of the work, whatever order they finish in, so a study's
sums are the same on one process or many; and only a few batches are in flight at once,
so memory stays flat however many runs a study has."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from itertools import islice
from typing import TypeVar

from game.play.told import Told
from game.support.collector import pace_for_play
from game.text.language import N_

Item = TypeVar("Item")
Result = TypeVar("Result")


class ExecutorError(Told, ValueError):
    """An --executor that names no usable place to run (said in the reader's language by
    `text`)."""


def _run_batch(func: Callable[[Item], Result], batch: list[Item]) -> list[Result]:
    return [func(item) for item in batch]


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@contextmanager
def _dask(address: str) -> Iterator[Executor]:
    try:
        from distributed import Client
    except ImportError:
        raise ExecutorError(
            N_("--executor dask:// needs the Dask extra: pip install -e '.[dask]'")
        ) from None
    try:
        client = Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as error:
        raise ExecutorError(
            N_("no Dask scheduler answers at {address}: {problem}"), address=address, problem=error
        ) from None
    try:
        yield client.get_executor(pure=False)  # type: ignore[no-untyped-call]
    finally:
        client.close()  # type: ignore[no-untyped-call]


def parse_executor(text: str | None) -> str | None:
    """'dask://HOST:PORT' -> the scheduler's tcp address; None or 'local' -> None."""
    if text is None or text == "local":
        return None
    scheme, sep, rest = text.partition("://")
    host, _, port = rest.rpartition(":")
    if scheme != "dask" or not sep or not host or not port.isdigit():
        raise ExecutorError(
            N_(
                "'{text}' is not an executor; use 'local' (the default) or dask://HOST:PORT, "
                "e.g. dask://10.0.0.5:8786"
            ),
            text=text,
        )
    return f"tcp://{host}:{port}"


def workers(jobs: int | None) -> int:
    return max(1, jobs or os.cpu_count() or 1)


def stream(
    func: Callable[[Item], Result],
    items: Iterable[Item],
    jobs: int | None = None,
    executor: str | None = None,
    batch: int = 4,
) -> Iterator[Result]:
    """func over items, in order, on `jobs` local processes or the Dask scheduler at
    `executor` (a tcp address, as `parse_executor` gives)."""
    count = workers(jobs)
    if executor is None and count == 1:
        yield from map(func, items)
        return
    pool: AbstractContextManager[Executor] = (
        _dask(executor)
        if executor
        else ProcessPoolExecutor(max_workers=count, initializer=pace_for_play)
    )
    with pool as runner:
        window = 4 * count if executor is None else 64
        pending: deque[Future[list[Result]]] = deque()
        for chunk in _batches(items, batch):
            pending.append(runner.submit(_run_batch, func, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
