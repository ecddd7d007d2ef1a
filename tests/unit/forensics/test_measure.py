from __future__ import annotations

import io
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from forensics.measure import Calibration, MeasurementError, Point
from forensics.synthetic import make_ruler_image
from secure_store.errors import VaultError

PX_PER_MM = 11.8


def _tick_centres(ruler: Image.Image, zero: Point) -> list[float]:
    """Centres of the dark tick runs 1 mm below the ruler's edge (what a person would click),
    leaving out the ruler's own outline."""
    y = zero[1] + 1.0 * PX_PER_MM
    row = [ruler.getpixel((x, round(y))) for x in range(ruler.width)]
    dark = [isinstance(p, tuple) and sum(p[:3]) < 200 for p in row]
    centres, start = [], None
    for x, is_dark in enumerate([*dark, False]):
        if is_dark and start is None:
            start = x
        elif not is_dark and start is not None:
            centres.append((start + x) / 2)  # continuous centre of pixels start..x-1
            start = None
    return [c for c in centres if zero[0] - PX_PER_MM / 2 < c < zero[0] + 150.5 * PX_PER_MM]


@pytest.fixture(scope="module")
def ruler() -> tuple[Image.Image, Point]:
    png, zero = make_ruler_image(PX_PER_MM, length_mm=150)
    return Image.open(io.BytesIO(png)).convert("RGB"), zero


def test_calibration_from_two_detected_ruler_ticks_measures_a_known_distance_within_1_percent(
    ruler: tuple[Image.Image, Point],
) -> None:
    image, (x0, y0) = ruler
    ticks = _tick_centres(image, (x0, y0))
    assert len(ticks) == 151
    calibration = Calibration.from_points((ticks[0], y0), (ticks[100], y0), 100)
    assert calibration.px_per_mm == pytest.approx(PX_PER_MM, rel=0.005)
    measured = calibration.length_mm([(ticks[15], y0), (ticks[85], y0)])
    assert measured == pytest.approx(70.0, rel=0.01)


def test_a_drawn_oblique_line_of_known_length_measures_within_1_percent(
    ruler: tuple[Image.Image, Point],
) -> None:
    image, (x0, y0) = ruler
    ticks = _tick_centres(image, (x0, y0))
    calibration = Calibration.from_points((ticks[10], y0), (ticks[130], y0), 120)
    canvas = image.copy()
    start = (x0 + 20 * PX_PER_MM, y0 + 14 * PX_PER_MM)
    angle, true_mm = math.radians(-20), 42.0
    end = (
        start[0] + math.cos(angle) * true_mm * PX_PER_MM,
        start[1] + math.sin(angle) * true_mm * PX_PER_MM,
    )
    ImageDraw.Draw(canvas).line([start, end], fill=(255, 0, 0), width=3)
    left, top = int(min(start[0], end[0])) - 5, int(min(start[1], end[1])) - 5
    region = canvas.crop(
        (left, top, int(max(start[0], end[0])) + 5, int(max(start[1], end[1])) + 5)
    )
    red = [
        (left + i % region.width + 0.5, top + i // region.width + 0.5)
        for i, pixel in enumerate(region.get_flattened_data())
        if pixel == (255, 0, 0)
    ]
    along = [(x * math.cos(angle) + y * math.sin(angle)) for x, y in red]
    ends = (min(along), max(along))
    # The physician clicks the two ends of the mark; the projection extremes are those clicks.
    p1 = (ends[0] * math.cos(angle), ends[0] * math.sin(angle))
    p2 = (ends[1] * math.cos(angle), ends[1] * math.sin(angle))
    assert calibration.length_mm([p1, p2]) == pytest.approx(true_mm, rel=0.01)


@pytest.mark.parametrize("distance", [0.0, -5.0, math.nan, math.inf])
def test_calibration_refuses_a_distance_that_is_not_positive(distance: float) -> None:
    with pytest.raises(MeasurementError) as caught:
        Calibration.from_points((0, 0), (100, 0), distance)
    assert "groter dan 0 mm" in caught.value.message


@pytest.mark.parametrize("p2", [(10.0, 20.0), (10.4, 20.3)])
def test_calibration_refuses_points_that_coincide(p2: Point) -> None:
    with pytest.raises(MeasurementError) as caught:
        Calibration.from_points((10.0, 20.0), p2, 10)
    assert "vallen samen" in caught.value.message
    assert isinstance(caught.value, VaultError)  # the UI shows it like every other user error


def test_calibration_refuses_non_finite_points() -> None:
    with pytest.raises(MeasurementError):
        Calibration.from_points((math.nan, 0), (10, 0), 10)


def test_polyline_length_is_the_sum_of_its_segments() -> None:
    calibration = Calibration(5.0)
    assert calibration.length_mm([(0, 0), (30, 40), (30, 90)]) == pytest.approx(20.0)


def test_area_of_a_square_and_a_triangle_either_way_round() -> None:
    calibration = Calibration(5.0)
    square = [(0, 0), (50, 0), (50, 50), (0, 50)]
    assert calibration.area_mm2(square) == pytest.approx(100.0)
    assert calibration.area_mm2(square[::-1]) == pytest.approx(100.0)
    assert calibration.area_mm2([(0, 0), (100, 0), (0, 50)]) == pytest.approx(100.0)


@pytest.mark.parametrize(
    ("call", "points", "expected"),
    [
        ("length_mm", [(1.0, 1.0)], "twee punten"),
        ("area_mm2", [(0.0, 0.0), (1.0, 1.0)], "drie punten"),
        ("length_mm", [(0.0, 0.0), (math.inf, 1.0)], "coördinaten"),
    ],
)
def test_measurements_with_too_few_or_invalid_points_are_refused(
    call: str, points: list[Point], expected: str
) -> None:
    with pytest.raises(MeasurementError) as caught:
        getattr(Calibration(3.0), call)(points)
    assert expected in caught.value.message


coordinate = st.floats(min_value=-1e4, max_value=1e4, allow_nan=False)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(coordinate, coordinate), min_size=3, max_size=12),
    st.floats(min_value=0.1, max_value=50),
    st.tuples(coordinate, coordinate),
)
def test_area_scales_with_the_square_of_the_scale_and_ignores_translation(
    polygon: list[Point], factor: float, offset: Point
) -> None:
    calibration = Calibration(7.0)
    area = calibration.area_mm2(polygon)
    moved = [(x + offset[0], y + offset[1]) for x, y in polygon]
    assert calibration.area_mm2(moved) == pytest.approx(area, rel=1e-6, abs=1e-3)
    assert Calibration(7.0 * factor).area_mm2(polygon) == pytest.approx(
        area / factor**2, rel=1e-9, abs=1e-9
    )


def test_calibration_round_trips_through_a_dict_and_rejects_garbage() -> None:
    calibration = Calibration(11.8)
    assert Calibration.from_dict(calibration.to_dict()) == calibration
    for bad in ({}, {"px_per_mm": "11"}, {"px_per_mm": True}, {"px_per_mm": -1.0}):
        with pytest.raises(MeasurementError):
            Calibration.from_dict(bad)
