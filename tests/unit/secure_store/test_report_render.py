"""The document model and the export frame: what every report carries, on every page."""

from __future__ import annotations

import io
import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from secure_store.document import (
    Classification,
    Document,
    Figure,
    FigureRow,
    KeyValues,
    PageBreak,
    Paragraph,
    Scale,
    Section,
    SectionKind,
    Table,
    TextStyle,
    format_moment,
)
from secure_store.manifest import EvidenceItem, EvidenceManifest, ManifestUnreadable
from secure_store.report_pdf import ReportFrame, SignerInfo, render_pdf

WHEN = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
HASH = "0123456789abcdef" * 4


def _jpeg(width: int = 800, height: int = 600) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (180, 120, 110)).save(out, "JPEG", quality=85)
    return out.getvalue()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 600), "white").save(out, "PNG")
    return out.getvalue()


def _manifest(count: int = 3) -> EvidenceManifest:
    return EvidenceManifest(
        "DEMO-1",
        tuple(
            EvidenceItem(f"F{i}", "foto", f"img_{i}.jpg" if i % 2 else "", HASH, "2026-11-20T10:00:00", WHEN.isoformat(), "Dr. Wit")
            for i in range(1, count + 1)
        ),
    )  # fmt: skip


def _document(**changes: object) -> Document:
    sections = (
        Section("Vraagstelling", (Paragraph("Passen de <b>letsels</b> & het verhaal?"),)),
        Section(
            "Bevindingen",
            (
                Section("Anamnese", (
                    Paragraph("Gevallen van de bank.", TextStyle.AS_TOLD, source="moeder"),
                    Paragraph("Zonder bron verteld.", TextStyle.AS_TOLD),
                )),
                Paragraph("Drie hematomen.", source="eigen waarneming"),
                Paragraph("Niet ingevuld", TextStyle.EMPTY),
                Paragraph("Een toelichting.", TextStyle.NOTE),
                Table(("Nr.", "Regio"), (("1", "oor links"),), widths=(1, 3), caption="Letsels"),
                Table(("Code",), (("abc",),), mono_columns=frozenset({0})),
                Figure(_jpeg(), "Foto 1", "close-up", (("Categorie", "close-up met schaal"),)),
                PageBreak(),
                Figure(_jpeg(600, 900), "Foto 2"),
                FigureRow((Figure(_png(), "Voorzijde"), Figure(_png(), "Achterzijde"))),
            ),
            kind=SectionKind.FACTS,
            note="Wat is waargenomen.",
        ),
        Section("Conclusie", (Scale(("geen letsel", "verdacht"), 1), Scale(("a", "b"), None)), kind=SectionKind.OPINIONS),
        Section("Addendum 1", (Paragraph("Later toegevoegd."),), kind=SectionKind.ADDENDUM),
    )  # fmt: skip
    fields: dict[str, object] = {
        "kind": "forensisch",
        "title": "Forensisch-medisch rapport",
        "reference": "DEMO-KIND-A",
        "sections": sections,
        "subtitle": "Letselverklaring van Zoë Çelik-IJsselmeer",
        "front": (KeyValues((("Betrokkene", "Zoë Çelik"),)),),
        "appendices": (Section("Toelichting", (Paragraph("Bijlagetekst."),)),),
        "manifest": _manifest(),
        "statement": "Naar waarheid en naar beste weten opgemaakt.",
    }
    fields.update(changes)
    return Document(**fields)  # type: ignore[arg-type]


def _frame(**changes: object) -> ReportFrame:
    fields: dict[str, object] = {
        "organisation": "GGD Testregio",
        "address": "Teststraat 9\n1234 AB Teststad",
        "author": "Dr. Fenna de Wit",
        "role": "Forensisch arts",
        "date": WHEN,
        "signer": SignerInfo(
            "Dr. Fenna de Wit", "Zelf uitgegeven certificaat — niet gekwalificeerd", True
        ),
    }
    fields.update(changes)
    return ReportFrame(**fields)  # type: ignore[arg-type]


def _pages(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [page for page in out.stdout.split("\f") if page.strip()]


def test_every_page_carries_classification_reference_and_page_x_of_y(tmp_path: Path) -> None:
    rendered = render_pdf(_document(), _frame())
    pages = _pages(rendered.pdf, tmp_path)
    assert len(pages) == rendered.pages >= 4
    medical = "Vertrouwelijk — medisch beroepsgeheim"
    assert Classification.MEDICAL.value == medical, "a document is medical unless it says so"
    for number, page in enumerate(pages, start=1):
        assert medical.upper() in page and medical in page
        assert "DEMO-KIND-A" in page
        assert f"Pagina {number} van {len(pages)}" in page
        assert "Opgesteld door Dr. Fenna de Wit (Forensisch arts), 22-11-2026" in page


def test_every_page_carries_the_documents_own_classification(tmp_path: Path) -> None:
    marking = "Vertrouwelijk — beroepsgeheim hulpverlening"
    assert Classification.SOCIAL_CARE.value == marking
    document = _document(classification=Classification.SOCIAL_CARE)
    pages = _pages(render_pdf(document, _frame()).pdf, tmp_path)
    assert len(pages) >= 4
    for page in pages:
        assert marking.upper() in page and marking in page  # at the head and at the foot
        assert "medisch beroepsgeheim" not in page.lower()


def test_letterhead_content_and_markings_are_printed(tmp_path: Path) -> None:
    text = "\n".join(_pages(render_pdf(_document(), _frame()).pdf, tmp_path))
    assert "GGD Testregio" in text and "Teststraat 9" in text
    assert "Zoë Çelik-IJsselmeer" in text  # the embedded font has every Dutch diacritic
    assert "Passen de <b>letsels</b> & het verhaal?" in text  # escaped, not markup
    assert "Zoals verteld door moeder" in text and "(bron: eigen waarneming)" in text
    assert "FEITEN" in text and "OORDEEL" in text and "ADDENDUM" in text
    assert "☒" in text and "☐" in text
    assert "Bijlage A" in text and "Bijlage B" in text and "Bewijsmanifest" in text
    assert "01234567 89abcdef 01234567 89abcdef" in text
    assert "Digitaal ondertekend (PAdES)" in text and "niet gekwalificeerd" in text


def test_the_address_is_left_out_when_the_document_says_so(tmp_path: Path) -> None:
    document = _document(show_organisation_address=False)
    text = "\n".join(_pages(render_pdf(document, _frame()).pdf, tmp_path))
    assert "GGD Testregio" in text and "Teststraat" not in text and "1234 AB" not in text


def test_fonts_are_embedded(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(render_pdf(_document(), _frame()).pdf)
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(" yes " in row for row in rows) and "DejaVu" in fonts


def test_rendering_is_deterministic_and_dated_by_the_frame() -> None:
    first = render_pdf(_document(), _frame()).pdf
    assert first == render_pdf(_document(), _frame()).pdf
    assert b"D:20261122093000+00'00'" in first


def test_the_signature_box_is_on_the_last_body_page_inside_the_page() -> None:
    rendered = render_pdf(_document(appendices=(), manifest=None), _frame())
    x1, y1, x2, y2 = rendered.signature_box
    assert rendered.signature_page == rendered.pages - 1
    assert 0 < x1 < x2 < 595.3 and 0 < y1 < y2 < 841.9


def test_a_preview_says_it_is_not_signed(tmp_path: Path) -> None:
    unsigned = render_pdf(
        _document(subtitle="", front=(), statement=""), _frame(signer=None, preview=True)
    )
    text = "\n".join(_pages(unsigned.pdf, tmp_path))
    assert "VOORBEELD — nog niet ondertekend" in text and "Nog geen certificaat gekozen" in text
    chosen = _frame(
        preview=True, signer=SignerInfo("Dr. A", "Gekwalificeerd certificaat van CA", False)
    )
    text = "\n".join(_pages(render_pdf(_document(), chosen).pdf, tmp_path))
    assert (
        "Wordt digitaal ondertekend door Dr. A" in text
        and "Gekwalificeerd certificaat van CA" in text
    )


def test_a_final_render_needs_a_signer() -> None:
    with pytest.raises(ValueError, match="signer"):
        _frame(signer=None)


def test_a_table_with_a_short_row_is_a_bug() -> None:
    with pytest.raises(ValueError):
        Table(("a", "b"), (("1",),))
    with pytest.raises(ValueError):
        Table(("a", "b"), (("1", "2"),), widths=(1.0,))


def test_format_moment_prints_dutch_local_time() -> None:
    assert format_moment(WHEN) == "22-11-2026 10:30"  # CET in November
    assert format_moment(datetime(2026, 7, 1, 12, 0, tzinfo=UTC)) == "01-07-2026 14:00"
    assert format_moment("2026-11-20T10:00:00") == "20-11-2026 10:00"  # a camera's own clock
    assert format_moment(WHEN, with_time=False) == "22-11-2026"
    assert format_moment("onbekend") == "onbekend" and format_moment("") == ""


def test_manifest_round_trips_through_its_json() -> None:
    manifest = _manifest()
    data = manifest.to_json()
    assert EvidenceManifest.from_json(data) == manifest
    assert json.loads(data)["format"] == "veilig-dossier/evidence-manifest"
    assert list(manifest.by_hash()) == [HASH] and manifest.by_hash()[HASH].number == "F1"


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"\xff\xfe",
        b"[]",
        json.dumps({"format": "other", "version": 1, "reference": "x", "items": []}).encode(),
        json.dumps({"format": "veilig-dossier/evidence-manifest", "version": 2, "reference": "x", "items": []}).encode(),
        json.dumps({"format": "veilig-dossier/evidence-manifest", "version": 1, "reference": 3, "items": []}).encode(),
        json.dumps({"format": "veilig-dossier/evidence-manifest", "version": 1, "reference": "x", "items": [{"number": "1"}]}).encode(),
        json.dumps({"format": "veilig-dossier/evidence-manifest", "version": 1, "reference": "x", "items": ["x"]}).encode(),
    ],
)  # fmt: skip
def test_a_damaged_manifest_is_refused_with_a_dutch_message(data: bytes) -> None:
    with pytest.raises(ManifestUnreadable) as caught:
        EvidenceManifest.from_json(data)
    assert "bewijsmanifest" in caught.value.message


def test_a_manifest_item_needs_a_real_sha256() -> None:
    with pytest.raises(ValueError):
        EvidenceItem("F1", "foto", "", "ABC", "", "", "")
    raw = json.loads(_manifest(1).to_json())
    raw["items"][0]["sha256"] = "xyz"
    with pytest.raises(ManifestUnreadable):
        EvidenceManifest.from_json(json.dumps(raw).encode())


def _images(path: Path) -> list[list[str]]:
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split() for line in listing.splitlines()[2:]]


def test_photos_go_in_as_their_jpeg_bytes_each_once_and_drawings_as_pixels(
    tmp_path: Path,
) -> None:
    first, second = _jpeg(), _jpeg(640, 480)
    shown = Section(
        "Foto's",
        (
            Figure(first, "Foto 1", "eerste"),
            Figure(second, "Foto 2", "tweede"),
            Figure(first, "Foto 1 nogmaals", "zelfde foto"),
            Figure(_png(), "Lichaamskaart", "tekening"),
        ),
    )
    path = tmp_path / "fotos.pdf"
    path.write_bytes(render_pdf(_document(sections=(shown,)), _frame()).pdf)
    rows = _images(path)
    assert len(rows) == 4, "four figures drawn"
    objects = {(row[2], row[3], row[4], row[10]) for row in rows}  # width, height, colour, object
    assert len(objects) == 3, "the same photo twice is one image object, different photos two"
    encodings = sorted((row[3], row[8]) for row in rows)  # (width, encoding)
    assert [e for w, e in encodings if w in ("800", "640")] == ["jpeg", "jpeg", "jpeg"]
    assert ("300", "image") in encodings, "the PNG drawing is embedded as pixels"
    with path.open("rb") as pdf:
        body = pdf.read()
    assert first in body and second in body, "the JPEG bytes are embedded as they are"
