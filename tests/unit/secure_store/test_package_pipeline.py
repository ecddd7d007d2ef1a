"""The worker thread beside sealing and opening: order, bounded backlog, errors, always joined."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from secure_store.package_pipeline import BATCH, Feed, SerialWorker


def _threads() -> set[str]:
    return {t.name for t in threading.enumerate()}


def test_calls_run_in_the_order_given_and_drain_waits_for_all() -> None:
    seen: list[int] = []
    with SerialWorker("test-order", depth=2) as worker:
        for i in range(50):
            worker.submit(lambda i=i: seen.append(i))
        worker.drain()
        assert seen == list(range(50))
    assert "test-order" not in _threads()


def test_the_backlog_is_bounded() -> None:
    gate, started = threading.Event(), threading.Event()
    waiting = []

    def blocked() -> None:
        started.set()
        gate.wait()

    with SerialWorker("test-bound", depth=2) as worker:
        worker.submit(blocked)
        started.wait()
        worker.submit(lambda: None)
        worker.submit(lambda: None)  # the queue is now full
        third = threading.Thread(target=lambda: (worker.submit(lambda: None), waiting.append(1)))
        third.start()
        third.join(0.2)
        assert third.is_alive() and waiting == []  # a third waiting call has to wait its turn
        gate.set()
        third.join()
        worker.drain()
    assert waiting == [1]


def test_an_error_is_raised_in_the_caller_and_later_calls_are_skipped() -> None:
    ran: list[str] = []

    def fail() -> None:
        raise OSError(28, "No space left on device")

    worker = SerialWorker("test-error")
    with pytest.raises(OSError, match="No space"), worker:
        worker.submit(fail)
        worker.submit(lambda: ran.append("after"))
        worker.drain()
    assert ran == [] and "test-error" not in _threads()
    with pytest.raises(OSError, match="No space"):
        worker.drain()  # the error stays: asked again, it is raised again


def test_a_call_that_fails_is_reported_by_a_later_submit() -> None:
    def fail() -> None:
        raise ValueError("broken item")

    with SerialWorker("test-submit", depth=2) as worker:
        worker.submit(fail)
        with pytest.raises(ValueError, match="broken item"):  # at the latest once the queue is full
            for _ in range(10):
                worker.submit(lambda: None)


def test_leaving_by_an_exception_skips_what_waits_and_joins() -> None:
    gate, started = threading.Event(), threading.Event()
    ran: list[int] = []

    def blocked() -> None:
        started.set()
        gate.wait()

    with pytest.raises(KeyboardInterrupt), SerialWorker("test-abandon", depth=8) as worker:
        worker.submit(blocked)
        started.wait()
        for i in range(5):
            worker.submit(lambda i=i: ran.append(i))
        gate.set()
        raise KeyboardInterrupt  # a cancel, say
    assert ran == [] and "test-abandon" not in _threads()


def test_closing_twice_is_harmless_and_a_normal_close_runs_what_waits() -> None:
    ran: list[int] = []
    worker = SerialWorker("test-close")
    worker.submit(lambda: ran.append(1))
    worker.close()
    worker.close()
    assert ran == [1] and "test-close" not in _threads()
    with pytest.raises(RuntimeError, match="test-close is closed"):
        worker.submit(lambda: ran.append(2))  # it would never run
    worker.drain()  # and nothing is left to wait for
    assert ran == [1]


class _Counting(SerialWorker):
    handovers = 0

    def submit(self, call: Callable[[], object]) -> None:
        self.handovers += 1
        super().submit(call)


def test_a_feed_hands_small_blocks_over_in_runs_and_keeps_their_order() -> None:
    handed: list[bytes] = []
    blocks = [bytes([i % 256]) * 1000 for i in range(600)]  # 600 000 bytes
    with _Counting("test-feed") as worker:
        feed = Feed(worker, handed.append)
        for block in blocks:
            feed.put(block)
        feed.flush()
        feed.flush()  # nothing left: no empty hand-over
        worker.drain()
    assert handed == blocks
    assert BATCH == 262_144 and worker.handovers == 3  # 263 blocks, 263 blocks, the last 74
