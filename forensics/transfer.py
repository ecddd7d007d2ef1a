"""Transferring a whole forensic dossier to another vault as a sealed package.

When a case moves (to another GGD region, to the physician who takes it over), the dossier goes
as it is — identifying, with every examination, injury, photo original and derivative, DICOM
object, addendum and report record — sealed to the chosen recipients like a second-opinion
request. The sender keeps their own dossier (their retention duty does not end).

The receiving vault stores it under a new case key with new ids. What came from another vault
is someone else's documented work, so it arrives closed: an open examination is sealed at the
import, and the people named in it (examiner, importer, author) are shown by name and
organisation, never as a user of the receiving vault (a user "arts" there is another person).
Originals keep their bytes, so their SHA-256 — and every evidence manifest that names it — still
holds; the import checks each one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secure_store.address_book import AddressBook
from secure_store.database import IntegrityError, Migration, Schema
from secure_store.identity_card import IdentityCard
from secure_store.package import OpenedPackage, SealedPackage, import_package, seal_package
from secure_store.package_writer import OutgoingItem
from secure_store.roles import Area
from secure_store.session import Session

from .dossiers import DossierService, new_id
from .records import Subject
from .transfer_errors import DossierAlreadyHere, InvalidTransferDocument, TransferFromNewerVersion
from .transfer_tables import DOSSIER_TABLES, TABLES_BY_NAME, DossierTable, item_names

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

TRANSFER_KIND = "forensic-dossier"
TRANSFER_DOCUMENT = "dossier.json"
TRANSFER_FORMAT = "veilig-dossier-forensic-dossier"
TRANSFER_VERSION = 1
_SCALARS = (str, int, float, type(None))

FORENSIC_TRANSFERS_SCHEMA = Schema(
    "forensics.transfers",
    [
        Migration(
            1,
            """
            CREATE TABLE fx_transfers (
                id TEXT PRIMARY KEY,
                subject_id TEXT NOT NULL REFERENCES fx_subjects(id) ON DELETE CASCADE,
                direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
                package_id TEXT NOT NULL,
                counterpart TEXT NOT NULL,
                counterpart_key_ids TEXT NOT NULL,
                sha256 TEXT NOT NULL DEFAULT '',
                at TEXT NOT NULL,
                by TEXT NOT NULL
            );
            CREATE INDEX fx_transfers_by_subject ON fx_transfers(subject_id);
            """,
        ),
    ],
)


@dataclass(frozen=True)
class Transfer:
    """A transfer of a dossier out of this vault, or into it."""

    id: str
    subject_id: str
    direction: str
    package_id: str
    counterpart: str
    """Out: the recipients' names and organisations; in: the sender's."""
    counterpart_key_ids: tuple[str, ...]
    sha256: str
    at: str
    by: str


@dataclass(frozen=True)
class TransferPlan:
    """What a transfer will hand over, for the preview before sealing."""

    subject: Subject
    counts: dict[str, int]
    files: int
    size: int
    recipients: tuple[IdentityCard, ...]


class TransferService:
    """Seals dossiers for another vault and takes transferred dossiers in, for one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dossiers = DossierService(session)

    # -- sending --------------------------------------------------------------------------
    def plan(self, subject_id: str, targets: Sequence[str]) -> TransferPlan:
        """The preview: what leaves, and to whom (contact or organisation ids)."""
        subject = self.dossiers.subject(subject_id)
        rows = self._rows(subject_id)
        blobs = self._item_names(rows)
        size = sum(self.session.blobs.info(b).size for b in blobs)
        recipients = tuple(AddressBook(self.session).resolve(targets)) if targets else ()
        counts = {t.name: len(rows.get(t.name, [])) for t in DOSSIER_TABLES}
        return TransferPlan(subject, counts, len(blobs), size, recipients)

    def seal(
        self,
        subject_id: str,
        targets: Sequence[str],
        dest: Path,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> SealedPackage:
        """Seal the whole dossier to ``targets`` and write ``dest`` (through the export door).

        Raises:
            PermissionDenied, RecordNotFound, NoRecipients, UnknownContact, Cancelled.
        """
        self.session.require(
            Area.FORENSIC, action="subject.transfer", record_type="subject", record_id=subject_id
        )
        subject = self.dossiers.subject(subject_id)
        recipients = AddressBook(self.session).resolve(targets)
        rows = self._rows(subject_id)
        blobs = self._item_names(rows)
        names = {u.name: u.display_name for u in self.session.users.list()}
        people = sorted({str(r[c]) for t, c in _user_cells() for r in rows.get(t, []) if r[c]})
        document = {
            "format": TRANSFER_FORMAT, "version": TRANSFER_VERSION,
            "sent_at": self.session.now_text(),
            "people": {p: names.get(p, p) for p in people},
            "blobs": {b: self._blob_entry(b, name) for b, name in blobs.items()}, "tables": rows,
        }  # fmt: skip
        body = json.dumps(document, ensure_ascii=False, sort_keys=True).encode()
        items = [OutgoingItem.from_bytes(TRANSFER_DOCUMENT, "application/json", body)]
        items += [self._blob_item(b, name) for b, name in blobs.items()]
        sealed = seal_package(
            self.session, Path(dest), kind=TRANSFER_KIND, recipients=recipients, items=items,
            record_type="subject", record_id=subject_id, subject=subject_id,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip
        with self.session.transaction():
            self._record(
                subject.id, "out", sealed.info.package_id,
                "; ".join(c.label for c in recipients), [c.key_id for c in recipients],
                sealed.receipt.sha256,
            )  # fmt: skip
            self.session.log(
                "subject.transfer_out", "subject", subject.id, subject=subject.id,
                detail=f"package={sealed.info.package_id} files={len(blobs)}",
            )  # fmt: skip
        return sealed

    def _rows(self, subject_id: str) -> dict[str, list[dict[str, Any]]]:
        conn = self.session.conn
        rows: dict[str, list[dict[str, Any]]] = {}
        for table in DOSSIER_TABLES:
            columns = _columns(self.session, table.name)
            if not columns:
                continue  # a component this vault does not carry
            cursor = conn.execute(
                f"SELECT {', '.join(columns)} FROM {table.name}"
                f" WHERE rowid IN ({table.of_subject}) ORDER BY {table.order}",
                (subject_id,),
            )
            rows[table.name] = [dict(zip(columns, r, strict=True)) for r in cursor]
        for row in rows["fx_subjects"]:
            del row["case_id"]  # the receiving vault makes its own case
        return rows

    def _item_names(self, rows: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
        return item_names(rows, lambda blob_id: self.session.blobs.info(blob_id).media_type)

    def _blob_entry(self, blob_id: str, item: str) -> dict[str, Any]:
        ref = self.session.blobs.info(blob_id)
        return {"item": item, "sha256": ref.sha256, "size": ref.size, "media_type": ref.media_type}

    def _blob_item(self, blob_id: str, item: str) -> OutgoingItem:
        ref = self.session.blobs.info(blob_id)

        def chunks() -> Iterator[bytes]:
            return self.session.blobs.chunks(blob_id)

        return OutgoingItem(item, ref.media_type, chunks, ref.size)

    # -- receiving ------------------------------------------------------------------------
    def import_dossier(
        self, path: Path, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
    ) -> Subject:
        """Verify, decrypt and store a transferred dossier; returns the new subject.

        Raises:
            The package refusals (tampered, truncated, wrong recipient, unknown sender, replay,
            …), InvalidTransferDocument, TransferFromNewerVersion, DossierAlreadyHere,
            Cancelled; nothing is left behind in any of these.
        """
        self.session.require(Area.FORENSIC, action="subject.transfer_in", record_type="subject")
        subject_id = import_package(
            self.session, Path(path), kinds={TRANSFER_KIND}, consume=self._take,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip
        return self.dossiers.subject(subject_id)

    def _take(self, opened: OpenedPackage) -> str:
        document = _document(opened)
        tables: dict[str, list[dict[str, Any]]] = document["tables"]
        self._check_columns(tables)
        _check_evidence(tables, document["blobs"])
        sender = opened.info.sender
        subject_row = tables["fx_subjects"][0]
        taken = self.session.conn.execute(
            "SELECT 1 FROM fx_subjects WHERE pseudonym = ?", (subject_row.get("pseudonym"),)
        ).fetchone()
        if taken is not None:
            raise DossierAlreadyHere(str(subject_row.get("pseudonym")))
        case_id = self.session.cases.create(Area.FORENSIC)
        ids = {
            (t, str(r["id"])): new_id()
            for t, rs in tables.items()
            if TABLES_BY_NAME[t].has_id
            for r in rs
        }
        blobs = self._store_blobs(opened, document["blobs"], case_id)
        label = _label_maker(document, sender.organisation or "andere kluis")
        now = self.session.now_text()
        for table in DOSSIER_TABLES:
            for row in tables.get(table.name, []):
                new = _rewritten(table, row, ids, blobs, label)
                if table.name == "fx_subjects":
                    new["case_id"] = case_id
                if table.name == "fx_examinations" and not new.get("sealed_at"):
                    new["sealed_at"], new["sealed_by"] = now, sender.label
                if table.name == "cs_requests":
                    new["selection"] = _selection_here(row.get("selection"), ids)
                self._insert(table.name, new)
        subject_id = ids[("fx_subjects", str(subject_row["id"]))]
        self._record(subject_id, "in", opened.info.package_id, sender.label, [sender.key_id], "")
        self.session.log(
            "subject.transfer_in", "subject", subject_id, subject=subject_id,
            detail=f"package={opened.info.package_id} from={sender.key_id} files={len(blobs)}",
        )  # fmt: skip
        return subject_id

    def _check_columns(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        for name, rows in tables.items():
            known = set(_columns(self.session, name))
            for row in rows:
                if not set(row) <= known:
                    raise TransferFromNewerVersion(f"{name}: {sorted(set(row) - known)}")

    def _store_blobs(
        self, opened: OpenedPackage, listed: dict[str, dict[str, Any]], case_id: str
    ) -> dict[str, str]:
        names = {e.name for e in opened.info.manifest} - {TRANSFER_DOCUMENT}
        items = [entry.get("item") for entry in listed.values()]
        if len(set(items)) != len(items):
            raise InvalidTransferDocument("een bestand voor twee verwijzingen")
        stored: dict[str, str] = {}
        for old, entry in listed.items():
            item = entry.get("item")
            if not isinstance(item, str) or item not in names:
                raise InvalidTransferDocument(f"ontbreekt: {item}")
            ref = opened.store(item, case_id)
            if ref.sha256 != entry.get("sha256"):
                raise InvalidTransferDocument(f"hash van {old}")
            stored[old] = ref.id
        return stored

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        columns = list(row)
        try:
            self.session.conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)})"
                f" VALUES ({', '.join('?' * len(columns))})",
                [row[c] for c in columns],
            )
        except IntegrityError as exc:  # a NOT NULL, CHECK or UNIQUE the document broke
            raise InvalidTransferDocument(f"{table}: {exc}") from exc

    def _record(
        self, subject_id: str, direction: str, package_id: str, counterpart: str,
        key_ids: list[str], sha256: str,
    ) -> None:  # fmt: skip
        self.session.conn.execute(
            "INSERT INTO fx_transfers (id, subject_id, direction, package_id, counterpart,"
            " counterpart_key_ids, sha256, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new_id(), subject_id, direction, package_id, counterpart, json.dumps(key_ids),
                sha256, self.session.now_text(), self.session.user,
            ),
        )  # fmt: skip

    # -- history --------------------------------------------------------------------------
    def transfers(self, subject_id: str) -> list[Transfer]:
        """The transfers of a dossier, oldest first."""
        self.session.require(
            Area.FORENSIC, action="subject.read", record_type="subject", record_id=subject_id
        )
        rows = self.session.conn.execute(
            "SELECT id, subject_id, direction, package_id, counterpart, counterpart_key_ids,"
            " sha256, at, by FROM fx_transfers WHERE subject_id = ? ORDER BY at, rowid",
            (subject_id,),
        )
        return [
            Transfer(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6], r[7], r[8])
            for r in rows
        ]


def _columns(session: Session, table: str) -> list[str]:
    return [r[1] for r in session.conn.execute(f"PRAGMA table_info({table})")]


def _user_cells() -> Iterator[tuple[str, str]]:
    for table in DOSSIER_TABLES:
        for column in table.users:
            yield table.name, column


def _document(opened: OpenedPackage) -> dict[str, Any]:
    """The dossier document, checked for shape: which tables, one subject, plain values."""
    try:
        value = json.loads(opened.read(TRANSFER_DOCUMENT, limit=64 * 1024 * 1024))
        if value["format"] != TRANSFER_FORMAT:
            raise ValueError("format")
        if value["version"] != TRANSFER_VERSION:
            raise TransferFromNewerVersion(f"versie {value['version']}")
        tables, blobs = value["tables"], value["blobs"]
        if not isinstance(value["people"], dict) or not isinstance(blobs, dict):
            raise ValueError("people/blobs")
        if not isinstance(tables, dict) or not set(tables) <= set(TABLES_BY_NAME):
            raise TransferFromNewerVersion(f"tabellen {sorted(set(tables) - set(TABLES_BY_NAME))}")
        if len(tables.get("fx_subjects", [])) != 1:
            raise ValueError("one subject")
        for rows in tables.values():
            for row in rows:
                if not all(
                    isinstance(v, _SCALARS) and not isinstance(v, bool) for v in row.values()
                ):
                    raise ValueError("values")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidTransferDocument(TRANSFER_DOCUMENT) from exc
    return dict(value)


def _label_maker(document: dict[str, Any], organisation: str) -> Callable[[str], str]:
    """User name of the sending vault → "Display name (Organisation)"; never a local user name.

    The organisation is the one on the sender's card, whose fingerprint was confirmed, not
    what the document says.
    """
    people: dict[str, Any] = document["people"]

    def label(user: str) -> str:
        return f"{people.get(user) or user} ({organisation})"

    return label


def _rewritten(
    table: DossierTable,
    row: dict[str, Any],
    ids: dict[tuple[str, str], str],
    blobs: dict[str, str],
    label: Callable[[str], str],
) -> dict[str, Any]:
    new = dict(row)
    try:
        if table.has_id:
            new["id"] = ids[(table.name, str(row["id"]))]
        for column, target in table.refs.items():
            new[column] = ids[(target, str(row[column]))]
        for column in table.blobs:
            new[column] = blobs[str(row[column])]
    except KeyError as exc:  # a reference out of the dossier
        raise InvalidTransferDocument(f"{table.name}: verwijzing {exc}") from exc
    for column in table.users:
        if row.get(column):
            new[column] = label(str(row[column]))
    return new


def _selection_here(text: object, ids: dict[tuple[str, str], str]) -> str:
    """A request's selection with this vault's ids; what no longer exists is left out."""
    try:
        chosen = json.loads(str(text or "{}"))

        def here(table: str, olds: list[Any]) -> list[str]:
            return [ids[(table, str(o))] for o in olds if (table, str(o)) in ids]

        photos = {str(p): share for p, share in chosen.get("photos", [])}
        return json.dumps({
            "injuries": here("fx_injuries", chosen.get("injuries", [])),
            "photos": [
                [ids[("fx_photos", p)], share] for p, share in photos.items()
                if ("fx_photos", p) in ids
            ],
            "imaging": here("fx_imaging_studies", chosen.get("imaging", [])),
        })  # fmt: skip
    except (TypeError, ValueError, AttributeError) as exc:
        raise InvalidTransferDocument("cs_requests: selectie") from exc


def _check_evidence(
    tables: dict[str, list[dict[str, Any]]], blobs: dict[str, dict[str, Any]]
) -> None:
    """Every original's recorded SHA-256 is the hash of the bytes that arrived."""
    for table, column in (("fx_photos", "original_blob"), ("fx_imaging_objects", "blob_id")):
        for row in tables.get(table, []):
            listed = blobs.get(str(row.get(column)))
            if not isinstance(listed, dict) or listed.get("sha256") != row.get("sha256"):
                raise InvalidTransferDocument(f"{table}: SHA-256 van het origineel")
