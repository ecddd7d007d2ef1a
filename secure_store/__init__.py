"""The trust layer of Veilig Dossier: vault, keys, encrypted blobs, audit log, roles, backup.

It imports no domain package; forensics and opvang build on it, desktop above them.
"""
