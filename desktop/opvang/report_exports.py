"""The opvang's signed documents, started from its screens: each opens the export dialog.

The household (intake summary), a client's screenings (screening overview) and a meldcode
concern (melding aan Veilig Thuis) each name their record; the dialog previews, lets the user
choose the certificate and details, and signs and saves off the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..shell.workspaces import WorkspaceContext

if TYPE_CHECKING:
    from ..reports.export_dialog import ReportExportDialog

INTAKE = "intake"
SCREENING = "screening"
MELDING = "melding-opvang"


def open_opvang_report(
    context: WorkspaceContext, kind: str, record_id: str, parent: QWidget, file_stem: str
) -> ReportExportDialog:
    """Open the export dialog for one opvang document (``intake``, ``screening``, the melding)."""
    from ..reports.export_dialog import open_report_export  # PDF rendering loads late

    return open_report_export(context, kind, record_id, parent, file_stem=file_stem)
