"""The organisation's own instruments and screening rule, and how the plans use them."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from opvang.errors import InstrumentDefinitionError, InvalidRecord, RecordNotFound
from opvang.intake_form import IntakeForm
from opvang.intakes import IntakeService
from opvang.organisation import Organisation
from opvang.screening_plan import PlannedKind, ScreeningRule
from opvang.screenings import ScreeningService
from secure_store.session import Session

Form = Callable[..., IntakeForm]


def toddler_instrument(definition: dict[str, Any]) -> str:
    definition.update(id="org-peuter-1-3", respondent="caregiver")
    definition["age"] = {"min_years": 1, "max_years": 3}
    definition["name"] = {"nl": "Eigen peuterlijst", "en": "Own toddler list"}
    return json.dumps(definition, indent=2)


def test_an_organisation_instrument_for_age_two_replaces_the_observation(
    worker: Session, household_form: Form, definition: dict[str, Any]
) -> None:
    organisation = Organisation(worker)
    added = organisation.add_definition(toddler_instrument(definition), "peuterlijst.json")
    assert added.id == "org-peuter-1-3"
    assert [d.instrument.id for d in organisation.own_definitions()] == ["org-peuter-1-3"]
    household = IntakeService(worker).admit(household_form())
    first = ScreeningService(worker).plan(household.children[0].id)[0]
    assert (first.kind, first.instrument_id) == (PlannedKind.SCREENING, "org-peuter-1-3")
    assert "Eigen peuterlijst" in first.reason
    lotte = ScreeningService(worker).plan(household.children[1].id)[0]
    assert lotte.instrument_id == "cats-self-7-17", "other ages keep the shipped choice"


def test_a_malformed_definition_is_refused_with_its_line_and_reason(
    worker: Session, definition: dict[str, Any]
) -> None:
    definition["items"][2]["scale"] = "bestaat_niet"
    text = json.dumps(definition, indent=2)
    with pytest.raises(InstrumentDefinitionError) as caught:
        Organisation(worker).add_definition(text, "kapot.json")
    error = caught.value
    assert error.source == "kapot.json" and error.line is not None
    assert text.splitlines()[error.line - 1].strip().startswith('"scale"')
    assert "bestaat_niet" in error.reason
    assert f"kapot.json, regel {error.line}" in error.message
    assert Organisation(worker).own_definitions() == []


def test_an_id_already_in_use_is_refused(worker: Session, definition: dict[str, Any]) -> None:
    definition["id"] = "pc-ptsd-5"
    with pytest.raises(InstrumentDefinitionError, match="bestaat al"):
        Organisation(worker).add_definition(json.dumps(definition), "dubbel.json")


def test_definitions_in_a_configured_folder_are_used_and_checked(
    worker: Session, definition: dict[str, Any], tmp_path: Path, household_form: Form
) -> None:
    (tmp_path / "peuter.json").write_text(toddler_instrument(definition), encoding="utf-8")
    organisation = Organisation(worker, folder=tmp_path)
    assert "org-peuter-1-3" in {i.id for i in organisation.instruments()}
    household = IntakeService(worker, organisation).admit(household_form())
    assert ScreeningService(worker, organisation).plan(household.children[0].id)[0].instrument_id
    (tmp_path / "kapot.json").write_text("{", encoding="utf-8")
    with pytest.raises(InstrumentDefinitionError, match="regel 1"):
        organisation.instruments()


def test_an_own_definition_can_be_removed_and_screens_with_it_are_scored(
    worker: Session, definition: dict[str, Any]
) -> None:
    organisation = Organisation(worker)
    organisation.add_definition(json.dumps(definition), "eigen.json")
    assert organisation.instrument("test-instrument").name["nl"] == "Testlijst"
    organisation.remove_definition("test-instrument")
    with pytest.raises(RecordNotFound):
        organisation.instrument("test-instrument")
    with pytest.raises(InvalidRecord, match="eigen definities"):
        organisation.remove_definition("pc-ptsd-5")


def test_the_organisation_rule_sets_the_rhythm_of_new_plans(
    worker: Session, household_form: Form
) -> None:
    organisation = Organisation(worker)
    assert organisation.rule() == ScreeningRule()
    organisation.set_rule(ScreeningRule(first_within_days=7, rescreen_every_months=2))
    household = IntakeService(worker).admit(household_form())
    plan = ScreeningService(worker).plan(household.adults[0].id)
    assert [p.due_on for p in plan[:2]] == [date(2026, 3, 9), date(2026, 5, 2)]
