"""The evidence manifest: which original files a report relies on, by SHA-256.

A report prints the manifest as an appendix and embeds the same list as JSON in the signed PDF,
so anyone holding the report and the files can check, without a vault, that the photos and
DICOM objects they were given are the originals (``veilig-dossier verify``). The JSON read back
from a PDF is input like any other: :meth:`EvidenceManifest.from_json` checks every field.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Any

from .errors import VaultError

FORMAT = "veilig-dossier/evidence-manifest"
VERSION = 1
FILE_NAME = "bewijsmanifest.json"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FIELDS = ("number", "kind", "label", "sha256", "captured_at", "imported_at", "imported_by")


class ManifestUnreadable(VaultError):
    message_nl = (
        "Het bewijsmanifest in dit rapport is onleesbaar of onvolledig; de bestanden kunnen er "
        "niet mee worden gecontroleerd."
    )
    message_en = (
        "The evidence manifest in this report is unreadable or incomplete; files cannot be "
        "checked against it."
    )


@dataclass(frozen=True)
class EvidenceItem:
    """One original: its number in the report, what it is, its SHA-256 and its history."""

    number: str
    kind: str  # "foto", "DICOM" …
    label: str  # what it shows or its file name; empty where a name would identify someone
    sha256: str
    captured_at: str
    imported_at: str
    imported_by: str

    def __post_init__(self) -> None:
        if not _SHA256.fullmatch(self.sha256):
            raise ValueError(f"not a lower-case SHA-256: {self.sha256!r}")


@dataclass(frozen=True)
class EvidenceManifest:
    """The originals of one report, in report order."""

    reference: str
    items: tuple[EvidenceItem, ...]

    def by_hash(self) -> dict[str, EvidenceItem]:
        """The items keyed by SHA-256 (the first of equal hashes wins)."""
        found: dict[str, EvidenceItem] = {}
        for item in self.items:
            found.setdefault(item.sha256, item)
        return found

    def to_json(self) -> bytes:
        """Canonical JSON (sorted keys, UTF-8), the bytes embedded in the PDF."""
        document = {
            "format": FORMAT,
            "version": VERSION,
            "reference": self.reference,
            "items": [asdict(item) for item in self.items],
        }
        return json.dumps(document, sort_keys=True, ensure_ascii=False, indent=1).encode()

    @classmethod
    def from_json(cls, data: bytes) -> EvidenceManifest:
        """Parse and check embedded manifest bytes.

        Raises:
            ManifestUnreadable: not JSON, another format or version, or a bad item.
        """
        try:
            document = json.loads(data.decode("utf-8"))
            if document["format"] != FORMAT or document["version"] != VERSION:
                raise ManifestUnreadable(f"{document['format']} v{document['version']}")
            items = tuple(_item(raw) for raw in document["items"])
            return cls(_text(document["reference"]), items)
        except ManifestUnreadable:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise ManifestUnreadable(str(exc)) from exc


def _item(raw: Any) -> EvidenceItem:
    if not isinstance(raw, dict) or set(raw) != set(_FIELDS):
        raise ValueError("an item has other fields than expected")
    return EvidenceItem(*(_text(raw[name]) for name in _FIELDS))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value
