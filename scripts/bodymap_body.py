"""Bodies (front and back) as regions plus drawing, for scripts/generate_bodymaps.py.

A body is described by a :class:`BodySpec`: the control points of the viewer's left half of the
outline and the heights at which limbs and trunk are cut into regions. Limbs are tubes between
an outer and an inner edge; a region of a limb is the stretch of tube between two cut heights,
so neighbouring regions share their cut exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from bodymap_geometry import Chain, Pt, Spline, lerp, mirrored, reverse, ring, smooth, split_at_y
from bodymap_parts import Part, Regions

# fmt: off
# Hand, palm towards the viewer, in (across, along) units of the wrist width; across points to
# the thumb side. Thumb from the wrist to its tip, then the web between thumb and index finger.
_THUMB = [
    (0.5, 0.0), (0.62, 0.3), (0.74, 0.65), (0.86, 1.0), (0.98, 1.35), (1.06, 1.7), (1.08, 2.05),
    (1.02, 2.3), (0.92, 2.38), (0.83, 2.28), (0.79, 2.0), (0.74, 1.72), (0.67, 1.52),
]
_FINGERS = [  # (across at the thumb side, across at the other side, tip along)
    (0.66, 0.33, 3.05), (0.33, 0.0, 3.32), (0.0, -0.33, 3.2), (-0.33, -0.66, 2.88),
]
_NOTCH = 2.18  # where neighbouring fingers part
_ULNAR = [(-0.7, 1.5), (-0.64, 0.9), (-0.56, 0.4), (-0.5, 0.0)]  # little-finger side of the palm
# Feet, in (across, along) units of the ankle width; across points away from the midline.
_FOOT_FRONT = [
    (0.5, 0.0), (0.56, 0.35), (0.63, 0.75), (0.76, 1.1), (0.86, 1.35), (0.86, 1.52),
    (0.7, 1.62), (0.42, 1.67), (0.12, 1.7), (-0.2, 1.73), (-0.5, 1.71), (-0.68, 1.6),
    (-0.7, 1.38), (-0.63, 1.0), (-0.56, 0.55), (-0.5, 0.0),
]
_TOES = [[(a, 1.56), (a, 1.7)] for a in (-0.42, -0.12, 0.17, 0.44)]
_FOOT_BACK = [
    (0.5, 0.0), (0.55, 0.5), (0.6, 0.95), (0.56, 1.3), (0.4, 1.55), (0.13, 1.66),
    (-0.13, 1.66), (-0.4, 1.55), (-0.56, 1.3), (-0.6, 0.95), (-0.55, 0.5), (-0.5, 0.0),
]
# fmt: on


@dataclass
class BodySpec:
    """The viewer's-left half of a standing figure, arms slightly away from the body."""

    head_scale: float  # head view units -> body units
    head_top: float  # y of the crown
    trapezius: list[Pt]  # after the neck base, out to the acromion (last point)
    arm_outer: list[Pt]  # after the acromion, down to the wrist
    arm_inner: list[Pt]  # armpit first, down to the wrist
    torso_side: list[Pt]  # after the armpit, down to the hip (last point)
    leg_outer: list[Pt]  # after the hip, down to the ankle
    leg_inner: list[Pt]  # crotch first, down to the ankle
    arm_cuts: tuple[float, float, float]  # bottom of shoulder, top and bottom of elbow
    trunk_cuts: tuple[float, float]  # bottom of chest / upper back, of abdomen / lower back
    knee_cuts: tuple[float, float]
    genital_top: float
    gluteal_fold: float  # where the fold meets the outer thigh (back view)
    front_details: list[list[Pt]] = field(default_factory=list)  # mirrored to both sides
    back_details: list[list[Pt]] = field(default_factory=list)
    front_dots: list[tuple[Pt, float]] = field(default_factory=list)  # drawn as given
    spine: tuple[float, float] = (0.0, 0.0)


def _frame(outer: Pt, inner: Pt) -> tuple[Pt, Pt, Pt, float]:
    mid = lerp(outer, inner, 0.5)
    width = math.dist(outer, inner)
    across = ((outer[0] - inner[0]) / width, (outer[1] - inner[1]) / width)
    along = (-across[1], across[0]) if across[0] > 0 else (across[1], -across[0])
    if along[1] < 0:
        along = (-along[0], -along[1])
    return mid, across, along, width


def _place(outer: Pt, inner: Pt, template: list[Pt], exact_ends: bool = True) -> Chain:
    mid, across, along, w = _frame(outer, inner)
    pts = [
        (mid[0] + (across[0] * a + along[0] * b) * w, mid[1] + (across[1] * a + along[1] * b) * w)
        for a, b in template
    ]
    if exact_ends:
        pts[0], pts[-1] = outer, inner  # so the wrist / ankle line is shared exactly
    return pts


def _hand_template() -> tuple[list[Pt], list[list[Pt]]]:
    pts = list(_THUMB)
    creases = []
    last = len(_FINGERS) - 1
    for i, (a_out, a_in, tip) in enumerate(_FINGERS):
        r = (a_out - a_in) / 2 - 0.02  # fingertip radius; fingers taper a little
        centre = (a_out + a_in) / 2
        pts.append((a_out, 1.72 if i == 0 else _NOTCH))
        pts.append((centre + r, tip - r))
        for k in range(1, 6):
            angle = math.pi * k / 6
            pts.append((centre + r * math.cos(angle), tip - r + r * math.sin(angle)))
        pts.append((centre - r, tip - r))
        pts.append((a_in, 2.0 if i == last else _NOTCH))
        if i:
            creases.append([(a_out, _NOTCH), (a_out, _NOTCH - 0.3)])
    pts += _ULNAR
    return pts, creases


def _hand(outer: Pt, inner: Pt) -> tuple[Chain, list[Chain]]:
    template, creases = _hand_template()
    return _place(outer, inner, template), [_place(outer, inner, c, False) for c in creases]


def build_body(spec: BodySpec, head: Part, view: str) -> Part:
    """The whole figure for ``view`` (``"anterior"`` or ``"posterior"``) with ``head`` placed."""
    front = view == "anterior"
    left_is = "right" if front else "left"
    nkb = head.base[0]
    shoulder = Spline([nkb, *spec.trapezius, *spec.arm_outer])
    acromion = len(spec.trapezius)
    trap, arm_out = shoulder.part(0, acromion), shoulder.part(acromion, len(shoulder.ctrl) - 1)
    arm_in = smooth(spec.arm_inner)
    flank = Spline([spec.arm_inner[0], *spec.torso_side, *spec.leg_outer])
    hip = len(spec.torso_side)
    torso_side, leg_out = flank.part(0, hip), flank.part(hip, len(flank.ctrl) - 1)
    leg_in = smooth(spec.leg_inner)
    crotch = spec.leg_inner[0]
    hand, creases = _hand(arm_out[-1], arm_in[-1])
    foot = _place(leg_out[-1], leg_in[-1], _FOOT_FRONT if front else _FOOT_BACK)
    if front:
        creases += [_place(leg_out[-1], leg_in[-1], toe, False) for toe in _TOES]

    r = Regions(left_is)
    r.specs += head.regions

    # Trunk: cut the side line (acromion -> armpit -> hip) at two heights.
    side = [trap[-1], *torso_side]
    upper, rest = split_at_y(side, spec.trunk_cuts[0])
    middle, lower = split_at_y(rest, spec.trunk_cuts[1])
    mid_point = (200.0, spec.trunk_cuts[1])
    r.one("chest" if front else "upper_back",
          ring(reverse(trap), head.base, mirrored(trap), mirrored(upper), reverse(upper)))  # fmt: skip
    r.one(
        "abdomen" if front else "lower_back", ring(middle, [mid_point], reverse(mirrored(middle)))
    )
    details: list[Chain] = []
    if front:
        # The groin fold runs from the hip to the crotch; the genital area sits on its inner end.
        g = lerp(leg_out[0], crotch, 0.62)
        g_top = (200.0, spec.genital_top)
        g_side = smooth([g_top, (200.0 - 0.8 * (200.0 - g[0]), (g_top[1] + g[1]) / 2), g])
        r.pair("groin", ring(lower, [g], reverse(g_side), [mid_point]))
        r.midline("genital", [*g_side, crotch])
        details.append([lerp(leg_out[0], crotch, 0.12), g])

    arm = ["shoulder", "upper_arm", "cubital_fossa" if front else "elbow", "forearm"]
    for key, (o, i) in zip(arm, _tube(arm_out, arm_in, spec.arm_cuts), strict=True):
        r.pair(key, ring(o, reverse(i)))
    r.pair("palm" if front else "back_of_hand", hand)

    (thigh_o, thigh_i), (knee_o, knee_i), (shin_o, shin_i) = _tube(leg_out, leg_in, spec.knee_cuts)
    if front:
        r.pair("thigh", ring(thigh_o, reverse(thigh_i), [g]))
        r.pair("knee", ring(knee_o, reverse(knee_i)))
        r.pair("shin", ring(shin_o, reverse(shin_i)))
        r.pair("foot", foot)
    else:
        # From behind the thigh starts at the gluteal fold, which sags between hip and crotch.
        seat, thigh_o = split_at_y(thigh_o, spec.gluteal_fold)
        start = thigh_o[0]
        sag = [lerp(start, crotch, t) for t in (0.35, 0.7)]
        fold = smooth([start, (sag[0][0], sag[0][1] + 8.0), (sag[1][0], sag[1][1] + 7.0), crotch])
        r.pair("buttock", ring(lower, seat, fold, [mid_point]))
        r.pair("thigh", ring(thigh_o, reverse(thigh_i), reverse(fold)))
        r.pair("popliteal_fossa", ring(knee_o, reverse(knee_i)))
        r.pair("calf", ring(shin_o, reverse(shin_i)))
        r.pair("heel", foot)
        details.append(fold)
        cleft_top = spec.trunk_cuts[1] + 0.3 * (crotch[1] - spec.trunk_cuts[1])

    part = Part(regions=r.specs)
    # Drawing: the viewer's left half of the outline; the SVG writer adds its mirror image.
    part.outline_left = [*head.outline_left, *trap[1:], *arm_out[1:], *hand[1:],
                         *reverse(arm_in)[1:], *torso_side[1:], *leg_out[1:], *foot[1:],
                         *reverse(leg_in)[1:]]  # fmt: skip
    part.contours = list(head.contours)
    part.faint = list(head.faint)
    part.circles = list(head.circles)
    part.details = list(head.details)
    for chain in [
        *details,
        *creases,
        *map(smooth, spec.front_details if front else spec.back_details),
    ]:
        part.details += [chain, mirrored(chain)]
    if front:
        part.circles += spec.front_dots
    else:
        part.faint.append([(200.0, spec.spine[0]), (200.0, spec.spine[1])])
        part.details.append([(200.0, cleft_top), crotch])
    return part


def _tube(outer: Chain, inner: Chain, cuts: tuple[float, ...]) -> list[tuple[Chain, Chain]]:
    pieces = []
    for y in cuts:
        o, outer = split_at_y(outer, y)
        i, inner = split_at_y(inner, y)
        pieces.append((o, i))
    pieces.append((outer, inner))
    return pieces
