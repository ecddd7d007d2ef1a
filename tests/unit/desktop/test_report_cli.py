"""The report commands: dossiers, report, certificate and verify, with exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import commands, main
from desktop.commands import EXIT_FAILED, EXIT_OK, PASSPHRASE_ENV
from desktop.commands.reports import P12_PASSWORD_ENV
from desktop.demo import DEMO_USERS
from desktop.reports.kinds import REPORT_KINDS, parse_child
from tests.signing_support import make_pkcs12

PW = {u.name: u.passphrase for u in DEMO_USERS}


def _run(monkeypatch: pytest.MonkeyPatch, user: str, argv: list[str]) -> int:
    monkeypatch.setenv(PASSPHRASE_ENV, PW[user])
    return main(argv)


def test_the_report_commands_are_registered() -> None:
    assert {c.name for c in commands()} >= {"report", "dossiers", "certificate", "verify"}
    assert set(REPORT_KINDS) >= {"forensisch", "melding", "intake", "screening", "melding-opvang"}


def test_dossiers_lists_references_by_pseudonym(
    monkeypatch: pytest.MonkeyPatch, demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(monkeypatch, "arts", ["dossiers", "--vault", str(demo_dir), "--user", "arts"])
        == EXIT_OK
    )
    out = capsys.readouterr().out
    assert "DEMO-KIND-A/1" in out and "DEMO-VOLW-B " in out and "Noor de Demo" in out
    assert "OV-" not in out, "a forensic physician sees no opvang references"
    assert (
        _run(monkeypatch, "opvang", ["dossiers", "--vault", str(demo_dir), "--user", "opvang"])
        == EXIT_OK
    )
    out = capsys.readouterr().out
    assert "DEMO-KIND-A" not in out and "Fatima de Demo en 3 kinderen" in out
    assert "intakeverslag" in out and "screeningsoverzicht" in out and "— melding" in out
    assert (
        _run(monkeypatch, "privacy", ["dossiers", "--vault", str(demo_dir), "--user", "privacy"])
        == EXIT_OK
    )
    assert "Geen dossiers" in capsys.readouterr().out


def test_report_signs_a_forensic_report_that_verify_accepts(
    monkeypatch: pytest.MonkeyPatch,
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "rapport.pdf"
    argv = [
        "report",
        "--vault",
        str(demo_dir),
        "--user",
        "arts",
        "--dossier",
        "demo-kind-c",
        "--kind",
        "forensisch",
        "--out",
        str(out),
        "--pseudoniem",
    ]
    assert _run(monkeypatch, "arts", argv) == EXIT_OK
    assert "SHA-256:" in capsys.readouterr().out
    assert main(["verify", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    assert (
        "Uitkomst: IN ORDE" in printed
        and "Ongewijzigd sinds ondertekening (hele bestand): ja" in printed
    )
    assert "zelf uitgegeven door Veilig Dossier — niet gekwalificeerd" in printed
    assert "DICOM" in printed


def test_report_melding_needs_its_details_and_the_vertrouwensarts(
    monkeypatch: pytest.MonkeyPatch,
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = [
        "report",
        "--vault",
        str(demo_dir),
        "--dossier",
        "DEMO-KIND-A",
        "--kind",
        "melding",
        "--out",
        str(tmp_path / "m.pdf"),
    ]
    assert _run(monkeypatch, "vertrouwensarts", [*base, "--user", "vertrouwensarts"]) == EXIT_FAILED
    assert "--urgentie" in capsys.readouterr().err
    details = ["--urgentie", "acuut", "--betrokken-kind", "Sem de Demo;2021-05-03;broer", "--gedaan", "Huisarts gebeld.",
               "--contact-naam", "Dr. Joris Veen", "--contact-telefoon", "030-1234567"]  # fmt: skip
    assert _run(monkeypatch, "arts", [*base, "--user", "arts", *details]) == EXIT_FAILED
    assert "geen toegang" in capsys.readouterr().err
    assert (
        _run(
            monkeypatch,
            "vertrouwensarts",
            [*base, "--user", "vertrouwensarts", *details, "--pseudoniem"],
        )
        == EXIT_FAILED
    )
    assert "gepseudonimiseerd" in capsys.readouterr().err
    assert (
        _run(monkeypatch, "vertrouwensarts", [*base, "--user", "vertrouwensarts", *details])
        == EXIT_OK
    )
    assert main(["verify", str(tmp_path / "m.pdf")]) == EXIT_OK


def test_report_refuses_an_unknown_reference_and_a_missing_certificate(
    monkeypatch: pytest.MonkeyPatch,
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = [
        "report",
        "--vault",
        str(demo_dir),
        "--kind",
        "forensisch",
        "--out",
        str(tmp_path / "r.pdf"),
    ]
    assert (
        _run(monkeypatch, "arts", [*base, "--user", "arts", "--dossier", "GEEN-DOSSIER"])
        == EXIT_FAILED
    )
    assert "dossierkenmerk is onbekend" in capsys.readouterr().err
    assert (
        _run(
            monkeypatch,
            "arts",
            [*base, "--user", "arts", "--dossier", "DEMO-KIND-A", "--certificaat", "ffff"],
        )
        == EXIT_FAILED
    )
    assert "Geen geldig certificaat" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_certificate_import_issue_and_list(
    monkeypatch: pytest.MonkeyPatch,
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    p12 = tmp_path / "uzi.p12"
    p12.write_bytes(make_pkcs12("juist wachtwoord"))
    base = ["certificate", "--vault", str(demo_dir), "--user", "arts"]
    monkeypatch.setenv(P12_PASSWORD_ENV, "fout wachtwoord")
    assert _run(monkeypatch, "arts", [*base, "import", str(p12)]) == EXIT_FAILED
    assert "wachtwoord van het certificaatbestand klopt niet" in capsys.readouterr().err
    monkeypatch.setenv(P12_PASSWORD_ENV, "juist wachtwoord")
    assert _run(monkeypatch, "arts", [*base, "import", str(p12)]) == EXIT_OK
    assert _run(monkeypatch, "arts", [*base, "import"]) == EXIT_FAILED
    assert _run(monkeypatch, "arts", [*base, "issue"]) == EXIT_OK
    capsys.readouterr()
    assert _run(monkeypatch, "arts", [*base, "list"]) == EXIT_OK
    listed = capsys.readouterr().out
    assert "Test Zorgverlener CA" in listed and listed.count("zelf uitgegeven") == 2
    report = [
        "report",
        "--vault",
        str(demo_dir),
        "--user",
        "arts",
        "--dossier",
        "DEMO-KIND-A",
        "--kind",
        "forensisch",
        "--out",
        str(tmp_path / "r.pdf"),
    ]
    assert _run(monkeypatch, "arts", report) == EXIT_FAILED
    assert "Meer dan één certificaat" in capsys.readouterr().err


def test_verify_of_a_file_that_is_no_pdf_fails_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "x.pdf"
    junk.write_bytes(b"geen pdf")
    assert main(["verify", str(junk)]) == EXIT_FAILED
    assert "geen leesbaar PDF-bestand" in capsys.readouterr().err


def test_a_child_on_the_command_line() -> None:
    child = parse_child("Sem de Demo;2021-05-03;broer")
    assert (
        child.name == "Sem de Demo"
        and child.date_of_birth is not None
        and child.relation == "broer"
    )
    assert parse_child("Lot").date_of_birth is None
    with pytest.raises(Exception, match="geboortedatum"):
        parse_child("Lot;3 mei")
