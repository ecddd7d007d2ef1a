"""Signed reports from the desktop: the kinds of report, the export dialog, certificates.

:mod:`desktop.reports.kinds` is Qt-free (the command line uses it); the dialogs import Qt.
Importing the package registers the opvang's source and kinds beside the forensic ones.
"""

from . import opvang_kinds as opvang_kinds  # registers the opvang kinds (Qt-free)
