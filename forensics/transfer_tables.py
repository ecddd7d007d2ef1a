"""Which rows make up a forensic dossier, and which of their columns point elsewhere.

A transfer copies these rows to another vault. Every id gets a new value there, so each column
that refers to another row, to a blob, to the case, or to a user of the sending vault is named
here: the import rewrites exactly those and refuses a reference that leaves the dossier.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
        "SELECT rowid FROM fx_examinations WHERE subject_id = ? ORDER BY examined_at, rowid",
        refs={"subject_id": "fx_subjects"},
        users=("examiner", "sealed_by"),
    ),
    DossierTable(
        "fx_injuries",
        f"SELECT rowid FROM fx_injuries WHERE examination_id IN ({_EXAMS}) ORDER BY rowid",
        refs={"examination_id": "fx_examinations"},
    ),
    DossierTable(
        "fx_photos",
        f"SELECT rowid FROM fx_photos WHERE examination_id IN ({_EXAMS}) ORDER BY rowid",
        refs={"examination_id": "fx_examinations"},
        blobs=("original_blob", "preview_blob", "thumbnail_blob"),
        users=("imported_by",),
    ),
    DossierTable(
        "fx_photo_injuries",
        f"SELECT rowid FROM fx_photo_injuries WHERE photo_id IN ({_PHOTOS}) ORDER BY rowid",
        refs={"photo_id": "fx_photos", "injury_id": "fx_injuries"},
        has_id=False,
    ),
    DossierTable(
        "fx_imaging_studies",
        f"SELECT rowid FROM fx_imaging_studies WHERE examination_id IN ({_EXAMS}) ORDER BY rowid",
        refs={"examination_id": "fx_examinations"},
        users=("imported_by",),
    ),
    DossierTable(
        "fx_imaging_objects",
        f"SELECT rowid FROM fx_imaging_objects WHERE study_id IN ({_STUDIES}) ORDER BY rowid",
        refs={"study_id": "fx_imaging_studies"},
        blobs=("blob_id",),
        users=("imported_by",),
    ),
    DossierTable(
        "fx_addenda",
        f"SELECT rowid FROM fx_addenda WHERE examination_id IN ({_EXAMS}) ORDER BY rowid",
        refs={"examination_id": "fx_examinations"},
        users=("author",),
    ),
    DossierTable(
        "cs_requests",
        f"SELECT rowid FROM cs_requests WHERE id IN ({_ANSWERED}) ORDER BY rowid",
        refs={"examination_id": "fx_examinations"},
        users=("sent_by", "created_by"),
    ),
    DossierTable(
        "cs_answers",
        f"SELECT rowid FROM cs_answers WHERE request_id IN ({_ANSWERED}) ORDER BY rowid",
        refs={"request_id": "cs_requests"},
        blobs=("package_blob",),
        users=("received_by",),
    ),
    DossierTable(
        "fx_reports",
        f"SELECT rowid FROM fx_reports WHERE examination_id IN ({_EXAMS}) ORDER BY rowid",
        refs={"examination_id": "fx_examinations"},
        users=("signed_by",),
    ),
)

TABLES_BY_NAME = {t.name: t for t in DOSSIER_TABLES}
