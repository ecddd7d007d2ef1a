"""Atomic writes, throttle file, settings, roles, clock, errors, export door, transactions."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from secure_store.atomic import atomic_writer, sweep_temp_files, write_atomic
from secure_store.clock import ManualClock, SystemClock
from secure_store.errors import PermissionDenied, VaultError, WrongPassphrase
from secure_store.export import export_file
from secure_store.roles import Area, Role, areas_for, decode_roles, encode_roles
from secure_store.session import Session
from secure_store.settings import (
    IDLE_LOCK_MINUTES,
    ORGANISATION_ADDRESS,
    ORGANISATION_NAME,
    REGISTRY,
    InvalidSetting,
)
from secure_store.throttle import UnlockThrottle

Unlock = Callable[[str], Session]


def test_atomic_write_replaces_whole_files_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "f"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_failed_atomic_write_keeps_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "f"
    write_atomic(target, b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as out:
        out.write(b"half")
        raise RuntimeError("crash")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f"]


def test_sweep_removes_only_temp_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / ".vd-tmp-1").write_bytes(b"")
    (tmp_path / ".vd-tmp-backup").mkdir()
    (tmp_path / ".vd-tmp-backup" / "vault.db").write_bytes(b"snapshot")
    (tmp_path / "keep").write_bytes(b"")
    assert sweep_temp_files(tmp_path) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["keep"]


def test_throttle_survives_a_damaged_or_odd_file(tmp_path: Path) -> None:
    waits: list[float] = []
    throttle = UnlockThrottle(tmp_path, waits.append)
    (tmp_path / "unlock_failures.json").write_text("{broken")
    assert throttle.delay_for("a") == 0.0
    (tmp_path / "unlock_failures.json").write_text("[]")
    assert throttle.delay_for("a") == 0.0
    (tmp_path / "unlock_failures.json").write_text(json.dumps({"a": 3, "b": {"count": 40}}))
    assert throttle.delay_for("b") == 30.0
    throttle.wait("b")
    throttle.wait("a")
    assert waits == [30.0]


def test_throttle_success_returns_pending_failures_once(tmp_path: Path) -> None:
    throttle = UnlockThrottle(tmp_path, lambda _: None)
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    throttle.record_failure("b", t0 + timedelta(seconds=2))
    throttle.record_failure("a", t0)
    pending = throttle.succeeded("a")
    assert [u for u, _ in pending] == ["a", "b"]
    assert throttle.succeeded("b") == []
    assert not (tmp_path / "unlock_failures.json").exists()


def test_settings_have_defaults_and_only_admins_change_them(unlock: Unlock) -> None:
    admin = unlock("beheer")
    assert admin.settings.get(IDLE_LOCK_MINUTES) == 5
    assert admin.settings.get(ORGANISATION_NAME) == "GGD Testregio"
    admin.settings.set(IDLE_LOCK_MINUTES, 10)
    admin.settings.set(ORGANISATION_ADDRESS, "Postbus 1, 1000 AA Testdorp")
    arts = unlock("arts")
    assert arts.settings.get(IDLE_LOCK_MINUTES) == 10
    assert arts.settings.get(ORGANISATION_ADDRESS) == "Postbus 1, 1000 AA Testdorp"
    with pytest.raises(PermissionDenied):
        arts.settings.set(IDLE_LOCK_MINUTES, 60)
    assert set(REGISTRY) >= {"idle_lock_minutes", "organisation_name"}


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        (IDLE_LOCK_MINUTES, 0),
        (IDLE_LOCK_MINUTES, 61),
        (IDLE_LOCK_MINUTES, "5"),
        (ORGANISATION_NAME, 3),
        (ORGANISATION_NAME, "x" * 501),
    ],
)
def test_invalid_setting_values_are_refused(unlock: Unlock, setting, value) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidSetting):
        unlock("beheer").settings.set(setting, value)


def test_role_table_matches_the_design() -> None:
    assert Area.OPVANG not in areas_for(frozenset({Role.FORENSISCH_ARTS}))
    assert Area.FORENSIC not in areas_for(frozenset({Role.OPVANG_MEDEWERKER}))
    admin = areas_for(frozenset({Role.ADMIN}))
    assert not admin & {Area.FORENSIC, Area.OPVANG, Area.CONSULT, Area.MELDING}
    privacy = areas_for(frozenset({Role.PRIVACY_OFFICER}))
    assert privacy == {Area.AUDIT, Area.ERASURE}
    both = frozenset({Role.FORENSISCH_ARTS, Role.OPVANG_MEDEWERKER})
    assert {Area.FORENSIC, Area.OPVANG} <= areas_for(both)
    assert decode_roles(encode_roles(both)) == both
    assert decode_roles("") == frozenset()
    with pytest.raises(ValueError, match="unknown role"):
        Role.from_code("koning")
    assert Role.VERTROUWENSARTS.label_nl == "Vertrouwensarts"


def test_clocks_tell_aware_utc_time() -> None:
    assert SystemClock().now().tzinfo is UTC
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    clock.advance(timedelta(hours=2))
    assert clock.now().hour == 2
    clock.set(datetime(2027, 1, 1, tzinfo=UTC))
    assert clock.now().year == 2027
    with pytest.raises(ValueError, match="aware"):
        ManualClock(datetime(2026, 1, 1))


def test_errors_carry_dutch_and_english_messages() -> None:
    error = WrongPassphrase()
    assert str(error) == error.message == error.message_nl
    assert error.message_en.startswith("The passphrase")
    assert "(x)" in str(VaultError("x"))
    for cls in VaultError.__subclasses__():
        assert cls.message_nl != VaultError.message_nl, cls


def test_export_writes_atomically_and_audits_the_hash(unlock: Unlock, tmp_path: Path) -> None:
    session = unlock("arts")
    dest = tmp_path / "rapport.pdf"
    receipt = export_file(
        session, dest, [b"%PDF-", b"1.7"], area=Area.FORENSIC, kind="report",
        record_type="examination", record_id="ex-1", subject="s-1",
    )  # fmt: skip
    assert dest.read_bytes() == b"%PDF-1.7"
    assert receipt.sha256 == hashlib.sha256(b"%PDF-1.7").hexdigest() and receipt.size == 8
    row = session.conn.execute(
        "SELECT action, record_id, detail FROM audit ORDER BY seq DESC"
    ).fetchone()
    assert row[0] == "export.report" and row[1] == "ex-1" and receipt.sha256 in row[2]


def test_export_from_a_foreign_area_is_refused(unlock: Unlock, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        export_file(
            unlock("opvang"), tmp_path / "x", b"data", area=Area.FORENSIC, kind="report",
            record_type="examination", record_id="ex-1",
        )  # fmt: skip
    assert not (tmp_path / "x").exists()


def test_nested_transactions_join_the_outer_one(unlock: Unlock) -> None:
    session = unlock("arts")
    with pytest.raises(RuntimeError), session.transaction() as outer:
        with session.transaction() as inner:
            assert inner is outer
            session.log("x")
        raise RuntimeError("roll back both")
    assert session.conn.execute("SELECT count(*) FROM audit WHERE action = 'x'").fetchone() == (0,)


def test_connection_statements_are_fetched_whole_under_the_lock(unlock: Unlock) -> None:
    session = unlock("arts")
    session.conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)", [("a", "1"), ("b", "2")]
    )
    rows = session.conn.execute(
        "SELECT key, value FROM settings WHERE key IN ('a', 'b') ORDER BY key"
    )
    assert rows.fetchall() == [("a", "1"), ("b", "2")] and rows.fetchone() == ("a", "1")
    assert session.conn.execute("SELECT 1 WHERE 0").fetchone() is None
    assert session.conn.execute("DELETE FROM settings WHERE key IN ('a', 'b')").rowcount == 2
    assert not session.conn.in_transaction
