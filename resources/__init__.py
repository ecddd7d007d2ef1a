"""Data files of Veilig Dossier: body maps, instruments, translations, fonts, report style.

Everything is read through :func:`read_bytes` / :func:`read_text` / :func:`path`, which resolve
a relative, slash-separated name inside this package and refuse anything that could escape it.
"""

from __future__ import annotations

from importlib import resources as _resources
from importlib.abc import Traversable
from pathlib import Path


class ResourceNameError(ValueError):
    """A resource name that is absolute or walks out of the package."""


def _traversable(name: str) -> Traversable:
    parts = name.split("/")
    if not name or name.startswith("/") or "\\" in name or any(p in ("", ".", "..") for p in parts):
        raise ResourceNameError(f"invalid resource name: {name!r}")
    node = _resources.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_bytes(name: str) -> bytes:
    """The bytes of the resource ``name`` (e.g. ``"bodymaps/adult_anterior.svg"``)."""
    return _traversable(name).read_bytes()


def read_text(name: str) -> str:
    """The UTF-8 text of the resource ``name``."""
    return _traversable(name).read_text(encoding="utf-8")


def path(name: str) -> Path:
    """A filesystem path to ``name``; resources are installed as plain files (editable or wheel)."""
    return Path(str(_traversable(name)))


def listdir(name: str) -> list[str]:
    """Names of the entries in the resource folder ``name``, sorted."""
    return sorted(entry.name for entry in _traversable(name).iterdir())
