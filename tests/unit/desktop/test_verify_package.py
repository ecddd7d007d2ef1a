"""``veilig-dossier verify FILE.vdpkg``: the report, and exit 0 only for a valid package."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands import EXIT_FAILED, EXIT_OK
from desktop.commands.verify_package import verify_package_command
from tests.unit.secure_store.package_helpers import Pair, make_pair, seal


@pytest.fixture
def sealed(template_vault: Path, tmp_path: Path) -> tuple[Pair, Path]:
    pair = make_pair(template_vault, tmp_path)
    seal(pair, tmp_path / "verzoek.vdpkg")
    return pair, tmp_path / "verzoek.vdpkg"


def test_a_valid_package_is_reported_in_full(
    sealed: tuple[Pair, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    pair, path = sealed
    assert main(["verify", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert pair.sender_card.fingerprint in out and pair.sender_card.name in out
    assert pair.recipient_card.key_id in out and pair.recipient_card.name in out
    assert "doc.json  application/json  41 B  SHA-256" in out
    assert "data/payload.bin  application/octet-stream  1.2 KB" in out
    assert out.strip().splitlines()[-1].startswith("GELDIG")


def test_a_changed_byte_fails_with_the_reason(
    sealed: tuple[Pair, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, path = sealed
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 1
    path.write_bytes(bytes(raw))
    assert verify_package_command(path) == EXIT_FAILED
    assert "ONGELDIG: Dit pakket is na het verzegelen gewijzigd" in capsys.readouterr().out


def test_a_foreign_or_missing_file_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.vdpkg").write_bytes(b"%PDF-1.7")
    assert main(["verify", str(tmp_path / "x.vdpkg")]) == EXIT_FAILED
    assert "geen verzegeld pakket" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "missing.vdpkg")]) == EXIT_FAILED


def test_sizes_read_as_bytes_kilobytes_and_megabytes() -> None:
    from desktop.commands.verify_package import _size

    assert (_size(10), _size(2048), _size(3 * 1024 * 1024)) == ("10 B", "2.0 KB", "3.0 MB")
