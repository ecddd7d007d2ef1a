"""``python -m desktop.reports.report_screenshots DIR``: PNG pages of signed reports and meldingen.

Builds a demo vault (cheap Argon2id cost) in a temp folder, signs the forensic report of the
adult demo dossier and a melding for the child under four, and, as the opvang worker, a melding
from the crisis family's concern and that family's intake summary; then turns the pages into
PNGs with ``pdftoppm`` (poppler), as a reader would see them. The concern is at step 2 in the
demo; here the worker first records steps 3 to 5 through the meldcode service, so the page shows
a weighed concern. No Qt.
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
from opvang.afwegingskader import WeighingAnswers
from opvang.concerns import ConcernService, ObservationKind
from opvang.concerns import Urgency as ConcernUrgency
from opvang.households import HouseholdService
from opvang.intake_report import intake_report
from opvang.meldcode import Action, MeldcodeStep
from opvang.melding_report import MeldingChoices, melding_report
from opvang.report_content import ReportContent
from secure_store.certificates import CertificateStore
from secure_store.kdf import KdfParams
from secure_store.report_export import export_report
from secure_store.session import Session

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


OPVANG_MELDING = MeldingChoices(
    recipient="Veilig Thuis Demo Regio",
    contact_name="Sanne Bakker (demo)",
    contact_role="mentor opvang",
    contact_phone="010 555 01 00",
    actions_taken="De school weet wie Daan mag ophalen; Daan reist niet meer alleen.",
)


def _exam(dossiers: DossierService, pseudonym: str) -> str:
    subject = next(s for s in dossiers.search(pseudonym) if s.pseudonym == pseudonym)
    return dossiers.examinations_of(subject.id)[-1].id


def _pages(pdf: Path, out: Path, prefix: str, *, first: bool = False) -> list[Path]:
    for old in out.glob(f"{prefix}-*.png"):
        old.unlink()
    only = ["-f", "1", "-l", "1"] if first else []
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), *only, str(pdf), str(out / prefix)], check=True
    )
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
        opvang = vault.unlock("opvang", PW["opvang"])
        opvang_melding, intake = _opvang_documents(opvang, Path(tmp))
        vault.lock()
        for path in [
            *_pages(report, out, "report-forensisch"),
            *_pages(note, out, "report-melding"),
            *_pages(opvang_melding, out, "report-opvang-melding"),
            *_pages(intake, out, "report-opvang-intake", first=True),
        ]:
            print(path)
    return 0


def _opvang_documents(session: Session, tmp: Path) -> tuple[Path, Path]:
    """The crisis family's melding (its concern weighed first) and intake summary, signed."""
    family = next(h for h in HouseholdService(session).list() if h.adults[0].first_name == "Fatima")
    concern_id = ReportContent(session).resolve(f"{family.reference}-M1").concern_id
    concerns = ConcernService(session)
    day = session.clock.now().astimezone().date()
    concerns.add_observation(
        concern_id, ObservationKind.FACT,
        "Vader stond na schooltijd bij het hek van Daans school en vroeg naar Daan.",
        "intern begeleider van de school, telefonisch aan mentor", day,
    )  # fmt: skip
    concerns.complete_step(
        concern_id, MeldcodeStep.TALK_WITH_CLIENT, day,
        "Met Daan gesproken; hij begrijpt dat de opvang Veilig Thuis inschakelt.",
    )  # fmt: skip
    concerns.weigh(
        concern_id, WeighingAnswers(True, True), day,
        "Vader weet waar de school is en zoekt Daan op.", ConcernUrgency.ACUTE,
    )  # fmt: skip
    concerns.decide(
        concern_id, frozenset({Action.REPORT, Action.HELP}), day,
        "Melden bij Veilig Thuis; veiligheidsplan aangescherpt.",
    )  # fmt: skip
    certificate = CertificateStore(session).own()[0].id
    melding = tmp / "opvang-melding.pdf"
    export_report(
        session, melding_report(session, concern_id, OPVANG_MELDING), certificate, melding
    )
    intake = tmp / "opvang-intake.pdf"
    export_report(session, intake_report(session, family.id), certificate, intake)
    return melding, intake


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
