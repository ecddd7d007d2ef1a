"""Fail unless every file in secure_store/ has 100 % line and branch coverage.

Coverage's own --fail-under checks the total; a file at 90 % can hide behind others at 100 %,
so this walks the files one by one (as qutebrowser's check_coverage.py does).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REQUIRED = ("secure_store/",)


def main() -> int:
    report = Path(".coverage.json")
    subprocess.run(
        [sys.executable, "-m", "coverage", "json", "-q", "-o", str(report)], check=True
    )
    data = json.loads(report.read_text())
    report.unlink()
    sources = {str(p) for p in Path("secure_store").rglob("*.py")}
    failures = []
    for name in sorted(sources):
        summary = data["files"].get(name, {}).get("summary")
        if summary is None:
            failures.append(f"{name}: never imported by the tests")
            continue
        missing = summary["missing_lines"] + summary.get("missing_branches", 0)
        if missing:
            failures.append(
                f"{name}: {summary['missing_lines']} lines and "
                f"{summary.get('missing_branches', 0)} branches not covered"
            )
    for line in failures:
        print(f"coverage: {line}", file=sys.stderr)
    if failures:
        return 1
    print(f"coverage: {len(sources)} files in {', '.join(REQUIRED)} at 100 % lines and branches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
