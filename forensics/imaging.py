"""Imaging studies (DICOM) as evidence: import files and folders, list, read back.

Each object is kept bit-exact and encrypted like an original photo, with its SHA-256; the
study, series and SOP UIDs, modality and body part are kept beside it for the list and report.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from secure_store.blobs import BlobRef
from secure_store.roles import Area

from .dicom import DicomObjectInfo, MalformedDicom, read_dicom_file
from .dossiers import DossierService, new_id
from .errors import RecordNotFound
from .photos import ImportFailure, expand_paths

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class ImagingStudy:
    id: str
    examination_id: str
    study_uid: str
    modality: str
    description: str
    study_date: str
    imported_at: str
    imported_by: str


@dataclass(frozen=True)
class ImagingObject:
    id: str
    study_id: str
    blob_id: str
    sha256: str
    sop_instance_uid: str
    sop_class_uid: str
    series_uid: str
    modality: str
    body_part: str
    rows: int
    columns: int
    source_name: str
    imported_at: str
    imported_by: str


@dataclass
class ImagingImportReport:
    objects: list[ImagingObject] = field(default_factory=list)
    duplicates: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failures: list[ImportFailure] = field(default_factory=list)
    cancelled: bool = False


_STUDY = (
    "id, examination_id, study_uid, modality, description, study_date, imported_at, imported_by"
)
_OBJECT = (
    "id, study_id, blob_id, sha256, sop_instance_uid, sop_class_uid, series_uid, modality,"
    " body_part, rows, columns, source_name, imported_at, imported_by"
)


class ImagingService:
    """DICOM evidence of forensic examinations for one session."""

    def __init__(self, dossiers: DossierService) -> None:
        self.dossiers = dossiers
        self.session = dossiers.session

    def _require(self, action: str, record_id: str) -> None:
        self.session.require(
            Area.FORENSIC, action=action, record_type="imaging", record_id=record_id
        )

    def import_files(
        self,
        examination_id: str,
        paths: Sequence[Path],
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImagingImportReport:
        """Import DICOM files and folders (a skeletal survey CD); bad files are listed, not fatal."""
        self._require("imaging.import", examination_id)
        self.dossiers.ensure_open(examination_id)
        _, case_id = self.dossiers.case_of_examination(examination_id)
        files = expand_paths(paths)
        report = ImagingImportReport()
        for done, path in enumerate(files, start=1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if path.name.upper() == "DICOMDIR":
                report.skipped.append(path)
            else:
                self._import_one(examination_id, case_id, path, report)
            if progress is not None:
                progress(done, len(files))
        return report

    def _import_one(
        self, examination_id: str, case_id: str, path: Path, report: ImagingImportReport
    ) -> None:
        try:
            data = path.read_bytes()
            info = read_dicom_file(data)
        except MalformedDicom as exc:
            report.failures.append(ImportFailure(path, exc.message))
            return
        except OSError as exc:
            report.failures.append(
                ImportFailure(path, f"Kan het bestand niet lezen ({exc.strerror}).")
            )
            return
        known = self.session.conn.execute(
            "SELECT 1 FROM fx_imaging_objects o JOIN fx_imaging_studies s ON s.id = o.study_id"
            " WHERE s.examination_id = ? AND o.sop_instance_uid = ?",
            (examination_id, info.sop_instance_uid),
        ).fetchone()
        if known:
            report.duplicates.append(path)
            return
        ref: BlobRef | None = None
        try:
            with self.session.transaction() as conn:
                study_id = self._study_for(examination_id, info)
                ref = self.session.blobs.put(io.BytesIO(data), case_id, "application/dicom")
                obj = ImagingObject(
                    new_id(), study_id, ref.id, ref.sha256, info.sop_instance_uid, info.sop_class_uid,
                    info.series_instance_uid, info.modality, info.body_part or "", info.rows or 0,
                    info.columns or 0, path.name, self.session.now_text(), self.session.user,
                )  # fmt: skip
                conn.execute(
                    f"INSERT INTO fx_imaging_objects ({_OBJECT}) VALUES ({', '.join('?' * 14)})",
                    _obj_row(obj),
                )
                self.session.log(
                    "imaging.import", "imaging", obj.id, subject=examination_id,
                    detail=f"sha256={obj.sha256} sop={obj.sop_instance_uid}",
                )  # fmt: skip
        except BaseException:
            if ref is not None:
                self.session.blobs.remove_file(ref.id)
            raise
        report.objects.append(obj)

    def _study_for(self, examination_id: str, info: DicomObjectInfo) -> str:
        row = self.session.conn.execute(
            "SELECT id FROM fx_imaging_studies WHERE examination_id = ? AND study_uid = ?",
            (examination_id, info.study_instance_uid),
        ).fetchone()
        if row is not None:
            return str(row[0])
        study = ImagingStudy(
            new_id(), examination_id, info.study_instance_uid, info.modality, info.sop_class_name,
            info.study_date.isoformat() if info.study_date else "", self.session.now_text(), self.session.user,
        )  # fmt: skip
        self.session.conn.execute(
            f"INSERT INTO fx_imaging_studies ({_STUDY}) VALUES ({', '.join('?' * 8)})",
            (study.id, study.examination_id, study.study_uid, study.modality, study.description,
             study.study_date, study.imported_at, study.imported_by),
        )  # fmt: skip
        return study.id

    def studies(self, examination_id: str) -> list[ImagingStudy]:
        self._require("imaging.read", examination_id)
        rows = self.session.conn.execute(
            f"SELECT {_STUDY} FROM fx_imaging_studies WHERE examination_id = ? ORDER BY study_date, imported_at",
            (examination_id,),
        )
        return [ImagingStudy(*r) for r in rows]

    def objects(self, study_id: str) -> list[ImagingObject]:
        self._require("imaging.read", study_id)
        rows = self.session.conn.execute(
            f"SELECT {_OBJECT} FROM fx_imaging_objects WHERE study_id = ? ORDER BY series_uid, source_name",
            (study_id,),
        )
        return [ImagingObject(*r) for r in rows]

    def object_bytes(self, object_id: str) -> bytes:
        """The stored DICOM file, bit-exact (the reading is logged)."""
        self._require("imaging.read", object_id)
        row = self.session.conn.execute(
            "SELECT blob_id FROM fx_imaging_objects WHERE id = ?", (object_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(object_id)
        self.session.log("imaging.read", "imaging", object_id)
        return self.session.blobs.read(row[0])


def _obj_row(o: ImagingObject) -> tuple[object, ...]:
    return (
        o.id, o.study_id, o.blob_id, o.sha256, o.sop_instance_uid, o.sop_class_uid, o.series_uid,
        o.modality, o.body_part, o.rows, o.columns, o.source_name, o.imported_at, o.imported_by,
    )  # fmt: skip
