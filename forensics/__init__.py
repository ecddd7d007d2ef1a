"""Injury documentation domain: subjects, examinations, injuries, body maps, photos, imaging.

Plain Python on top of :mod:`secure_store`; no Qt here (the import-linter contract checks it).
"""
