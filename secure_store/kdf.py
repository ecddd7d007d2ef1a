"""Argon2id parameters: from a passphrase to a key-encryption key.

The cost is calibrated on the machine that creates the vault so one unlock takes about half a
second; memory never goes below 64 MiB (DESIGN.md), which is what makes GPU guessing expensive.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
DEFAULT_MEMORY_KIB = 128 * 1024
LANES = 4
SALT_BYTES = 16
KEY_BYTES = 32
TARGET_SECONDS = 0.5
MAX_ITERATIONS = 64
CALIBRATION_PROBES = 3


@dataclass(frozen=True)
class KdfParams:
    """One slot's Argon2id cost and salt, stored beside the wrapped key."""

    salt: bytes
    iterations: int
    memory_kib: int
    lanes: int = LANES

    def __post_init__(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB:
            raise ValueError("Argon2id memory below 64 MiB is refused")
        if not 1 <= self.iterations <= MAX_ITERATIONS or len(self.salt) < SALT_BYTES:
            raise ValueError("Argon2id parameters out of range")

    def derive(self, secret: bytes) -> bytes:
        """The 256-bit key-encryption key for ``secret`` under these parameters."""
        kdf = Argon2id(
            salt=self.salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)

    def with_new_salt(self) -> KdfParams:
        """Same cost, fresh salt (every slot gets its own)."""
        return KdfParams(os.urandom(SALT_BYTES), self.iterations, self.memory_kib, self.lanes)

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "argon2id",
            "salt": self.salt.hex(),
            "iterations": self.iterations,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        """Parse a slot's KDF block; raises ValueError/KeyError/TypeError on a bad one."""
        if data["alg"] != "argon2id":
            raise ValueError("unknown KDF")
        return cls(
            bytes.fromhex(data["salt"]),
            int(data["iterations"]),
            int(data["memory_kib"]),
            int(data["lanes"]),
        )


def calibrate(
    target_seconds: float = TARGET_SECONDS, memory_kib: int = DEFAULT_MEMORY_KIB
) -> KdfParams:
    """Pick the iteration count that makes one derivation take about ``target_seconds`` here.

    The fastest of three probes counts: a busy moment during one probe must not make every later
    unlock of this vault slower, nor a quiet one weaker.
    """
    probe = KdfParams(os.urandom(SALT_BYTES), 2, memory_kib)
    timings = []
    for _ in range(CALIBRATION_PROBES):
        start = time.perf_counter()
        probe.derive(b"calibration")
        timings.append(time.perf_counter() - start)
    per_iteration = max(min(timings) / 2, 1e-4)
    iterations = round(target_seconds / per_iteration)
    return KdfParams(probe.salt, min(max(iterations, 1), MAX_ITERATIONS), memory_kib)
