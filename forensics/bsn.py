"""The Dutch citizen service number (BSN) and its 11-proef."""

from __future__ import annotations


def is_valid_bsn(bsn: str) -> bool:
    """True for a 9-digit number passing the 11-proef (weights 9..2 and -1 for the last digit)."""
    digits = bsn.strip()
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0
