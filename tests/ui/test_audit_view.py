"""The audit workspace: filters and the chain check with a visible result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.audit.audit_view import AuditWorkspace
from desktop.shell.controller import Shell
from desktop.shell.main_window import MainWindow


def _audit(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[[Shell, str], MainWindow],
) -> AuditWorkspace:
    shell = make_shell()
    shell.start(vault_dir)
    window = login(shell, "privacy")
    assert window.navigation_keys() == ["audit"]
    page = window.show_workspace("audit")
    assert isinstance(page, AuditWorkspace)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.search_button.isEnabled())
    return page


def test_filters_narrow_the_log(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[..., MainWindow],
) -> None:
    page = _audit(qtbot, make_shell, vault_dir, login)
    everything = page.model.rowCount()
    page.user_combo.setEditText("beheer")
    page.search()
    qtbot.waitUntil(lambda: page.search_button.isEnabled() and page.model.rowCount() < everything)
    users = {page.model.row_at(r).user for r in range(page.model.rowCount())}
    assert users == {"beheer"}
    page.user_combo.setEditText("")
    page.action_edit.setText("user.add")
    page.record_type_edit.setText("user")
    page.record_id_edit.setText("arts")
    page.search()
    qtbot.waitUntil(lambda: page.search_button.isEnabled() and page.model.rowCount() == 1)
    assert page.model.row_at(0).record_id == "arts"
    page.action_edit.setText("")
    page.record_type_edit.setText("")
    page.record_id_edit.setText("")
    page.date_filter.setChecked(True)
    page.since_edit.setDate(page.since_edit.date().addYears(-10))
    page.until_edit.setDate(page.since_edit.date())
    page.search()
    qtbot.waitUntil(lambda: page.search_button.isEnabled() and page.model.rowCount() == 0)


def test_the_chain_check_shows_green_then_red_after_tampering(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    vault_dir: Path,
    login: Callable[..., MainWindow],
) -> None:
    page = _audit(qtbot, make_shell, vault_dir, login)
    page.verify()
    qtbot.waitUntil(lambda: page.verify_result.property("state") == "ok")
    assert "in orde" in page.verify_result.text()
    session = page.context.session.session
    with session.transaction() as conn:
        # An attacker holding the key can drop the append-only trigger; the chain still tells.
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET detail = 'vervalst' WHERE seq = 2")
    page.verify()
    qtbot.waitUntil(lambda: page.verify_result.property("state") == "broken")
    assert "regel 2" in page.verify_result.text()
