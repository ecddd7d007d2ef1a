from __future__ import annotations

import pytest

from secure_store.errors import WeakPassphrase
from secure_store.passphrase import (
    RECOVERY_ALPHABET,
    check_passphrase,
    new_recovery_key,
    normalise_recovery_key,
)


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("kort", "korter dan 12"),
        ("wachtwoord123", "komt te vaak voor"),
        ("Password1234", "komt te vaak voor"),
        ("aaaaaaaaaaaaaaaa", "komt te vaak voor"),
        ("ababababababab", "komt te vaak voor"),
        ("janssen heeft dienst", "gebruikersnaam"),
    ],
)
def test_weak_passphrases_are_refused_with_the_reason(passphrase: str, reason: str) -> None:
    with pytest.raises(WeakPassphrase, match=reason) as caught:
        check_passphrase(passphrase, "janssen")
    assert "minstens 12 tekens" in caught.value.message


def test_a_sentence_of_words_is_accepted() -> None:
    check_passphrase("paarse olifant danst traag", "janssen")
    check_passphrase("paarse olifant danst traag")


def test_recovery_key_has_eight_groups_from_the_unambiguous_alphabet() -> None:
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert set(key.replace("-", "")) <= set(RECOVERY_ALPHABET)
    assert new_recovery_key() != key


def test_recovery_key_is_accepted_as_typed_by_a_person() -> None:
    key = new_recovery_key()
    typed = " ".join(key.lower().split("-")).replace("0", "o").replace("1", "l")
    assert normalise_recovery_key(typed) == key
