"""The export frame: a :class:`~secure_store.document.Document` rendered to PDF with ReportLab.

The domain says what the report contains; the frame adds what every document that leaves the
vault carries: the organisation's letterhead, the case reference, the document's classification
marking on every page, "pagina x van y", author, role and date, the evidence manifest as the last
appendix, and the signature block whose box becomes the visible PAdES signature field.

Rendering is deterministic for the same document and frame (ReportLab's invariant mode with the
frame's date as the PDF's creation date), so tests can compare runs.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from .document import Document, KeyValues, Section, format_moment
from .document import Table as TableBlock
from .manifest import EvidenceManifest
from .report_blocks import block_flowables, section_flowables, text
from .report_style import (
    BOTTOM,
    CLASSIFIED,
    GREY,
    INK,
    LIGHT,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SANS,
    SANS_BOLD,
    TEXT_WIDTH,
    TOP_FIRST,
    TOP_LATER,
    styles,
    table_style,
)

# ReportLab wraps every stream, photos included, in ASCII85 by default: pure-Python encoding that
# took two thirds of a 40-photo report's time and made the file a quarter larger. PDF is binary
# anyway; JPEG data goes in as it is.
rl_config.useA85 = 0

SIGNATURE_SIZE = (82.0 * 2.8346, 30.0 * 2.8346)  # 82 x 30 mm in points
APPENDIX_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class SignerInfo:
    """How the signature box describes the certificate that will sign."""

    name: str
    certificate: str  # one line: "UZI-register, geldig tot …" or "zelf uitgegeven …"
    self_issued: bool


@dataclass(frozen=True)
class ReportFrame:
    """What the frame adds around the content.

    A ``preview`` says in its signature box that nothing is signed yet; a final render needs
    the ``signer``.
    """

    organisation: str
    address: str
    author: str
    role: str
    date: datetime
    signer: SignerInfo | None = None
    preview: bool = False

    def __post_init__(self) -> None:
        if not self.preview and self.signer is None:
            raise ValueError("a report that will be signed needs its signer")


@dataclass(frozen=True)
class RenderedReport:
    """The PDF and where its signature box is (0-based page, points from bottom-left)."""

    pdf: bytes
    pages: int
    signature_page: int
    signature_box: tuple[float, float, float, float]


def render_pdf(document: Document, frame: ReportFrame) -> RenderedReport:
    """Lay out ``document`` in ``frame`` (A4, fonts embedded)."""
    out = io.BytesIO()
    where: list[tuple[int, tuple[float, float, float, float]]] = []
    template = BaseDocTemplate(
        out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=document.title, author=frame.author,
        subject=f"{document.subtitle or document.title} — {document.reference}",
        creator="Veilig Dossier", invariant=1,
        initialFontName=SANS, initialFontSize=9,  # else every page names Helvetica, not embedded
    )  # fmt: skip
    address = frame.address if document.show_organisation_address else ""
    template.addPageTemplates([
        PageTemplate("first", [_frame(TOP_FIRST)], onPage=_letterhead(frame, document, address)),
        PageTemplate("later", [_frame(TOP_LATER)]),
    ])  # fmt: skip
    story = _story(document, frame, where)
    pages: list[int] = []

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        return _PagedCanvas(*args, decorate=_decorator(document, frame), pages=pages, moment=frame.date, **kwargs)  # fmt: skip

    template.build(story, canvasmaker=make_canvas)
    page, box = where[-1]
    return RenderedReport(out.getvalue(), pages[0], page, box)


def _frame(top: float) -> Frame:
    height = PAGE_HEIGHT - top - BOTTOM
    return Frame(MARGIN_X, BOTTOM, TEXT_WIDTH, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip


def _story(document: Document, frame: ReportFrame, where: list[Any]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [NextPageTemplate("later"), Paragraph(text(document.title), s.title)]
    if document.subtitle:
        story.append(Paragraph(text(document.subtitle), s.subtitle))
    for block in document.front:
        story += block_flowables(block)
    for number, section in enumerate(document.sections, start=1):
        story += section_flowables(section, str(number))
    story.append(_signature_block(document, frame, where))
    appendices = list(document.appendices)
    if document.manifest is not None:
        appendices.append(manifest_appendix(document.manifest))
    for letter, appendix in zip(APPENDIX_LETTERS, appendices, strict=False):
        story += [PageBreak(), *section_flowables(appendix, letter, appendix=True)]
    return story


def manifest_appendix(manifest: EvidenceManifest) -> Section:
    """The printed form of the evidence manifest (the same list is embedded as JSON)."""
    rows = tuple(
        (
            f"{item.number}\n{item.label}" if item.label else item.number,
            item.kind,
            _grouped(item.sha256),
            format_moment(item.captured_at) or "onbekend",
            f"{format_moment(item.imported_at)}\n{item.imported_by}",
        )
        for item in manifest.items
    )
    table = TableBlock(
        ("Nr.", "Soort", "SHA-256 van het origineel", "Opname", "Geïmporteerd (door)"),
        rows,
        caption="Originelen, in de volgorde van het rapport",
        widths=(1.3, 0.8, 2.6, 1.2, 1.6),
        mono_columns=frozenset({2}),
    )
    note = (
        "Elk origineel is bij import bit-exact en versleuteld bewaard; de SHA-256 hieronder is "
        "bij import berekend en nooit gewijzigd. Foto's in dit rapport zijn afgeleiden "
        "(rechtop gezet, met annotaties en schaal). Controle van een bestand: "
        "veilig-dossier verify RAPPORT.pdf BESTAND…  Dezelfde lijst zit machineleesbaar in "
        "dit PDF-bestand (bijlage bewijsmanifest.json)."
    )
    return Section(
        "Bewijsmanifest", (KeyValues((("Kenmerk", manifest.reference), ("Aantal", str(len(manifest.items))))), table), note=note
    )  # fmt: skip


def _grouped(sha256: str) -> str:
    groups = [sha256[i : i + 8] for i in range(0, 64, 8)]
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:])


def _signature_block(document: Document, frame: ReportFrame, where: list[Any]) -> Flowable:
    s = styles()
    rows = (
        ("Naam", frame.author), ("Functie", frame.role), ("Organisatie", frame.organisation),
        ("Datum", format_moment(frame.date)),
    )  # fmt: skip
    left_width = TEXT_WIDTH - SIGNATURE_SIZE[0] - 14
    cells = [[Paragraph(text(k), s.label), Paragraph(text(v), s.cell)] for k, v in rows]
    details = Table(cells, colWidths=[0.3 * left_width, 0.7 * left_width], hAlign="LEFT")
    details.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
    ]))  # fmt: skip
    box = _SignatureBox(frame.signer, frame.preview, frame.date, where)
    table = Table([[details, box]], colWidths=[left_width + 14, SIGNATURE_SIZE[0]])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))  # fmt: skip
    parts: list[Flowable] = [Spacer(1, 14), Paragraph("Ondertekening", s.h1)]
    if document.statement:
        parts.append(Paragraph(text(document.statement), s.body))
    parts += [Spacer(1, 4), table]
    return KeepTogether(parts)


class _SignatureBox(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """The box the PAdES signature field covers; it records where it landed on the page."""

    def __init__(
        self, signer: SignerInfo | None, preview: bool, date: datetime, where: list[Any]
    ) -> None:
        super().__init__()
        self.signer = signer
        self.preview = preview
        self.date = date
        self.where = where
        self.width, self.height = SIGNATURE_SIZE

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        self.where.append((canvas.getPageNumber() - 1, (x, y, x + self.width, y + self.height)))
        canvas.setStrokeColor(CLASSIFIED if self.preview else LIGHT)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.width, self.height)
        for offset, (font, size, colour, line) in enumerate(self._lines()):
            canvas.setFillColor(colour)
            canvas.setFont(font, size)
            canvas.drawString(8, self.height - 14 - offset * 12, line)

    def _lines(self) -> list[tuple[str, float, Color, str]]:
        signer = self.signer
        if self.preview:
            lines: list[tuple[str, float, Color, str]] = [
                (SANS_BOLD, 9, CLASSIFIED, "VOORBEELD — nog niet ondertekend")
            ]
            who = (
                f"Wordt digitaal ondertekend door {signer.name}"
                if signer
                else "Nog geen certificaat gekozen"
            )
            lines.append((SANS, 8, GREY, who))
        else:
            assert signer is not None  # ReportFrame refuses a final render without a signer
            lines = [
                (SANS_BOLD, 9, INK, "Digitaal ondertekend (PAdES)"),
                (SANS, 8.5, INK, signer.name),
                (SANS, 8, GREY, format_moment(self.date)),
            ]
        if signer is not None:
            lines.append(
                (SANS, 7.5, CLASSIFIED if signer.self_issued else GREY, signer.certificate)
            )
        return lines


def _letterhead(
    frame: ReportFrame, document: Document, address: str
) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - TOP_LATER + 4
        canvas.setFillColor(INK)
        canvas.setFont(SANS_BOLD, 13)
        canvas.drawString(MARGIN_X, top, frame.organisation)
        canvas.setFont(SANS, 8.5)
        canvas.setFillColor(GREY)
        for index, line in enumerate(address.splitlines()[:3]):
            canvas.drawString(MARGIN_X, top - 13 - index * 11, line)
        right = PAGE_WIDTH - MARGIN_X
        canvas.drawRightString(right, top, f"Kenmerk: {document.reference}")
        canvas.drawRightString(
            right, top - 11, f"Datum: {format_moment(frame.date, with_time=False)}"
        )
        canvas.setStrokeColor(LIGHT)
        canvas.line(MARGIN_X, PAGE_HEIGHT - TOP_FIRST + 10, right, PAGE_HEIGHT - TOP_FIRST + 10)
        canvas.restoreState()

    return draw


def _decorator(document: Document, frame: ReportFrame) -> Callable[[Canvas, int, int], None]:
    """Classification on top, and reference, author and "pagina x van y" at the foot."""
    classification = document.classification.value

    def decorate(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(CLASSIFIED)
        canvas.setFont(SANS_BOLD, 8)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 12 * 2.8346, classification.upper())
        if number > 1:
            canvas.setFont(SANS, 7.5)
            canvas.setFillColor(GREY)
            canvas.drawString(MARGIN_X, PAGE_HEIGHT - 18 * 2.8346, frame.organisation)
            canvas.drawRightString(
                PAGE_WIDTH - MARGIN_X,
                PAGE_HEIGHT - 18 * 2.8346,
                f"{document.title} — {document.reference}",
            )
        canvas.setStrokeColor(LIGHT)
        canvas.line(MARGIN_X, BOTTOM - 8, PAGE_WIDTH - MARGIN_X, BOTTOM - 8)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(CLASSIFIED)
        canvas.drawString(MARGIN_X, BOTTOM - 18, classification)
        canvas.setFillColor(GREY)
        canvas.drawCentredString(PAGE_WIDTH / 2, BOTTOM - 18, f"Kenmerk {document.reference}")
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, BOTTOM - 18, f"Pagina {number} van {total}")
        canvas.setFont(SANS, 7)
        canvas.drawString(
            MARGIN_X,
            BOTTOM - 28,
            f"Opgesteld door {frame.author} ({frame.role}), {format_moment(frame.date, with_time=False)}",
        )
        canvas.restoreState()

    return decorate


class _PagedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """A canvas that holds the pages back until the end, to print "pagina x van y" on each."""

    def __init__(
        self,
        *args: Any,
        decorate: Callable[[Canvas, int, int], None],
        pages: list[int],
        moment: datetime,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._decorate = decorate
        self._page_count = pages
        # Invariant mode fixes the file ID; the creation date is the report's own date.
        stamp = self._doc._timeStamp
        stamp.YMDhms = tuple(moment.astimezone(UTC).timetuple())[:6]
        stamp.dhh = stamp.dmm = 0

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        self._page_count.append(total)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()
