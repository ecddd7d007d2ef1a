"""``report --kind intake|screening|melding`` for opvang references, end to end with exit codes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE, PASSPHRASE_ENV
from desktop.demo import DEMO_USERS
from desktop.reports.kinds import commands, kind_for
from desktop.vaults import open_vault
from opvang.households import HouseholdService

PW = {u.name: u.passphrase for u in DEMO_USERS}
PHONE = ["--contact-telefoon", "010-555 00 00"]


def _run(monkeypatch: pytest.MonkeyPatch, user: str, argv: list[str]) -> int:
    monkeypatch.setenv(PASSPHRASE_ENV, PW[user])
    return main(argv)


def _crisis_family(demo_dir: Path) -> str:
    """The reference of the demo household in crisis care (three children, a concern)."""
    session = open_vault(demo_dir).unlock("opvang", PW["opvang"])
    try:
        households = HouseholdService(session).list()
        return next(h.reference for h in households if h.adults[0].first_name == "Fatima")
    finally:
        session.lock()


def _report(demo_dir: Path, user: str, reference: str, kind: str, out: Path) -> list[str]:
    return [
        "report", "--vault", str(demo_dir), "--user", user, "--dossier", reference,
        "--kind", kind, "--out", str(out),
    ]  # fmt: skip


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_melding_means_the_forensic_or_the_opvang_one_by_the_reference() -> None:
    assert commands() == ["forensisch", "intake", "melding", "screening"]
    assert kind_for("melding", "OV-ACDE-M1").code == "melding-opvang"
    assert kind_for("melding", " ov-acde-m1 ").code == "melding-opvang"
    assert kind_for("melding", "DEMO-KIND-A").code == "melding"
    assert kind_for("melding", "FD-A1B2C3").code == "melding"
    assert kind_for("intake", "DEMO-KIND-A").code == "intake", "one kind: its source decides"
    with pytest.raises(KeyError):
        kind_for("melding-opvang", "OV-ACDE-M1")


def test_each_opvang_report_is_signed_and_verified_from_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    family = _crisis_family(demo_dir)
    for kind, reference, extra in (
        ("intake", family.lower(), []),
        ("screening", f"{family}-K3", []),
        ("melding", f"{family}-M1", ["--urgentie", "acuut", *PHONE, "--aan", "VT Demo"]),
    ):
        out = tmp_path / f"{kind}.pdf"
        assert (
            _run(
                monkeypatch, "opvang", [*_report(demo_dir, "opvang", reference, kind, out), *extra]
            )
            == EXIT_OK
        )
        printed = capsys.readouterr().out
        assert "ondertekend en geschreven" in printed and "SHA-256:" in printed
        assert main(["verify", str(out)]) == EXIT_OK
        assert "Uitkomst: IN ORDE" in capsys.readouterr().out
    text = _text(tmp_path / "melding.pdf")
    assert "VT Demo" in text and "010-555 00 00" in text and "acute onveiligheid" in text
    assert "Lindelaan" not in text and "De Linde" not in text
    assert "Daan de Demo" in _text(tmp_path / "screening.pdf")


def test_the_shelter_address_comes_in_only_with_met_opvangadres(
    monkeypatch: pytest.MonkeyPatch, demo_dir: Path, tmp_path: Path
) -> None:
    family = _crisis_family(demo_dir)
    base = _report(demo_dir, "opvang", family, "intake", tmp_path / "i.pdf")
    assert _run(monkeypatch, "opvang", base) == EXIT_OK
    assert "Lindelaan 12" not in _text(tmp_path / "i.pdf")
    assert _run(monkeypatch, "opvang", [*base, "--met-opvangadres"]) == EXIT_OK
    text = _text(tmp_path / "i.pdf")
    assert "Lindelaan 12" in text and "Geheim verblijfadres" in text
    melding = _report(demo_dir, "opvang", f"{family}-M1", "melding", tmp_path / "m.pdf")
    flags = ["--urgentie", "structureel", *PHONE, "--met-opvangadres"]
    assert _run(monkeypatch, "opvang", [*melding, *flags]) == EXIT_OK
    text = _text(tmp_path / "m.pdf")
    assert "Lindelaan 12" in text and "De Linde" not in text


def test_a_melding_from_the_opvang_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch,
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "m.pdf"
    base = _report(demo_dir, "opvang", f"{_crisis_family(demo_dir)}-M1", "melding", out)
    assert _run(monkeypatch, "opvang", base) == EXIT_FAILED
    assert "telefoonnummer" in capsys.readouterr().err
    assert _run(monkeypatch, "opvang", [*base, *PHONE]) == EXIT_FAILED
    assert "nog niet gewogen (stap 4" in capsys.readouterr().err
    assert _run(monkeypatch, "opvang", [*base, *PHONE, "--betrokken-kind", "Sem"]) == EXIT_FAILED
    assert "laat --betrokken-kind weg" in capsys.readouterr().err
    assert _run(monkeypatch, "opvang", [*base, *PHONE, "--pseudoniem"]) == EXIT_FAILED
    assert "gepseudonimiseerd" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        _run(monkeypatch, "opvang", [*base, "--urgentie", "heel erg"])
    assert usage.value.code == EXIT_USAGE
    assert not out.exists()


def test_a_reference_of_another_kind_and_a_flag_that_does_not_fit_are_refused(
    monkeypatch: pytest.MonkeyPatch,
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    family = _crisis_family(demo_dir)
    out = tmp_path / "r.pdf"
    assert (
        _run(monkeypatch, "opvang", _report(demo_dir, "opvang", f"{family}-K1", "intake", out))
        == EXIT_FAILED
    )
    assert "ander soort rapport. Gebruik: --kind screening" in capsys.readouterr().err
    assert (
        _run(monkeypatch, "opvang", _report(demo_dir, "opvang", family, "melding", out))
        == EXIT_FAILED
    )
    assert "Gebruik: --kind intake" in capsys.readouterr().err
    screening = _report(demo_dir, "opvang", f"{family}-K1", "screening", out)
    assert _run(monkeypatch, "opvang", [*screening, "--met-opvangadres"]) == EXIT_FAILED
    assert "nooit een adres" in capsys.readouterr().err
    assert (
        _run(monkeypatch, "opvang", _report(demo_dir, "opvang", "OV-ACDE", "intake", out))
        == EXIT_FAILED
    )
    assert "dossierkenmerk is onbekend" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("kind", "suffix"), [("intake", ""), ("screening", "-K1"), ("melding", "-M1")]
)
def test_a_forensic_physician_asking_for_an_opvang_report_is_refused_and_it_is_logged(
    monkeypatch: pytest.MonkeyPatch,
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    suffix: str,
) -> None:
    reference = f"{_crisis_family(demo_dir)}{suffix}"
    argv = _report(demo_dir, "arts", reference, kind, tmp_path / "r.pdf")
    assert _run(monkeypatch, "arts", [*argv, *(PHONE if kind == "melding" else [])]) == EXIT_FAILED
    assert "geen toegang" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
    session = open_vault(demo_dir).unlock("arts", PW["arts"])
    try:
        row = session.conn.execute(
            "SELECT action, detail FROM audit WHERE action = 'access.refused' ORDER BY seq DESC"
        ).fetchone()
    finally:
        session.lock()
    assert row is not None and "(opvang)" in row[1]
