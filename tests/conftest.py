"""Shared fixtures: a template vault built once per session with a cheap (but ≥ 64 MiB) KDF.

Creating a vault is slow on purpose (Argon2id); tests copy a prepared one (Anki's approach).
"""

from __future__ import annotations

import os
import shutil

# Qt tests run without a screen (CI, a fresh machine); set before any Qt module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from collections.abc import Callable
from pathlib import Path

import pytest

from secure_store.kdf import KdfParams
from secure_store.roles import Role
from secure_store.session import Session
from secure_store.vault import Vault

PASSPHRASES = {
    "beheer": "paarse olifant danst traag",
    "arts": "groene tafel zingt zacht",
    "vta": "blauwe fiets rijdt snel",
    "opvang": "gele tulp groeit hoog",
    "privacy": "rode deur kraakt luid",
}
ROLES = {
    "arts": Role.FORENSISCH_ARTS,
    "vta": Role.VERTROUWENSARTS,
    "opvang": Role.OPVANG_MEDEWERKER,
    "privacy": Role.PRIVACY_OFFICER,
}


def cheap_kdf() -> KdfParams:
    """The minimum the vault accepts (64 MiB, one pass): fast enough for tests, still Argon2id."""
    return KdfParams(os.urandom(16), 1, 64 * 1024)


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, recovery = Vault.create(
        folder, "beheer", PASSPHRASES["beheer"], organisation="GGD Testregio", kdf=cheap_kdf()
    )
    (folder.parent / "recovery.txt").write_text(recovery)
    session = vault.unlock("beheer", PASSPHRASES["beheer"])
    for name, role in ROLES.items():
        session.users.add(
            name, name.title(), frozenset({role}), PASSPHRASES[name], must_change=False
        )
    vault.lock()
    return folder


@pytest.fixture
def vault_dir(template_vault: Path, tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(template_vault, target)
    return target


@pytest.fixture
def recovery_key(template_vault: Path) -> str:
    return (template_vault.parent / "recovery.txt").read_text()


@pytest.fixture
def vault(vault_dir: Path) -> Vault:
    return Vault.open(vault_dir, sleep=lambda _: None)


@pytest.fixture
def unlock(vault: Vault) -> Callable[[str], Session]:
    """Unlock the test vault as one of the prepared users."""

    def _unlock(name: str) -> Session:
        return vault.unlock(name, PASSPHRASES[name])

    return _unlock


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> object:
    """Fail a test that leaves a Python thread running (a worker that was never joined).

    Threads Qt started (QThreadPool) appear as dummy threads once they ran Python code; the UI
    fixtures wait for those pools, so only threads Python started are checked here.
    """
    import threading
    import time

    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    while True:
        extra = [
            t
            for t in threading.enumerate()
            if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)
        ]
        if not extra or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    assert not extra, f"threads left running: {[t.name for t in extra]}"


_exit_status = 0


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without interpreter finalisation once Qt was loaded.

    PySide6 6.12 can crash while the interpreter tears down after the UI tests ("bool_dealloc:
    deallocating True or False"), after every test has passed and coverage has been saved; the
    crash turned a green run into exit code 134 about one run in three. Everything pytest and
    pytest-cov write is done by now, so exiting here keeps the real result.
    """
    import sys

    if "PySide6.QtCore" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo vault (three forensic dossiers, certificates), built once per test session."""
    from desktop.demo import create_demo_vault

    folder = tmp_path_factory.mktemp("demo-template") / "demo"
    create_demo_vault(folder, kdf=cheap_kdf())
    return folder


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo vault for one test."""
    target = tmp_path / "demo-vault"
    shutil.copytree(demo_template, target)
    return target
