"""The Qt-free body-map figure: every shipped drawing renders, markers land where they belong."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from forensics.bodymap import BodyFigure, View, load_region_map
from forensics.bodymap_figure import (
    MARKER_FILL,
    BodyMapDrawingError,
    Marker,
    load_drawing,
    parse_drawing,
    render_drawing,
    render_png,
    render_view,
)

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">{}</svg>'
RED = tuple(int(MARKER_FILL[i : i + 2], 16) for i in (1, 3, 5))


def _close(pixel: tuple[int, ...], colour: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


@pytest.mark.parametrize("figure", list(BodyFigure))
@pytest.mark.parametrize("view", list(View))
def test_every_shipped_drawing_renders_with_ink_and_the_view_box_aspect(
    figure: BodyFigure, view: View
) -> None:
    drawing = load_drawing(figure, view)
    image = render_view(figure, view, width_px=200)
    assert image.width == 200
    assert image.height == round(200 * drawing.height / drawing.width)
    darkest, _ = image.convert("L").getextrema()
    assert isinstance(darkest, int) and darkest < 160, "the outline must be drawn"


def test_a_marker_is_drawn_at_its_body_point_and_not_elsewhere() -> None:
    region = load_region_map(BodyFigure.CHILD, View.ANTERIOR).region_by_code("trunk.abdomen")
    x, y = region.interior_point()
    image = render_view(BodyFigure.CHILD, View.ANTERIOR, [Marker(3, x, y)], width_px=400)
    cx, cy = round(x * image.width), round(y * image.height)
    ring = [image.getpixel((cx + dx, cy)) for dx in (-6, 6)]
    assert all(_close(p, RED) for p in ring)  # type: ignore[arg-type]  # RGB tuples
    plain = render_view(BodyFigure.CHILD, View.ANTERIOR, width_px=400)
    assert not _close(plain.getpixel((cx - 6, cy)), RED)  # type: ignore[arg-type]  # RGB tuple


def test_a_marker_scale_enlarges_the_markers_for_print() -> None:
    def red_pixels(scale: float) -> int:
        image = render_view(BodyFigure.ADULT, View.ANTERIOR, [Marker(1, 0.5, 0.5)], width_px=300, marker_scale=scale)
        return sum(1 for p in image.get_flattened_data() if _close(p, RED))  # type: ignore[arg-type]  # RGB tuples

    assert red_pixels(2.0) > 3 * red_pixels(1.0) > 0


def test_two_digit_numbers_fit_inside_the_marker() -> None:
    image = render_view(BodyFigure.ADULT, View.HEAD, [Marker(12, 0.5, 0.5)], width_px=400)
    assert image.getpixel((200, round(image.height / 2) - 20)) == (255, 255, 255)


def test_png_bytes_decode_and_are_the_same_for_the_same_input() -> None:
    markers = [Marker(1, 0.5, 0.2), Marker(2, 0.4, 0.6)]
    first = render_png(BodyFigure.ADULT, View.POSTERIOR, markers, width_px=120)
    assert first == render_png(BodyFigure.ADULT, View.POSTERIOR, markers, width_px=120)
    with Image.open(io.BytesIO(first)) as image:
        assert image.format == "PNG"
        assert image.size[0] == 120
        assert not image.getexif()


def test_a_dashed_line_has_gaps_and_a_solid_line_has_none() -> None:
    line = '<path stroke="#000000" fill="none" stroke-width="2" {} d="M0,25 L100,25"/>'
    solid = parse_drawing(SVG.format(line.format("")))
    dashed = parse_drawing(SVG.format(line.format('stroke-dasharray="5 5"')))
    assert dashed.shapes[0].style.dash == (5.0, 5.0)

    def row(drawing: object) -> list[int]:
        image = render_drawing(drawing, width_px=100).convert("L")  # type: ignore[arg-type]  # a Drawing
        return [image.getpixel((x, 25)) for x in range(2, 98)]  # type: ignore[misc]  # int pixels

    assert max(row(solid)) < 128, "a solid line is dark all along"
    dashed_row = row(dashed)
    assert min(dashed_row) < 128 and max(dashed_row) > 200, "a dashed line is dark and light"


def test_groups_pass_their_style_on_and_children_override_it() -> None:
    drawing = parse_drawing(
        SVG.format(
            '<g fill="none" stroke="#111111" stroke-width="3">'
            '<path d="M0,0 L10,10"/><circle cx="5" cy="5" r="2" stroke="none" fill="#222222"/>'
            "</g>"
        )
    )
    path, circle = drawing.shapes
    assert (path.style.fill, path.style.stroke, path.style.width) == (None, "#111111", 3.0)
    assert (circle.style.fill, circle.style.stroke) == ("#222222", None)
    assert circle.circle == (5.0, 5.0, 2.0)


def test_closed_and_open_subpaths_are_kept_apart() -> None:
    drawing = parse_drawing(SVG.format('<path d="M0,0 L10,0 L10,10 Z M20,20 L30,30"/>'))
    assert drawing.shapes[0].paths == (
        (((0.0, 0.0), (10.0, 0.0), (10.0, 10.0)), True),
        (((20.0, 20.0), (30.0, 30.0)), False),
    )


def test_the_view_box_origin_is_subtracted() -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="10 20 100 50"><path d="M10,20 L20,30"/></svg>'
    assert parse_drawing(svg).shapes[0].paths[0][0] == ((0.0, 0.0), (10.0, 10.0))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<svg", "not XML"),
        ('<html xmlns="http://www.w3.org/2000/svg"/>', "not svg"),
        ('<svg xmlns="http://www.w3.org/2000/svg"/>', "viewBox"),
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 0 10"/>', "viewBox"),
        (SVG.format('<rect width="5" height="5"/>'), "<rect>"),
        (SVG.format('<path d="M0,0 C1,1 2,2 3,3"/>'), "M, L, Z"),
        (SVG.format('<path d="M0,0 L10"/>'), "odd number"),
    ],
)
def test_svg_outside_the_generators_subset_is_refused_with_the_reason(
    text: str, reason: str
) -> None:
    with pytest.raises(BodyMapDrawingError, match=reason):
        parse_drawing(text)
