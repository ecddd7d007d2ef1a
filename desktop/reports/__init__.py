"""Signed reports from the desktop: the kinds of report, the export dialog, certificates.

:mod:`desktop.reports.kinds` is Qt-free (the command line uses it); the dialogs import Qt.
"""
