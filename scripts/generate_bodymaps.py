"""Generate resources/bodymaps/: the body-map drawings (SVG) and their region maps (JSON).

Usage::

    python scripts/generate_bodymaps.py           # write the files
    python scripts/generate_bodymaps.py --check   # exit 1 if the files differ from the script

Drawing and regions come from the same chains of points (scripts/bodymap_*.py), so a region's
border is the drawn line and neighbours share vertices exactly. The script refuses to write a
map whose regions self-intersect or overlap. Edit this script, never the generated files; a unit
test runs ``--check``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bodymap_body import BodySpec, build_body
from bodymap_geometry import Pt, area, is_simple, mirrored, reverse, ring
from bodymap_parts import Part, child_head_warp, head_back, head_front

OUT = Path(__file__).resolve().parent.parent / "resources" / "bodymaps"
BODY_BOX = (400.0, 800.0)
HEAD_BOX = (400.0, 480.0)
OUTLINE = "#707070"
DETAIL = "#8c8c8c"
FAINT = "#b4b4b4"
LATERALITY = (
    "left and right are the subject's own: on anterior and head views the subject's left is on "
    "the viewer's right, on posterior views on the viewer's left"
)

# fmt: off
# An adult of about 7.5 heads, arms a little away from the body.
ADULT = BodySpec(
    head_scale=0.3,
    head_top=20.0,
    trapezius=[(160.0, 152.0), (143.0, 157.0), (128.0, 161.0), (116.0, 166.0)],
    arm_outer=[
        (106.0, 174.0), (100.0, 190.0), (98.0, 212.0), (97.0, 240.0), (95.0, 268.0), (93.0, 292.0),
        (91.0, 318.0), (87.0, 350.0), (82.0, 385.0), (78.0, 415.0), (75.0, 434.0),
    ],
    arm_inner=[
        (134.0, 210.0), (132.0, 232.0), (129.0, 260.0), (126.0, 286.0), (123.0, 306.0), (121.0, 330.0),
        (115.0, 362.0), (107.0, 395.0), (102.0, 420.0), (100.0, 434.0),
    ],
    torso_side=[
        (137.0, 232.0), (140.0, 258.0), (142.0, 285.0), (141.0, 305.0), (138.0, 335.0), (133.0, 365.0),
        (129.0, 390.0), (128.0, 410.0),
    ],
    leg_outer=[
        (127.0, 440.0), (129.0, 480.0), (134.0, 530.0), (139.0, 568.0), (140.0, 595.0), (138.0, 625.0),
        (139.0, 655.0), (142.0, 690.0), (145.0, 718.0), (146.0, 736.0),
    ],
    leg_inner=[
        (200.0, 458.0), (195.0, 478.0), (189.0, 520.0), (183.0, 565.0), (181.0, 595.0), (182.0, 625.0),
        (180.0, 655.0), (176.0, 690.0), (173.0, 718.0), (172.0, 736.0),
    ],
    arm_cuts=(222.0, 286.0, 308.0),
    trunk_cuts=(262.0, 384.0),
    knee_cuts=(570.0, 614.0),
    genital_top=398.0,
    gluteal_fold=462.0,
    front_details=[
        [(190.0, 156.0), (172.0, 160.0), (152.0, 161.0), (134.0, 165.0)],  # clavicle
        [(110.0, 292.0), (104.0, 297.0)],  # elbow crease
        [
            (152.0, 584.0), (156.0, 578.0), (163.0, 576.0), (169.0, 579.0), (172.0, 586.0),
        ],  # kneecap
        [(153.0, 602.0), (160.0, 606.0), (168.0, 603.0)],
    ],
    back_details=[
        [
            (168.0, 200.0), (160.0, 218.0), (158.0, 240.0), (164.0, 252.0), (178.0, 246.0),
        ],  # scapula
        [(104.0, 297.0), (109.0, 302.0), (114.0, 299.0)],  # olecranon
        [(151.0, 593.0), (161.0, 596.0), (171.0, 593.0)],  # back of knee
    ],
    front_dots=[((166.0, 226.0), 2.0), ((234.0, 226.0), 2.0), ((200.0, 322.0), 2.5)],  # nipples, navel
    spine=(158.0, 380.0),
)

# A young child: about 5 heads, larger head, shorter limbs, rounder belly.
CHILD = BodySpec(
    head_scale=0.446,
    head_top=18.0,
    trapezius=[(153.0, 203.0), (137.0, 207.0), (123.0, 211.0), (113.0, 218.0)],
    arm_outer=[
        (103.0, 228.0), (97.0, 246.0), (95.0, 268.0), (94.0, 295.0), (93.0, 320.0), (91.0, 345.0),
        (87.0, 375.0), (83.0, 405.0), (81.0, 430.0),
    ],
    arm_inner=[
        (134.0, 262.0), (132.0, 285.0), (130.0, 310.0), (127.0, 335.0), (123.0, 362.0), (117.0, 392.0),
        (111.0, 418.0), (109.0, 430.0),
    ],
    torso_side=[
        (135.0, 285.0), (135.0, 315.0), (134.0, 345.0), (133.0, 378.0), (130.0, 410.0), (126.0, 440.0),
        (123.0, 460.0),
    ],
    leg_outer=[
        (122.0, 485.0), (125.0, 520.0), (129.0, 560.0), (133.0, 598.0), (133.0, 622.0), (132.0, 648.0),
        (134.0, 676.0), (138.0, 704.0), (141.0, 726.0),
    ],
    leg_inner=[
        (200.0, 470.0), (195.0, 488.0), (189.0, 525.0), (185.0, 562.0), (183.0, 598.0), (182.0, 622.0),
        (183.0, 648.0), (181.0, 676.0), (177.0, 704.0), (175.0, 726.0),
    ],
    arm_cuts=(274.0, 328.0, 350.0),
    trunk_cuts=(318.0, 412.0),
    knee_cuts=(594.0, 630.0),
    genital_top=434.0,
    gluteal_fold=476.0,
    front_details=[
        [(182.0, 206.0), (166.0, 210.0), (148.0, 212.0), (130.0, 216.0)],  # clavicle
        [(111.0, 335.0), (103.0, 340.0)],  # elbow crease
        [
            (147.0, 606.0), (151.0, 600.0), (159.0, 598.0), (166.0, 601.0), (169.0, 608.0),
        ],  # kneecap
    ],
    back_details=[
        [
            (168.0, 250.0), (160.0, 266.0), (158.0, 286.0), (164.0, 297.0), (178.0, 292.0),
        ],  # scapula
        [(102.0, 338.0), (108.0, 344.0), (114.0, 341.0)],  # olecranon
        [(148.0, 611.0), (158.0, 614.0), (168.0, 611.0)],  # back of knee
    ],
    front_dots=[((168.0, 272.0), 2.0), ((232.0, 272.0), 2.0), ((200.0, 370.0), 2.5)],  # nipples, navel
    spine=(205.0, 408.0),
)
# fmt: on
SPECS = {"adult": ADULT, "child": CHILD}


def _head(figure: str, view: str) -> Part:
    head = head_front() if view != "posterior" else head_back()
    return head.mapped(child_head_warp) if figure == "child" else head


def build(figure: str, view: str) -> tuple[Part, tuple[float, float]]:
    """The regions and drawing for one figure and view, with its canvas size."""
    head = _head(figure, view)
    if view == "head":
        return head, HEAD_BOX
    spec = SPECS[figure]
    s, top = spec.head_scale, spec.head_top

    def place(p: Pt) -> Pt:
        return (200.0 + (p[0] - 200.0) * s, top + (p[1] - 40.0) * s)

    return build_body(spec, head.mapped(place, s), view), BODY_BOX


def validate(part: Part, box: tuple[float, float], name: str) -> None:
    """Refuse self-intersecting, empty, out-of-canvas or overlapping regions."""
    codes = [r.code for r in part.regions]
    if len(set(codes)) != len(codes):
        raise SystemExit(f"{name}: duplicate region codes")
    for r in part.regions:
        if len(r.ring) < 3 or area(r.ring) < 4.0 or not is_simple(r.ring):
            raise SystemExit(f"{name}: region {r.code} is empty or self-intersecting")
        if any(not (0 <= x <= box[0] and 0 <= y <= box[1]) for x, y in r.ring):
            raise SystemExit(f"{name}: region {r.code} leaves the canvas")
    # Scan lines: on every row, the stretches inside each region must not overlap.
    for j in range(int(box[1] * 4)):
        y = (j + 0.5) / 4
        spans = sorted((x0, x1, r.code) for r in part.regions for x0, x1 in _row_spans(r.ring, y))
        for (_, end, code), (start, _, other) in itertools.pairwise(spans):
            if start < end - 1e-6:
                raise SystemExit(f"{name}: {code} and {other} overlap at y={y}")


def _row_spans(poly: Sequence[Pt], y: float) -> list[tuple[float, float]]:
    xs = sorted(
        a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
        for a, b in zip(poly, [*poly[1:], poly[0]], strict=True)
        if (a[1] > y) != (b[1] > y)
    )
    return list(zip(xs[::2], xs[1::2], strict=True))


def region_json(part: Part, box: tuple[float, float], figure: str, view: str) -> str:
    """The region map as JSON text, coordinates normalised to 0..1 of the canvas."""
    w, h = box
    doc = {
        "figure": figure,
        "view": view,
        "view_box": [0, 0, int(w), int(h)],
        "laterality": LATERALITY,
        "generated_by": "scripts/generate_bodymaps.py",
        "regions": [
            {
                "code": r.code,
                "name_nl": r.name_nl,
                "name_en": r.name_en,
                "tags": sorted(r.tags),
                "polygon": _normalised(r.ring, w, h),
            }
            for r in part.regions
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _normalised(chain: Sequence[Pt], w: float, h: float) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in chain:
        p = [round(x / w, 5), round(y / h, 5)]
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[-1] == out[0]:
        out.pop()
    return out


def svg(part: Part, box: tuple[float, float], closed: bool) -> str:
    """The drawing: white figure, grey outline, thinner grey details, no text."""
    w, h = box
    # The viewer's-left half runs from the crown down; its mirror image walked back up closes
    # it. An open outline (the head view) starts at the neck base instead, so the neck ends
    # without a line across it.
    outline = ring(part.outline_left, reverse(mirrored(part.outline_left)))
    stroke = outline if closed else [*reverse(part.outline_left), *mirrored(part.outline_left)[1:]]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Generated by scripts/generate_bodymaps.py; edit the script, not this file. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:g} {h:g}" '
        f'width="{w:g}" height="{h:g}">',
        f'  <path id="figure" fill="#ffffff" stroke="none" d="{_d(outline, True)}"/>',
        f'  <g id="faint" fill="none" stroke="{FAINT}" stroke-width="0.8" '
        'stroke-linecap="round" stroke-dasharray="3 3">',
        *(f'    <path d="{_d(c)}"/>' for c in part.faint),
        "  </g>",
        f'  <g id="details" fill="none" stroke="{DETAIL}" stroke-width="1" '
        'stroke-linecap="round" stroke-linejoin="round">',
        *(f'    <path d="{_d(c)}"/>' for c in part.details),
        *(f'    <circle cx="{c[0]:.2f}" cy="{c[1]:.2f}" r="{r:.2f}"/>' for c, r in part.circles),
        "  </g>",
        f'  <g id="outline" fill="none" stroke="{OUTLINE}" stroke-width="1.6" '
        'stroke-linecap="round" stroke-linejoin="round">',
        f'    <path d="{_d(stroke, closed)}"/>',
        *(f'    <path d="{_d(c)}"/>' for c in part.contours),
        "  </g>",
        "</svg>",
    ]
    return "\n".join(lines) + "\n"


def _d(chain: Sequence[Pt], closed: bool = False) -> str:
    head, *rest = chain
    d = f"M{head[0]:.2f},{head[1]:.2f}" + "".join(f" L{x:.2f},{y:.2f}" for x, y in rest)
    return d + (" Z" if closed else "")


def outputs() -> dict[str, str]:
    """Every generated file name with its text."""
    files = {}
    for figure in ("adult", "child"):
        for view in ("anterior", "posterior", "head"):
            part, box = build(figure, view)
            validate(part, box, f"{figure}_{view}")
            files[f"{figure}_{view}.svg"] = svg(part, box, closed=view != "head")
            files[f"{figure}_{view}.regions.json"] = region_json(part, box, figure, view)
    return files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    stale = []
    for name, text in outputs().items():
        target = OUT / name
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    if stale:
        print("out of date (run scripts/generate_bodymaps.py):", *stale, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
