"""``python -m bench [--quick]``: run every registered benchmark."""

from __future__ import annotations

import sys

from bench.registry import BENCHMARKS
from bench.runner import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BENCHMARKS))
