"""Loading instrument definitions: the shipped set, an organisation's folder, clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import resources
from opvang.errors import InstrumentDefinitionError
from opvang.instruments import (
    Respondent,
    TranslationStatus,
    load_instrument,
    load_instruments_from,
    shipped_instruments,
)


def text_of(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def line_containing(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the n-th line that contains ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def load_error(data: object) -> InstrumentDefinitionError:
    with pytest.raises(InstrumentDefinitionError) as caught:
        load_instrument(text_of(data), name="eigen.json")
    return caught.value


# --- the shipped set -------------------------------------------------------------------------


def test_shipped_set_is_cats_three_versions_and_pc_ptsd_5() -> None:
    ids = {i.id: i for i in shipped_instruments()}
    assert set(ids) == {"cats-self-7-17", "cats-caregiver-7-17", "cats-caregiver-3-6", "pc-ptsd-5"}
    assert (ids["cats-self-7-17"].min_age, ids["cats-self-7-17"].max_age) == (7, 17)
    assert ids["cats-caregiver-3-6"].respondent is Respondent.CAREGIVER
    assert (ids["pc-ptsd-5"].min_age, ids["pc-ptsd-5"].max_age) == (18, None)


def test_every_shipped_definition_may_be_redistributed_and_cites_its_source() -> None:
    for instrument in shipped_instruments():
        assert instrument.licence.redistribution_allowed, instrument.id
        assert instrument.licence.citation and instrument.licence.source
        assert "werkvertaling" in instrument.licence.text
        assert instrument.notes.startswith("Nederlandse tekst: werkvertaling")


def test_every_json_file_in_the_resource_folder_is_shipped() -> None:
    files = [f for f in resources.listdir("instruments") if f.endswith(".json")]
    assert len(files) == len(shipped_instruments()) == 4


def test_dutch_texts_of_the_shipped_set_are_marked_as_working_translation() -> None:
    for instrument in shipped_instruments():
        assert instrument.translation_status["nl"] is TranslationStatus.WORKING_TRANSLATION
        assert instrument.translation_status["en"] is TranslationStatus.ORIGINAL
        assert all(item.text["nl"] and item.text["en"] for item in instrument.items)


def test_cats_scores_20_symptoms_from_7_and_16_for_preschoolers() -> None:
    by_id = {i.id: i for i in shipped_instruments()}
    assert len(by_id["cats-self-7-17"].scoring.total_items) == 20
    assert len(by_id["cats-caregiver-7-17"].scoring.total_items) == 20
    assert len(by_id["cats-caregiver-3-6"].scoring.total_items) == 16
    assert [c.min_score for c in by_id["cats-self-7-17"].cutoffs] == [15, 21]
    assert [c.min_score for c in by_id["cats-caregiver-3-6"].cutoffs] == [12, 15]
    assert [c.min_score for c in by_id["pc-ptsd-5"].cutoffs] == [3, 4]


def test_shipped_loader_refuses_a_definition_that_may_not_be_redistributed(
    monkeypatch: pytest.MonkeyPatch, definition: dict[str, Any]
) -> None:
    monkeypatch.setattr(resources, "listdir", lambda name: ["eigen.json"])
    monkeypatch.setattr(resources, "read_text", lambda name: text_of(definition))
    with pytest.raises(InstrumentDefinitionError, match="verspreiden"):
        shipped_instruments()


# --- an organisation's own folder ------------------------------------------------------------


def test_organisation_folder_loads_json_files_only_and_may_hold_licensed_instruments(
    tmp_path: Path, definition: dict[str, Any]
) -> None:
    (tmp_path / "eigen.json").write_text(text_of(definition), encoding="utf-8")
    (tmp_path / "LEESMIJ.txt").write_text("geen definitie", encoding="utf-8")
    loaded = load_instruments_from(tmp_path)
    assert [i.id for i in loaded] == ["test-instrument"]
    assert not loaded[0].licence.redistribution_allowed


def test_two_definitions_with_one_id_are_refused(
    tmp_path: Path, definition: dict[str, Any]
) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(text_of(definition), encoding="utf-8")
    with pytest.raises(InstrumentDefinitionError, match="twee keer"):
        load_instruments_from(tmp_path)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InstrumentDefinitionError, match="map niet leesbaar"):
        load_instruments_from(tmp_path / "bestaat-niet")


def test_error_from_a_file_names_the_file_and_the_line(
    tmp_path: Path, definition: dict[str, Any]
) -> None:
    definition["age"]["min_years"] = "acht"
    path = tmp_path / "eigen.json"
    text = text_of(definition)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InstrumentDefinitionError) as caught:
        load_instrument(path)
    assert caught.value.source == str(path)
    assert caught.value.line == line_containing(text, '"min_years"')
    assert f"{path}, regel {caught.value.line}" in caught.value.message


def test_unreadable_file_is_reported_without_a_line(tmp_path: Path) -> None:
    with pytest.raises(InstrumentDefinitionError) as caught:
        load_instrument(tmp_path / "weg.json")
    assert caught.value.line is None
    assert "kan niet worden gelezen" in caught.value.reason


# --- syntax and schema errors, with their lines ----------------------------------------------


def test_json_syntax_error_reports_jsons_own_line() -> None:
    text = '{\n  "schema": 1,\n  "id": "x"\n  "name": {}\n}'
    with pytest.raises(InstrumentDefinitionError) as caught:
        load_instrument(text, name="kapot.json")
    assert (caught.value.source, caught.value.line) == ("kapot.json", 4)
    assert "geen geldige JSON" in caught.value.reason
    assert "kapot.json, regel 4" in caught.value.message


def test_text_without_a_name_is_called_tekst() -> None:
    with pytest.raises(InstrumentDefinitionError) as caught:
        load_instrument("[")
    assert caught.value.source == "<tekst>"


def test_misspelled_key_is_refused_on_its_own_line(definition: dict[str, Any]) -> None:
    definition["scoring"]["prorate"] = definition["scoring"].pop("prorating")
    error = load_error(definition)
    assert "onbekende sleutel 'prorate'" in error.reason
    assert error.line == line_containing(text_of(definition), '"prorate"')


def test_wrong_type_points_at_the_value_in_the_right_list_entry(definition: dict[str, Any]) -> None:
    definition["cutoffs"][1]["min_score"] = "6"
    error = load_error(definition)
    assert "geheel getal" in error.reason
    assert error.line == line_containing(text_of(definition), '"min_score"', occurrence=2)


def test_missing_translation_points_at_the_item_text(definition: dict[str, Any]) -> None:
    del definition["items"][3]["text"]["en"]
    error = load_error(definition)
    assert "'en' ontbreekt" in error.reason
    assert error.line == line_containing(
        text_of(definition), '"text"', occurrence=5
    )  # 1st is the licence


def test_unknown_scale_reference_points_at_the_item(definition: dict[str, Any]) -> None:
    definition["items"][2]["scale"] = "nul_drie"
    error = load_error(definition)
    assert "antwoordschaal 'nul_drie' bestaat niet" in error.reason
    assert error.line == line_containing(text_of(definition), '"nul_drie"')


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.pop("licence"), "sleutel 'licence' ontbreekt"),
        (lambda d: d.update(schema=2), "schemaversie"),
        (lambda d: d.update(languages=["en"]), "'nl'"),
        (lambda d: d.update(respondent="teacher"), "kies uit: self, caregiver"),
        (lambda d: d["age"].update(max_years=5), "leeftijdsgrenzen"),
        (lambda d: d["cutoffs"][1].update(min_score=3), "oplopen"),
        (lambda d: d["cutoffs"][1].update(min_score=9), "tussen 1 en 8"),
        (lambda d: d["scoring"].update(total_items=["a", "a"]), "twee keer"),
        (lambda d: d["scoring"].update(total_items=["a", "zz"]), "vraag 'zz' bestaat niet"),
        (lambda d: d["scoring"]["gate"].update(items=["a"]), "poortvraag"),
        (lambda d: d["scoring"]["gate"].update(closed_value=5), "antwoordschaal"),
        (lambda d: d["scoring"]["prorating"].update(max_missing=4), "max_missing"),
        (lambda d: d["items"][1].update(section="elders"), "onderdeel 'elders'"),
        (lambda d: d["items"][1].update(id="A B"), "geen geldige id"),
        (lambda d: d["items"].append(dict(d["items"][1])), "komt twee keer voor"),
        (lambda d: d["licence"].update(redistribution_allowed="ja"), "true of false"),
        (lambda d: d.update(scales={}), "geen antwoordschaal"),
        (lambda d: d.update(items=[]), "mag niet leeg"),
        (
            lambda d: d.update(translation_status={"nl": "vertaald", "en": "original"}),
            "niet toegestaan",
        ),
    ],
)
def test_schema_errors_say_what_is_wrong(
    definition: dict[str, Any], change: Any, reason: str
) -> None:
    change(definition)
    error = load_error(definition)
    assert reason in error.reason
    assert error.line is not None and error.line >= 1


def test_valid_definition_loads_with_every_field(definition: dict[str, Any]) -> None:
    instrument = load_instrument(text_of(definition))
    assert instrument.id == "test-instrument"
    assert instrument.scoring.max_missing == 1
    assert instrument.scoring.gate is not None and instrument.scoring.gate.items == ("p",)
    assert instrument.scale("nul_twee").values == {0, 1, 2}
    assert instrument.item("c").text["nl"] == "C?"
    assert instrument.fits_age(8) and instrument.fits_age(12)
    assert not instrument.fits_age(7) and not instrument.fits_age(13)
    assert instrument.age_text == "8–12 jaar"


def test_definition_without_gate_subscales_or_prorating_loads(definition: dict[str, Any]) -> None:
    for key in ("gate", "subscales", "prorating"):
        del definition["scoring"][key]
    instrument = load_instrument(text_of(definition))
    assert instrument.scoring.gate is None
    assert instrument.scoring.subscales == ()
    assert instrument.scoring.max_missing == 0


def test_unknown_item_or_scale_lookups_raise_key_error(definition: dict[str, Any]) -> None:
    instrument = load_instrument(text_of(definition))
    with pytest.raises(KeyError):
        instrument.item("zz")
    with pytest.raises(KeyError):
        instrument.scale("zz")


def test_shipped_loader_ignores_files_that_are_not_definitions(
    monkeypatch: pytest.MonkeyPatch, definition: dict[str, Any]
) -> None:
    definition["licence"]["redistribution_allowed"] = True
    monkeypatch.setattr(resources, "listdir", lambda name: ["LEESMIJ.md", "eigen.json"])
    monkeypatch.setattr(resources, "read_text", lambda name: text_of(definition))
    assert [i.id for i in shipped_instruments()] == ["test-instrument"]
