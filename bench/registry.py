"""Every benchmark ``python -m bench`` runs, in order. A new benchmark: a module, one line here."""

from __future__ import annotations

from bench import photo_import, report_export, unlock, vault_queries
from bench.runner import Benchmark

BENCHMARKS: tuple[Benchmark, ...] = (
    vault_queries.BENCHMARK,
    vault_queries.ENCRYPTION_BENCHMARK,
    unlock.BENCHMARK,
    photo_import.BENCHMARK,
    photo_import.MEMORY_BENCHMARK,
    report_export.BENCHMARK,
)
