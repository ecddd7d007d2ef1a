from __future__ import annotations

import io
import json
import math
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageOps

from forensics.annotation_render import render_annotated
from forensics.annotations import (
    Annotation,
    AnnotationError,
    Arrow,
    Ellipse,
    Measurement,
    MeasurementKind,
    NumberedMarker,
    Polyline,
    Text,
    annotation_from_dict,
    annotations_from_list,
    annotations_to_list,
)
from forensics.measure import Calibration, Point
from forensics.synthetic import store_as_camera

coordinate = st.floats(min_value=-1e5, max_value=1e5, allow_nan=False)
points = st.tuples(coordinate, coordinate)
colours = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)
widths = st.floats(min_value=0.1, max_value=100)
radii = st.floats(min_value=0.01, max_value=1e5)

any_annotation: st.SearchStrategy[Annotation] = st.one_of(
    st.builds(Arrow, points, points, colours, widths),
    st.builds(Ellipse, points, radii, radii, colours, widths),
    st.builds(
        Polyline,
        st.lists(points, min_size=2, max_size=20).map(tuple),
        st.booleans(),
        colours,
        widths,
    ),
    st.builds(Text, points, st.text(min_size=1, max_size=80).filter(str.strip), colours, widths),
    st.builds(NumberedMarker, points, st.integers(1, 999), colours, widths),
    st.builds(
        Measurement,
        st.lists(points, min_size=3, max_size=12).map(tuple),
        st.sampled_from(MeasurementKind),
        st.floats(min_value=0, max_value=1e7),
        colours,
        widths,
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(any_annotation, max_size=6))
def test_annotations_round_trip_through_json(items: list[Annotation]) -> None:
    text = json.dumps(annotations_to_list(items), allow_nan=False)
    assert annotations_from_list(json.loads(text)) == items


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"type": "circle"},
        {"type": "arrow", "start": [0, 0]},
        {"type": "arrow", "start": [0, 0], "end": [1, 1], "evil": 1},
        {"type": "arrow", "start": [0, "0"], "end": [1, 1]},
        {"type": "arrow", "start": [0, 0, 0], "end": [1, 1]},
        {"type": "arrow", "start": [0, 0], "end": [1, 1], "colour": "red"},
        {"type": "arrow", "start": [0, 0], "end": [1, 1], "width": -2},
        {"type": "marker", "pos": [0, 0], "number": True},
        {"type": "marker", "pos": [0, 0], "number": 0},
        {"type": "ellipse", "center": [0, 0], "rx": 0, "ry": 4},
        {"type": "polyline", "points": [[0, 0]]},
        {"type": "text", "pos": [0, 0], "text": "   "},
        {"type": "measurement", "points": [[0, 0], [1, 1]], "kind": "volume", "value_mm": 3},
        {"type": "measurement", "points": [[0, 0], [1, 1]], "kind": "area", "value_mm": 3},
    ],
)
def test_stored_json_that_is_not_a_valid_annotation_is_refused(data: object) -> None:
    with pytest.raises(AnnotationError) as caught:
        annotation_from_dict(data)
    assert caught.value.message  # a Dutch sentence for the UI


def test_non_finite_coordinates_are_refused() -> None:
    with pytest.raises(AnnotationError):
        Arrow((math.nan, 0.0), (1.0, 1.0))
    with pytest.raises(AnnotationError):
        annotation_from_dict({"type": "text", "pos": [math.inf, 0], "text": "x"})


def test_measurements_are_labelled_in_dutch_notation() -> None:
    calibration = Calibration(10.0)
    line = Measurement.from_points([(0, 0), (234, 0)], MeasurementKind.LENGTH, calibration)
    assert line.value_mm == pytest.approx(23.4)
    assert line.label == "23,4 mm"
    square = [(0.0, 0.0), (67.4, 0.0), (67.4, 67.5), (0.0, 67.5)]
    small = Measurement.from_points(square, MeasurementKind.AREA, calibration)
    assert small.label == "45,5 mm²"
    big = Measurement(((0, 0), (1, 0), (1, 1)), MeasurementKind.AREA, 1234.4)
    assert big.label == "1.234 mm²"
    assert MeasurementKind.AREA.label_nl == "oppervlakte"


def _centroid(image: Image.Image, match: Callable[[object], bool]) -> Point:
    rgb = image.convert("RGB")
    hits = [
        (i % rgb.width + 0.5, i // rgb.width + 0.5)
        for i, pixel in enumerate(rgb.get_flattened_data())
        if match(pixel)
    ]
    assert hits, "nothing found"
    return (sum(p[0] for p in hits) / len(hits), sum(p[1] for p in hits) / len(hits))


def _is_red(p: object) -> bool:
    return isinstance(p, tuple) and p[0] > 200 and p[1] < 60 and p[2] < 60


def _is_magenta(p: object) -> bool:
    return isinstance(p, tuple) and p[0] > 180 and p[1] < 90 and p[2] > 180


@pytest.mark.parametrize("scale", [1.0, 0.5])
@pytest.mark.parametrize("turn", range(1, 9))
def test_an_annotation_lands_on_the_same_spot_as_the_pixels_for_every_orientation(
    turn: int, scale: float
) -> None:
    upright = Image.new("RGB", (400, 240), (128, 128, 128))
    stored_bytes = store_as_camera(upright, turn, image_format="PNG")
    with Image.open(io.BytesIO(stored_bytes)) as stored:
        marked = stored.convert("RGB")
        marked.paste((255, 0, 0), (82, 50, 86, 54))  # a 4×4 mark centred on (84, 52)
        exif = stored.getexif()
    original = io.BytesIO()
    marked.save(original, "PNG", exif=exif)
    # Independent oracle: Pillow's own exif_transpose of the marked original.
    with Image.open(io.BytesIO(original.getvalue())) as check:
        expected = _centroid(ImageOps.exif_transpose(check), _is_red)
    ring = Ellipse((84.0, 52.0), 18.0, 18.0, colour="#FF00FF", width=12.0)
    rendered = render_annotated(original.getvalue(), [ring], None, max_size=round(400 * scale))
    with Image.open(io.BytesIO(rendered)) as result:
        assert result.size == (round(400 * scale), round(240 * scale))
        found = _centroid(result, _is_magenta)
    assert math.dist(found, (expected[0] * scale, expected[1] * scale)) < 1.0


def test_ellipse_radii_follow_the_photo_when_it_is_turned_a_quarter() -> None:
    original = store_as_camera(Image.new("RGB", (200, 120), (128, 128, 128)), 6, image_format="PNG")
    wide_in_stored_space = Ellipse((60.0, 100.0), 40.0, 10.0, colour="#FF00FF", width=4.0)
    with Image.open(io.BytesIO(render_annotated(original, [wide_in_stored_space], None))) as result:
        rgb = result.convert("RGB")
        mask = Image.new("L", rgb.size)
        mask.putdata([255 if _is_magenta(p) else 0 for p in rgb.get_flattened_data()])
        box = mask.getbbox()
    assert box is not None
    left, top, right, bottom = box
    assert bottom - top > 2 * (right - left)  # tall now: the photo was stored sideways


def test_a_calibrated_render_has_a_scale_bar_and_an_uncalibrated_one_does_not() -> None:
    sink = io.BytesIO()
    Image.new("RGB", (800, 600), (128, 128, 128)).save(sink, "PNG")
    plain = render_annotated(sink.getvalue(), [], None)
    scaled = render_annotated(sink.getvalue(), [], Calibration(8.0))
    corner = (600, 500, 800, 600)
    with Image.open(io.BytesIO(plain)) as a, Image.open(io.BytesIO(scaled)) as b:
        low, high = zip(*a.crop(corner).convert("RGB").getextrema(), strict=True)
        assert max(high) - min(low) < 12  # just the grey photo
        darkest, lightest = b.crop(corner).convert("L").getextrema()
        assert isinstance(lightest, int) and isinstance(darkest, int)
        assert lightest > 240 and darkest < 30  # white and black segments


def test_rendered_images_carry_no_metadata() -> None:
    photo = store_as_camera(Image.new("RGB", (64, 48), "white"), 3)
    rendered = render_annotated(photo, [Text((5.0, 5.0), "1")], Calibration(2.0), max_size=64)
    assert b"Exif" not in rendered
    with Image.open(io.BytesIO(rendered)) as image:
        assert len(image.getexif()) == 0
