"""Photos as evidence: import (parallel, bit-exact, deduplicated), derived images, metadata.

The original bytes are stored exactly as they came, encrypted, with their SHA-256 recorded at
import. Everything shown or exported is derived: an upright preview and a thumbnail without any
metadata. Decoding — the expensive, untrusted part — runs on all cores before anything is
stored; storing each photo is one transaction, so a failure or a cancel leaves nothing half.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secure_store.blobs import BlobRef
from secure_store.errors import VaultError
from secure_store.roles import Area

from .annotations import Annotation, annotations_from_list, annotations_to_list
from .derivatives import THUMBNAIL_MAX_SIDE, encode_jpeg
from .dossiers import DossierService, new_id
from .errors import InvalidRecord, RecordNotFound
from .image_decode import ImageError, ImageInfo, inspect_and_decode
from .measure import Calibration
from .records import PhotoCategory

#: The import preview's longest side. A 12 MP camera JPEG (4000 px) then decodes at 1/4 scale,
#: which costs little more than the 1/8 thumbnail decode (at 1024 libjpeg would need 1/2, which
#: is 2.5x slower); the viewer decodes the original itself for a closer look.
IMPORT_PREVIEW_SIDE = 1000
MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff", "HEIF": "image/heic"}
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class Photo:
    """One photo of an examination, as stored."""

    id: str
    examination_id: str
    seq: int
    sha256: str
    size: int
    media_type: str
    source_name: str
    width: int
    height: int
    orientation: int
    captured_at: str
    camera: str
    has_gps: bool
    category: PhotoCategory | None
    caption: str
    calibration: Calibration | None
    annotations: tuple[Annotation, ...]
    imported_at: str
    imported_by: str
    original_blob: str
    preview_blob: str
    thumbnail_blob: str
    injury_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportFailure:
    """A file that was not imported, and why (Dutch, for the per-file error list)."""

    path: Path
    reason: str


@dataclass
class ImportReport:
    """What an import did: photos added, duplicates skipped, files refused, and if cancelled."""

    imported: list[Photo] = field(default_factory=list)
    duplicates: list[tuple[Path, str]] = field(default_factory=list)
    failures: list[ImportFailure] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class _Prepared:
    path: Path
    info: ImageInfo
    preview: bytes
    thumbnail: bytes


@dataclass(frozen=True)
class _Written:
    """A photo decoded and its three blobs written, not yet recorded (the import's middle)."""

    prepared: _Prepared
    original: BlobRef
    preview: BlobRef
    thumbnail: BlobRef

    @property
    def refs(self) -> tuple[BlobRef, BlobRef, BlobRef]:
        return (self.original, self.preview, self.thumbnail)


def prepare_photo(data: bytes, path: Path) -> _Prepared:
    """Validate and derive one photo from its bytes (pure CPU work, safe on any thread).

    Raises:
        ImageError subclasses (unsupported, corrupt, too large).
    """
    info, upright = inspect_and_decode(data, IMPORT_PREVIEW_SIDE)
    preview = encode_jpeg(upright.image, quality=88, subsampling="4:2:0")
    # The thumbnail comes from the preview by box reduction: a list icon needs no resampling art.
    factor = -(-max(upright.image.size) // THUMBNAIL_MAX_SIDE)  # ceiling: never above the max
    thumb = upright.image.reduce(factor) if factor > 1 else upright.image
    return _Prepared(path, info, preview, encode_jpeg(thumb, quality=85, subsampling="4:2:0"))


class PhotoService:
    """Imports and reads the photos of forensic examinations for one session."""

    def __init__(self, dossiers: DossierService) -> None:
        self.dossiers = dossiers
        self.session = dossiers.session

    def _require(self, action: str, record_id: str) -> None:
        self.session.require(Area.FORENSIC, action=action, record_type="photo", record_id=record_id)

    # -- import -------------------------------------------------------------------------
    def import_files(
        self,
        examination_id: str,
        paths: Sequence[Path],
        *,
        workers: int | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Import ``paths`` (files; folders are expanded) into an examination, in that order.

        Bad files are reported one by one with a reason and the rest of the batch goes on;
        duplicates (same SHA-256 already in the examination or earlier in the batch) are
        reported, not stored twice.

        Raises:
            PermissionDenied, ExaminationSealed, RecordNotFound: before anything is imported.
        """
        self._require("photo.import", examination_id)
        self.dossiers.ensure_open(examination_id)
        _, case_id = self.dossiers.case_of_examination(examination_id)
        files = expand_paths(paths)
        report = ImportReport()
        first_seq = self._next_seq(examination_id)
        kept: dict[str, Path] = {}

        def decode_and_write(path: Path) -> _Written | ImportFailure | None:
            if cancelled is not None and cancelled():
                return None
            try:
                return self._write(case_id, path)
            except (ImageError, VaultError) as exc:
                return ImportFailure(path, exc.message)
            except OSError as exc:
                return ImportFailure(path, f"Kan het bestand niet lezen ({exc.strerror}).")

        # Decoding and encrypting run on all cores; recording runs here, in the given order, so
        # the first of two identical photos is the one kept, whichever finished first.
        with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
            futures = [pool.submit(decode_and_write, path) for path in files]
            for index, future in enumerate(futures):
                outcome = future.result()
                if outcome is None:
                    report.cancelled = True
                elif isinstance(outcome, ImportFailure):
                    report.failures.append(outcome)
                else:
                    self._record(examination_id, first_seq + index, outcome, kept, report)
                if progress is not None:
                    progress(index + 1, len(files))
        return report

    def _next_seq(self, examination_id: str) -> int:
        row = self.session.conn.execute(
            "SELECT coalesce(max(seq), 0) + 1 FROM fx_photos WHERE examination_id = ?",
            (examination_id,),
        ).fetchone()
        return int(row[0])

    def _write(self, case_id: str, path: Path) -> _Written:
        """Read a file once, decode it, and write its three blobs (no database lock needed)."""
        data = path.read_bytes()
        prepared = prepare_photo(data, path)
        blobs = self.session.blobs
        refs: list[BlobRef] = []
        try:
            media_type = MEDIA_TYPES.get(prepared.info.format, "application/octet-stream")
            refs.append(blobs.write(io.BytesIO(data), case_id, media_type))
            refs.append(blobs.write(io.BytesIO(prepared.preview), case_id, "image/jpeg"))
            refs.append(blobs.write(io.BytesIO(prepared.thumbnail), case_id, "image/jpeg"))
        except BaseException:
            for ref in refs:
                blobs.remove_file(ref.id)
            raise
        return _Written(prepared, refs[0], refs[1], refs[2])

    def _record(
        self,
        examination_id: str,
        seq: int,
        written: _Written,
        kept: dict[str, Path],
        report: ImportReport,
    ) -> None:
        """Record a written photo, or report it as a duplicate and remove its files."""
        path, sha256 = written.prepared.path, written.original.sha256
        existing = self.session.conn.execute(
            "SELECT source_name FROM fx_photos WHERE examination_id = ? AND sha256 = ?",
            (examination_id, sha256),
        ).fetchone()
        duplicate_of = existing[0] if existing is not None else kept.get(sha256, Path()).name
        if duplicate_of:
            self._discard(written)
            report.duplicates.append((path, duplicate_of))
            return
        try:
            photo = self._insert(examination_id, seq, written)
        except VaultError as exc:
            self._discard(written)
            report.failures.append(ImportFailure(path, exc.message))
            return
        kept[sha256] = path
        report.imported.append(photo)

    def _discard(self, written: _Written) -> None:
        for ref in written.refs:
            self.session.blobs.remove_file(ref.id)

    def _insert(self, examination_id: str, seq: int, written: _Written) -> Photo:
        info, original = written.prepared.info, written.original
        photo = Photo(
            new_id(), examination_id, seq, original.sha256, original.size, original.media_type,
            written.prepared.path.name, info.width, info.height, info.orientation,
            info.capture_time.isoformat() if info.capture_time else "",
            " ".join(filter(None, (info.camera_make, info.camera_model))), info.has_gps,
            None, "", None, (), self.session.now_text(), self.session.user,
            original.id, written.preview.id, written.thumbnail.id,
        )  # fmt: skip
        with self.session.transaction() as conn:
            for ref in written.refs:
                self.session.blobs.register(ref)
            conn.execute(
                f"INSERT INTO fx_photos ({_COLUMNS}, exif) VALUES ({', '.join('?' * 23)})",
                (*_row(photo), json.dumps(dict(info.exif), default=str)),
            )
            self.session.log(
                "photo.import", "photo", photo.id, subject=examination_id,
                detail=f"sha256={photo.sha256} file={photo.source_name}",
            )  # fmt: skip
        for ref in written.refs:
            self.session.blobs.settle(ref)
        return photo

    # -- reading and editing ------------------------------------------------------------
    def photos(self, examination_id: str) -> list[Photo]:
        """The photos of an examination in import order."""
        self._require("photo.read", examination_id)
        rows = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM fx_photos WHERE examination_id = ? ORDER BY seq",
            (examination_id,),
        ).fetchall()
        links = self._links([r[0] for r in rows])
        return [_from_row(r, links.get(r[0], ())) for r in rows]

    def get(self, photo_id: str) -> Photo:
        row = self.session.conn.execute(
            f"SELECT {_COLUMNS} FROM fx_photos WHERE id = ?", (photo_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(photo_id)
        self._require("photo.read", photo_id)
        return _from_row(row, self._links([photo_id]).get(photo_id, ()))

    def exif(self, photo_id: str) -> dict[str, Any]:
        """All EXIF kept for a photo (GPS included: it never leaves the vault)."""
        self.get(photo_id)
        row = self.session.conn.execute(
            "SELECT exif FROM fx_photos WHERE id = ?", (photo_id,)
        ).fetchone()
        return dict(json.loads(row[0]))

    def original_chunks(self, photo_id: str) -> Iterator[bytes]:
        """The original bytes, bit-exact; the reading is logged."""
        photo = self.get(photo_id)
        self.session.log("photo.read_original", "photo", photo_id, subject=photo.examination_id)
        return self.session.blobs.chunks(photo.original_blob)

    def original_bytes(self, photo_id: str) -> bytes:
        return b"".join(self.original_chunks(photo_id))

    def preview(self, photo_id: str) -> bytes:
        return self.session.blobs.read(self.get(photo_id).preview_blob)

    def thumbnail(self, photo_id: str) -> bytes:
        return self.session.blobs.read(self.get(photo_id).thumbnail_blob)

    def update(self, photo_id: str, **changes: Any) -> Photo:
        """Set category, caption, calibration or annotations (vector data over the original)."""
        self._require("photo.change", photo_id)
        current = self.get(photo_id)
        self.dossiers.ensure_open(current.examination_id)
        allowed = {"category", "caption", "calibration", "annotations"}
        if set(changes) - allowed:
            raise InvalidRecord(", ".join(sorted(set(changes) - allowed)))
        values = {
            "category": changes.get("category", current.category),
            "caption": changes.get("caption", current.caption),
            "calibration": changes.get("calibration", current.calibration),
            "annotations": tuple(changes.get("annotations", current.annotations)),
        }
        with self.session.transaction() as conn:
            conn.execute(
                "UPDATE fx_photos SET category = ?, caption = ?, calibration = ?, annotations = ? WHERE id = ?",
                (
                    values["category"].code if values["category"] else "",
                    values["caption"],
                    json.dumps(values["calibration"].to_dict()) if values["calibration"] else "",
                    json.dumps(annotations_to_list(values["annotations"])),
                    photo_id,
                ),
            )
            self.session.log(
                "photo.change",
                "photo",
                photo_id,
                subject=current.examination_id,
                detail=",".join(sorted(changes)),
            )
        return self.get(photo_id)

    def link_injuries(self, photo_id: str, injury_ids: Sequence[str]) -> Photo:
        """Which injuries a photo shows (replaces the previous links)."""
        self._require("photo.change", photo_id)
        current = self.get(photo_id)
        self.dossiers.ensure_open(current.examination_id)
        with self.session.transaction() as conn:
            conn.execute("DELETE FROM fx_photo_injuries WHERE photo_id = ?", (photo_id,))
            conn.executemany(
                "INSERT INTO fx_photo_injuries (photo_id, injury_id) SELECT ?, id FROM fx_injuries"
                " WHERE id = ? AND examination_id = ?",
                [(photo_id, i, current.examination_id) for i in injury_ids],
            )
            self.session.log(
                "photo.link",
                "photo",
                photo_id,
                subject=current.examination_id,
                detail=",".join(injury_ids),
            )
        return self.get(photo_id)

    def series_checklist(self, examination_id: str) -> dict[str, dict[PhotoCategory, bool]]:
        """Per injury, which of the recommended photo categories are present."""
        from .records import RECOMMENDED_SERIES

        injuries = [r[0] for r in self.session.conn.execute(
            "SELECT id FROM fx_injuries WHERE examination_id = ? ORDER BY number", (examination_id,)
        )]  # fmt: skip
        have: dict[str, set[str]] = {i: set() for i in injuries}
        for photo in self.photos(examination_id):
            for injury_id in photo.injury_ids:
                if photo.category is not None and injury_id in have:
                    have[injury_id].add(photo.category.code)
        return {i: {c: c.code in have[i] for c in RECOMMENDED_SERIES} for i in injuries}

    def _links(self, photo_ids: list[str]) -> dict[str, tuple[str, ...]]:
        links: dict[str, list[str]] = {}
        for photo_id in photo_ids:
            rows = self.session.conn.execute(
                "SELECT l.injury_id FROM fx_photo_injuries l JOIN fx_injuries i ON i.id = l.injury_id"
                " WHERE l.photo_id = ? ORDER BY i.number",
                (photo_id,),
            )
            links[photo_id] = [r[0] for r in rows]
        return {k: tuple(v) for k, v in links.items()}


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files as given, folders expanded to their files (sorted, hidden files skipped)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
            )
        else:
            files.append(path)
    return files


_COLUMNS = (
    "id, examination_id, seq, sha256, size, media_type, source_name, width, height, orientation,"
    " captured_at, camera, has_gps, category, caption, calibration, annotations, imported_at,"
    " imported_by, original_blob, preview_blob, thumbnail_blob"
)


def _row(p: Photo) -> tuple[Any, ...]:
    return (
        p.id, p.examination_id, p.seq, p.sha256, p.size, p.media_type, p.source_name, p.width,
        p.height, p.orientation, p.captured_at, p.camera, int(p.has_gps),
        p.category.code if p.category else "", p.caption,
        json.dumps(p.calibration.to_dict()) if p.calibration else "",
        json.dumps(annotations_to_list(p.annotations)), p.imported_at, p.imported_by,
        p.original_blob, p.preview_blob, p.thumbnail_blob,
    )  # fmt: skip


def _from_row(r: Any, injury_ids: tuple[str, ...]) -> Photo:
    return Photo(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], bool(r[12]),
        PhotoCategory.from_code(r[13]) if r[13] else None, r[14],
        Calibration.from_dict(json.loads(r[15])) if r[15] else None,
        tuple(annotations_from_list(json.loads(r[16]))), r[17], r[18], r[19], r[20], r[21],
        injury_ids,
    )  # fmt: skip


__all__ = [
    "ImportFailure",
    "ImportReport",
    "Photo",
    "PhotoService",
    "expand_paths",
    "prepare_photo",
]
