"""Page flow of a report, read back with poppler: on which page a heading, a table, a figure lands.

A heading stays with the start of its content (never the last thing on a page) without pushing
its section to the next page when the start fits; tables split with their header row repeated,
never leaving one row alone; figures and scales stay whole. The sweeps move a section down the
first page a line at a time, so its heading crosses the foot of the page at every position.
"""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from secure_store.document import (
    Block,
    Document,
    Figure,
    KeyValues,
    PageBreak,
    Paragraph,
    Scale,
    Section,
    SectionKind,
    Table,
)
from secure_store.report_pdf import ReportFrame, render_pdf

FRAME = ReportFrame(
    "GGD Testregio", "Teststraat 9", "Dr. Fenna de Wit", "Forensisch arts",
    datetime(2026, 11, 22, 9, 30, tzinfo=UTC), preview=True,
)  # fmt: skip
SWEEP = range(28, 52)  # filler lines: the next section's heading crosses the foot of page 1


def _jpeg(width: int = 800, height: int = 600) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (180, 120, 110)).save(out, "JPEG", quality=85)
    return out.getvalue()


class Rendered:
    """A rendered test document: its pages as pdftotext reads them, and its images' pages."""

    def __init__(self, sections: tuple[Section, ...], folder: Path) -> None:
        document = Document(kind="proef", title="Proefstuk", reference="PROEF-1", sections=sections)
        path = folder / "proef.pdf"
        path.write_bytes(render_pdf(document, FRAME).pdf)
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        self.pages = [page for page in text.split("\f") if page.strip()]
        images = subprocess.run(
            ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
        ).stdout
        self.image_pages = [int(line.split()[0]) - 1 for line in images.splitlines()[2:]]

    def page(self, needle: str) -> int:
        """The (0-based) page on which ``needle`` first appears."""
        found = [n for n, page in enumerate(self.pages) if needle in page]
        assert found, f"{needle!r} is not in the document"
        return found[0]

    def on(self, needle: str) -> list[int]:
        """Every page on which ``needle`` appears."""
        return [n for n, page in enumerate(self.pages) if needle in page]


def _filler(lines: int) -> Section:
    return Section("Opvulling", (Paragraph("\n".join(f"opvulregel {i}" for i in range(lines))),))


def _rows(count: int) -> tuple[tuple[str, str], ...]:
    return tuple((f"rij-{i:02d}", f"waarde-{i:02d}") for i in range(1, count + 1))


# Each opening: the section's first block, and what must share the page with its heading.
OPENINGS: dict[str, tuple[Block | Section, tuple[str, ...]]] = {
    "paragraph": (Paragraph("Startzin een.\nStartzin twee.\nStartzin drie."), ("Startzin een",)),
    "subsection": (
        Section("Onderkop", (Paragraph("Startzin van de onderkop."),), note="Notitie onderkop."),
        ("Onderkop", "Notitie onderkop.", "Startzin van de onderkop."),
    ),
    "table": (
        Table(("Kolomkop", "Waarde"), _rows(8), caption="Tabelbijschrift"),
        ("Tabelbijschrift", "Kolomkop", "rij-01", "rij-02"),
    ),
    "key values": (KeyValues(_rows(6)), ("rij-01", "rij-02")),
    "figure": (
        Figure(_jpeg(), "Figuur 1", "het bijschrift", width=0.3),
        ("Figuur 1 — het bijschrift",),
    ),
    "scale": (
        Scale(("optie een", "optie twee", "optie drie", "optie vier", "optie vijf"), 2),
        ("optie een", "optie vijf"),
    ),
}


def _opening(name: str) -> Section:
    block, _ = OPENINGS[name]
    return Section("Kopregel", (block,), SectionKind.FACTS, note="Notitie onder de kop.")


@pytest.mark.parametrize("name", list(OPENINGS))
def test_a_section_starts_on_the_page_that_has_room_for_its_start(
    tmp_path: Path, name: str
) -> None:
    # ReportLab's KeepTogether nested in another one sent every section that opens with a
    # subsection or a figure to a new page, however much room was left.
    rendered = Rendered((_filler(10), _opening(name)), tmp_path)
    assert all(rendered.page(needle) == 0 for needle in ("Kopregel", *OPENINGS[name][1]))


@pytest.mark.parametrize("name", list(OPENINGS))
def test_a_heading_is_never_the_last_thing_on_a_page(tmp_path: Path, name: str) -> None:
    heading_pages = set()
    for lines in SWEEP:
        rendered = Rendered((_filler(lines), _opening(name)), tmp_path)
        page = rendered.page("Kopregel")
        heading_pages.add(page)
        for needle in ("FEITEN", "Notitie onder de kop.", *OPENINGS[name][1]):
            assert rendered.page(needle) == page, (lines, needle)
        if name == "figure":
            assert rendered.image_pages == [page], "the picture stays with its caption"
    assert heading_pages == {0, 1}, "the sweep moved the heading over the foot of the page"


@pytest.mark.parametrize(("rows", "header"), [(8, True), (6, False)])
def test_a_table_splits_but_never_leaves_one_row_alone(
    tmp_path: Path, rows: int, header: bool
) -> None:
    table: Block = Table(("Kolomkop", "Waarde"), _rows(rows)) if header else KeyValues(_rows(rows))
    split = 0
    for lines in SWEEP:
        rendered = Rendered((_filler(lines), Section("Kopregel", (table,))), tmp_path)
        per_page = [
            sum(f"rij-{i:02d}" in page for i in range(1, rows + 1)) for page in rendered.pages
        ]
        assert sum(per_page) == rows, "every row once"
        assert all(count == 0 or count >= 2 for count in per_page), (lines, per_page)
        if sum(count > 0 for count in per_page) > 1:
            split += 1
            if header:
                assert rendered.on("Kolomkop") == [n for n, c in enumerate(per_page) if c]
    assert split, "the sweep split the table"


def test_a_long_table_starts_under_its_heading_and_repeats_its_header(tmp_path: Path) -> None:
    table = Table(("Kolomkop", "Waarde"), _rows(90), caption="Tabelbijschrift")
    rendered = Rendered((_filler(10), Section("Kopregel", (table,))), tmp_path)
    assert len(rendered.pages) >= 3
    assert rendered.page("Kopregel") == rendered.page("rij-01") == 0, "no page left blank"
    assert rendered.on("Kolomkop") == list(range(len(rendered.pages)))
    assert rendered.on("Tabelbijschrift") == [0]


def test_a_section_opening_with_a_page_break_starts_on_a_new_page_heading_and_all(
    tmp_path: Path,
) -> None:
    rendered = Rendered(
        (Section("Lege sectie"), Section("Nieuw blad", (PageBreak(), Paragraph("Na de breuk.")))),
        tmp_path,
    )
    assert rendered.page("Lege sectie") == 0
    assert rendered.page("Nieuw blad") == rendered.page("Na de breuk.") == 1


@pytest.mark.parametrize(
    "opening",
    [
        lambda figure: figure,
        lambda figure: Section("Onderkop", (figure,)),
    ],
    ids=["figure", "subsection with figure"],
)
def test_a_figure_taller_than_a_page_still_prints(
    tmp_path: Path, opening: Callable[[Figure], Block | Section]
) -> None:
    # Only what cannot fit on any page comes apart: the picture on one page, its caption after.
    figure = Figure(_jpeg(600, 2000), "Figuur 1", "te hoog", max_height=1.0)
    rendered = Rendered((_filler(10), Section("Kopregel", (opening(figure),))), tmp_path)
    assert rendered.page("Kopregel") <= rendered.image_pages[0] <= rendered.page("Figuur 1")
