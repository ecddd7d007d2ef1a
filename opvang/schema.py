"""The opvang tables in the vault database, as ordered migrations.

Every record of a household hangs off ``ov_households``, whose ``case_id`` names the household's
own case key: erasing the case (which deletes the ``cases`` row) cascades through everything
below it. Shelter locations, the organisation's own instrument definitions and its screening
rule belong to the organisation, not to a household, and live outside any case.
"""

from __future__ import annotations

from secure_store.database import Migration, Schema

OPVANG_SCHEMA = Schema(
    "opvang",
    [
        Migration(
            1,
            """
            CREATE TABLE ov_locations (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                address TEXT NOT NULL,
                created TEXT NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE TABLE ov_households (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
                reference TEXT NOT NULL UNIQUE,
                created TEXT NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE TABLE ov_intakes (
                id TEXT PRIMARY KEY,
                household_id TEXT NOT NULL UNIQUE REFERENCES ov_households(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                intake_at TEXT NOT NULL,
                planned_end TEXT,
                location_id TEXT REFERENCES ov_locations(id),
                referral TEXT NOT NULL,
                referral_detail TEXT NOT NULL DEFAULT '',
                ended_on TEXT,
                destination TEXT,
                exit_notes TEXT NOT NULL DEFAULT '',
                intake_by TEXT NOT NULL
            );
            CREATE INDEX ov_intakes_by_start ON ov_intakes(intake_at);
            CREATE TABLE ov_intake_moves (
                id INTEGER PRIMARY KEY,
                intake_id TEXT NOT NULL REFERENCES ov_intakes(id) ON DELETE CASCADE,
                moved_on TEXT NOT NULL,
                from_kind TEXT NOT NULL,
                to_kind TEXT NOT NULL,
                location_id TEXT REFERENCES ov_locations(id),
                recorded_by TEXT NOT NULL
            );
            CREATE TABLE ov_clients (
                id TEXT PRIMARY KEY,
                household_id TEXT NOT NULL REFERENCES ov_households(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                kind TEXT NOT NULL,
                first_name TEXT NOT NULL,
                last_name TEXT NOT NULL DEFAULT '',
                date_of_birth TEXT NOT NULL,
                pseudonym TEXT NOT NULL UNIQUE,
                hulpvraag TEXT NOT NULL DEFAULT '',
                mentor TEXT NOT NULL DEFAULT '',
                school_name TEXT NOT NULL DEFAULT '',
                school_contact TEXT NOT NULL DEFAULT '',
                school_reach TEXT NOT NULL DEFAULT '',
                childcare TEXT NOT NULL DEFAULT '',
                gezag_kind TEXT NOT NULL DEFAULT 'none_recorded',
                gezag_holder TEXT NOT NULL DEFAULT '',
                self_report INTEGER NOT NULL DEFAULT 1,
                created TEXT NOT NULL,
                UNIQUE (household_id, seq)
            );
            CREATE TABLE ov_goals (
                id TEXT PRIMARY KEY,
                client_id TEXT NOT NULL REFERENCES ov_clients(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                text TEXT NOT NULL,
                status TEXT NOT NULL,
                target_on TEXT,
                UNIQUE (client_id, seq)
            );
            CREATE TABLE ov_notes (
                id TEXT PRIMARY KEY,
                client_id TEXT NOT NULL REFERENCES ov_clients(id) ON DELETE CASCADE,
                written_at TEXT NOT NULL,
                author TEXT NOT NULL,
                text TEXT NOT NULL
            );
            CREATE INDEX ov_notes_by_client ON ov_notes(client_id, written_at);
            CREATE TABLE ov_planned (
                client_id TEXT NOT NULL REFERENCES ov_clients(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                purpose TEXT NOT NULL,
                kind TEXT NOT NULL,
                due_on TEXT NOT NULL,
                open_from TEXT NOT NULL,
                age INTEGER NOT NULL,
                instrument_id TEXT,
                respondent TEXT,
                reason TEXT NOT NULL,
                PRIMARY KEY (client_id, key)
            );
            CREATE INDEX ov_planned_by_due ON ov_planned(due_on);
            CREATE TABLE ov_screenings (
                id TEXT PRIMARY KEY,
                client_id TEXT NOT NULL REFERENCES ov_clients(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                done_on TEXT NOT NULL,
                kind TEXT NOT NULL,
                instrument_id TEXT,
                instrument_version TEXT NOT NULL DEFAULT '',
                respondent TEXT,
                language TEXT NOT NULL DEFAULT 'nl',
                answers TEXT NOT NULL DEFAULT '{}',
                total INTEGER,
                positive INTEGER NOT NULL,
                result TEXT NOT NULL DEFAULT '',
                observer TEXT NOT NULL DEFAULT '',
                findings TEXT NOT NULL DEFAULT '',
                recorded_at TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                UNIQUE (client_id, key)
            );
            CREATE TABLE ov_follow_ups (
                id TEXT PRIMARY KEY,
                screening_id TEXT NOT NULL REFERENCES ov_screenings(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                offer TEXT NOT NULL DEFAULT '',
                offered_on TEXT,
                accepted_on TEXT,
                declined_on TEXT,
                started_on TEXT,
                updated TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                UNIQUE (screening_id, seq)
            );
            CREATE TABLE ov_school_signals (
                id TEXT PRIMARY KEY,
                client_id TEXT NOT NULL UNIQUE REFERENCES ov_clients(id) ON DELETE CASCADE,
                child_ref TEXT NOT NULL,
                school TEXT NOT NULL DEFAULT '',
                intake_at TEXT NOT NULL,
                sent_at TEXT,
                sent_by TEXT NOT NULL DEFAULT '',
                channel TEXT
            );
            CREATE TABLE ov_concerns (
                id TEXT PRIMARY KEY,
                household_id TEXT NOT NULL REFERENCES ov_households(id) ON DELETE CASCADE,
                client_id TEXT NOT NULL REFERENCES ov_clients(id) ON DELETE CASCADE,
                opened_on TEXT NOT NULL,
                opened_by TEXT NOT NULL,
                summary TEXT NOT NULL,
                urgency TEXT NOT NULL,
                children TEXT NOT NULL DEFAULT '[]',
                contact_name TEXT NOT NULL DEFAULT '',
                contact_role TEXT NOT NULL DEFAULT '',
                contact_phone TEXT NOT NULL DEFAULT '',
                answers TEXT NOT NULL DEFAULT '',
                decision TEXT NOT NULL DEFAULT '',
                actions TEXT NOT NULL DEFAULT '[]',
                created TEXT NOT NULL
            );
            CREATE INDEX ov_concerns_by_household ON ov_concerns(household_id);
            CREATE TABLE ov_concern_steps (
                concern_id TEXT NOT NULL REFERENCES ov_concerns(id) ON DELETE CASCADE,
                step INTEGER NOT NULL,
                done_on TEXT NOT NULL,
                done_by TEXT NOT NULL,
                notes TEXT NOT NULL DEFAULT '',
                skipped_because TEXT,
                PRIMARY KEY (concern_id, step)
            );
            CREATE TABLE ov_concern_observations (
                id TEXT PRIMARY KEY,
                concern_id TEXT NOT NULL REFERENCES ov_concerns(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                source TEXT NOT NULL,
                observed_on TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            );
            CREATE TABLE ov_kindchecks (
                id TEXT PRIMARY KEY,
                client_id TEXT NOT NULL REFERENCES ov_clients(id) ON DELETE CASCADE,
                checked_on TEXT NOT NULL,
                checked_by TEXT NOT NULL,
                has_children TEXT NOT NULL,
                children TEXT NOT NULL DEFAULT '[]',
                recorded_at TEXT NOT NULL
            );
            CREATE TABLE ov_safety_plans (
                id TEXT PRIMARY KEY,
                household_id TEXT NOT NULL REFERENCES ov_households(id) ON DELETE CASCADE,
                client_id TEXT REFERENCES ov_clients(id) ON DELETE CASCADE,
                made_on TEXT NOT NULL,
                review_on TEXT NOT NULL,
                risks TEXT NOT NULL DEFAULT '[]',
                agreements TEXT NOT NULL DEFAULT '[]',
                contacts TEXT NOT NULL DEFAULT '[]',
                updated TEXT NOT NULL,
                updated_by TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ov_safety_plans_one_per_subject
                ON ov_safety_plans(household_id, coalesce(client_id, ''));
            CREATE TABLE ov_appointments (
                id TEXT PRIMARY KEY,
                client_id TEXT NOT NULL REFERENCES ov_clients(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                created_by TEXT NOT NULL
            );
            CREATE INDEX ov_appointments_by_start ON ov_appointments(starts_at);
            CREATE TABLE ov_instruments (
                instrument_id TEXT PRIMARY KEY,
                source_name TEXT NOT NULL,
                definition TEXT NOT NULL,
                added_at TEXT NOT NULL,
                added_by TEXT NOT NULL
            );
            CREATE TABLE ov_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """,
        ),
        Migration(
            2,
            # The signed reports that left, by the record they are about (a melding by its
            # concern): the meldcode shows that the melding was made, and with which file.
            """
            CREATE TABLE ov_reports (
                id TEXT PRIMARY KEY,
                household_id TEXT NOT NULL REFERENCES ov_households(id) ON DELETE CASCADE,
                record_type TEXT NOT NULL,
                record_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                signed_at TEXT NOT NULL,
                signed_by TEXT NOT NULL
            );
            CREATE INDEX ov_reports_by_record ON ov_reports(record_type, record_id);
            """,
        ),
    ],
)
