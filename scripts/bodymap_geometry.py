"""Plane geometry for generating the body maps (used by scripts/generate_bodymaps.py only).

The drawings and the region maps are built from the same chains of points, so a region's border
is exactly the line that is drawn, and two neighbouring regions share the very same vertices
(which is what makes "no overlap, no gap" hold exactly, not approximately).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

Pt = tuple[float, float]
Chain = list[Pt]

CANVAS_WIDTH = 400.0  # every view is 400 wide; the vertical mirror axis is x = 200


def mirror(point: Pt) -> Pt:
    """The point reflected in the figure's vertical midline."""
    return (CANVAS_WIDTH - point[0], point[1])


def mirrored(chain: Sequence[Pt]) -> Chain:
    """Every point of ``chain`` reflected in the midline, order kept."""
    return [mirror(p) for p in chain]


def reverse(chain: Sequence[Pt]) -> Chain:
    """``chain`` walked the other way."""
    return list(reversed(chain))


def lerp(a: Pt, b: Pt, t: float) -> Pt:
    """The point a fraction ``t`` of the way from ``a`` to ``b``."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def ring(*chains: Sequence[Pt]) -> Chain:
    """Join chains end to start into one closed ring (first point not repeated at the end)."""
    out: Chain = []
    for chain in chains:
        for p in chain:
            if not out or out[-1] != p:
                out.append(p)
    while len(out) > 1 and out[-1] == out[0]:
        out.pop()
    return out


def catmull_rom(ctrl: Sequence[Pt], per_segment: int, closed: bool = False) -> Chain:
    """A smooth curve through ``ctrl``, sampled ``per_segment`` times per span.

    Control points appear verbatim in the result (index ``k * per_segment``), so other chains
    can end exactly on them.
    """
    pts = list(ctrl)
    n = len(pts)
    spans = n if closed else n - 1
    out: Chain = []
    for i in range(spans):
        p1, p2 = pts[i], pts[(i + 1) % n]
        if closed:
            p0, p3 = pts[(i - 1) % n], pts[(i + 2) % n]
        else:
            p0 = pts[i - 1] if i > 0 else p1
            p3 = pts[i + 2] if i + 2 < n else p2
        out.append(p1)
        for k in range(1, per_segment):
            out.append(_catmull_point(p0, p1, p2, p3, k / per_segment))
    if not closed:
        out.append(pts[-1])
    return out


def _catmull_point(p0: Pt, p1: Pt, p2: Pt, p3: Pt, t: float) -> Pt:
    t2, t3 = t * t, t * t * t

    def axis(i: int) -> float:
        return 0.5 * (
            2 * p1[i]
            + (-p0[i] + p2[i]) * t
            + (2 * p0[i] - 5 * p1[i] + 4 * p2[i] - p3[i]) * t2
            + (-p0[i] + 3 * p1[i] - 3 * p2[i] + p3[i]) * t3
        )

    return (axis(0), axis(1))


class Spline:
    """A smooth chain through control points, with access to the part between two of them."""

    def __init__(self, ctrl: Sequence[Pt], per_segment: int = 4, closed: bool = False) -> None:
        self.ctrl = list(ctrl)
        self.per_segment = per_segment
        self.dense = catmull_rom(self.ctrl, per_segment, closed)

    def part(self, start: int, end: int) -> Chain:
        """Dense points from control point ``start`` to ``end`` (walked backwards if end < start)."""
        a, b = start * self.per_segment, end * self.per_segment
        if a <= b:
            return self.dense[a : b + 1]
        return reverse(self.dense[b : a + 1])

    def all(self) -> Chain:
        """Every dense point, first to last control point."""
        return self.part(0, len(self.ctrl) - 1)


def smooth(ctrl: Sequence[Pt], per_segment: int = 4) -> Chain:
    """Shorthand for an open spline's dense points."""
    return Spline(ctrl, per_segment).all()


def quad_bezier(a: Pt, control: Pt, b: Pt, samples: int) -> Chain:
    """A quadratic Bézier from ``a`` to ``b``, endpoints exact."""
    out: Chain = [a]
    for k in range(1, samples):
        t = k / samples
        u = 1 - t
        out.append(
            (
                u * u * a[0] + 2 * u * t * control[0] + t * t * b[0],
                u * u * a[1] + 2 * u * t * control[1] + t * t * b[1],
            )
        )
    out.append(b)
    return out


def ellipse_point(cx: float, cy: float, rx: float, ry: float, degrees: int) -> Pt:
    """A point on an axis-aligned ellipse; 0° points right, 90° down (SVG's y axis)."""
    a = math.radians(degrees)
    return (cx + rx * math.cos(a), cy + ry * math.sin(a))


def split_at_y(chain: Sequence[Pt], y: float) -> tuple[Chain, Chain]:
    """Cut ``chain`` where it first crosses the height ``y``; both halves hold the cut point."""
    for i in range(len(chain) - 1):
        a, b = chain[i], chain[i + 1]
        if (a[1] - y) * (b[1] - y) <= 0 and a[1] != b[1]:
            cut = lerp(a, b, (y - a[1]) / (b[1] - a[1]))
            return [*chain[: i + 1], cut], [cut, *chain[i + 1 :]]
    raise ValueError(f"chain never reaches y={y}")


def transform(chain: Sequence[Pt], fn: Callable[[Pt], Pt]) -> Chain:
    """Every point of ``chain`` passed through ``fn``."""
    return [fn(p) for p in chain]


def point_in_ring(x: float, y: float, poly: Sequence[Pt]) -> bool:
    """Even-odd test; used by the generator's own overlap check."""
    inside = False
    j = len(poly) - 1
    for i in range(len(poly)):
        (xi, yi), (xj, yj) = poly[i], poly[j]
        if (yi > y) != (yj > y) and x < xi + (y - yi) * (xj - xi) / (yj - yi):
            inside = not inside
        j = i
    return inside


def segments_cross(p: Pt, q: Pt, r: Pt, s: Pt) -> bool:
    """Whether segments pq and rs cross at a point interior to both."""

    def orient(a: Pt, b: Pt, c: Pt) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    d1, d2 = orient(r, s, p), orient(r, s, q)
    d3, d4 = orient(p, q, r), orient(p, q, s)
    return d1 * d2 < 0 and d3 * d4 < 0


def is_simple(poly: Sequence[Pt]) -> bool:
    """No two non-adjacent edges of the ring cross."""
    n = len(poly)
    edges = [(poly[i], poly[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            if segments_cross(*edges[i], *edges[j]):
                return False
    return True


def area(poly: Sequence[Pt]) -> float:
    """Unsigned area (shoelace)."""
    total = 0.0
    for i in range(len(poly)):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % len(poly)]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2
