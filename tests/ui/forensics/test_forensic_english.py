"""The forensic screens speak English when chosen: Qt strings, terms and region names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop import i18n
from forensics.bodymap import View
from forensics.records import Examination, Subject
from tests.ui.forensics.conftest import Forensic


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp, installed)


def test_the_body_map_in_english(
    english: None, forensic: Forensic, adult_exam: tuple[Subject, Examination]
) -> None:
    tabs = forensic.workspace.area.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][:2] == ["Examination", "Body map"]
    assert forensic.place(View.ANTERIOR, "upper_arm.right") == "right upper arm"
    panel = forensic.body_map
    assert panel.model.index(0, 2).data() == "bruise"
    assert panel.view_buttons.buttons()[0].text() == "Front"
    assert forensic.workspace.dossiers.new_subject_button.text() == "New dossier…"
