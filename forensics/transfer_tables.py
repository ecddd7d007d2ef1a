"""Which rows make up a forensic dossier, and which of their columns point elsewhere.

A transfer copies these rows to another vault. Every id gets a new value there, so each column
that refers to another row, to a blob, to the case, or to a user of the sending vault is named
here: the import rewrites exactly those and refuses a reference that leaves the dossier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DossierTable:
    """One table of the dossier: how its rows are found from the subject, and what they name."""

    name: str
    of_subject: str
    """SQL (with one ``?`` for the subject id) selecting the rows' rowids."""
    refs: dict[str, str] = field(default_factory=dict)
    """Column → the table whose ``id`` it holds (rows of the same dossier)."""
    blobs: tuple[str, ...] = ()
    users: tuple[str, ...] = ()
    """Columns holding a user name of the sending vault."""
    has_id: bool = True
    order: str = "rowid"
    """How the rows go into the package (examinations by date, so onderzoek-1 is the first)."""


_EXAMS = "SELECT id FROM fx_examinations WHERE subject_id = ?"
_STUDIES = f"SELECT id FROM fx_imaging_studies WHERE examination_id IN ({_EXAMS})"
_PHOTOS = f"SELECT id FROM fx_photos WHERE examination_id IN ({_EXAMS})"
# Only answered second opinions travel: a concept or a request still out is the sender's own
# correspondence (the answer to it is sealed to the sender, and comes back there).
_ANSWERED = f"SELECT id FROM cs_requests WHERE examination_id IN ({_EXAMS}) AND status = 'answered'"

#: In insertion order: a row's references come before it.
DOSSIER_TABLES: tuple[DossierTable, ...] = (
    DossierTable(
        "fx_subjects", "SELECT rowid FROM fx_subjects WHERE id = ?", users=("created_by",)
    ),
    DossierTable(
        "fx_examinations",
        "SELECT rowid FROM fx_examinations WHERE subject_id = ?",
        refs={"subject_id": "fx_subjects"},
        order="examined_at, rowid",
        users=("examiner", "sealed_by"),
    ),
    DossierTable(
        "fx_injuries",
        f"SELECT rowid FROM fx_injuries WHERE examination_id IN ({_EXAMS})",
        refs={"examination_id": "fx_examinations"},
    ),
    DossierTable(
        "fx_photos",
        f"SELECT rowid FROM fx_photos WHERE examination_id IN ({_EXAMS})",
        refs={"examination_id": "fx_examinations"},
        blobs=("original_blob", "preview_blob", "thumbnail_blob"),
        users=("imported_by",),
    ),
    DossierTable(
        "fx_photo_injuries",
        f"SELECT rowid FROM fx_photo_injuries WHERE photo_id IN ({_PHOTOS})",
        refs={"photo_id": "fx_photos", "injury_id": "fx_injuries"},
        has_id=False,
    ),
    DossierTable(
        "fx_imaging_studies",
        f"SELECT rowid FROM fx_imaging_studies WHERE examination_id IN ({_EXAMS})",
        refs={"examination_id": "fx_examinations"},
        users=("imported_by",),
    ),
    DossierTable(
        "fx_imaging_objects",
        f"SELECT rowid FROM fx_imaging_objects WHERE study_id IN ({_STUDIES})",
        refs={"study_id": "fx_imaging_studies"},
        blobs=("blob_id",),
        users=("imported_by",),
    ),
    DossierTable(
        "fx_addenda",
        f"SELECT rowid FROM fx_addenda WHERE examination_id IN ({_EXAMS})",
        refs={"examination_id": "fx_examinations"},
        users=("author",),
    ),
    DossierTable(
        "cs_requests",
        f"SELECT rowid FROM cs_requests WHERE id IN ({_ANSWERED})",
        refs={"examination_id": "fx_examinations"},
        users=("sent_by", "created_by"),
    ),
    DossierTable(
        "cs_answers",
        f"SELECT rowid FROM cs_answers WHERE request_id IN ({_ANSWERED})",
        refs={"request_id": "cs_requests"},
        blobs=("package_blob",),
        users=("received_by",),
    ),
    DossierTable(
        "fx_reports",
        f"SELECT rowid FROM fx_reports WHERE examination_id IN ({_EXAMS})",
        refs={"examination_id": "fx_examinations"},
        users=("signed_by",),
    ),
)

TABLES_BY_NAME = {t.name: t for t in DOSSIER_TABLES}


_EXTENSIONS = {
    "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif", "image/heic": ".heic",
    "application/dicom": ".dcm", "application/vnd.veilig-dossier.package": ".vdpkg",
}  # fmt: skip
_PHOTO_FORMS = {"original_blob": "origineel", "preview_blob": "voorvertoning",
                "thumbnail_blob": "miniatuur"}  # fmt: skip


def item_names(
    rows: dict[str, list[dict[str, Any]]], media_type: Callable[[str], str]
) -> dict[str, str]:
    """A readable package name for every blob of the dossier, by examination.

    ``onderzoek-1/foto-003-origineel.jpg``, ``onderzoek-1/dicom-002.dcm``,
    ``onderzoek-2/second-opinion-1.vdpkg``: whoever checks the package's manifest (``verify``)
    sees what each SHA-256 belongs to and can hold it against a report's evidence manifest.
    """
    exam_no = {str(r["id"]): n for n, r in enumerate(rows.get("fx_examinations", []), start=1)}
    study_exam = {
        str(r["id"]): str(r["examination_id"]) for r in rows.get("fx_imaging_studies", [])
    }
    request_exam = {str(r["id"]): str(r["examination_id"]) for r in rows.get("cs_requests", [])}
    names: dict[str, str] = {}
    counters: dict[tuple[str, str], int] = {}

    def add(blob: object, exam: str, stem: str) -> None:
        blob_id = str(blob)
        if blob_id in names:
            return
        name = f"onderzoek-{exam_no.get(exam, 0)}/{stem}{_EXTENSIONS.get(media_type(blob_id), '')}"
        names[blob_id] = name if name not in names.values() else f"{name}-{blob_id}"

    def next_no(exam: str, what: str) -> int:
        counters[(exam, what)] = counters.get((exam, what), 0) + 1
        return counters[(exam, what)]

    for photo in rows.get("fx_photos", []):
        exam = str(photo["examination_id"])
        for column, form in _PHOTO_FORMS.items():
            add(photo[column], exam, f"foto-{int(photo['seq']):03d}-{form}")
    for obj in rows.get("fx_imaging_objects", []):
        exam = study_exam.get(str(obj["study_id"]), "")
        add(obj["blob_id"], exam, f"dicom-{next_no(exam, 'dicom'):03d}")
    for answer in rows.get("cs_answers", []):
        exam = request_exam.get(str(answer["request_id"]), "")
        add(answer["package_blob"], exam, f"second-opinion-{next_no(exam, 'answer')}")
    return names
