from __future__ import annotations

import os

import pytest

from secure_store import kdf as kdf_module
from secure_store.kdf import MIN_MEMORY_KIB, KdfParams, calibrate
from secure_store.keys import UnwrapFailed, VaultKeys, hkdf, random_key, unwrap, wrap


def test_wrapped_key_unwraps_only_with_its_key_and_context() -> None:
    kek, key = random_key(), random_key()
    wrapped = wrap(kek, key, b"slot-a")
    assert unwrap(kek, wrapped, b"slot-a") == key
    with pytest.raises(UnwrapFailed):
        unwrap(kek, wrapped, b"slot-b")
    with pytest.raises(UnwrapFailed):
        unwrap(random_key(), wrapped, b"slot-a")
    with pytest.raises(UnwrapFailed):
        unwrap(kek, wrapped[:5], b"slot-a")


def test_subkeys_are_distinct_and_deterministic() -> None:
    master = random_key()
    keys = VaultKeys.from_master(master)
    subkeys = {keys.database, keys.audit, keys.case_wrap, keys.backup, master}
    assert len(subkeys) == 5
    assert VaultKeys.from_master(master) == keys
    assert hkdf(master, b"a") != hkdf(master, b"b")


def test_kdf_refuses_less_than_64_mib() -> None:
    with pytest.raises(ValueError, match="64 MiB"):
        KdfParams(os.urandom(16), 3, MIN_MEMORY_KIB - 1)


@pytest.mark.parametrize(("iterations", "salt"), [(0, 16), (65, 16), (2, 8)])
def test_kdf_refuses_parameters_out_of_range(iterations: int, salt: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        KdfParams(os.urandom(salt), iterations, MIN_MEMORY_KIB)


def test_kdf_derivation_depends_on_secret_and_salt() -> None:
    params = KdfParams(os.urandom(16), 1, MIN_MEMORY_KIB)
    assert params.derive(b"a") == params.derive(b"a") != params.derive(b"b")
    assert params.with_new_salt().derive(b"a") != params.derive(b"a")


def test_kdf_json_round_trip_and_unknown_algorithm() -> None:
    params = KdfParams(os.urandom(16), 2, MIN_MEMORY_KIB)
    assert KdfParams.from_json(params.to_json()) == params
    with pytest.raises(ValueError, match="unknown KDF"):
        KdfParams.from_json({**params.to_json(), "alg": "pbkdf2"})


def test_calibration_scales_iterations_to_the_target(monkeypatch: pytest.MonkeyPatch) -> None:
    # Three probes of 2 iterations: 0.3 s (busy), 0.1 s, 0.2 s → the fastest counts, 0.05 s each.
    ticks = iter([0.0, 0.3, 1.0, 1.1, 2.0, 2.2])
    monkeypatch.setattr(kdf_module.time, "perf_counter", lambda: next(ticks))
    params = calibrate(target_seconds=0.5, memory_kib=MIN_MEMORY_KIB)
    assert params.iterations == 10
    assert params.memory_kib == MIN_MEMORY_KIB


def test_calibration_stays_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter([0.0, 0.0] * 3 + [0.0, 100.0] * 3)
    monkeypatch.setattr(kdf_module.time, "perf_counter", lambda: next(ticks))
    assert calibrate(memory_kib=MIN_MEMORY_KIB).iterations == kdf_module.MAX_ITERATIONS
    assert calibrate(memory_kib=MIN_MEMORY_KIB).iterations == 1
