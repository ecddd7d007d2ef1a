"""The workspaces of the main window, as a registry later parts plug into.

A workspace is a page in the navigation: which areas it serves (a user sees it when their roles
give access to any of them), its title, and a factory that builds it from a
:class:`WorkspaceContext`. Registering a spec with an existing key replaces it, so the forensic
issue swaps the placeholder for the real dossier list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from secure_store.clock import Clock
from secure_store.roles import Area
from secure_store.session import Session

from ..common.session_ref import SessionRef
from ..common.worker import Workers
from ..settings import Prefs


@dataclass(frozen=True)
class WorkspaceContext:
    """What a workspace gets: the session (through its reference), workers, prefs, clock."""

    session: SessionRef
    workers: Workers
    prefs: Prefs
    clock: Clock


@dataclass(frozen=True)
class WorkspaceSpec:
    """One navigation entry; ``title`` is called at build time so it follows the language."""

    key: str
    areas: frozenset[Area]
    title: Callable[[], str]
    factory: Callable[[WorkspaceContext], QWidget]
    order: int


WORKSPACES: dict[str, WorkspaceSpec] = {}


def register(spec: WorkspaceSpec) -> None:
    """Add ``spec``, or replace the one with the same key."""
    WORKSPACES[spec.key] = spec


def visible_for(session: Session) -> list[WorkspaceSpec]:
    """The workspaces ``session``'s roles allow, in navigation order."""
    allowed = [s for s in WORKSPACES.values() if any(session.can(a) for a in s.areas)]
    return sorted(allowed, key=lambda s: s.order)


def _forensic(context: WorkspaceContext) -> QWidget:
    from ..forensics.workspace import ForensicWorkspace

    return ForensicWorkspace(context)


def _opvang(context: WorkspaceContext) -> QWidget:
    from ..opvang.workspace import OpvangWorkspace

    return OpvangWorkspace(context)


def _consult(context: WorkspaceContext) -> QWidget:
    from ..consult.workspace import ConsultWorkspace

    return ConsultWorkspace(context)


def _audit(context: WorkspaceContext) -> QWidget:
    from ..audit.audit_view import AuditWorkspace

    return AuditWorkspace(context)


def _beheer(context: WorkspaceContext) -> QWidget:
    from ..admin.beheer import BeheerWorkspace

    return BeheerWorkspace(context)


for _spec in (
    WorkspaceSpec(
        "forensic",
        frozenset({Area.FORENSIC}),
        lambda: QCoreApplication.translate("Workspaces", "Forensisch"),
        _forensic,
        10,
    ),
    WorkspaceSpec(
        "opvang",
        frozenset({Area.OPVANG}),
        lambda: QCoreApplication.translate("Workspaces", "Opvang"),
        _opvang,
        20,
    ),
    WorkspaceSpec(
        "consult",
        frozenset({Area.CONSULT}),
        lambda: QCoreApplication.translate("Workspaces", "Second opinions"),
        _consult,
        30,
    ),
    WorkspaceSpec(
        "audit",
        frozenset({Area.AUDIT}),
        lambda: QCoreApplication.translate("Workspaces", "Audit"),
        _audit,
        80,
    ),
    WorkspaceSpec(
        "beheer",
        frozenset({Area.USERS, Area.SETTINGS, Area.BACKUP}),
        lambda: QCoreApplication.translate("Workspaces", "Beheer"),
        _beheer,
        90,
    ),
):
    register(_spec)
