from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from secure_store.audit import AuditLog, AuditQuery
from secure_store.clock import ManualClock
from secure_store.errors import PermissionDenied
from secure_store.session import Session
from secure_store.vault import Vault
from tests.conftest import PASSPHRASES

Unlock = Callable[[str], Session]


def _with_entries(unlock: Unlock, n: int = 6) -> Session:
    session = unlock("arts")
    for i in range(n):
        session.log("dossier.read", "examination", f"ex-{i}", subject=f"subj-{i % 2}")
    return unlock("privacy")


def _untrigger(session: Session) -> None:
    # An attacker with the database key can drop the append-only triggers; the chain still tells.
    session.conn.execute("DROP TRIGGER audit_no_update")
    session.conn.execute("DROP TRIGGER audit_no_delete")


def test_untouched_chain_verifies(unlock: Unlock) -> None:
    result = _with_entries(unlock).verify_audit()
    assert result.ok and result.entries > 6 and result.first_broken is None


def test_log_is_append_only_through_sql(unlock: Unlock) -> None:
    import sqlcipher3

    session = _with_entries(unlock)
    with pytest.raises(sqlcipher3.Error, match="append-only"):
        session.conn.execute("UPDATE audit SET user = 'x' WHERE seq = 3")
    with pytest.raises(sqlcipher3.Error, match="append-only"):
        session.conn.execute("DELETE FROM audit WHERE seq = 3")


def test_edited_entry_is_named(unlock: Unlock) -> None:
    session = _with_entries(unlock)
    _untrigger(session)
    session.conn.execute("UPDATE audit SET record_id = 'ex-99' WHERE seq = 5")
    result = session.audit_log.verify()
    assert (result.ok, result.first_broken, result.problem) == (
        False,
        5,
        "regel gewijzigd of verplaatst",
    )


def test_deleted_entry_is_named(unlock: Unlock) -> None:
    session = _with_entries(unlock)
    _untrigger(session)
    session.conn.execute("DELETE FROM audit WHERE seq = 4")
    result = session.audit_log.verify()
    assert (result.ok, result.first_broken, result.problem) == (False, 4, "regel ontbreekt")


def test_reordered_entries_are_caught(unlock: Unlock) -> None:
    session = _with_entries(unlock)
    _untrigger(session)
    rows = session.conn.execute("SELECT * FROM audit WHERE seq IN (4, 5) ORDER BY seq").fetchall()
    session.conn.execute("DELETE FROM audit WHERE seq IN (4, 5)")
    cols = len(rows[0])
    for seq, row in ((4, rows[1]), (5, rows[0])):
        session.conn.execute(f"INSERT INTO audit VALUES ({', '.join('?' * cols)})", (seq, *row[1:]))
    result = session.audit_log.verify()
    assert not result.ok and result.first_broken == 4


def test_cut_off_tail_is_caught_by_the_head(unlock: Unlock) -> None:
    session = _with_entries(unlock)
    _untrigger(session)
    last = session.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    session.conn.execute("DELETE FROM audit WHERE seq >= ?", (last - 1,))
    result = session.audit_log.verify()
    assert (result.ok, result.problem) == (False, "laatste regels verwijderd")


def test_forged_head_is_caught(unlock: Unlock) -> None:
    session = _with_entries(unlock)
    session.conn.execute("UPDATE audit_head SET head_mac = ?", ("0" * 64,))
    assert not session.audit_log.verify().ok


def test_empty_log_verifies_and_missing_head_with_entries_does_not(unlock: Unlock) -> None:
    session = unlock("privacy")
    _untrigger(session)
    session.conn.execute("DELETE FROM audit_head")
    assert not session.audit_log.verify().ok
    session.conn.execute("DELETE FROM audit")
    assert session.audit_log.verify().ok


def test_append_joins_a_transaction_and_rolls_back_with_it(unlock: Unlock) -> None:
    session = unlock("arts")
    before = session.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(RuntimeError), session.transaction():
        session.log("dossier.change", "examination", "ex-1")
        raise RuntimeError("boom")
    assert session.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before
    assert session.audit_log.verify().ok


def test_append_that_fails_rolls_back_its_own_transaction(unlock: Unlock) -> None:
    session = unlock("arts")
    log = AuditLog(session.conn, session.keys.audit, session.clock)
    import sqlcipher3

    with pytest.raises(sqlcipher3.InterfaceError):
        log.append(user="arts", roles="", action=["not", "text"])  # type: ignore[arg-type]
    assert not session.conn.in_transaction
    assert session.audit_log.verify().ok


def test_entries_record_who_what_which_and_where(unlock: Unlock) -> None:
    session = unlock("arts")
    entry = session.log("dossier.read", "examination", "ex-1", subject="s-1", reason="consult")
    assert (entry.user, entry.roles, entry.action) == ("arts", "forensisch_arts", "dossier.read")
    assert (entry.record_type, entry.record_id, entry.subject, entry.reason) == (
        "examination", "ex-1", "s-1", "consult"
    )  # fmt: skip
    assert entry.workstation and entry.at.endswith("+00:00")


def test_query_filters_and_reading_is_itself_logged(vault_dir) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(datetime(2026, 1, 1, 9, tzinfo=UTC))
    vault = Vault.open(vault_dir, clock=clock)
    session = vault.unlock("arts", PASSPHRASES["arts"])
    for i in range(4):
        clock.advance(timedelta(days=1))
        session.log("dossier.read", "examination", f"ex-{i}")
    privacy = vault.unlock("privacy", PASSPHRASES["privacy"])
    by_record = privacy.read_audit(AuditQuery(record_type="examination", record_id="ex-2"))
    assert [e.record_id for e in by_record] == ["ex-2"]
    window = privacy.read_audit(
        AuditQuery(
            user="arts",
            action="dossier.read",
            since=datetime(2026, 1, 3, 1, tzinfo=timezone(timedelta(hours=1))),
            until=datetime(2026, 1, 5, tzinfo=UTC),
        )
    )
    assert [e.record_id for e in window] == ["ex-2", "ex-1"]
    assert privacy.read_audit(AuditQuery(action="audit.read"))[0].user == "privacy"


def test_only_privacy_officer_and_admin_read_or_verify_the_log(unlock: Unlock) -> None:
    for name in ("arts", "vta", "opvang"):
        session = unlock(name)
        with pytest.raises(PermissionDenied):
            session.read_audit(AuditQuery())
        with pytest.raises(PermissionDenied):
            session.verify_audit()
    assert unlock("beheer").verify_audit().ok


def test_verification_result_is_logged(unlock: Unlock) -> None:
    session = _with_entries(unlock)
    session.conn.execute("UPDATE audit_head SET head_mac = ?", ("0" * 64,))
    assert not session.verify_audit().ok
    detail = session.conn.execute(
        "SELECT detail FROM audit WHERE action = 'audit.verify' ORDER BY seq DESC"
    ).fetchone()[0]
    assert detail.startswith("broken at")


def test_append_that_fails_inside_a_transaction_leaves_the_rollback_to_its_owner(
    unlock: Unlock,
) -> None:
    import sqlcipher3

    session = unlock("arts")
    log = AuditLog(session.conn, session.keys.audit, session.clock)
    with pytest.raises(sqlcipher3.InterfaceError), session.transaction():
        session.log("kept until the owner rolls back")
        assert session.conn.in_transaction
        log.append(user="arts", roles="", action=["not", "text"])  # type: ignore[arg-type]
    assert session.conn.execute(
        "SELECT count(*) FROM audit WHERE action LIKE 'kept%'"
    ).fetchone() == (0,)
