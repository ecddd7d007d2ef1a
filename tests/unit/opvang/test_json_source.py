"""Finding the line of a JSON value by path, and typed reads that name the path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from opvang.json_source import Node, SchemaProblem, line_of

TEXT = """{
  "a": 1,
  "b": {
    "c": [10, {"d": true},
      {
        "e": "x"
      }
    ]
  },
  "f": []
}"""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ((), 1),
        (("a",), 2),
        (("b", "c"), 4),
        (("b", "c", 1, "d"), 4),
        (("b", "c", 2), 5),
        (("b", "c", 2, "e"), 6),
        (("f",), 10),
        (("b", "zz"), 3),  # a missing key: the line of the object that lacks it
        (("b", "c", 7), 4),  # an index past the end: the line of the list
        (("a", "x"), 2),  # a path into a number stops at the number
        (("b", 0), 3),  # an index into an object stops at the object
    ],
)
def test_line_of_follows_the_path(path: tuple[str | int, ...], line: int) -> None:
    assert line_of(TEXT, path) == line


def test_member_is_reported_on_the_line_of_its_key_even_when_the_value_is_below() -> None:
    assert line_of('{\n  "a":\n    [1, 2]\n}', ("a",)) == 2


def test_keys_with_escapes_are_matched_as_json_strings() -> None:
    assert line_of('{\n "x\\"y": 1,\n "z": 2\n}', ("z",)) == 3


@pytest.mark.parametrize(
    ("read", "reason"),
    [
        (lambda n: n["a"].as_obj(), "'a' moet een object"),
        (lambda n: n["a"].as_list(), "'a' moet een lijst"),
        (lambda n: n["f"].as_list(non_empty=True), "'f' mag niet leeg"),
        (lambda n: n["a"].as_str(), "'a' moet een niet-lege tekst"),
        (lambda n: n["b"]["c"].as_list()[1]["d"].as_int(), "'b/c/1/d' moet een geheel getal"),
        (lambda n: n["a"].as_bool(), "'a' moet true of false"),
        (lambda n: n["missing"], "sleutel 'missing' ontbreekt in 'het document'"),
        (lambda n: n.as_obj("a"), "onbekende sleutel 'b'"),
    ],
)
def test_typed_reads_raise_with_the_path(read: Callable[[Node], object], reason: str) -> None:
    node = Node({"a": 1, "b": {"c": [10, {"d": True}]}, "f": []})
    with pytest.raises(SchemaProblem) as caught:
        read(node)
    assert reason in caught.value.reason


def test_get_treats_null_as_absent() -> None:
    node = Node({"a": None, "b": 2})
    assert node.get("a") is None and node.get("zz") is None
    b = node.get("b")
    assert b is not None and b.as_int() == 2 and b.path == ("b",)
