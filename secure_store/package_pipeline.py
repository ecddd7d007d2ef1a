"""A worker thread that runs calls in order beside the caller, for sealing and opening packages.

A package hashes every byte with SHA-256 — each item's plaintext for the manifest, and on
sealing the whole file for the signed trailer — and SHA-256 runs here at a fifth of the speed
of AES-GCM. Those hashes are independent of each other and of the encryption, and hashlib, the
AES-GCM of ``cryptography`` and file writes all release the GIL for large buffers, so each pass
runs on a thread of its own while the caller reads and decrypts.

The backlog is bounded (``depth`` calls, each holding one block), so memory stays bounded; the
first exception a call raises is raised again in the caller; and the thread is always joined
when the ``with`` block ends, whether it ends normally, by an error or by a cancel.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from functools import partial
from types import TracebackType

DEPTH = 4
"""Calls waiting at most per worker: with 1 MiB blocks, 4 MiB held, enough to keep it busy."""
BATCH = 256 * 1024
"""Bytes a :class:`Feed` collects before one hand-over, so small blocks cost no hand-over each."""


class SerialWorker:
    """One thread that runs the calls it is given, one after another, in the order given.

    Use it as a context manager: leaving the block stops the thread and joins it; calls still
    waiting are skipped when the block is left by an exception (the work is being abandoned).
    After a call raised, later calls are skipped and :meth:`submit` and :meth:`drain` raise
    that exception in the caller's thread.
    """

    def __init__(self, name: str, depth: int = DEPTH) -> None:
        self._calls: queue.Queue[Callable[[], object] | None] = queue.Queue(depth)
        self._error: BaseException | None = None
        self._abandoned = self._closed = False
        self._thread = threading.Thread(target=self._run, name=name)
        self._thread.start()

    def __enter__(self) -> SerialWorker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close(abandon=kind is not None)

    def submit(self, call: Callable[[], object]) -> None:
        """Queue ``call``; blocks while ``depth`` calls are waiting.

        Raises:
            Whatever an earlier call raised. RuntimeError: the worker was closed (a bug: the
            call would never run, and a later :meth:`drain` would wait for it for ever).
        """
        if self._closed:
            raise RuntimeError(f"{self._thread.name} is closed")
        self._raise_error()
        self._calls.put(call)

    def drain(self) -> None:
        """Wait until every call submitted so far has run.

        Raises:
            Whatever a call raised.
        """
        self._calls.join()
        self._raise_error()

    def close(self, *, abandon: bool = False) -> None:
        """Stop the thread and wait for it; with ``abandon``, calls still waiting are skipped."""
        if not self._closed:
            self._closed, self._abandoned = True, abandon
            self._calls.put(None)
            self._thread.join()

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (call := self._calls.get()) is not None:
            try:
                if self._error is None and not self._abandoned:
                    call()
            except BaseException as exc:  # handed to the caller's thread, never lost
                self._error = exc
            finally:
                self._calls.task_done()
        self._calls.task_done()


class Feed:
    """Hands blocks to ``consume`` on ``worker``, in order, in runs of at least :data:`BATCH`.

    The blocks must not change after :meth:`put` (``bytes``): they are used later, elsewhere.
    """

    def __init__(self, worker: SerialWorker, consume: Callable[[bytes], object]) -> None:
        self._worker = worker
        self._consume = consume
        self._run: list[bytes] = []
        self._held = 0

    def put(self, block: bytes) -> None:
        """Add ``block``; hands the run over once it holds :data:`BATCH` bytes."""
        self._run.append(block)
        self._held += len(block)
        if self._held >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Hand over what was put and not yet handed over."""
        if self._run:
            self._worker.submit(partial(_each, self._consume, tuple(self._run)))
            self._run, self._held = [], 0


def _each(consume: Callable[[bytes], object], blocks: Sequence[bytes]) -> None:
    for block in blocks:
        consume(block)
