"""Read a JSON document so every schema problem can name the file and the line it is on.

``json`` reports positions only for syntax errors. For schema errors (a missing key, a wrong
type) :class:`Node` remembers the path to each value, and :func:`line_of` walks the raw text
along that path to find the line where the offending key or value starts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

JsonPath = tuple[str | int, ...]

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"


class SchemaProblem(Exception):
    """A value that does not fit the schema, at ``path`` (keys and list indexes from the root)."""

    def __init__(self, path: JsonPath, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(reason)


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WHITESPACE:
        pos += 1
    return pos


def _child_position(text: str, pos: int, step: str | int) -> tuple[int, int] | None:
    """Where ``step`` starts inside the container at ``pos``: (line anchor, value start)."""
    opening, closing = ("{", "}") if isinstance(step, str) else ("[", "]")
    if text[pos] != opening:
        return None
    pos, index = _skip_ws(text, pos + 1), 0
    while pos < len(text) and text[pos] != closing:
        anchor = pos
        if isinstance(step, str):
            key, pos = _DECODER.raw_decode(text, pos)  # a key is a JSON string value
            pos = _skip_ws(text, _skip_ws(text, pos) + 1)  # past the colon
            if key == step:
                return anchor, pos
        elif index == step:
            return anchor, pos
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _skip_ws(text, pos)
        if text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
        index += 1
    return None


def line_of(text: str, path: JsonPath) -> int:
    """The 1-based line of the value at ``path`` in valid JSON ``text`` (its key's line for an
    object member); the deepest part of the path that exists when the rest is missing."""
    pos = anchor = _skip_ws(text, 0)
    for step in path:
        found = _child_position(text, pos, step)
        if found is None:
            break
        anchor, pos = found
    return text.count("\n", 0, anchor) + 1


class Node:
    """A JSON value with its path, offering typed reads that raise :class:`SchemaProblem`."""

    def __init__(self, value: object, path: JsonPath = ()) -> None:
        self.value = value
        self.path = path

    def fail(self, reason: str) -> SchemaProblem:
        """A problem located at this node."""
        return SchemaProblem(self.path, reason)

    def _where(self) -> str:
        return "/".join(str(p) for p in self.path) or "het document"

    def as_obj(self, *allowed: str) -> dict[str, object]:
        """This value as an object, refusing keys outside ``allowed`` (when given)."""
        if not isinstance(self.value, dict):
            raise self.fail(f"'{self._where()}' moet een object {{...}} zijn")
        for key in self.value:
            if allowed and key not in allowed:
                raise SchemaProblem((*self.path, key), f"onbekende sleutel '{key}'")
        return self.value

    def __getitem__(self, key: str) -> Node:
        members = self.as_obj()
        if key not in members:
            raise self.fail(f"sleutel '{key}' ontbreekt in '{self._where()}'")
        return Node(members[key], (*self.path, key))

    def get(self, key: str) -> Node | None:
        """The member ``key``, or None when it is absent or null."""
        members = self.as_obj()
        if members.get(key) is None:
            return None
        return Node(members[key], (*self.path, key))

    def items(self) -> Iterator[tuple[str, Node]]:
        """The members of this object as (key, node)."""
        for key, value in self.as_obj().items():
            yield key, Node(value, (*self.path, key))

    def as_list(self, *, non_empty: bool = False) -> list[Node]:
        """This value as a list of nodes."""
        if not isinstance(self.value, list):
            raise self.fail(f"'{self._where()}' moet een lijst [...] zijn")
        if non_empty and not self.value:
            raise self.fail(f"'{self._where()}' mag niet leeg zijn")
        return [Node(v, (*self.path, i)) for i, v in enumerate(self.value)]

    def as_str(self) -> str:
        """This value as a non-empty string."""
        if not isinstance(self.value, str) or not self.value.strip():
            raise self.fail(f"'{self._where()}' moet een niet-lege tekst zijn")
        return self.value

    def as_int(self) -> int:
        """This value as an integer (not a boolean, not a float)."""
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self.fail(f"'{self._where()}' moet een geheel getal zijn")
        return self.value

    def as_bool(self) -> bool:
        """This value as true/false."""
        if not isinstance(self.value, bool):
            raise self.fail(f"'{self._where()}' moet true of false zijn")
        return self.value
