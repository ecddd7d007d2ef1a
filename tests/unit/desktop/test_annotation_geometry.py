"""Upright view space against stored pixel space, and the tools' gestures (no widgets)."""

from __future__ import annotations

import math

import pytest

from desktop.forensics.annotation_geometry import (
    PhotoGeometry,
    moved,
    next_marker_number,
    remeasured,
)
from desktop.forensics.annotation_tools import Gesture, Tool, build_annotation, preview_annotation
from desktop.forensics.import_outcome import ImportOutcome, ImportProblem
from forensics.annotations import (
    AnnotationError,
    Arrow,
    Ellipse,
    Measurement,
    MeasurementKind,
    NumberedMarker,
    Polyline,
    Text,
)
from forensics.measure import Calibration, MeasurementError


@pytest.mark.parametrize("orientation", range(1, 9))
def test_a_click_maps_to_stored_space_and_back(orientation: int) -> None:
    geometry = PhotoGeometry((900, 1200), orientation)
    click = (123.5, 456.25)
    assert geometry.to_view(geometry.to_stored(click)) == pytest.approx(click)
    assert geometry.contains(click) and not geometry.contains((-1, 0))
    width, height = geometry.upright_size
    assert (width, height) == ((1200, 900) if orientation >= 5 else (900, 1200))
    assert geometry.unit == 1.2


def test_dragging_right_on_screen_moves_along_the_stored_rows_of_a_photo_on_its_side() -> None:
    # Orientation 6 shows stored pixel (x, y) at upright (h - y, x): right on screen is -y.
    geometry = PhotoGeometry((900, 1200), 6)
    arrow = Arrow((100.0, 200.0), (150.0, 250.0))
    shifted = moved(arrow, geometry, 30, 0)
    assert isinstance(shifted, Arrow)
    assert shifted.start == pytest.approx((100.0, 170.0)) and shifted.end == pytest.approx(
        (150.0, 220.0)
    )
    start_view, new_view = geometry.to_view(arrow.start), geometry.to_view(shifted.start)
    assert new_view == pytest.approx((start_view[0] + 30, start_view[1]))


@pytest.mark.parametrize(
    "annotation",
    [
        Ellipse((300.0, 300.0), 40, 20),
        Text((10.0, 20.0), "label"),
        NumberedMarker((50.0, 60.0), 2),
        Polyline(((0.0, 0.0), (10.0, 10.0))),
    ],
)
def test_every_kind_moves_by_the_same_offset(annotation: object) -> None:
    geometry = PhotoGeometry((800, 600), 1)
    shifted = moved(annotation, geometry, 5, -7)  # type: ignore[arg-type]  # parametrized union
    assert type(shifted) is type(annotation) and shifted != annotation


def test_recalibrating_measures_again_and_leaves_the_rest() -> None:
    old, new = Calibration(10), Calibration(5)
    length = Measurement.from_points([(0, 0), (100, 0)], MeasurementKind.LENGTH, old)
    arrow = Arrow((0.0, 0.0), (1.0, 1.0))
    assert length.value_mm == 10
    again = remeasured(length, new)
    assert isinstance(again, Measurement) and again.value_mm == 20
    assert remeasured(arrow, new) is arrow


def test_the_next_marker_number_follows_the_highest() -> None:
    assert next_marker_number(()) == 1
    markers = (NumberedMarker((0.0, 0.0), 4), Text((0.0, 0.0), "x"), NumberedMarker((1.0, 1.0), 2))
    assert next_marker_number(markers) == 5
    assert next_marker_number((NumberedMarker((0.0, 0.0), 999),)) == 999


def test_two_point_tools_finish_on_the_second_click_and_ignore_a_double_press() -> None:
    gesture = Gesture(Tool.ARROW)
    assert not gesture.add((1, 1))
    assert not gesture.add((1, 1))  # the second press of a double click
    assert gesture.add((5, 5)) and gesture.points == [(1, 1), (5, 5)]
    area = Gesture(Tool.AREA)
    for point in ((0, 0), (10, 0)):
        assert not area.add(point)
    assert not area.can_finish
    area.add((10, 10))
    assert area.can_finish


def test_an_ellipse_is_drawn_from_two_corners() -> None:
    ellipse = build_annotation(Tool.ELLIPSE, [(10, 20), (50, 40)], None)
    assert isinstance(ellipse, Ellipse)
    assert (ellipse.center, ellipse.rx, ellipse.ry) == ((30, 30), 20, 10)
    with pytest.raises(AnnotationError):
        build_annotation(Tool.ELLIPSE, [(10, 20), (10, 40)], None)  # no width


def test_measuring_without_a_calibration_says_what_to_do() -> None:
    with pytest.raises(MeasurementError) as caught:
        build_annotation(Tool.LENGTH, [(0, 0), (10, 0)], None)
    assert "schaal" in caught.value.message
    assert preview_annotation(Tool.LENGTH, [(0, 0)], (10, 0), None) is None
    live = preview_annotation(Tool.LENGTH, [(0, 0)], (30, 40), Calibration(5))
    assert isinstance(live, Measurement) and math.isclose(live.value_mm, 10)
    edge = preview_annotation(Tool.AREA, [(0, 0)], (50, 0), Calibration(5))
    assert isinstance(edge, Measurement) and edge.kind is MeasurementKind.LENGTH


def test_text_and_markers_need_their_value() -> None:
    with pytest.raises(AnnotationError):
        build_annotation(Tool.TEXT, [(0, 0)], None, text="  ")
    marker = build_annotation(Tool.MARKER, [(3, 4)], None, number=7)
    assert marker == NumberedMarker((3.0, 4.0), 7)
    with pytest.raises(AnnotationError):
        build_annotation(Tool.SELECT, [(0, 0)], None)


def test_an_outcome_lists_failures_before_duplicates() -> None:
    outcome = ImportOutcome(
        3,
        failures=(ImportProblem("a.jpg", "kapot"),),
        duplicates=(ImportProblem("b.jpg", "dubbel"),),
    )
    assert [p.name for p in outcome.problems] == ["a.jpg", "b.jpg"]
