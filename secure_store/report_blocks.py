"""The blocks of a :class:`~secure_store.document.Document` as ReportLab flowables.

Everything a domain wrote is escaped before ReportLab's paragraph parser sees it: a name with
an ampersand or a history containing "<" is text, never markup.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import (
    Paragraph as RLParagraph,
)
from reportlab.platypus import (
    Table as RLTable,
)

from .document import (
    Block,
    Figure,
    FigureRow,
    KeyValues,
    Paragraph,
    Scale,
    Section,
    SectionKind,
    Table,
    TextStyle,
)
from .report_flow import KeepWithStart, Unbroken
from .report_style import (
    BOTTOM,
    KIND_COLOURS,
    LIGHT,
    PAGE_HEIGHT,
    SHADE,
    TEXT_WIDTH,
    TOP_LATER,
    styles,
    table_style,
)

KIND_TAGS = {
    SectionKind.FACTS: "FEITEN — waargenomen, gemeten of verteld, met de bron",
    SectionKind.OPINIONS: "OORDEEL — interpretatie en conclusie van de opsteller",
    SectionKind.ADDENDUM: "ADDENDUM — toegevoegd na verzegeling van het origineel",
}
TEXT_HEIGHT = PAGE_HEIGHT - TOP_LATER - BOTTOM
CHECKED, UNCHECKED = "☒", "☐"


def text(value: str) -> str:
    """``value`` as paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def section_flowables(section: Section, number: str, *, appendix: bool = False) -> list[Flowable]:
    """A section's heading, kind tag, note and blocks; subsections numbered ``number.n``."""
    s = styles()
    level = number.count(".")
    prefix = f"Bijlage {number}" if appendix and level == 0 else number
    heading = RLParagraph(
        f"{text(prefix)}&nbsp;&nbsp;{text(section.title)}", s.h1 if level == 0 else s.h2
    )
    lead: list[Flowable] = [heading]
    if section.kind is not SectionKind.GENERAL:
        colour = KIND_COLOURS[section.kind.value].hexval()[2:]
        lead.append(
            RLParagraph(f'<font color="#{colour}">{KIND_TAGS[section.kind]}</font>', s.kind)
        )
    if section.note:
        lead.append(RLParagraph(text(section.note), s.note))
    body: list[Flowable] = []
    child = 0
    for block in section.blocks:
        if isinstance(block, Section):
            child += 1
            body += section_flowables(block, f"{number}.{child}")
        else:
            body += block_flowables(block)
    # A page break that opens the section starts it on a new page, heading included.
    breaks = 0
    while breaks < len(body) and isinstance(body[breaks], RLPageBreak):
        breaks += 1
    opening, body = body[:breaks], body[breaks:]
    if not body:
        return [*opening, *lead]
    # A heading never stands alone at the foot of a page, nor pushes its section to the next.
    return [*opening, KeepWithStart(lead, body[0]), *body[1:]]


def block_flowables(block: Block) -> list[Flowable]:
    """One content block as flowables."""
    match block:
        case Paragraph():
            return [_paragraph(block)]
        case KeyValues():
            return [_key_values(block)]
        case Table():
            return _table(block)
        case Figure():
            return [Unbroken(_figure(block, TEXT_WIDTH * block.width))]
        case FigureRow():
            return [_figure_row(block)]
        case Scale():
            return [_scale(block)]
        case _:  # PageBreak, the last kind of block
            return [RLPageBreak()]


def _paragraph(block: Paragraph) -> Flowable:
    s = styles()
    if block.style is TextStyle.AS_TOLD:
        told = f"Zoals verteld door {block.source}" if block.source else "Zoals verteld"
        return RLParagraph(f"<i>{text(told)}:</i> “{text(block.text)}”", s.as_told)
    style = {TextStyle.BODY: s.body, TextStyle.NOTE: s.note, TextStyle.EMPTY: s.empty}[block.style]
    source = f" <font color='#555555'>(bron: {text(block.source)})</font>" if block.source else ""
    return RLParagraph(text(block.text) + source, style)


def _key_values(block: KeyValues) -> Flowable:
    s = styles()
    rows = [[RLParagraph(text(k), s.label), RLParagraph(text(v), s.cell)] for k, v in block.rows]
    table = RLTable(rows, colWidths=[0.28 * TEXT_WIDTH, 0.72 * TEXT_WIDTH], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
        *_no_lonely_rows(len(rows)),
    ]))  # fmt: skip
    return table


def _no_lonely_rows(rows: int, header: int = 0) -> list[tuple[object, ...]]:
    """Where a table of ``rows`` rows (``header`` of them repeated) must not split.

    Never after the first row of the body nor before the last one, so no row stands alone at
    the foot or the head of a page, cut off from the rows it is read with; a table of three
    body rows or fewer moves whole.
    """
    last = rows - 1
    return [
        ("NOSPLIT", (0, 0), (-1, min(header + 1, last))),
        ("NOSPLIT", (0, max(last - 1, 0)), (-1, last)),
    ]


def _table(block: Table) -> list[Flowable]:
    s = styles()
    widths = block.widths or (1.0,) * len(block.header)
    total = sum(widths)
    header = [RLParagraph(text(h), s.cell_bold) for h in block.header]
    rows = [
        [
            RLParagraph(text(v), s.mono if i in block.mono_columns else s.cell)
            for i, v in enumerate(row)
        ]
        for row in block.rows
    ]
    table = RLTable(
        [header, *rows], colWidths=[TEXT_WIDTH * w / total for w in widths], repeatRows=1
    )
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, LIGHT),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *_no_lonely_rows(1 + len(rows), header=1),
    ]))  # fmt: skip
    if not block.caption:
        return [table]
    return [KeepWithStart([RLParagraph(text(block.caption), s.caption)], table)]


class _NamedByBytes(ImageReader):  # type: ignore[misc]  # ReportLab ships no type hints
    """An image reader that names a JPEG by its compressed bytes.

    ReportLab names every image it embeds by an MD5 of its decoded pixels, so it can reuse one
    drawn twice; for a JPEG, which it embeds as it is, that decode and hash of every pixel was
    half the time of rendering a report of photos. The compressed bytes name it as uniquely.
    """

    def getRGBData(self) -> bytes:
        stream = self.jpeg_fh()
        if not stream:
            return bytes(super().getRGBData())
        self._dataA = None  # no soft mask: a JPEG has no alpha channel
        data = bytes(stream.read())
        stream.seek(0)
        return data


class _Picture(Image):  # type: ignore[misc]  # ReportLab ships no type hints
    """A platypus image that reads its data through :class:`_NamedByBytes`."""

    def __getattr__(self, name: str) -> object:
        if name == "_img":
            self._img = _NamedByBytes(self._file)
            return self._img
        return super().__getattr__(name)


def _image(data: bytes, max_width: float, max_height: float) -> Image:
    """The image scaled to fit ``max_width`` x ``max_height``, keeping its proportions.

    JPEG bytes go into the PDF as they are (ReportLab embeds DCT data without re-encoding).
    """
    width_px, height_px = ImageReader(io.BytesIO(data)).getSize()
    scale = min(max_width / width_px, max_height / height_px)
    return _Picture(io.BytesIO(data), width=width_px * scale, height=height_px * scale)


def _figure(block: Figure, width: float, *, centred: bool = False) -> list[Flowable]:
    s = styles()
    image = _image(block.image, width, TEXT_HEIGHT * block.max_height)
    image.hAlign = "CENTER" if centred else "LEFT"  # the caption lines up with the picture
    parts: list[Flowable] = [image]
    caption = f"<b>{text(block.label)}</b>"
    if block.caption:
        caption += f" — {text(block.caption)}"
    parts.append(RLParagraph(caption, s.caption_centred if centred else s.caption))
    if block.details:
        details = " · ".join(f"{text(k)}: {text(v)}" for k, v in block.details)
        parts.append(RLParagraph(details, s.detail_centred if centred else s.detail))
    return parts


def _figure_row(block: FigureRow) -> Flowable:
    cell_width = TEXT_WIDTH / len(block.figures)
    cells = [_figure(figure, cell_width - 8, centred=True) for figure in block.figures]
    table = RLTable([cells], colWidths=[cell_width] * len(cells))
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))  # fmt: skip
    return table


def _scale(block: Scale) -> Flowable:
    s = styles()
    rows = []
    for index, option in enumerate(block.options):
        if index == block.chosen:
            rows.append([RLParagraph(f"{CHECKED}&nbsp;&nbsp;<b>{text(option)}</b>", s.cell)])
        else:
            rows.append([RLParagraph(f"{UNCHECKED}&nbsp;&nbsp;{text(option)}", s.cell)])
    table = RLTable(rows, colWidths=[TEXT_WIDTH], hAlign="LEFT")
    table.setStyle(table_style([
        ("NOSPLIT", (0, 0), (-1, -1)),  # the choice reads only against the whole scale
        ("BOX", (0, 0), (-1, -1), 0.5, LIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))  # fmt: skip
    return table
