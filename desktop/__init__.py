"""PySide6 user interface of Veilig Dossier; the only package that imports Qt."""
