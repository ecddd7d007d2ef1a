"""Photo import throughput and peak memory, against the one-core floor of DESIGN.md.

The floor, on one core and the same files: read, SHA-256, AES-256-GCM in 1 MiB chunks, and a
JPEG draft-mode thumbnail. The figure: the whole pipeline (validate, decode, preview and
thumbnail, encrypt original and derivatives, rows and audit, fsync) on all cores, in a child
process so its peak memory is its own. Target: no slower than the floor (ratio <= 1.0), and
peak memory under 400 MB — photos stream through, they are never all in memory.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image, ImageDraw

from bench.runner import Benchmark, Context, Measurement

WIDTH, HEIGHT = 4000, 3000  # 12 megapixels, a typical camera
MEMORY_BUDGET_MB = 400.0
_RESULTS: dict[bool, tuple[float, float, float, dict[str, object]]] = {}


def make_camera_jpegs(folder: Path, count: int) -> list[Path]:
    """``count`` different 12 MP camera JPEGs of about 4 MB, with EXIF, from one synthetic scene."""
    from forensics.synthetic import make_injury_photo

    base: Image.Image = Image.open(
        io.BytesIO(make_injury_photo(WIDTH, HEIGHT, seed=7, quality=92).jpeg)
    )
    exif = base.getexif()
    # Sensor noise, as in a real camera file; without it the smooth synthetic skin compresses to
    # a tenth of a real photo's size and the benchmark would measure the wrong thing.
    base = Image.blend(base.convert("RGB"), Image.effect_noise(base.size, 50).convert("RGB"), 0.12)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        scene = base.copy()
        ImageDraw.Draw(scene).rectangle(
            (40 + i * 7, 40, 240 + i * 7, 140), fill=(90 + i % 100, 60, 110)
        )
        path = folder / f"IMG_{i:04d}.JPG"
        scene.save(path, "JPEG", quality=93, exif=exif)
        paths.append(path)
    return paths


def floor_seconds(paths: list[Path]) -> float:
    """Read + SHA-256 + AES-GCM + draft-mode thumbnail of every file, on one core."""
    aead = AESGCM(os.urandom(32))
    start = time.perf_counter()
    for path in paths:
        digest = hashlib.sha256()
        with path.open("rb") as source:
            while block := source.read(1024 * 1024):
                digest.update(block)
                aead.encrypt(os.urandom(12), block, None)
        with Image.open(path) as image:
            image.draft("RGB", (256, 256))
            image.load()
            image.thumbnail((256, 256))
    return time.perf_counter() - start


def _child(folder: str, vault_dir: str) -> None:
    """Run in a child process: import every photo of ``folder`` into a fresh vault."""
    from datetime import UTC, date, datetime

    from forensics.dossiers import DossierService
    from forensics.photos import PhotoService
    from forensics.records import Sex
    from forensics.schema import FORENSICS_SCHEMA
    from secure_store.kdf import KdfParams
    from secure_store.roles import Role
    from secure_store.vault import Vault

    vault, _ = Vault.create(
        Path(vault_dir), "beheer", "paarse olifant danst traag",
        kdf=KdfParams(os.urandom(16), 1, 64 * 1024), schemas=[FORENSICS_SCHEMA],
    )  # fmt: skip
    admin = vault.unlock("beheer", "paarse olifant danst traag")
    admin.users.add(
        "arts",
        "Arts",
        frozenset({Role.FORENSISCH_ARTS}),
        "groene tafel zingt zacht",
        must_change=False,
    )
    session = vault.unlock("arts", "groene tafel zingt zacht")
    dossiers = DossierService(session)
    subject = dossiers.create_subject("Benchmark Persoon", date(1990, 1, 1), Sex.FEMALE)
    exam = dossiers.create_examination(subject.id, datetime(2026, 1, 1, tzinfo=UTC))
    paths = sorted(Path(folder).iterdir())
    start = time.perf_counter()
    report = PhotoService(dossiers).import_files(exam.id, paths)
    elapsed = time.perf_counter() - start
    vault.lock()
    print(json.dumps({
        "seconds": elapsed, "imported": len(report.imported), "failures": len(report.failures),
        "peak_mb": _peak_rss_mb(),
    }))  # fmt: skip


def _peak_rss_mb() -> float:
    """This process's peak resident memory since exec (Linux VmHWM; ru_maxrss elsewhere).

    Read inside the child: the parent's RUSAGE_CHILDREN figure would also count the pages the
    child shared with the parent between fork and exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(ctx: Context) -> tuple[float, float, float, dict[str, object]]:
    if ctx.quick in _RESULTS:
        return _RESULTS[ctx.quick]
    count = 10 if ctx.quick else 100
    paths = make_camera_jpegs(ctx.scratch / "camera", count)
    floor = min(floor_seconds(paths) for _ in range(2))
    done = subprocess.run(
        [sys.executable, "-m", "bench.photo_import", str(ctx.scratch / "camera"), str(ctx.scratch / "vault")],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["imported"] != count:
        raise AssertionError(f"imported {result['imported']} of {count} photos")
    details: dict[str, object] = {
        "photos": count,
        "megapixels": WIDTH * HEIGHT / 1e6,
        "mean_file_mb": round(sum(p.stat().st_size for p in paths) / count / 1e6, 2),
        "cores": os.cpu_count(),
    }
    _RESULTS[ctx.quick] = (float(result["seconds"]), floor, float(result["peak_mb"]), details)
    return _RESULTS[ctx.quick]


def measure_time(ctx: Context) -> Measurement:
    seconds, floor, _, details = _run(ctx)
    return Measurement(value=seconds, floor=floor, unit="s", details=details)


def measure_memory(ctx: Context) -> Measurement:
    """Peak resident memory of the importing process; the 'floor' is the 400 MB budget."""
    _, _, peak_mb, details = _run(ctx)
    return Measurement(
        value=peak_mb, floor=MEMORY_BUDGET_MB, unit="MB", details={**details, "floor_is": "budget"}
    )


BENCHMARK = Benchmark("photo_import", measure_time, target=1.0)
MEMORY_BENCHMARK = Benchmark("photo_import_peak_memory", measure_memory, target=1.0)

if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
