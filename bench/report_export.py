"""A forensic report with 40 photos, built, rendered and signed, against encoding those photos.

The floor: each of the 40 original camera JPEGs (12 MP, about 4 MB) decoded, scaled and encoded
as a JPEG at print resolution (1800 px, about 300 dpi at 15 cm) — the one thing a report of
photos cannot do without — on all cores, as the report does it. The figure: the whole export —
reading and decrypting the originals, drawing annotations and scale bars, body maps, laying out
and rendering the PDF with its fonts, the PAdES signature, the atomic write, the seal and the
audit entry. Target: at most 1.5 times the floor.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path

from bench.photo_import import make_camera_jpegs
from bench.runner import Benchmark, Context, Measurement

PHOTOS = 40
ADMIN, ADMIN_PW = "beheer", "paarse olifant danst traag"
ARTS, ARTS_PW = "arts", "groene tafel zingt zacht"


def floor_seconds(paths: list[Path]) -> float:
    """Decode, scale to print size and encode every photo, on all cores."""
    from forensics.derivatives import make_preview
    from forensics.report_figures import PRINT_SIDE_PX

    def encode(path: Path) -> int:
        return len(make_preview(path.read_bytes(), max_side=PRINT_SIDE_PX))

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(encode, paths))
    return time.perf_counter() - start


def _prepare(ctx: Context, paths: list[Path]) -> tuple[object, str, str]:
    """A vault with one documented examination: the photos, three injuries, annotations."""
    from forensics.annotations import Arrow, MeasurementKind, NumberedMarker
    from forensics.annotations import Measurement as Length
    from forensics.bodymap import BodyFigure, View, load_region_map
    from forensics.dossiers import DossierService
    from forensics.injuries import InjuryService
    from forensics.measure import Calibration
    from forensics.photos import PhotoService
    from forensics.records import BodyPoint, PhotoCategory, Sex
    from forensics.report_record import FORENSIC_REPORTS_SCHEMA
    from forensics.schema import FORENSICS_SCHEMA
    from secure_store.certificates import CertificateStore
    from secure_store.kdf import KdfParams
    from secure_store.roles import Role
    from secure_store.vault import Vault

    vault, _ = Vault.create(
        ctx.scratch / "vault", ADMIN, ADMIN_PW, organisation="GGD Bench",
        kdf=KdfParams(os.urandom(16), 1, 64 * 1024), schemas=[FORENSICS_SCHEMA, FORENSIC_REPORTS_SCHEMA],
    )  # fmt: skip
    vault.unlock(ADMIN, ADMIN_PW).users.add(
        ARTS, "Dr. Bench", frozenset({Role.FORENSISCH_ARTS}), ARTS_PW, must_change=False
    )
    session = vault.unlock(ARTS, ARTS_PW)
    dossiers = DossierService(session)
    subject = dossiers.create_subject("Bench Persoon", date(1990, 1, 1), Sex.FEMALE)
    exam = dossiers.create_examination(
        subject.id, datetime(2026, 1, 1, tzinfo=UTC), question="Duiding van het letsel?",
        history="Verklaart te zijn geslagen.", history_source="betrokkene", findings="Drie hematomen.",
    )  # fmt: skip
    injuries = []
    for region in ("upper_arm.right", "upper_arm.left", "trunk.chest"):
        x, y = (
            load_region_map(BodyFigure.ADULT, View.ANTERIOR).region_by_code(region).interior_point()
        )
        injuries.append(
            InjuryService(dossiers).add(
                exam.id, BodyPoint("anterior", x, y), region, "bruise", length_mm=30, width_mm=20
            )
        )
    photos = PhotoService(dossiers)
    for index, photo in enumerate(photos.import_files(exam.id, paths).imported):
        injury = injuries[index % len(injuries)]
        changes: dict[str, object] = {
            "category": PhotoCategory.CLOSE_UP_SCALE,
            "caption": f"Letsel {injury.number}",
        }
        if index % 2 == 0:  # half of them annotated and calibrated, as a real series would be
            calibration = Calibration(20.0)
            changes.update(calibration=calibration, annotations=[
                Length(((1800.0, 1400.0), (2400.0, 1400.0)), MeasurementKind.LENGTH, 30.0),
                NumberedMarker((2600.0, 1100.0), injury.number), Arrow((1400.0, 900.0), (1900.0, 1300.0)),
            ])  # fmt: skip
        photos.update(photo.id, **changes)
        photos.link_injuries(photo.id, [injury.id])
    certificate = CertificateStore(session).issue_self_signed()
    return session, exam.id, certificate.id


def measure(ctx: Context) -> Measurement:
    from forensics.dossiers import DossierService
    from forensics.report import forensic_report
    from secure_store.report_export import export_report

    count = 10 if ctx.quick else PHOTOS
    paths = make_camera_jpegs(ctx.scratch / "camera", count)
    session, exam_id, certificate_id = _prepare(ctx, paths)
    floor = min(floor_seconds(paths) for _ in range(2))
    start = time.perf_counter()
    job = forensic_report(DossierService(session), exam_id)  # type: ignore[arg-type]
    built = time.perf_counter()
    receipt = export_report(session, job, certificate_id, ctx.scratch / "rapport.pdf")  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    session.lock()  # type: ignore[attr-defined]
    return Measurement(
        value=elapsed, floor=floor, unit="s",
        details={
            "photos": count, "print_side_px": 1800, "cores": os.cpu_count(),
            "build_s": round(built - start, 3), "render_sign_write_s": round(elapsed - (built - start), 3),
            "pdf_mb": round(receipt.size / 1e6, 2),
        },
    )  # fmt: skip


BENCHMARK = Benchmark("report_export", measure, target=1.5)
