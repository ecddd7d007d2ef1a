"""The head (front and back) as regions plus drawing, for scripts/generate_bodymaps.py.

Coordinates are those of the 400 × 480 head view of an adult. The child's head is the same
drawing passed through :func:`child_head_warp` (bigger skull, eyes lower, small lower face, thin
neck); the body views place either head with a scale and shift. Building the viewer's left half
and mirroring it keeps the figure symmetric and neighbouring regions vertex-identical.

Left and right are always the subject's: on a front view the subject's right is on the viewer's
left. Names in :data:`NAMES` say ``{side}`` and :class:`Regions` fills it in.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bodymap_geometry import (
    Chain,
    Pt,
    Spline,
    ellipse_point,
    mirror,
    mirrored,
    quad_bezier,
    reverse,
    ring,
    smooth,
)

SIDES = {"left": ("links", "left"), "right": ("rechts", "right")}


@dataclass
class RegionSpec:
    """One region before normalisation: codes and names final, ring in view coordinates."""

    code: str
    name_nl: str
    name_en: str
    tags: tuple[str, ...]
    ring: Chain


@dataclass
class Part:
    """Regions plus what to draw for one piece of a figure (a head, a body)."""

    regions: list[RegionSpec] = field(default_factory=list)
    # silhouette, from the top centre down the viewer's left
    outline_left: Chain = field(default_factory=list)
    contours: list[Chain] = field(default_factory=list)  # drawn like the outline (ear attachment)
    details: list[Chain] = field(default_factory=list)  # thin inner lines (eyes, lips, creases)
    faint: list[Chain] = field(default_factory=list)  # lighter lines (hairline)
    circles: list[tuple[Pt, float]] = field(default_factory=list)
    base: Chain = field(default_factory=list)  # neck base, viewer's left to right, for the body

    def mapped(self, fn: Callable[[Pt], Pt], scale: float = 1.0) -> Part:
        """A copy with every point passed through ``fn`` (circle radii times ``scale``)."""

        def m(chain: Sequence[Pt]) -> Chain:
            return [fn(p) for p in chain]

        return Part(
            regions=[
                RegionSpec(r.code, r.name_nl, r.name_en, r.tags, m(r.ring)) for r in self.regions
            ],
            outline_left=m(self.outline_left),
            contours=[m(c) for c in self.contours],
            details=[m(c) for c in self.details],
            faint=[m(c) for c in self.faint],
            circles=[(fn(c), r * scale) for c, r in self.circles],
            base=m(self.base),
        )


class Regions:
    """Collects regions by name from :data:`NAMES`, filling in the subject's side.

    Args:
        left_is: which side of the subject is on the viewer's left: ``"right"`` on front and
            face views, ``"left"`` on back views.
    """

    def __init__(self, left_is: str) -> None:
        self.left_is = left_is
        self.specs: list[RegionSpec] = []

    def one(self, key: str, chain: Chain) -> None:
        """A region that is not sided, given as a closed ring."""
        code, nl, en, tags = NAMES[key]
        self.specs.append(RegionSpec(code, nl, en, tags, chain))

    def midline(self, key: str, half: Chain) -> None:
        """A region on the midline, from its viewer-left half (top centre to bottom centre)."""
        self.one(key, ring(half, reverse(mirrored(half))))

    def pair(self, key: str, viewer_left: Chain) -> None:
        """The region drawn on the viewer's left and its mirror image, each named for its side."""
        code, nl, en, tags = NAMES[key]
        other = "left" if self.left_is == "right" else "right"
        for side, chain in ((self.left_is, viewer_left), (other, mirrored(viewer_left))):
            nl_side, en_side = SIDES[side]
            self.specs.append(
                RegionSpec(
                    code.format(side=side), nl.format(side=nl_side), en.format(side=en_side),
                    tags, chain,
                )
            )  # fmt: skip


# Every region: key -> (code, Dutch name, English name, tags). ``{side}`` is the subject's side.
NAMES: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "scalp": ("head.scalp", "behaarde hoofdhuid", "scalp", ()),
    "forehead": ("head.face.forehead", "voorhoofd", "forehead", ("bony_prominence",)),
    "temple": ("head.face.temple.{side}", "slaap {side}", "{side} temple", ()),
    "upper_lid": ("head.face.eyelid.upper.{side}", "bovenooglid {side}", "{side} upper eyelid", ("eyelid",)),
    "lower_lid": ("head.face.eyelid.lower.{side}", "onderooglid {side}", "{side} lower eyelid", ("eyelid",)),
    "eye": ("head.face.eye.{side}", "oog {side} (subconjunctiva)", "{side} eye (subconjunctiva)", ("subconjunctiva",)),
    "nose": ("head.face.nose", "neus", "nose", ()),
    "zygoma": ("head.face.zygoma.{side}", "jukbeen {side}", "{side} cheekbone", ("bony_prominence",)),
    "cheek": ("head.face.cheek.{side}", "wang {side}", "{side} cheek", ("cheek",)),
    "jaw_angle": ("head.face.jaw_angle.{side}", "kaakhoek {side}", "{side} angle of jaw", ("angle_of_jaw",)),
    "upper_lip": ("head.face.lip.upper", "bovenlip", "upper lip", ()),
    "mouth": ("head.face.mouth", "mond / frenulum", "mouth / frenulum", ("frenulum",)),
    "lower_lip": ("head.face.lip.lower", "onderlip", "lower lip", ()),
    "chin": ("head.face.chin", "kin", "chin", ("bony_prominence",)),
    "ear": ("ear.{side}", "oor {side}", "{side} ear", ("ear",)),
    "neck_side": ("neck.lateral.{side}", "hals {side} (zijkant)", "{side} side of neck", ("neck",)),
    "neck_front": ("neck.anterior", "hals (voorzijde)", "front of neck", ("neck",)),
    "occiput": ("head.occiput", "achterhoofd", "back of head", ()),
    "nape": ("neck.posterior", "nek", "back of neck", ("neck",)),
    "chest": ("trunk.chest", "borst", "chest", ("torso",)),
    "abdomen": ("trunk.abdomen", "buik", "abdomen", ("torso",)),
    "groin": ("trunk.groin.{side}", "lies {side}", "{side} groin", ("torso",)),
    "genital": ("genital", "genitaliën / schaamstreek", "genitals / pubic area", ("torso",)),
    "upper_back": ("trunk.back.upper", "bovenrug", "upper back", ("torso",)),
    "lower_back": ("trunk.back.lower", "onderrug", "lower back", ("torso",)),
    "buttock": ("buttock.{side}", "bil {side}", "{side} buttock", ("torso",)),
    "shoulder": ("shoulder.{side}", "schouder {side}", "{side} shoulder", ()),
    "upper_arm": ("upper_arm.{side}", "bovenarm {side}", "{side} upper arm", ()),
    "cubital_fossa": ("cubital_fossa.{side}", "elleboogsplooi {side}", "{side} cubital fossa", ()),
    "elbow": ("elbow.{side}", "elleboog {side}", "{side} elbow", ("bony_prominence",)),
    "forearm": ("forearm.{side}", "onderarm {side}", "{side} forearm", ()),
    "palm": ("hand.{side}", "hand {side} (handpalm)", "{side} hand (palm)", ()),
    "back_of_hand": ("hand.{side}", "hand {side} (handrug)", "{side} hand (back)", ()),
    "thigh": ("thigh.{side}", "bovenbeen {side}", "{side} thigh", ()),
    "knee": ("knee.{side}", "knie {side}", "{side} knee", ("bony_prominence",)),
    "shin": ("shin.{side}", "scheen {side}", "{side} shin", ("bony_prominence",)),
    "foot": ("foot.{side}", "voet {side} (voetrug)", "{side} foot (dorsum)", ()),
    "popliteal_fossa": ("popliteal_fossa.{side}", "knieholte {side}", "{side} back of knee", ()),
    "calf": ("calf.{side}", "kuit {side}", "{side} calf", ()),
    "heel": ("foot.{side}", "voet {side} (hiel)", "{side} foot (heel)", ()),
}  # fmt: skip


# --- head outline, adult, viewer's left half: top centre -> chin centre -------------------------
OUTLINE = [
    (200.0, 40.0),  # 0 vertex
    (160.0, 43.0), (124.0, 55.0), (98.0, 78.0), (82.0, 108.0),
    (74.0, 142.0),  # 5 hairline meets the outline
    (71.0, 175.0),
    (72.0, 202.0),  # 7 top of the ear
    (74.0, 232.0),  # 8 zygoma / cheek border meets the ear
    (77.0, 262.0),
    (81.0, 290.0),  # 10 ear lobe
    (87.0, 306.0),  # 11 jaw-angle region begins
    (96.0, 323.0),  # 12 gonion
    (111.0, 343.0),  # 13 jaw-angle region ends
    (131.0, 360.0),  # 14 neck leaves the jaw line
    (155.0, 372.0),  # 15 chin region begins
    (178.0, 378.0),
    (200.0, 380.0),  # 17 chin centre
]  # fmt: skip
EAR = [
    OUTLINE[7], (62.0, 195.0), (52, 199), (46, 212), (44, 232), (46, 252), (51, 270), (58, 284),
    (67, 295), (76, 298), OUTLINE[10],
]  # fmt: skip
EYE = (150.0, 219.0, 36.0, 27.0)  # eye area (lids + eye): centre and radii
NECK_BASE_Y = 462.0
NECK_BASE = (113.0, NECK_BASE_Y)


def _outline() -> Spline:
    # Built closed over both halves so the top and the chin are smooth; only the left half is used
    # (the right half is its mirror image, which keeps shared vertices bit-identical).
    closed = OUTLINE + [mirror(p) for p in reversed(OUTLINE[1:-1])]
    spline = Spline(closed, 4, closed=True)
    spline.ctrl = OUTLINE
    spline.dense = spline.dense[: 4 * (len(OUTLINE) - 1) + 1]
    return spline


def _eye(deg_from: int, deg_to: int) -> Chain:
    """Points of the eye area's edge from one angle to another, every 10°."""
    return [ellipse_point(*EYE, d % 360) for d in range(deg_from, deg_to + 10, 10)]


def _across(half: Chain) -> Chain:
    """A line drawn on the viewer's left half, continued through its mirror image."""
    return [*half, *reverse(mirrored(half))[1:]]


def head_front(left_is: str = "right") -> Part:
    """The face seen from the front, with ears and neck (adult proportions)."""
    out = _outline()
    e30, e160, e200 = (ellipse_point(*EYE, d) for d in (30, 160, 200))
    hairline = Spline(
        [(200.0, 118.0), (172, 119), (146, 123), (124, 130), (106, 139), (90, 142), OUTLINE[5]]
    )
    temporal = smooth([hairline.ctrl[4], (110.0, 170.0), e200])  # forehead | temple
    zygo_top = smooth([OUTLINE[7], (95.0, 213.0), e160])  # temple | cheekbone
    n1, nl0, nose_base = (182.0, 258.0), (174.0, 289.0), (200.0, 294.0)
    nose_side = Spline(
        [e30, (183.0, 246.0), n1, (177, 270), (172, 280), nl0, (186, 293), nose_base]
    )
    zygo_cheek = smooth([OUTLINE[8], (98.0, 246.0), (128, 256), (158, 260), n1])
    mc = (170.0, 318.0)  # mouth corner
    nasolabial = smooth([nl0, (168.0, 299.0), (166, 309), mc])
    mouth_top = quad_bezier(mc, (200.0, 307.0), mirror(mc), 8)
    mouth_bottom = quad_bezier(mc, (200.0, 332.0), mirror(mc), 8)
    lower_lip = smooth([mc, (176.0, 329.0), (187, 335), (200, 337)])
    chin_side = smooth([mc, (165.0, 334.0), (158, 352), OUTLINE[15]])
    jaw = smooth([OUTLINE[13], (117.0, 327.0), (106, 311), OUTLINE[11]])
    base_mid = (162.0, NECK_BASE_Y)
    neck_edge = smooth([OUTLINE[14], (134.0, 385.0), (132, 412), (125, 438), NECK_BASE])
    neck_split = smooth([OUTLINE[15], (158.0, 400.0), (160, 430), base_mid])
    ear = smooth(EAR)
    c_out, c_in = (124.0, 219.0), (176.0, 219.0)  # corners of the eye
    lid_top = quad_bezier(c_out, (150.0, 199.0), c_in, 10)
    lid_bottom = quad_bezier(c_out, (150.0, 238.0), c_in, 10)

    r = Regions(left_is)
    r.one("scalp", ring(out.part(0, 5), hairline.part(6, 0), mirrored(hairline.part(0, 6)),
                        mirrored(out.part(5, 0))))  # fmt: skip
    r.midline("forehead", [*hairline.part(0, 4), *temporal, *_eye(200, 330), (200.0, 204.0)])
    r.pair("temple", ring(out.part(5, 7), zygo_top, _eye(160, 200), reverse(temporal),
                          hairline.part(4, 6)))  # fmt: skip
    r.pair("upper_lid", ring(_eye(180, 360), [c_in], reverse(lid_top)))
    r.pair("lower_lid", ring([c_out], lid_bottom, _eye(0, 180)))
    r.pair("eye", ring(lid_top, reverse(lid_bottom)))
    r.midline("nose", [(200.0, 204.0), *_eye(330, 390), *nose_side.all()])
    r.pair("zygoma", ring(out.part(7, 8), zygo_cheek, reverse(nose_side.part(0, 2)),
                          _eye(30, 160), reverse(zygo_top)))  # fmt: skip
    r.pair("cheek", ring(zygo_cheek, nose_side.part(2, 5), nasolabial, chin_side,
                         out.part(15, 13), jaw, out.part(11, 8)))  # fmt: skip
    r.pair("jaw_angle", ring(out.part(11, 13), jaw))
    r.one("upper_lip", ring(nose_side.part(5, 7), reverse(mirrored(nose_side.part(5, 7))),
                            mirrored(nasolabial), reverse(mouth_top), reverse(nasolabial)))  # fmt: skip
    r.one("mouth", ring(mouth_top, reverse(mouth_bottom)))
    r.one("lower_lip", ring(mouth_bottom, mirrored(lower_lip), reverse(lower_lip)))
    r.midline("chin", [*reverse(lower_lip), *chin_side, *out.part(15, 17)])
    r.pair("ear", ring(ear, out.part(10, 7)))
    r.pair("neck_side", ring(out.part(14, 15), neck_split, [NECK_BASE], reverse(neck_edge)))
    r.midline("neck_front", [*out.part(17, 15), *neck_split, (200.0, NECK_BASE_Y)])

    part = Part(regions=r.specs)
    part.outline_left = [*out.part(0, 7), *ear[1:], *out.part(10, 14)[1:], *neck_edge[1:]]
    part.contours = [out.part(7, 10), mirrored(out.part(7, 10))]
    part.base = [NECK_BASE, base_mid, mirror(base_mid), mirror(NECK_BASE)]
    brow = smooth([(114.0, 200.0), (126, 190), (146, 186), (166, 188), (182, 195)])
    ala = smooth([(180.0, 266.0), (172, 277), (174, 287), (182, 290)])
    nostril = smooth([(186.0, 287.0), (193, 290)])
    helix = smooth([(66.0, 206.0), (56, 213), (52, 232), (55, 254), (62, 272), (71, 283)])
    tragus = smooth([(70.0, 238.0), (64, 246), (69, 256)])
    for chain in (lid_top, lid_bottom, brow, ala, nostril, helix, tragus):
        part.details += [chain, mirrored(chain)]
    vermilion = smooth([mc, (180.0, 309.0), (192, 304), (200, 307)])  # cupid's bow
    part.details += [mouth_top, mouth_bottom, _across(vermilion), _across(lower_lip)]
    part.faint = [_across(hairline.part(6, 0))]
    part.circles = [((150.0, 218.5), 8.5), (mirror((150.0, 218.5)), 8.5)]  # irises
    return part


def head_back(left_is: str = "left") -> Part:
    """The back of the head with ears and the back of the neck (adult proportions)."""
    out = _outline()
    ear = smooth(EAR)
    nape_corner = (129.0, 352.0)
    skull_base = smooth([OUTLINE[10], (90.0, 312.0), (104, 332), (119, 346), nape_corner])
    neck_edge = smooth([nape_corner, (133.0, 380.0), (132, 410), (125, 437), NECK_BASE])
    nape = smooth([nape_corner, (150.0, 358.0), (176, 357), (200, 355)])

    r = Regions(left_is)
    r.midline("occiput", [*out.part(0, 10), *skull_base, *nape[1:]])
    r.pair("ear", ring(ear, out.part(10, 7)))
    r.midline("nape", [*reverse(nape), *neck_edge, (200.0, NECK_BASE_Y)])
    part = Part(regions=r.specs)
    part.outline_left = [*out.part(0, 7), *ear[1:], *skull_base[1:], *neck_edge[1:]]
    part.contours = [out.part(7, 10), mirrored(out.part(7, 10))]
    part.faint = [_across(nape)]
    part.base = [NECK_BASE, mirror(NECK_BASE)]
    return part


def _piecewise(knots: Sequence[tuple[float, float]], x: float) -> float:
    if x <= knots[0][0]:
        return knots[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(knots):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return knots[-1][1]


# Adult head-view height -> child height: skull taller, eyes at ~0.6 of the head, lower face
# and neck compressed. Slope 1 through the eye band keeps the eyes' shape.
_CHILD_Y = [(40.0, 40.0), (118.0, 150.0), (192.0, 226.0), (246.0, 280.0), (292.0, 312.0),
            (318.0, 330.0), (380.0, 376.0), (NECK_BASE_Y, 440.0)]  # fmt: skip
# Width factor by adult height: fuller cheeks, slimmer neck.
_CHILD_X = [(40.0, 1.0), (250.0, 1.0), (300.0, 1.05), (350.0, 1.04), (380.0, 1.0), (400.0, 0.84),
            (NECK_BASE_Y, 0.84)]  # fmt: skip


def child_head_warp(p: Pt) -> Pt:
    """Map a point of the adult head view to the child's (a monotone warp, so regions that
    tile the adult head still tile the child's)."""
    x, y = p
    return (200.0 + (x - 200.0) * _piecewise(_CHILD_X, y), _piecewise(_CHILD_Y, y))
