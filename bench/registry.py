"""Every benchmark ``python -m bench`` runs, in order. A new benchmark: a module, one line here."""

from __future__ import annotations

from bench import package_seal, photo_import, report_export, unlock, vault_queries
from bench.runner import Benchmark

BENCHMARKS: tuple[Benchmark, ...] = (
    vault_queries.BENCHMARK,
    vault_queries.ENCRYPTION_BENCHMARK,
    unlock.BENCHMARK,
    photo_import.BENCHMARK,
    photo_import.MEMORY_BENCHMARK,
    package_seal.SEAL,
    package_seal.SEAL_HASHING,
    package_seal.OPEN,
    package_seal.OPEN_HASHING,
    package_seal.MEMORY,
    report_export.BENCHMARK,
)
