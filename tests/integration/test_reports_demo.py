"""Signed reports of the demo dossiers, checked as a court or Veilig Thuis would check them.

pdfsig (poppler) and pdftotext read the files as any reader would; ``verify`` checks them
without a vault; the evidence manifest is compared with the originals in the vault.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from desktop.commands.verify_pdf import verify_pdf_command
from desktop.demo import DEMO_USERS
from desktop.vaults import open_vault
from forensics.dossiers import DossierService
from forensics.errors import ExaminationSealed
from forensics.imaging import ImagingService
from forensics.melding import IncompleteMelding, InvolvedChild, MeldingDetails, Urgency, melding
from forensics.photos import PhotoService
from forensics.report import NotTheExaminer, forensic_report
from forensics.report_record import reports_of
from secure_store.certificates import CertificateStore
from secure_store.errors import Cancelled, PermissionDenied
from secure_store.report_export import export_report, preview
from secure_store.session import Session
from secure_store.settings import TIMESTAMP_URL
from secure_store.verify_pdf import verify_pdf
from tests.signing_support import local_tsa, pdfsig

MEDICAL = "Vertrouwelijk — medisch beroepsgeheim"  # a physician's: at the head and foot of each page

PASSPHRASE = {u.name: u.passphrase for u in DEMO_USERS}
DETAILS = MeldingDetails(
    Urgency.ACUTE,
    (InvolvedChild("Sem de Demo", date(2021, 5, 3), "broer"),),
    "Kind opgenomen op de kinderafdeling; huisarts geïnformeerd.",
    "Dr. Joris Veen",
    "030-123 45 67",
    "Zorgen over de veiligheid thuis.",
)


def _session(demo_dir: Path, user: str) -> Session:
    return open_vault(demo_dir).unlock(user, PASSPHRASE[user])


def _exam(session: Session, pseudonym: str) -> str:
    dossiers = DossierService(session)
    subject = next(s for s in dossiers.search(pseudonym) if s.pseudonym == pseudonym)
    return dossiers.examinations_of(subject.id)[-1].id


def _certificate(session: Session) -> str:
    return CertificateStore(session).own()[0].id  # the demo seeds one per practitioner


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [p for p in text.stdout.split("\f") if p.strip()]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("pseudonym", ["DEMO-KIND-A", "DEMO-VOLW-B", "DEMO-KIND-C"])
def test_each_demo_report_signs_and_verifies_and_seals_its_examination(
    demo_dir: Path, out: Path, pseudonym: str
) -> None:
    session = _session(demo_dir, "arts")
    exam_id = _exam(session, pseudonym)
    dest = out / f"{pseudonym}.pdf"
    receipt = export_report(
        session,
        forensic_report(DossierService(session), exam_id, workers=2),
        _certificate(session),
        dest,
    )
    [signature] = pdfsig(dest)
    assert (
        signature["Signature Validation"] == "Signature is Valid."
        and "Total document signed" in signature
    )
    pages = _pages(dest)
    for number, page in enumerate(pages, start=1):
        assert (
            MEDICAL.upper() in page
            and MEDICAL in page
            and f"Pagina {number} van {len(pages)}" in page
            and pseudonym in page
        )
    text = "\n".join(pages)
    for heading in (
        "Vraagstelling",
        "Toestemming",
        "Onderzocht materiaal",
        "Methode",
        "Bevindingen",
        "Interpretatie",
        "Conclusie",
        "Beperkingen",
        "Bewijsmanifest",
    ):
        assert heading in text
    assert "Zoals verteld door" in text and "niet gekwalificeerd" in text
    result = verify_pdf(dest)
    assert result.ok
    assert DossierService(session).examination(exam_id).is_sealed
    [record] = reports_of(DossierService(session), exam_id)
    assert (
        record.sha256 == receipt.sha256 == hashlib.sha256(dest.read_bytes()).hexdigest()
        and record.sealed
    )
    audit = session.conn.execute(
        "SELECT detail FROM audit WHERE action = 'export.report.forensisch'"
    ).fetchone()
    assert f"sha256={receipt.sha256}" in audit[0]


def test_the_manifest_hashes_are_the_originals_sha256(demo_dir: Path, out: Path) -> None:
    session = _session(demo_dir, "arts")
    dossiers = DossierService(session)
    exam_id = _exam(session, "DEMO-KIND-C")
    export_report(session, forensic_report(dossiers, exam_id), _certificate(session), out / "c.pdf")
    manifest = verify_pdf(out / "c.pdf").manifest
    assert manifest is not None
    photos = PhotoService(dossiers)
    expected = [
        hashlib.sha256(photos.original_bytes(p.id)).hexdigest() for p in photos.photos(exam_id)
    ]
    imaging = ImagingService(dossiers)
    for study in imaging.studies(exam_id):
        expected += [
            hashlib.sha256(imaging.object_bytes(o.id)).hexdigest()
            for o in imaging.objects(study.id)
        ]
    assert [i.sha256 for i in manifest.items] == expected and len(expected) == 4 + 6
    assert [i.kind for i in manifest.items][-1].startswith("DICOM")
    study = imaging.studies(exam_id)[0]
    dicom = out / "IM0001.dcm"
    dicom.write_bytes(imaging.object_bytes(imaging.objects(study.id)[0].id))
    [check] = verify_pdf(out / "c.pdf", [dicom]).evidence
    assert check.item is not None and check.item.number.startswith("D")


def test_verify_with_the_originals_passes_and_a_re_saved_photo_is_named(
    demo_dir: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = _session(demo_dir, "arts")
    dossiers = DossierService(session)
    exam_id = _exam(session, "DEMO-KIND-A")
    export_report(session, forensic_report(dossiers, exam_id), _certificate(session), out / "a.pdf")
    originals = []
    for photo in PhotoService(dossiers).photos(exam_id)[:3]:
        path = out / photo.source_name
        path.write_bytes(PhotoService(dossiers).original_bytes(photo.id))
        originals.append(path)
    assert verify_pdf_command(out / "a.pdf", originals) == 0
    assert capsys.readouterr().out.count("ORIGINEEL") == 3
    resaved = out / "opnieuw_opgeslagen.jpg"
    Image.open(io.BytesIO(originals[1].read_bytes())).save(resaved, "JPEG", quality=95)
    assert verify_pdf_command(out / "a.pdf", [originals[0], resaved]) == 1
    printed = capsys.readouterr().out
    assert (
        "NIET ORIGINEEL  opnieuw_opgeslagen.jpg" in printed and "Uitkomst: NIET IN ORDE" in printed
    )
    assert f"ORIGINEEL       {originals[0].name}  = F1" in printed


def test_one_changed_byte_in_a_real_report_fails_pdfsig_and_verify(
    demo_dir: Path, out: Path
) -> None:
    session = _session(demo_dir, "arts")
    export_report(
        session,
        forensic_report(DossierService(session), _exam(session, "DEMO-VOLW-B")),
        _certificate(session),
        out / "b.pdf",
    )
    data = bytearray((out / "b.pdf").read_bytes())
    data[len(data) // 2] ^= 0x01  # inside a photo plate's JPEG data
    (out / "b2.pdf").write_bytes(bytes(data))
    assert pdfsig(out / "b2.pdf")[0]["Signature Validation"] != "Signature is Valid."
    assert not verify_pdf(out / "b2.pdf").ok
    assert verify_pdf_command(out / "b2.pdf", []) == 1


def test_a_pseudonymous_report_names_no_one(demo_dir: Path, out: Path) -> None:
    session = _session(demo_dir, "arts")
    job = forensic_report(DossierService(session), _exam(session, "DEMO-KIND-A"), pseudonymous=True)
    export_report(session, job, _certificate(session), out / "p.pdf")
    text = "\n".join(_pages(out / "p.pdf"))
    assert "DEMO-KIND-A (gepseudonimiseerd)" in text
    assert "Noor de Demo" not in text and "kind_a_0" not in text and "Geboortedatum" not in text
    manifest = verify_pdf(out / "p.pdf").manifest
    assert manifest is not None and all(item.label == "" for item in manifest.items)


def test_a_sealed_examination_reports_its_addenda_marked_and_dated(
    demo_dir: Path, out: Path
) -> None:
    session = _session(demo_dir, "arts")
    dossiers = DossierService(session)
    exam_id = _exam(session, "DEMO-VOLW-B")
    export_report(session, forensic_report(dossiers, exam_id), _certificate(session), out / "1.pdf")
    with pytest.raises(ExaminationSealed):
        dossiers.update_examination(exam_id, findings="gewijzigd")
    dossiers.add_addendum(exam_id, "Na navraag: het letsel aan het oog ontstond dezelfde avond.")
    export_report(session, forensic_report(dossiers, exam_id), _certificate(session), out / "2.pdf")
    text = "\n".join(_pages(out / "2.pdf"))
    assert "Addendum 1" in text and "ADDENDUM" in text and "Na navraag" in text
    assert "Het onderzoek is verzegeld op" in text
    assert [r.sealed for r in reports_of(dossiers, exam_id)] == [True, False]


def test_only_the_examiner_signs_the_forensic_report(demo_dir: Path) -> None:
    session = _session(demo_dir, "vertrouwensarts")
    with pytest.raises(NotTheExaminer):
        forensic_report(DossierService(session), _exam(session, "DEMO-KIND-A"))


def test_cancel_while_rendering_photos_leaves_no_file_and_no_seal(
    demo_dir: Path, out: Path
) -> None:
    session = _session(demo_dir, "arts")
    dossiers = DossierService(session)
    exam_id = _exam(session, "DEMO-VOLW-B")
    seen: list[int] = []
    with pytest.raises(Cancelled):
        forensic_report(
            dossiers,
            exam_id,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 2,
        )
    assert list(out.iterdir()) == [] and not dossiers.examination(exam_id).is_sealed


def test_b_t_report_with_the_local_timestamp_authority(demo_dir: Path, out: Path) -> None:
    with local_tsa() as tsa:
        admin = _session(demo_dir, "beheer")
        admin.settings.set(TIMESTAMP_URL, tsa.url)
        admin.lock()
        session = _session(demo_dir, "arts")
        export_report(
            session,
            forensic_report(DossierService(session), _exam(session, "DEMO-KIND-C")),
            _certificate(session),
            out / "t.pdf",
        )
    [check] = verify_pdf(out / "t.pdf").signatures
    assert check.timestamp is not None and check.timestamp_ok and check.ok
    assert pdfsig(out / "t.pdf")[0]["Signature Validation"] == "Signature is Valid."


def test_a_melding_keeps_facts_and_opinions_apart_and_is_the_vertrouwensartss(
    demo_dir: Path, out: Path
) -> None:
    session = _session(demo_dir, "vertrouwensarts")
    exam_id = _exam(session, "DEMO-KIND-A")
    export_report(
        session,
        melding(DossierService(session), exam_id, DETAILS),
        _certificate(session),
        out / "m.pdf",
    )
    assert pdfsig(out / "m.pdf")[0]["Signature Validation"] == "Signature is Valid."
    pages = _pages(out / "m.pdf")
    assert all(MEDICAL.upper() in page and MEDICAL in page for page in pages)
    text = "\n".join(pages)
    facts, opinions = text.index("FEITEN"), text.index("OORDEEL")
    assert (
        facts
        < text.index("verteld door moeder")
        < opinions
        < text.index("Zorgen over de veiligheid thuis.")
    )
    for expected in (
        "Sem de Demo",
        "acute onveiligheid",
        "Wat is er al gedaan",
        "030-123 45 67",
        "Noor de Demo",
    ):
        assert expected in text
    assert not DossierService(session).examination(exam_id).is_sealed  # a melding does not seal
    [record] = reports_of(DossierService(session), exam_id)
    assert record.kind == "melding" and record.details["urgency"] == "acute"


def test_a_forensic_physician_may_not_make_a_melding_and_the_refusal_is_logged(
    demo_dir: Path,
) -> None:
    session = _session(demo_dir, "arts")
    with pytest.raises(PermissionDenied):
        melding(DossierService(session), _exam(session, "DEMO-KIND-A"), DETAILS)
    row = session.conn.execute("SELECT action, detail FROM audit ORDER BY seq DESC").fetchone()
    assert row[0] == "access.refused" and "melding" in row[1]


def test_an_incomplete_melding_says_what_is_missing(demo_dir: Path) -> None:
    session = _session(demo_dir, "vertrouwensarts")
    exam_id = _exam(session, "DEMO-KIND-A")
    for change, words in (
        ({"contact_phone": ""}, "contactpersoon"),
        ({"actions_taken": " "}, "al is gedaan"),
        ({"children": (InvolvedChild(""),)}, "naam"),
    ):
        details = MeldingDetails(**{**DETAILS.__dict__, **change})  # type: ignore[arg-type]
        with pytest.raises(IncompleteMelding) as caught:
            melding(DossierService(session), exam_id, details)
        assert words in caught.value.message


def test_the_preview_renders_every_demo_report_unsigned(demo_dir: Path, out: Path) -> None:
    session = _session(demo_dir, "arts")
    for pseudonym in ("DEMO-KIND-A", "DEMO-VOLW-B", "DEMO-KIND-C"):
        rendered = preview(
            session, forensic_report(DossierService(session), _exam(session, pseudonym))
        )
        (out / "v.pdf").write_bytes(rendered.pdf)
        assert rendered.pages >= 3 and pdfsig(out / "v.pdf") == []
        assert "VOORBEELD — nog niet ondertekend" in "\n".join(_pages(out / "v.pdf"))
        assert not DossierService(session).examination(_exam(session, pseudonym)).is_sealed


def test_an_infants_recorded_mobility_is_in_the_findings_and_an_adults_is_not(
    demo_dir: Path, out: Path
) -> None:
    session = _session(demo_dir, "arts")
    dossiers = DossierService(session)
    infant = _exam(session, "DEMO-KIND-A")  # nine months old at the examination
    export_report(session, forensic_report(dossiers, infant), _certificate(session), out / "i.pdf")
    text = " ".join(" ".join(_pages(out / "i.pdf")).split())
    assert "Mobiliteit: niet vastgelegd of de zuigeling al langs meubels loopt." in text
    adult = _exam(session, "DEMO-VOLW-B")
    export_report(session, forensic_report(dossiers, adult), _certificate(session), out / "a.pdf")
    assert "Mobiliteit" not in " ".join(_pages(out / "a.pdf"))
