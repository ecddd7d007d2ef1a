"""The opvang screens: intake wizard, households and clients, agenda, dashboard, instruments."""
