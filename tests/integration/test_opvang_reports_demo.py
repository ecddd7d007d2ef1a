"""Signed opvang documents of the demo households, read as Veilig Thuis or a reader would.

``pdfsig`` and ``pdftotext`` (poppler) read the files; the audit log holds the SHA-256 of each
file that left. The shelter address of the demo (``Lindelaan 12``, ``1234 AB Demostad``, the
location "Opvanghuis De Linde") must not be in any of them unless it was chosen.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from desktop.demo import ADDRESS, DEMO_USERS
from desktop.vaults import open_vault
from opvang.concerns import ConcernService, Urgency
from opvang.households import HouseholdService
from opvang.intake_report import IntakeChoices, intake_report
from opvang.melding_report import MeldingChoices, melding_report
from opvang.records import Household
from opvang.report_content import ReportContent, ReportTarget
from opvang.screening_report import screening_report
from secure_store.certificates import CertificateNotFound, CertificateStore
from secure_store.errors import PermissionDenied
from secure_store.report_export import ReportJob, export_report
from secure_store.session import Session
from secure_store.verify_pdf import verify_pdf
from tests.signing_support import pdfsig

PW = {u.name: u.passphrase for u in DEMO_USERS}
MARKING = "Vertrouwelijk — beroepsgeheim hulpverlening"
SHELTERS = ("Lindelaan", "1234 AB", "De Linde", "Havenkade", "1234 CD", "De Haven", "Opvanghuis")
CHOICES = MeldingChoices(
    recipient="Veilig Thuis Demo Regio", urgency=Urgency.ACUTE, contact_phone="010-555 00 00"
)


def _session(demo_dir: Path, user: str = "opvang") -> Session:
    return open_vault(demo_dir).unlock(user, PW[user])


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [p for p in text.stdout.split("\f") if p.strip()]


def _sign(session: Session, job: ReportJob, dest: Path) -> str:
    export_report(session, job, CertificateStore(session).own()[0].id, dest)
    [signature] = pdfsig(dest)
    assert signature["Signature Validation"] == "Signature is Valid.", signature
    assert "Total document signed" in signature
    assert verify_pdf(dest).ok
    return "\n".join(_pages(dest))


def _job(session: Session, target: ReportTarget) -> ReportJob:
    if target.kind == "intake":
        return intake_report(session, target.household_id)
    if target.kind == "screening":
        return screening_report(session, target.client_id)
    weighed = ReportContent(session).melding_facts(target.concern_id).urgency
    choices = CHOICES if weighed is Urgency.NOT_ASSESSED else MeldingChoices(
        contact_phone="010-555 00 00"
    )  # fmt: skip
    return melding_report(session, target.concern_id, choices)


def _crisis(session: Session) -> Household:
    return next(h for h in HouseholdService(session).list() if h.adults[0].first_name == "Fatima")


def test_every_demo_document_signs_validly_and_carries_the_frame_but_no_address(
    demo_dir: Path, tmp_path: Path
) -> None:
    session = _session(demo_dir)
    households = HouseholdService(session).list()
    targets = ReportContent(session).targets()
    assert {t.kind for t in targets} == {"intake", "screening", "melding"} and len(targets) == 17
    for target in targets:
        dest = tmp_path / f"{target.reference}.pdf"
        text = _sign(session, _job(session, target), dest)
        pages = _pages(dest)
        for number, page in enumerate(pages, start=1):
            assert MARKING.upper() in page and MARKING in page, "not medical: the worker's own"
            assert f"Pagina {number} van {len(pages)}" in page
            assert target.reference in page
        assert "medisch beroepsgeheim" not in text.lower()
        assert not any(secret in text for secret in SHELTERS), target.reference
        assert ADDRESS.splitlines()[0] not in text, "no letterhead address on opvang documents"
        assert "niet gekwalificeerd" in text
        own = next(h for h in households if h.id == target.household_id)
        strangers = [c.name for h in households if h.id != own.id for c in h.clients]
        assert not any(name in text for name in strangers), target.reference


def test_the_melding_from_the_crisis_concern_keeps_facts_and_opinions_apart(
    demo_dir: Path, tmp_path: Path
) -> None:
    session = _session(demo_dir)
    family = _crisis(session)
    concern = next(
        t for t in ReportContent(session).targets() if t.reference == f"{family.reference}-M1"
    )
    text = _sign(session, melding_report(session, concern.concern_id, CHOICES), tmp_path / "m.pdf")
    facts, opinions = text.index("FEITEN"), text.index("OORDEEL")
    assert facts < text.index("Ik weet waar je school") < text.index("Daan, aan mentor")
    assert opinions > text.index("Betrokken kinderen") > facts
    assert opinions < text.index("Daan lijkt bang") < text.index("Omar Haddou")
    for expected in (
        "Melding aan Veilig Thuis", "Veilig Thuis Demo Regio", "Daan de Demo", "acute onveiligheid",
        "Afweging en besluit", "Wat is er al gedaan", "Stap 2: collegiale consultatie",
        "010-555 00 00", "het adres van de opvanglocatie is geheim",
    ):  # fmt: skip
        assert expected in text, expected
    assert "Demo College" not in text, "no school: it narrows down where the family is"
    audit = session.conn.execute(
        "SELECT record_type, record_id, subject, detail FROM audit"
        " WHERE action = 'export.report.melding' ORDER BY seq DESC"
    ).fetchone()
    digest = hashlib.sha256((tmp_path / "m.pdf").read_bytes()).hexdigest()
    assert audit[:3] == ("concern", concern.concern_id, family.id)
    assert f"sha256={digest}" in audit[3]
    [made] = ConcernService(session).get(concern.concern_id).meldingen
    assert (made.kind, made.file_name, made.sha256) == ("melding", "m.pdf", digest)
    assert made.signed_by == "opvang" and made.size == (tmp_path / "m.pdf").stat().st_size


def test_a_melding_that_fails_to_sign_is_not_recorded_on_the_concern(
    demo_dir: Path, tmp_path: Path
) -> None:
    session = _session(demo_dir)
    concern = next(t for t in ReportContent(session).targets() if t.kind == "melding")
    job = melding_report(session, concern.concern_id, CHOICES)
    with pytest.raises(CertificateNotFound):
        export_report(session, job, "0" * 32, tmp_path / "m.pdf")
    assert ConcernService(session).get(concern.concern_id).meldingen == ()
    assert not (tmp_path / "m.pdf").exists()


def test_the_shelter_address_is_printed_only_when_explicitly_included(
    demo_dir: Path, tmp_path: Path
) -> None:
    session = _session(demo_dir)
    family = _crisis(session)
    concern_id = ReportContent(session).resolve(f"{family.reference}-M1").concern_id
    chosen = MeldingChoices(urgency=Urgency.ACUTE, contact_phone="010-555 00 00",
                            include_shelter_address=True)  # fmt: skip
    text = _sign(session, melding_report(session, concern_id, chosen), tmp_path / "m.pdf")
    assert "Lindelaan 12" in text and "1234 AB Demostad" in text
    assert text.count("Lindelaan 12") == 1, "only the address, once, where it says it is secret"
    assert text.index("Geheim verblijfadres") < text.index("Lindelaan 12")
    assert "De Linde" not in text and "Havenkade" not in text
    intake = _sign(
        session, intake_report(session, family.id, IntakeChoices(True)), tmp_path / "i.pdf"
    )
    assert "Opvanghuis De Linde" in intake and "Lindelaan 12" in intake
    assert "Havenkade" not in intake, "another location stays secret"
    details = [
        r[0]
        for r in session.conn.execute(
            "SELECT detail FROM audit WHERE action = 'report.content' ORDER BY seq"
        )
    ]
    assert details[-2:] == ["melding shelter_address=yes", "intake shelter_address=yes"]


@pytest.mark.parametrize("user", ["arts", "vertrouwensarts", "beheer", "privacy"])
def test_an_opvang_document_by_anyone_outside_the_opvang_is_refused_and_logged(
    demo_dir: Path, user: str
) -> None:
    session = _session(demo_dir)
    family = _crisis(session)
    session.lock()
    other = _session(demo_dir, user)
    with pytest.raises(PermissionDenied):
        intake_report(other, family.id)
    row = other.conn.execute(
        "SELECT action, record_type, record_id, detail FROM audit ORDER BY seq DESC"
    ).fetchone()
    assert row == ("access.refused", "household", family.id, "report.content (opvang)")
