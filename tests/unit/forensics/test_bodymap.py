"""Body maps: the drawings parse, the region maps tile the figure without overlap, sides are right."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import resources
from forensics.bodymap import (
    BodyFigure,
    Region,
    RegionMap,
    RegionMapError,
    RegionTag,
    UnknownRegionError,
    View,
    figure_for_age,
    load_region_map,
    parse_region_map,
    svg_path,
)

REPO = Path(__file__).resolve().parents[3]
MAPS = [(figure, view) for figure in BodyFigure for view in View]
SVG = "{http://www.w3.org/2000/svg}"
unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


def _map_id(case: tuple[BodyFigure, View]) -> str:
    return f"{case[0].code}-{case[1].code}"


MAP_PARAMS = [pytest.param(figure, view, id=_map_id((figure, view))) for figure, view in MAPS]


@pytest.fixture(params=MAPS, ids=_map_id)
def region_map(request: pytest.FixtureRequest) -> RegionMap:
    figure, view = request.param
    return load_region_map(figure, view)


# --- the files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("figure", "view"), MAP_PARAMS)
def test_every_drawing_is_an_svg_without_text_whose_view_box_matches_its_region_map(
    figure: BodyFigure, view: View
) -> None:
    root = ET.parse(svg_path(figure, view)).getroot()
    assert root.tag == f"{SVG}svg"
    box = tuple(float(v) for v in root.attrib["viewBox"].split())
    assert box == load_region_map(figure, view).view_box
    assert not list(root.iter(f"{SVG}text")) and not list(root.iter(f"{SVG}tspan"))
    assert root.find(f"{SVG}path[@id='figure']") is not None


def test_the_generated_files_are_up_to_date_with_their_generator() -> None:
    # The drawings and region maps are generated together; a hand edit to one would let a click
    # land in a region that the drawing does not show there.
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "generate_bodymaps.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_loading_is_cached_per_figure_and_view() -> None:
    first = load_region_map(BodyFigure.CHILD, View.HEAD)
    assert load_region_map(BodyFigure.CHILD, View.HEAD) is first
    assert load_region_map(BodyFigure.ADULT, View.HEAD) is not first


def test_region_map_knows_its_figure_and_view(region_map: RegionMap) -> None:
    name = f"bodymaps/{region_map.figure.code}_{region_map.view.code}.regions.json"
    doc = json.loads(resources.read_text(name))
    assert (doc["figure"], doc["view"]) == (region_map.figure.code, region_map.view.code)
    assert len(region_map.regions) == len(doc["regions"])


# --- no overlap, every region reachable ----------------------------------------------------------


def test_regions_do_not_overlap_on_a_fine_grid_and_cover_the_figure(region_map: RegionMap) -> None:
    columns, rows = 120, 240 if region_map.view is not View.HEAD else 144
    covered = 0
    for j in range(rows):
        for i in range(columns):
            x, y = (i + 0.5) / columns, (j + 0.5) / rows
            inside = [r.code for r in region_map.regions if r.contains(x, y)]
            assert len(inside) <= 1, (x, y, inside)
            covered += bool(inside)
    # A figure, not a sliver: body outlines fill about a third of their canvas, the head more.
    assert covered / (columns * rows) > 0.25


@given(st.sampled_from(MAPS), unit, unit)
def test_any_point_lies_in_at_most_one_region(
    case: tuple[BodyFigure, View], x: float, y: float
) -> None:
    region_map = load_region_map(*case)
    inside = [r for r in region_map.regions if r.contains(x, y)]
    assert len(inside) <= 1
    assert region_map.region_at(x, y) == (inside[0] if inside else None)


@given(st.sampled_from(MAPS), st.data())
def test_a_point_inside_a_region_resolves_to_that_region(
    case: tuple[BodyFigure, View], data: st.DataObject
) -> None:
    region_map = load_region_map(*case)
    region = data.draw(st.sampled_from(region_map.regions))
    xs = [p[0] for p in region.polygon]
    ys = [p[1] for p in region.polygon]
    x = data.draw(st.floats(min(xs), max(xs)))
    y = data.draw(st.floats(min(ys), max(ys)))
    if region.contains(x, y):
        assert region_map.region_at(x, y) is region


def test_every_regions_interior_point_resolves_to_it(region_map: RegionMap) -> None:
    for region in region_map.regions:
        x, y = region.interior_point()
        assert region_map.region_at(x, y) is region, region.code


def test_points_off_the_figure_have_no_region(region_map: RegionMap) -> None:
    for x, y in [(0.01, 0.01), (0.99, 0.01), (0.01, 0.99), (0.99, 0.99), (1.5, 0.5), (-0.1, 0.5)]:
        assert region_map.region_at(x, y) is None


@given(st.floats(0.0, 1.0, exclude_min=True, exclude_max=True))
def test_a_point_on_an_edge_two_regions_share_belongs_to_exactly_one(y: float) -> None:
    left = Region("a", "a", "a", frozenset(), ((0.0, 0.0), (0.5, 0.0), (0.3, 1.0), (0.0, 1.0)))
    right = Region("b", "b", "b", frozenset(), ((0.3, 1.0), (0.5, 0.0), (1.0, 0.0), (1.0, 1.0)))
    x = 0.5 + (0.3 - 0.5) * y  # on the shared edge
    assert left.contains(x, y) != right.contains(x, y)


# --- anatomy and sides --------------------------------------------------------------------------

REQUIRED_HEAD_REGIONS = {
    "head.scalp": set(),
    "head.face.forehead": {RegionTag.BONY_PROMINENCE},
    "head.face.nose": set(),
    "head.face.lip.upper": set(),
    "head.face.lip.lower": set(),
    "head.face.mouth": {RegionTag.FRENULUM},
    "head.face.chin": set(),
    "neck.anterior": {RegionTag.NECK},
    **{f"ear.{s}": {RegionTag.EAR} for s in ("left", "right")},
    **{f"head.face.cheek.{s}": {RegionTag.CHEEK} for s in ("left", "right")},
    **{
        f"head.face.eyelid.{lid}.{s}": {RegionTag.EYELID}
        for lid in ("upper", "lower")
        for s in ("left", "right")
    },
    **{f"head.face.eye.{s}": {RegionTag.SUBCONJUNCTIVA} for s in ("left", "right")},
    **{f"head.face.jaw_angle.{s}": {RegionTag.ANGLE_OF_JAW} for s in ("left", "right")},
}


@pytest.mark.parametrize("figure", list(BodyFigure), ids=lambda f: f.code)
def test_the_face_view_has_every_region_the_rules_and_the_physician_need(
    figure: BodyFigure,
) -> None:
    head = load_region_map(figure, View.HEAD)
    for code, tags in REQUIRED_HEAD_REGIONS.items():
        assert tags <= head.region_by_code(code).tags, code


# Which codes each tag belongs on. A tag on the wrong region would make TEN-4-FACESp flag (or
# miss) a bruise, so this is checked both ways: the tag is there, and nowhere else.
TAGGED = {
    RegionTag.EAR: lambda code: code.startswith("ear."),
    RegionTag.NECK: lambda code: code.startswith("neck."),
    RegionTag.FRENULUM: lambda code: code == "head.face.mouth",
    RegionTag.ANGLE_OF_JAW: lambda code: ".jaw_angle." in code,
    RegionTag.CHEEK: lambda code: ".cheek." in code,
    RegionTag.EYELID: lambda code: ".eyelid." in code,
    RegionTag.SUBCONJUNCTIVA: lambda code: ".eye." in code,
    RegionTag.TORSO: lambda code: code.startswith(("trunk.", "buttock.")) or code == "genital",
    RegionTag.BONY_PROMINENCE: lambda code: code.startswith(
        ("head.face.forehead", "head.face.zygoma.", "head.face.chin", "knee.", "shin.", "elbow.")
    ),
}


@pytest.mark.parametrize(("figure", "view"), MAP_PARAMS)
def test_rule_tags_sit_on_exactly_the_regions_they_describe(figure: BodyFigure, view: View) -> None:
    for region in load_region_map(figure, view).regions:
        for tag, belongs in TAGGED.items():
            assert (tag in region.tags) == belongs(region.code), (region.code, tag)


@pytest.mark.parametrize("figure", list(BodyFigure), ids=lambda f: f.code)
def test_trunk_views_tag_the_torso_front_and_back(figure: BodyFigure) -> None:
    front = {
        r.code for r in load_region_map(figure, View.ANTERIOR).regions if RegionTag.TORSO in r.tags
    }
    back = {
        r.code for r in load_region_map(figure, View.POSTERIOR).regions if RegionTag.TORSO in r.tags
    }
    assert {"trunk.chest", "trunk.abdomen", "genital", "trunk.groin.left"} <= front
    assert {"trunk.back.upper", "trunk.back.lower", "buttock.left", "buttock.right"} <= back


@pytest.mark.parametrize("figure", list(BodyFigure), ids=lambda f: f.code)
def test_the_classic_accidental_sites_are_bony_prominences(figure: BodyFigure) -> None:
    front = load_region_map(figure, View.ANTERIOR)
    back = load_region_map(figure, View.POSTERIOR)
    for region in (
        front.region_by_code("knee.left"),
        front.region_by_code("shin.right"),
        front.region_by_code("head.face.forehead"),
        back.region_by_code("elbow.left"),
    ):
        assert RegionTag.BONY_PROMINENCE in region.tags, region.code


def test_left_and_right_are_named_consistently(region_map: RegionMap) -> None:
    for region in region_map.regions:
        *stem, last = region.code.split(".")
        if last in ("left", "right"):
            nl, en = ("links", "left") if last == "left" else ("rechts", "right")
            assert nl in region.name_nl.split() and en in region.name_en.split(), region.code
            twin = ".".join([*stem, "right" if last == "left" else "left"])
            assert region_map.region_by_code(twin).tags == region.tags
        else:
            assert not {"links", "rechts"} & set(region.name_nl.split()), region.code
            assert not {"left", "right"} & set(region.name_en.split()), region.code


def test_the_subjects_left_is_on_the_viewers_right_except_from_behind(
    region_map: RegionMap,
) -> None:
    for region in region_map.regions:
        if not region.code.endswith(".left"):
            continue
        x, y = region.interior_point()
        if region_map.view is View.POSTERIOR:
            assert x < 0.5, region.code
        else:
            assert x > 0.5, region.code
        # The figure is symmetric: the mirror image of a left point is in the right twin.
        twin = region_map.region_at(1.0 - x, y)
        assert twin is not None and twin.code == region.code[: -len("left")] + "right"


def _code_at(region_map: RegionMap, x: float, y: float) -> str | None:
    region = region_map.region_at(x, y)
    return region.code if region else None


def test_regions_sit_where_the_anatomy_is() -> None:
    adult = load_region_map(BodyFigure.ADULT, View.ANTERIOR)
    codes = [_code_at(adult, 0.5, y) for y in (0.05, 0.3, 0.4, 0.53)]
    assert codes == ["head.scalp", "trunk.chest", "trunk.abdomen", "genital"]
    back = load_region_map(BodyFigure.CHILD, View.POSTERIOR)
    assert _code_at(back, 0.45, 0.55) == "buttock.left"
    head = load_region_map(BodyFigure.ADULT, View.HEAD)
    assert _code_at(head, 0.5, 0.1) == "head.scalp"
    assert _code_at(head, 0.5, 0.95) == "neck.anterior"
    assert _code_at(head, 0.14, 0.5) == "ear.right"  # the viewer's left is the subject's right


def test_unknown_codes_are_refused_by_name() -> None:
    with pytest.raises(UnknownRegionError, match=r"head\.cheek\.right"):
        load_region_map(BodyFigure.ADULT, View.HEAD).region_by_code("head.cheek.right")


# --- figure choice and the file format ------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "figure"),
    [
        (0, BodyFigure.CHILD),
        (4.5, BodyFigure.CHILD),
        (11.99, BodyFigure.CHILD),
        (12, BodyFigure.ADULT),
        (45, BodyFigure.ADULT),
    ],
)
def test_children_below_twelve_get_the_child_figure(age: float, figure: BodyFigure) -> None:
    assert figure_for_age(age) is figure


@pytest.mark.parametrize("age", [-1, float("nan"), float("inf")])
def test_an_impossible_age_is_refused(age: float) -> None:
    with pytest.raises(ValueError):
        figure_for_age(age)


def test_views_and_figures_have_dutch_labels() -> None:
    assert [v.label_nl for v in View] == ["voorzijde", "achterzijde", "hoofd en hals"]
    assert View.from_code("posterior") is View.POSTERIOR
    assert BodyFigure.from_code("child").label_nl == "kind"


def _doc(**changes: object) -> str:
    """A one-region map; keyword arguments replace region fields or top-level fields."""
    region: dict[str, object] = {
        "code": "a",
        "name_nl": "a",
        "name_en": "a",
        "tags": [],
        "polygon": [[0, 0], [1, 0], [0, 1]],
    }
    doc: dict[str, object] = {"figure": "adult", "view": "head", "view_box": [0, 0, 400, 480]}
    for key, value in changes.items():
        (region if key in region else doc)[key] = value
    doc["regions"] = [region]
    return json.dumps(doc)


def test_a_well_formed_map_parses() -> None:
    parsed = parse_region_map(_doc(tags=["ear"]))
    assert parsed.regions[0].tags == frozenset({RegionTag.EAR})
    assert parsed.view_box == (0.0, 0.0, 400.0, 480.0)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        _doc(tags=["elbow"]),
        _doc(polygon=[[0, 0], [1.2, 0], [0, 1]]),
        _doc(polygon=[[0, 0], [1, 0]]),
        _doc(view="lateral"),
        _doc(view_box=[0, 0, 400]),
        json.dumps({"figure": "adult", "view": "head", "view_box": [0, 0, 1, 1]}),
        json.dumps(
            {
                "figure": "adult",
                "view": "head",
                "view_box": [0, 0, 1, 1],
                "regions": [json.loads(_doc())["regions"][0]] * 2,
            }
        ),
    ],
    ids=[
        "not-json",
        "unknown-tag",
        "outside",
        "two-points",
        "unknown-view",
        "short-box",
        "no-regions",
        "duplicate-code",
    ],
)
def test_a_malformed_map_is_refused_with_a_region_map_error(text: str) -> None:
    with pytest.raises(RegionMapError):
        parse_region_map(text)
