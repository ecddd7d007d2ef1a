"""The forensic tables in the vault database, as ordered migrations.

Every row hangs off a subject whose ``case_id`` names its case key, so erasing the case (which
deletes the ``cases`` row) cascades through everything below it.
"""

from __future__ import annotations

from secure_store.database import Migration, Schema

FORENSICS_SCHEMA = Schema(
    "forensics",
    [
        Migration(
            1,
            """
            CREATE TABLE fx_subjects (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                date_of_birth TEXT NOT NULL,
                sex TEXT NOT NULL,
                bsn TEXT NOT NULL DEFAULT '',
                pseudonym TEXT NOT NULL UNIQUE,
                created TEXT NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE INDEX fx_subjects_by_name ON fx_subjects(name COLLATE NOCASE);
            CREATE INDEX fx_subjects_by_dob ON fx_subjects(date_of_birth);
            CREATE TABLE fx_examinations (
                id TEXT PRIMARY KEY,
                subject_id TEXT NOT NULL REFERENCES fx_subjects(id) ON DELETE CASCADE,
                examiner TEXT NOT NULL,
                examined_at TEXT NOT NULL,
                place TEXT NOT NULL DEFAULT '',
                requester TEXT NOT NULL,
                requester_detail TEXT NOT NULL DEFAULT '',
                question TEXT NOT NULL DEFAULT '',
                consent TEXT NOT NULL DEFAULT '',
                history TEXT NOT NULL DEFAULT '',
                history_source TEXT NOT NULL DEFAULT '',
                findings TEXT NOT NULL DEFAULT '',
                conclusion TEXT NOT NULL DEFAULT '',
                conclusion_text TEXT NOT NULL DEFAULT '',
                limitations TEXT NOT NULL DEFAULT '',
                sealed_at TEXT,
                sealed_by TEXT NOT NULL DEFAULT '',
                created TEXT NOT NULL
            );
            CREATE INDEX fx_examinations_by_subject ON fx_examinations(subject_id);
            CREATE INDEX fx_examinations_by_date ON fx_examinations(examined_at);
            CREATE TABLE fx_injuries (
                id TEXT PRIMARY KEY,
                examination_id TEXT NOT NULL REFERENCES fx_examinations(id) ON DELETE CASCADE,
                number INTEGER NOT NULL,
                view TEXT NOT NULL,
                x REAL NOT NULL,
                y REAL NOT NULL,
                region_code TEXT NOT NULL,
                type TEXT NOT NULL,
                length_mm REAL,
                width_mm REAL,
                shape TEXT NOT NULL DEFAULT '',
                colour TEXT NOT NULL DEFAULT '',
                pattern TEXT NOT NULL DEFAULT 'none',
                description TEXT NOT NULL DEFAULT '',
                UNIQUE (examination_id, number)
            );
            CREATE TABLE fx_photos (
                id TEXT PRIMARY KEY,
                examination_id TEXT NOT NULL REFERENCES fx_examinations(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                original_blob TEXT NOT NULL REFERENCES blobs(id),
                preview_blob TEXT NOT NULL REFERENCES blobs(id),
                thumbnail_blob TEXT NOT NULL REFERENCES blobs(id),
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                media_type TEXT NOT NULL,
                source_name TEXT NOT NULL DEFAULT '',
                width INTEGER NOT NULL,
                height INTEGER NOT NULL,
                orientation INTEGER NOT NULL DEFAULT 1,
                captured_at TEXT NOT NULL DEFAULT '',
                camera TEXT NOT NULL DEFAULT '',
                has_gps INTEGER NOT NULL DEFAULT 0,
                exif TEXT NOT NULL DEFAULT '{}',
                category TEXT NOT NULL DEFAULT '',
                caption TEXT NOT NULL DEFAULT '',
                calibration TEXT NOT NULL DEFAULT '',
                annotations TEXT NOT NULL DEFAULT '[]',
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                UNIQUE (examination_id, seq)
            );
            CREATE INDEX fx_photos_by_hash ON fx_photos(examination_id, sha256);
            CREATE TABLE fx_photo_injuries (
                photo_id TEXT NOT NULL REFERENCES fx_photos(id) ON DELETE CASCADE,
                injury_id TEXT NOT NULL REFERENCES fx_injuries(id) ON DELETE CASCADE,
                PRIMARY KEY (photo_id, injury_id)
            );
            CREATE TABLE fx_imaging_studies (
                id TEXT PRIMARY KEY,
                examination_id TEXT NOT NULL REFERENCES fx_examinations(id) ON DELETE CASCADE,
                study_uid TEXT NOT NULL,
                modality TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT '',
                study_date TEXT NOT NULL DEFAULT '',
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                UNIQUE (examination_id, study_uid)
            );
            CREATE TABLE fx_imaging_objects (
                id TEXT PRIMARY KEY,
                study_id TEXT NOT NULL REFERENCES fx_imaging_studies(id) ON DELETE CASCADE,
                blob_id TEXT NOT NULL REFERENCES blobs(id),
                sha256 TEXT NOT NULL,
                sop_instance_uid TEXT NOT NULL,
                sop_class_uid TEXT NOT NULL,
                series_uid TEXT NOT NULL DEFAULT '',
                modality TEXT NOT NULL DEFAULT '',
                body_part TEXT NOT NULL DEFAULT '',
                rows INTEGER NOT NULL DEFAULT 0,
                columns INTEGER NOT NULL DEFAULT 0,
                source_name TEXT NOT NULL DEFAULT '',
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL
            );
            CREATE TABLE fx_addenda (
                id TEXT PRIMARY KEY,
                examination_id TEXT NOT NULL REFERENCES fx_examinations(id) ON DELETE CASCADE,
                author TEXT NOT NULL,
                written_at TEXT NOT NULL,
                text TEXT NOT NULL
            );
            """,
        ),
        Migration(
            2,
            # Whether an infant already walks along furniture ("cruising"): NULL when not
            # recorded. The sentinel-injury rule needs it for infants of 6 to 12 months.
            "ALTER TABLE fx_examinations ADD COLUMN cruising INTEGER;",
        ),
    ],
)
