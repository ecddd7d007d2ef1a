"""The autosaver on its own: one save per pause, a refusal shown, nothing sent twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.common.session_ref import SessionRef
from desktop.common.worker import Workers
from desktop.forensics.autosave import AutoSaver, SaveState
from desktop.vaults import open_vault
from forensics.dossiers import DossierService
from forensics.errors import ExaminationSealed
from forensics.records import Sex
from secure_store.audit import AuditQuery
from secure_store.session import Session
from tests.conftest import PASSPHRASES


@pytest.fixture
def session(vault_dir: Path, workers: Workers) -> Iterator[Session]:
    unlocked = open_vault(vault_dir).unlock("arts", PASSPHRASES["arts"])
    yield unlocked
    workers.wait_for_done(10_000)
    unlocked.lock()


def _exam(session: Session) -> str:
    service = DossierService(session)
    subject = service.create_subject("Sam Proef", date(2010, 1, 1), Sex.MALE)
    return service.create_examination(subject.id, datetime(2026, 3, 2, tzinfo=UTC)).id


def test_changes_in_one_pause_are_one_save_naming_every_field(
    qtbot: QtBot, session: Session, workers: Workers
) -> None:
    exam_id = _exam(session)
    saver = AutoSaver(SessionRef(session), workers, pause_ms=50)
    saver.set_examination(exam_id)
    states: list[SaveState] = []
    saver.state_changed.connect(states.append)
    saver.change("question", "V")
    saver.change("question", "Vraag")
    saver.change("findings", "Bevinding")
    with qtbot.waitSignal(saver.saved, timeout=5_000):
        pass
    assert states == [SaveState.PENDING, SaveState.SAVING, SaveState.SAVED]
    assert not saver.has_unsaved
    stored = DossierService(session).examination(exam_id)
    assert (stored.question, stored.findings) == ("Vraag", "Bevinding")
    audit = list(session.audit_log.query(AuditQuery(action="examination.change")))
    assert [e.detail for e in audit] == ["findings,question"]


def test_a_refused_save_is_shown_and_not_retried(
    qtbot: QtBot, session: Session, workers: Workers
) -> None:
    exam_id = _exam(session)
    DossierService(session).seal(exam_id)
    saver = AutoSaver(SessionRef(session), workers, pause_ms=10)
    saver.set_examination(exam_id)
    with qtbot.waitSignal(saver.failed, timeout=5_000) as failed:
        saver.change("findings", "te laat")
    assert isinstance(failed.args[0], ExaminationSealed)
    assert saver.state is SaveState.FAILED and not saver.has_unsaved


def test_nothing_is_sent_without_an_examination(session: Session, workers: Workers) -> None:
    saver = AutoSaver(SessionRef(session), workers, pause_ms=10)
    saver.change("findings", "nergens")
    saver.flush()
    assert saver.state is SaveState.IDLE and not workers.busy
