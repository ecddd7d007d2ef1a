"""Run benchmarks, print one line per figure and write ``results.json``.

A benchmark measures its figure and a floor on the same data in the same run, so a slower or
faster machine moves both and the ratio stays meaningful. A benchmark is a measurement, not a
test: a ratio above its target prints ``MISS`` but the run still succeeds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

DEFAULT_OUT = Path(__file__).resolve().parent / "results.json"


@dataclass(frozen=True)
class Context:
    """What a benchmark gets: the quick flag and an empty scratch folder removed afterwards."""

    quick: bool
    scratch: Path


@dataclass(frozen=True)
class Measurement:
    """A figure and its floor, both in ``unit``; ``details`` goes to the JSON file only."""

    value: float
    floor: float
    unit: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Benchmark:
    """A named measurement and the largest ratio to its floor that counts as ok."""

    name: str
    measure: Callable[[Context], Measurement]
    target: float


@dataclass(frozen=True)
class Result:
    """One benchmark's outcome: its measurement, judged against its target."""

    name: str
    measurement: Measurement
    target: float

    @property
    def ratio(self) -> float:
        if self.measurement.floor <= 0:
            return float("inf")
        return self.measurement.value / self.measurement.floor

    @property
    def ok(self) -> bool:
        """Judged on the ratio as printed (two decimals), so the line never contradicts itself."""
        return round(self.ratio, 2) <= self.target

    def line(self) -> str:
        """``bench <name>: <value> <unit> | floor <value> <unit> | ratio <r> | target <= <t> | ok``"""
        m = self.measurement
        return (
            f"bench {self.name}: {_number(m.value)} {m.unit} | floor {_number(m.floor)} {m.unit}"
            f" | ratio {self.ratio:.2f} | target <= {self.target:g} | {'ok' if self.ok else 'MISS'}"
        )

    def to_json(self) -> dict[str, Any]:
        m = self.measurement
        return {
            "name": self.name,
            "value": m.value,
            "unit": m.unit,
            "floor": m.floor,
            "floor_unit": m.unit,
            "ratio": round(self.ratio, 4) if self.ratio != float("inf") else None,
            "target": self.target,
            "ok": self.ok,
            "details": m.details,
        }


def _number(value: float) -> str:
    """Four significant digits, never in exponent notation for the ranges we print."""
    if value >= 1000:
        return f"{value:.0f}"
    return f"{value:.4g}"


def machine_info(quick: bool, now: datetime | None = None) -> dict[str, Any]:
    """Where and when the figures were taken (they only compare within one run)."""
    return {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "date": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "quick": quick,
    }


def run_one(benchmark: Benchmark, quick: bool) -> Result:
    """Measure one benchmark in a fresh scratch folder."""
    with tempfile.TemporaryDirectory(prefix=f"bench-{benchmark.name}-") as scratch:
        measurement = benchmark.measure(Context(quick, Path(scratch)))
    return Result(benchmark.name, measurement, benchmark.target)


def run(
    benchmarks: Sequence[Benchmark], *, quick: bool, out: Path, stream: TextIO | None = None
) -> int:
    """Run ``benchmarks`` in order, print each line as it is ready, write ``out``.

    Returns:
        0 when every benchmark produced a figure (ok or MISS), 1 when one of them failed.
    """
    stream = stream or sys.stdout  # looked up per call: a test may have replaced it
    entries: list[dict[str, Any]] = []
    failed = False
    for benchmark in benchmarks:
        try:
            result = run_one(benchmark, quick)
        except Exception as exc:  # a broken benchmark must not hide the others' figures
            failed = True
            print(f"bench {benchmark.name}: ERROR {type(exc).__name__}: {exc}", file=stream)
            traceback.print_exc(file=sys.stderr)
            entries.append({"name": benchmark.name, "error": f"{type(exc).__name__}: {exc}"})
            continue
        print(result.line(), file=stream, flush=True)
        entries.append(result.to_json())
    document = {"machine": machine_info(quick), "results": entries}
    out.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


def main(argv: Sequence[str], benchmarks: Sequence[Benchmark]) -> int:
    """Command line: ``[--quick] [--only NAME …] [--out FILE]``."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer repetitions")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only these")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results file")
    args = parser.parse_args(argv)
    chosen = list(benchmarks)
    if args.only:
        unknown = set(args.only) - {b.name for b in benchmarks}
        if unknown:
            parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
        chosen = [b for b in benchmarks if b.name in args.only]
    return run(chosen, quick=args.quick, out=args.out)
