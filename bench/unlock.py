"""Unlocking the vault against the Argon2id derivation alone, with the slot's real cost.

The vault is created once with the calibrated KDF (about half a second per derivation); the
floor is ``slot.kdf.derive`` with that slot's salt and cost. Everything unlock adds — unwrapping,
subkeys, opening SQLCipher, migrations, the login audit entry, the orphan sweep — is the ratio.
The orphan sweep looks only at the markers of blobs being written, so vault size does not matter.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bench.runner import Benchmark, Context, Measurement
from secure_store.vault import Vault

ADMIN, PASSPHRASE = "beheer", "paarse olifant danst traag"


def _seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(ctx: Context) -> Measurement:
    """Best of several unlocks (locking between them) against the best of as many derivations.

    The best, not the median: on a shared machine load comes and goes within a run and only
    ever adds time, and both sides do the same memory-hard work. Medians go to the details.
    """
    runs = 7 if ctx.quick else 11
    vault, _ = Vault.create(ctx.scratch / "vault", ADMIN, PASSPHRASE)
    slot = vault.slots.current.slot_for(ADMIN)
    secret = PASSPHRASE.encode()
    unlock_times, derive_times = [], []
    for run in range(runs):
        # Alternate which goes first, so neither always inherits the other's warm caches.
        for first in (run % 2 == 0, run % 2 == 1):
            if first:
                unlock_times.append(_seconds(lambda: vault.unlock(ADMIN, PASSPHRASE)))
                vault.lock()
            else:
                derive_times.append(_seconds(lambda: slot.kdf.derive(secret)))
    unlock_median, derive_median = statistics.median(unlock_times), statistics.median(derive_times)
    return Measurement(
        value=min(unlock_times) * 1000,
        floor=min(derive_times) * 1000,
        unit="ms",
        details={
            "runs": runs,
            "statistic": "best of the runs",
            "unlock_median_ms": round(unlock_median * 1000, 1),
            "derive_median_ms": round(derive_median * 1000, 1),
            "ratio_of_medians": round(unlock_median / derive_median, 3),
            "kdf_iterations": slot.kdf.iterations,
            "kdf_memory_kib": slot.kdf.memory_kib,
            "kdf_lanes": slot.kdf.lanes,
            "unlock_ms": [round(t * 1000, 1) for t in unlock_times],
            "derive_ms": [round(t * 1000, 1) for t in derive_times],
        },
    )


BENCHMARK = Benchmark("unlock", measure, target=1.1)
