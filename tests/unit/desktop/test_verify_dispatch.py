"""``veilig-dossier verify`` tells a report from a package by extension, else by its first bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands import EXIT_FAILED
from desktop.commands import verify as verify_module
from secure_store.package_format import MAGIC


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path, list[Path]]]:
    seen: list[tuple[str, Path, list[Path]]] = []

    def pdf(path: Path, evidence: list[Path]) -> int:
        seen.append(("pdf", path, evidence))
        return 0

    def package(path: Path) -> int:
        seen.append(("vdpkg", path, []))
        return 0

    monkeypatch.setattr(verify_module, "verify_pdf_command", pdf)
    monkeypatch.setattr(verify_module, "verify_package_command", package)
    return seen


def test_the_extension_decides_between_report_and_package(
    tmp_path: Path, calls: list[tuple[str, Path, list[Path]]]
) -> None:
    report, package, photo = tmp_path / "r.PDF", tmp_path / "p.vdpkg", tmp_path / "f.jpg"
    for path in (report, package, photo):
        path.write_bytes(b"whatever")
    assert main(["verify", str(report), str(photo)]) == 0
    assert main(["verify", str(package)]) == 0
    assert calls == [("pdf", report, [photo]), ("vdpkg", package, [])]


def test_without_a_known_extension_the_first_bytes_decide(
    tmp_path: Path, calls: list[tuple[str, Path, list[Path]]]
) -> None:
    report, package = tmp_path / "rapport", tmp_path / "pakket.bin"
    report.write_bytes(b"%PDF-1.7\n...")
    package.write_bytes(MAGIC + b"\x00\x01")
    assert main(["verify", str(report)]) == 0
    assert main(["verify", str(package)]) == 0
    assert [kind for kind, _, _ in calls] == ["pdf", "vdpkg"]


def test_a_foreign_file_is_named_and_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], calls: list[tuple[str, Path, list[Path]]]
) -> None:
    other = tmp_path / "notities.txt"
    other.write_text("geen rapport")
    assert main(["verify", str(other)]) == EXIT_FAILED
    assert "notities.txt is geen ondertekend rapport" in capsys.readouterr().err
    assert calls == []


def test_files_to_compare_belong_with_a_report_not_a_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], calls: list[tuple[str, Path, list[Path]]]
) -> None:
    package, photo = tmp_path / "p.vdpkg", tmp_path / "f.jpg"
    package.write_bytes(MAGIC)
    photo.write_bytes(b"x")
    assert main(["verify", str(package), str(photo)]) == EXIT_FAILED
    assert "alleen met een rapport" in capsys.readouterr().err
    assert calls == []
