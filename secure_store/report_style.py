"""The look of every report: embedded fonts, paragraph styles, colours, page geometry.

DejaVu Sans ships in ``resources/fonts`` (with its licence) and is embedded in every PDF, so
names such as "Zoë Hoekstra-Çelik" print the same on any reader and any printer. The palette is
sober and survives black-and-white printing: the classification is dark red, the rest is black
and greys.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

import resources

SANS = "VD-Sans"
SANS_BOLD = "VD-Sans-Bold"
SANS_ITALIC = "VD-Sans-Oblique"
SANS_BOLD_ITALIC = "VD-Sans-BoldOblique"
MONO = "VD-Mono"
_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}

INK = HexColor("#1A1A1A")
GREY = HexColor("#555555")
LIGHT = HexColor("#B8B8B8")
SHADE = HexColor("#EFEFEF")
CLASSIFIED = HexColor("#8B1A1A")
KIND_COLOURS: dict[str, Color] = {
    "facts": HexColor("#24476B"),
    "opinions": HexColor("#6B4A12"),
    "addendum": HexColor("#5A2D6B"),
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
TOP_FIRST = 50 * mm  # room for the letterhead
TOP_LATER = 27 * mm
BOTTOM = 24 * mm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


@cache
def register_fonts() -> None:
    """Register the shipped fonts with ReportLab once per process."""
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.path(f"fonts/{file_name}"))))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
    )


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a report."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    kind: ParagraphStyle
    body: ParagraphStyle
    as_told: ParagraphStyle
    note: ParagraphStyle
    empty: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    mono: ParagraphStyle
    caption: ParagraphStyle
    caption_centred: ParagraphStyle
    detail: ParagraphStyle
    detail_centred: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared styles (fonts registered first)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=SANS, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=5
    )

    def like(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **changes)

    return Styles(
        title=like("title", fontName=SANS_BOLD, fontSize=17, leading=21, spaceAfter=2),
        subtitle=like("subtitle", fontSize=11, leading=15, textColor=GREY, spaceAfter=10),
        h1=like("h1", fontName=SANS_BOLD, fontSize=12.5, leading=16, spaceBefore=12, spaceAfter=3),
        h2=like("h2", fontName=SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=2),
        kind=like("kind", fontName=SANS_BOLD, fontSize=7, leading=9, spaceAfter=4),
        body=body,
        as_told=like("as_told", fontName=SANS_ITALIC, leftIndent=10),
        note=like("note", fontSize=8, leading=11, textColor=GREY),
        empty=like("empty", fontName=SANS_ITALIC, textColor=GREY),
        label=like("label", fontName=SANS_BOLD, fontSize=8.5, leading=12, textColor=GREY),
        cell=like("cell", fontSize=8.5, leading=11, spaceAfter=0),
        cell_bold=like("cell_bold", fontName=SANS_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        mono=like("mono", fontName=MONO, fontSize=7, leading=9, spaceAfter=0),
        caption=like("caption", fontSize=8.5, leading=11.5, spaceBefore=3, spaceAfter=1),
        caption_centred=like(
            "caption_centred",
            fontSize=8.5,
            leading=11.5,
            spaceBefore=3,
            spaceAfter=1,
            alignment=TA_CENTER,
        ),
        detail=like("detail", fontSize=7.5, leading=10, textColor=GREY, spaceAfter=8),
        detail_centred=like(
            "detail_centred", fontSize=7.5, leading=10, textColor=GREY, alignment=TA_CENTER
        ),
    )


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells use the embedded font (ReportLab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])
