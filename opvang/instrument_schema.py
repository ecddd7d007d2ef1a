"""Build an :class:`~opvang.instruments.Instrument` from parsed JSON, checking every field.

Each check raises :class:`~opvang.json_source.SchemaProblem` with the path of the offending value,
so the loader can report the line. Unknown keys are refused: a typo such as ``"cutof"`` must not
silently drop a cut-off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from opvang.instruments import (
    Cutoff,
    Gate,
    Instrument,
    Item,
    Licence,
    LocalText,
    Respondent,
    Scale,
    ScaleOption,
    Scoring,
    Section,
    Subscale,
    TranslationStatus,
)
from opvang.json_source import Node

_ScaleOf = Callable[[str], Scale]

SCHEMA_VERSION = 1
_ID = re.compile(r"[a-z0-9][a-z0-9_.-]*\Z")
_TOP_KEYS = (
    "schema", "id", "name", "version", "languages", "translation_status", "respondent", "age",
    "licence", "scales", "sections", "items", "scoring", "cutoffs", "below_cutoffs", "notes",
)  # fmt: skip


def _identifier(node: Node) -> str:
    value = node.as_str()
    if not _ID.match(value):
        raise node.fail(f"'{value}' is geen geldige id (kleine letters, cijfers, . _ -)")
    return value


def _unique_ids(nodes: list[Node], ids: list[str]) -> None:
    seen: set[str] = set()
    for node, value in zip(nodes, ids, strict=True):
        if value in seen:
            raise node.fail(f"'{value}' komt twee keer voor")
        seen.add(value)


def _local(node: Node, languages: tuple[str, ...]) -> LocalText:
    node.as_obj(*languages)
    return {lang: node[lang].as_str() for lang in languages}


_E = TypeVar("_E", Respondent, TranslationStatus)


def _enum_value(node: Node, kind: type[_E]) -> _E:
    raw = node.as_str()
    try:
        return kind(raw)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise node.fail(f"'{raw}' is niet toegestaan; kies uit: {allowed}") from None


def _languages(root: Node) -> tuple[str, ...]:
    nodes = root["languages"].as_list(non_empty=True)
    languages = [n.as_str() for n in nodes]
    _unique_ids(nodes, languages)
    if "nl" not in languages:
        raise root["languages"].fail("de Nederlandse tekst ('nl') ontbreekt")
    return tuple(languages)


def _scales(node: Node, languages: tuple[str, ...]) -> tuple[Scale, ...]:
    scales = []
    for scale_id, options_node in node.items():
        options = []
        for option in options_node.as_list(non_empty=True):
            option.as_obj("value", "label")
            options.append(
                ScaleOption(option["value"].as_int(), _local(option["label"], languages))
            )
        nodes = options_node.as_list()
        _unique_ids(nodes, [str(o.value) for o in options])
        scales.append(Scale(_identifier(Node(scale_id, options_node.path)), tuple(options)))
    if not scales:
        raise node.fail("er is geen antwoordschaal")
    return tuple(scales)


def _sections(node: Node, languages: tuple[str, ...]) -> tuple[Section, ...]:
    nodes = node.as_list(non_empty=True)
    sections = []
    for section in nodes:
        section.as_obj("id", "instruction")
        sections.append(
            Section(_identifier(section["id"]), _local(section["instruction"], languages))
        )
    _unique_ids(nodes, [s.id for s in sections])
    return tuple(sections)


def _items(
    node: Node, languages: tuple[str, ...], sections: set[str], scales: set[str]
) -> tuple[Item, ...]:
    nodes = node.as_list(non_empty=True)
    items = []
    for item in nodes:
        item.as_obj("id", "section", "scale", "text")
        section, scale = _identifier(item["section"]), _identifier(item["scale"])
        if section not in sections:
            raise item["section"].fail(f"onderdeel '{section}' bestaat niet")
        if scale not in scales:
            raise item["scale"].fail(f"antwoordschaal '{scale}' bestaat niet")
        items.append(Item(_identifier(item["id"]), section, scale, _local(item["text"], languages)))
    _unique_ids(nodes, [i.id for i in items])
    return tuple(items)


def _item_refs(node: Node, known: set[str]) -> tuple[str, ...]:
    nodes = node.as_list(non_empty=True)
    refs = [n.as_str() for n in nodes]
    for ref_node, ref in zip(nodes, refs, strict=True):
        if ref not in known:
            raise ref_node.fail(f"vraag '{ref}' bestaat niet")
    _unique_ids(nodes, refs)
    return tuple(refs)


def _scoring(
    node: Node, languages: tuple[str, ...], items: tuple[Item, ...], scale_of: _ScaleOf
) -> Scoring:
    node.as_obj("total_items", "subscales", "gate", "prorating")
    known = {i.id for i in items}
    total = _item_refs(node["total_items"], known)
    subscales = []
    subscale_nodes = node.get("subscales")
    for sub in subscale_nodes.as_list() if subscale_nodes else []:
        sub.as_obj("id", "name", "items")
        name = _local(sub["name"], languages)
        subscales.append(Subscale(_identifier(sub["id"]), name, _item_refs(sub["items"], known)))
    if subscale_nodes:
        _unique_ids(subscale_nodes.as_list(), [s.id for s in subscales])
    gate = None
    if (gate_node := node.get("gate")) is not None:
        gate_node.as_obj("items", "closed_value")
        gate = Gate(_item_refs(gate_node["items"], known), gate_node["closed_value"].as_int())
        if set(gate.items) & set(total):
            raise gate_node["items"].fail("een poortvraag kan niet meetellen voor het totaal")
        if any(gate.closed_value not in scale_of(i).values for i in gate.items):
            raise gate_node["closed_value"].fail("deze waarde staat niet op de antwoordschaal")
    max_missing = 0
    if (prorating := node.get("prorating")) is not None:
        prorating.as_obj("max_missing")
        max_missing = prorating["max_missing"].as_int()
        if not 0 < max_missing < len(total):
            raise prorating["max_missing"].fail(
                "max_missing moet tussen 0 en het aantal vragen liggen"
            )
    return Scoring(total, tuple(subscales), gate, max_missing)


def _cutoffs(node: Node, languages: tuple[str, ...], max_total: int) -> tuple[Cutoff, ...]:
    cutoffs: list[Cutoff] = []
    for cut in node.as_list():
        cut.as_obj("id", "min_score", "positive", "interpretation")
        score = cut["min_score"].as_int()
        if not 0 < score <= max_total:
            raise cut["min_score"].fail(f"min_score moet tussen 1 en {max_total} liggen")
        if cutoffs and score <= cutoffs[-1].min_score:
            raise cut["min_score"].fail("de afkappunten moeten oplopen")
        text = _local(cut["interpretation"], languages)
        cutoffs.append(Cutoff(_identifier(cut["id"]), score, cut["positive"].as_bool(), text))
    _unique_ids(node.as_list(), [c.id for c in cutoffs])
    return tuple(cutoffs)


def _age(node: Node) -> tuple[int, int | None]:
    node.as_obj("min_years", "max_years")
    low = node["min_years"].as_int()
    high_node = node.get("max_years")
    high = high_node.as_int() if high_node else None
    if low < 0 or (high is not None and high < low):
        raise node.fail("de leeftijdsgrenzen kloppen niet (min_years ≥ 0, max_years ≥ min_years)")
    return low, high


def _licence(node: Node) -> Licence:
    node.as_obj("text", "source", "citation", "redistribution_allowed")
    return Licence(
        node["text"].as_str(),
        node["source"].as_str(),
        node["citation"].as_str(),
        node["redistribution_allowed"].as_bool(),
    )


def parse_instrument(data: object) -> Instrument:
    """Build a validated instrument from the parsed JSON ``data``.

    Raises:
        SchemaProblem: A value that does not fit, with its path in the document.
    """
    root = Node(data)
    root.as_obj(*_TOP_KEYS)
    if root["schema"].as_int() != SCHEMA_VERSION:
        raise root["schema"].fail(
            f"onbekende schemaversie; deze versie leest schema {SCHEMA_VERSION}"
        )
    languages = _languages(root)
    status_node = root["translation_status"]
    status_node.as_obj(*languages)
    status = {lang: _enum_value(status_node[lang], TranslationStatus) for lang in languages}
    scales = _scales(root["scales"], languages)
    by_id = {s.id: s for s in scales}
    sections = _sections(root["sections"], languages)
    items = _items(root["items"], languages, {s.id for s in sections}, set(by_id))
    item_scale = {i.id: by_id[i.scale] for i in items}
    scoring = _scoring(root["scoring"], languages, items, item_scale.__getitem__)
    max_total = sum(max(item_scale[i].values) for i in scoring.total_items)
    min_age, max_age = _age(root["age"])
    return Instrument(
        id=_identifier(root["id"]),
        name=_local(root["name"], languages),
        version=root["version"].as_str(),
        languages=languages,
        translation_status=status,
        respondent=_enum_value(root["respondent"], Respondent),
        min_age=min_age,
        max_age=max_age,
        licence=_licence(root["licence"]),
        scales=scales,
        sections=sections,
        items=items,
        scoring=scoring,
        cutoffs=_cutoffs(root["cutoffs"], languages, max_total),
        below_cutoffs=_local(root["below_cutoffs"], languages),
        notes=notes.as_str() if (notes := root.get("notes")) else "",
    )
