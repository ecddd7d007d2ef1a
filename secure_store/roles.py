"""Roles and what each may touch (DESIGN.md "Roles"), checked in the service layer.

The table speaks of *areas* rather than domain types, so secure_store needs no domain import:
the forensic and opvang packages name the area of every record they guard.
"""

from __future__ import annotations

from enum import Enum


class Area(Enum):
    """A part of the vault that a role may or may not enter."""

    FORENSIC = "forensic"  # subjects, examinations, photos, imaging, forensic reports
    CONSULT = "consult"  # second-opinion requests and answers
    MELDING = "melding"  # meldingen aan Veilig Thuis from a forensic dossier
    OPVANG = "opvang"  # intakes, clients, screenings, agenda, meldcode, veiligheidsplan
    AUDIT = "audit"  # reading and verifying the audit log, retention list
    ERASURE = "erasure"  # crypto-shredding a dossier (with a reason)
    USERS = "users"  # adding, removing, resetting users
    SETTINGS = "settings"  # organisation, idle lock, and other vault settings
    BACKUP = "backup"  # backup and restore
    SIGNING = "signing"  # holding practitioner certificates and signing reports with them


class Role(Enum):
    """A job a person holds in the program; one person may hold several."""

    ADMIN = ("admin", "Beheerder", "Administrator")
    FORENSISCH_ARTS = ("forensisch_arts", "Forensisch arts", "Forensic physician")
    VERTROUWENSARTS = ("vertrouwensarts", "Vertrouwensarts", "Vertrouwensarts (Veilig Thuis)")
    OPVANG_MEDEWERKER = ("opvang_medewerker", "Medewerker opvang", "Shelter worker")
    PRIVACY_OFFICER = ("privacy_officer", "Privacy officer", "Privacy officer")

    def __init__(self, code: str, label_nl: str, label_en: str) -> None:
        self.code = code
        self.label_nl = label_nl
        self.label_en = label_en

    @classmethod
    def from_code(cls, code: str) -> Role:
        for role in cls:
            if role.code == code:
                return role
        raise ValueError(f"unknown role {code!r}")


PERMISSIONS: dict[Role, frozenset[Area]] = {
    Role.FORENSISCH_ARTS: frozenset({Area.FORENSIC, Area.CONSULT, Area.SIGNING}),
    Role.VERTROUWENSARTS: frozenset({Area.FORENSIC, Area.CONSULT, Area.MELDING, Area.SIGNING}),
    Role.OPVANG_MEDEWERKER: frozenset({Area.OPVANG, Area.SIGNING}),
    Role.PRIVACY_OFFICER: frozenset({Area.AUDIT, Area.ERASURE}),
    Role.ADMIN: frozenset({Area.USERS, Area.SETTINGS, Area.BACKUP, Area.AUDIT}),
}


def areas_for(roles: frozenset[Role]) -> frozenset[Area]:
    """Every area a holder of ``roles`` may enter."""
    return frozenset(area for role in roles for area in PERMISSIONS[role])


def encode_roles(roles: frozenset[Role]) -> str:
    return ",".join(sorted(role.code for role in roles))


def decode_roles(text: str) -> frozenset[Role]:
    return frozenset(Role.from_code(code) for code in text.split(",") if code)
