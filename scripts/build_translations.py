"""Refresh ``resources/translations/*.ts`` from the sources and compile them to ``.qm``.

``pyside6-lupdate`` collects every ``tr()``/``translate()`` string under ``desktop/`` (Dutch is
the source language) into each ``.ts`` file, keeping existing translations; ``pyside6-lrelease``
compiles them. The ``.qm`` files are build output and are never edited by hand.

Usage: ``python scripts/build_translations.py [--check]`` — ``--check`` fails when a string has
no translation yet (unfinished or new), so a forgotten translation does not ship silently.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "veilig_dossier"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    """The PySide6 tool next to this Python, or on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} niet gevonden; installeer PySide6 in deze omgeving")
    return found


def unfinished(ts_file: Path) -> list[str]:
    """Source texts in ``ts_file`` without a finished translation."""
    root = ET.parse(ts_file).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on untranslated strings")
    args = parser.parse_args(argv)
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    status = 0
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"{CATALOGUE}_{language}.ts"
        qm_file = ts_file.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
             "-source-language", "nl", "-target-language", language,
             *sources, "-ts", str(ts_file)],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
            cwd=ROOT, check=True,
        )  # fmt: skip
        missing = unfinished(ts_file)
        print(f"{qm_file.relative_to(ROOT)}: {len(missing)} onvertaald")
        if args.check and missing:
            for text in missing:
                print(f"  onvertaald: {text!r}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
