"""``python -m desktop.reports.report_screenshots DIR``: PNG pages of a signed report and melding.

Builds a demo vault (cheap Argon2id cost) in a temp folder, signs the forensic report of the
adult demo dossier and a melding for the child under four, and turns every page into a PNG with
``pdftoppm`` (poppler), as a reader would see it. No Qt.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from forensics.dossiers import DossierService
from forensics.melding import InvolvedChild, MeldingDetails, Urgency, melding
from forensics.report import forensic_report
from secure_store.certificates import CertificateStore
from secure_store.kdf import KdfParams
from secure_store.report_export import export_report

from ..demo import DEMO_USERS, create_demo_vault
from ..vaults import open_vault

DPI = 100
PW = {u.name: u.passphrase for u in DEMO_USERS}
MELDING = MeldingDetails(
    Urgency.ACUTE,
    (InvolvedChild("Sem de Demo", date(2022, 5, 3), "broer"),),
    "Noor is na het onderzoek met haar moeder opgenomen op de kinderafdeling van het "
    "Kinderziekenhuis Demo. De huisarts is geïnformeerd.",
    "Dr. Joris Veen",
    "030 123 45 67",
    "De plaats van de blauwe plekken (oor, wang, romp) past niet bij de verklaring. Wij maken "
    "ons zorgen over de veiligheid van Noor en haar broer thuis.",
    "Veilig Thuis Demo Regio",
)


def _exam(dossiers: DossierService, pseudonym: str) -> str:
    subject = next(s for s in dossiers.search(pseudonym) if s.pseudonym == pseudonym)
    return dossiers.examinations_of(subject.id)[-1].id


def _pages(pdf: Path, out: Path, prefix: str) -> list[Path]:
    for old in out.glob(f"{prefix}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), str(pdf), str(out / prefix)], check=True)
    made = sorted(out.glob(f"{prefix}-*.png"))
    for path in made:  # pdftoppm pads page numbers by the page count; keep it plain
        path.rename(out / f"{prefix}-{int(path.stem.rsplit('-', 1)[1])}.png")
    return sorted(out.glob(f"{prefix}-*.png"))


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vd-report-shots-") as tmp:
        folder = Path(tmp) / "demo"
        create_demo_vault(folder, kdf=KdfParams(os.urandom(16), 1, 64 * 1024))
        vault = open_vault(folder)
        arts = vault.unlock("arts", PW["arts"])
        dossiers = DossierService(arts)
        report = Path(tmp) / "forensisch.pdf"
        job = forensic_report(dossiers, _exam(dossiers, "DEMO-VOLW-B"))
        export_report(arts, job, CertificateStore(arts).own()[0].id, report)
        vta = vault.unlock("vertrouwensarts", PW["vertrouwensarts"])
        dossiers = DossierService(vta)
        note = Path(tmp) / "melding.pdf"
        export_report(
            vta,
            melding(dossiers, _exam(dossiers, "DEMO-KIND-A"), MELDING),
            CertificateStore(vta).own()[0].id,
            note,
        )
        vault.lock()
        for path in [
            *_pages(report, out, "report-forensisch"),
            *_pages(note, out, "report-melding"),
        ]:
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
