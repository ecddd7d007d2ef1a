"""A neutral document: what a report says, never how it looks or which domain it came from.

The domains fill these values (a forensic report, a melding, an intake summary); the export
frame (:mod:`secure_store.report_pdf`) lays them out with letterhead, classification, page
numbers and signature block, and :mod:`secure_store.signing` signs the result. A new kind of
report is therefore a new content builder in its domain and nothing else.

Facts and opinions are kinds of section, not styling: a Veilig Thuis melding and a report after
the NRGD guideline must keep what was seen or told apart from what the author concludes, and the
frame marks each kind the same way in every document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from zoneinfo import ZoneInfo

from .manifest import EvidenceManifest


class SectionKind(Enum):
    """What a section holds; facts and opinions are marked as such on the page."""

    GENERAL = "general"
    FACTS = "facts"  # observed, measured, or told (with the source)
    OPINIONS = "opinions"  # the author's interpretation and conclusion
    ADDENDUM = "addendum"  # a dated addition after the original was sealed


class Classification(Enum):
    """The marking on every page: whose professional secrecy covers what the document says.

    A physician's records fall under the medical secrecy of the WGBO and the Wet BIG. A
    shelter worker is no physician, and a reader must not take a shelter's records for medical
    ones; but whoever gives help, support or shelter is bound to secrecy all the same, which is
    why the Wmo 2015 (art. 5.2.6) has to let them break it to inform Veilig Thuis.
    """

    MEDICAL = "Vertrouwelijk — medisch beroepsgeheim"
    SOCIAL_CARE = "Vertrouwelijk — beroepsgeheim hulpverlening"


class TextStyle(Enum):
    """How a paragraph reads."""

    BODY = "body"
    AS_TOLD = "as_told"  # a history as told by someone: set apart, never the author's own finding
    NOTE = "note"  # small print: an explanation, a limitation of a method
    EMPTY = "empty"  # a field that was left empty ("niet ingevuld"), so its absence shows


@dataclass(frozen=True)
class Paragraph:
    """Running text; ``source`` names who told or supplied it (printed with it)."""

    text: str
    style: TextStyle = TextStyle.BODY
    source: str = ""


@dataclass(frozen=True)
class KeyValues:
    """Label/value rows, such as the particulars of a case."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; ``widths`` are relative column widths.

    ``mono_columns`` are set in the monospaced font (hashes, identifiers).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    mono_columns: frozenset[int] = frozenset()
    caption: str = ""

    def __post_init__(self) -> None:
        columns = len(self.header)
        if any(len(row) != columns for row in self.rows) or (
            self.widths and len(self.widths) != columns
        ):
            raise ValueError("every row and the widths must have one entry per column")


@dataclass(frozen=True)
class Figure:
    """An image (PNG or JPEG bytes) with a label and caption.

    ``details`` are small label/value lines under the caption (category, capture time …).
    ``width`` and ``max_height`` are fractions of the text width and the text height.
    """

    image: bytes
    label: str
    caption: str = ""
    details: tuple[tuple[str, str], ...] = ()
    width: float = 1.0
    max_height: float = 0.45


@dataclass(frozen=True)
class FigureRow:
    """Figures side by side (the views of a body map), sharing the text width equally."""

    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Scale:
    """A fixed scale with one position chosen (or none yet), printed whole so the choice reads in context."""

    options: tuple[str, ...]
    chosen: int | None


@dataclass(frozen=True)
class PageBreak:
    """Start the next block on a new page."""


Block = Paragraph | KeyValues | Table | Figure | FigureRow | Scale | PageBreak


@dataclass(frozen=True)
class Section:
    """A numbered section of blocks and subsections.

    ``note`` is a line under the heading (e.g. "zoals verteld door moeder"); ``kind`` marks facts,
    opinions and addenda.
    """

    title: str
    blocks: tuple[Block | Section, ...] = ()
    kind: SectionKind = SectionKind.GENERAL
    note: str = ""


@dataclass(frozen=True)
class Attachment:
    """A file embedded in the signed PDF (machine-readable beside the printed text)."""

    name: str
    data: bytes
    media_type: str
    description: str = ""


@dataclass(frozen=True)
class Document:
    """One report, as its domain means it.

    Args:
        kind: short machine name of the report type (``forensisch``, ``melding`` …).
        title / subtitle: printed at the top of the first page and in the PDF's metadata.
        reference: the case reference on every page (a pseudonym where the domain chose one).
        front: particulars printed under the title, before the first section.
        sections: the numbered body.
        appendices: lettered after the body (the frame adds the evidence manifest itself).
        manifest: the evidence the report relies on; printed as the last appendix and
            embedded as JSON, so ``veilig-dossier verify`` can check files against it.
        statement: the sentence above the signature (what the author attests).
        show_organisation_address: False where the address must not leave (a shelter's).
        classification: the marking the frame prints on every page.
        attachments: further files to embed.
    """

    kind: str
    title: str
    reference: str
    sections: tuple[Section, ...]
    subtitle: str = ""
    front: tuple[Block, ...] = ()
    appendices: tuple[Section, ...] = ()
    manifest: EvidenceManifest | None = None
    statement: str = ""
    show_organisation_address: bool = True
    classification: Classification = Classification.MEDICAL
    attachments: tuple[Attachment, ...] = field(default=())


LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")


def format_moment(value: datetime | str, *, with_time: bool = True) -> str:
    """A date (and time) as reports print it: ``20-11-2026 14:03``.

    Aware times are shown in Dutch local time; naive ones (a camera's clock) as recorded. Text
    that is not an ISO date is returned as it is, and empty stays empty.
    """
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        moment = value
    if moment.tzinfo is not None:
        moment = moment.astimezone(LOCAL_ZONE)
    return moment.strftime("%d-%m-%Y %H:%M" if with_time else "%d-%m-%Y")
