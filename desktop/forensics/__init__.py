"""The forensic physician's screens: dossiers, examinations, the body map and its injuries."""
