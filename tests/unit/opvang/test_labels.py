"""Every vocabulary of the opvang domain has a Dutch label for every member."""

from __future__ import annotations

import enum
import importlib
import pkgutil

import opvang


def vocabularies() -> list[type[enum.Enum]]:
    found = []
    for module_info in pkgutil.iter_modules(opvang.__path__):
        module = importlib.import_module(f"opvang.{module_info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, enum.Enum)
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return found


def test_every_enum_member_has_a_distinct_dutch_label() -> None:
    enums = vocabularies()
    assert len(enums) >= 15  # the walk found the vocabularies, not nothing
    for vocabulary in enums:
        text_attr = "label" if hasattr(vocabulary, "label") else "text"
        labels = [getattr(member, text_attr) for member in vocabulary]
        assert all(isinstance(label, str) and label.strip() for label in labels), vocabulary
        assert len(set(labels)) == len(labels), vocabulary
