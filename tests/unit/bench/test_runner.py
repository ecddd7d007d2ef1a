"""The benchmark runner: line format, ratio and ok/MISS, JSON file, exit codes (no real benchmark)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bench.runner import Benchmark, Context, Measurement, Result, main, run


def _fixed(value: float, floor: float, unit: str = "ms") -> Benchmark:
    def measure(ctx: Context) -> Measurement:
        assert ctx.scratch.is_dir() and not any(ctx.scratch.iterdir())
        return Measurement(value, floor, unit, details={"quick": ctx.quick})

    return Benchmark(f"fake_{value:g}", measure, target=1.3)


def _broken(ctx: Context) -> Measurement:
    raise RuntimeError("no data")


def test_line_reads_value_floor_ratio_target_and_ok() -> None:
    result = Result("vault_queries", Measurement(120.0, 100.0, "ms"), 1.3)
    assert result.line() == (
        "bench vault_queries: 120 ms | floor 100 ms | ratio 1.20 | target <= 1.3 | ok"
    )


def test_ratio_above_target_is_a_miss() -> None:
    result = Result("unlock", Measurement(0.5678, 0.5, "s"), 1.1)
    assert result.ratio == pytest.approx(1.1356)
    assert not result.ok
    assert result.line() == (
        "bench unlock: 0.5678 s | floor 0.5 s | ratio 1.14 | target <= 1.1 | MISS"
    )


def test_ratio_exactly_at_target_is_ok() -> None:
    assert Result("x", Measurement(13.0, 10.0, "ms"), 1.3).ok


def test_ok_is_judged_on_the_printed_ratio() -> None:
    result = Result("x", Measurement(110.4, 100.0, "ms"), 1.1)
    assert result.line().endswith("| ratio 1.10 | target <= 1.1 | ok")


def test_large_values_print_without_exponent() -> None:
    line = Result("x", Measurement(12345.6, 9876.5, "ms"), 2).line()
    assert line.startswith("bench x: 12346 ms | floor 9876 ms | ratio 1.25 | target <= 2 |")


def test_zero_floor_is_an_infinite_ratio_and_a_miss() -> None:
    result = Result("x", Measurement(1.0, 0.0, "ms"), 1.3)
    assert result.ratio == float("inf") and not result.ok
    assert result.line().endswith("| ratio inf | target <= 1.3 | MISS")
    assert result.to_json()["ratio"] is None  # JSON has no infinity


def test_run_prints_one_line_each_and_writes_json(tmp_path: Path) -> None:
    out, stream = tmp_path / "results.json", io.StringIO()
    code = run([_fixed(110, 100), _fixed(200, 100)], quick=True, out=out, stream=stream)
    assert code == 0  # a MISS is a measurement, not a failure
    lines = stream.getvalue().splitlines()
    assert lines == [
        "bench fake_110: 110 ms | floor 100 ms | ratio 1.10 | target <= 1.3 | ok",
        "bench fake_200: 200 ms | floor 100 ms | ratio 2.00 | target <= 1.3 | MISS",
    ]
    document = json.loads(out.read_text())
    assert set(document["machine"]) >= {"cpu_count", "python", "date", "quick"}
    assert document["machine"]["quick"] is True
    first, second = document["results"]
    assert first == {
        "name": "fake_110",
        "value": 110,
        "unit": "ms",
        "floor": 100,
        "floor_unit": "ms",
        "ratio": 1.1,
        "target": 1.3,
        "ok": True,
        "details": {"quick": True},
    }
    assert second["ok"] is False and second["ratio"] == 2.0


def test_a_broken_benchmark_is_reported_and_the_others_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, stream = tmp_path / "results.json", io.StringIO()
    benchmarks = [Benchmark("broken", _broken, 1.3), _fixed(100, 100)]
    assert run(benchmarks, quick=False, out=out, stream=stream) == 1
    assert stream.getvalue().splitlines()[0] == "bench broken: ERROR RuntimeError: no data"
    assert "RuntimeError" in capsys.readouterr().err  # the traceback, for whoever fixes it
    results = json.loads(out.read_text())["results"]
    assert results[0] == {"name": "broken", "error": "RuntimeError: no data"}
    assert results[1]["ok"] is True


def test_main_passes_quick_and_runs_only_the_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.json"
    code = main(
        ["--quick", "--only", "fake_120", "--out", str(out)], [_fixed(110, 100), _fixed(120, 100)]
    )
    assert code == 0
    assert capsys.readouterr().out.startswith("bench fake_120: 120 ms")
    (result,) = json.loads(out.read_text())["results"]
    assert result["details"] == {"quick": True}


def test_main_refuses_an_unknown_benchmark_name(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--only", "nope", "--out", str(tmp_path / "r.json")], [_fixed(1, 1)])
    assert exit_info.value.code == 2
    assert not (tmp_path / "r.json").exists()
