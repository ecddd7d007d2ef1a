"""Shelter (vrouwenopvang) domain: intakes, households, clients, screening, meldcode, agenda.

Plain Python on top of :mod:`secure_store`; no Qt here (the import-linter contract checks it).
"""
