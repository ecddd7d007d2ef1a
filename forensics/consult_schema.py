"""The second-opinion tables: requests that leave, answers that come back, consults received.

A request and its answers hang off the examination they are about (so erasing that dossier's
case removes them). A consult received from another vault is a dossier of its own, with its own
case key in the consult area; erasing that case removes it and its items.
"""

from __future__ import annotations

from secure_store.database import Migration, Schema

CONSULT_SCHEMA = Schema(
    "consult",
    [
        Migration(
            1,
            """
            CREATE TABLE cs_requests (
                id TEXT PRIMARY KEY,
                examination_id TEXT NOT NULL REFERENCES fx_examinations(id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                question TEXT NOT NULL DEFAULT '',
                clinical_context TEXT NOT NULL DEFAULT '',
                selection TEXT NOT NULL DEFAULT '{}',
                deidentification TEXT NOT NULL DEFAULT '{}',
                recipients TEXT NOT NULL DEFAULT '[]',
                sent_to TEXT NOT NULL DEFAULT '[]',
                recipient_label TEXT NOT NULL DEFAULT '',
                package_id TEXT NOT NULL DEFAULT '',
                package_sha256 TEXT NOT NULL DEFAULT '',
                sent_at TEXT,
                sent_by TEXT NOT NULL DEFAULT '',
                created TEXT NOT NULL,
                created_by TEXT NOT NULL
            );
            CREATE INDEX cs_requests_by_examination ON cs_requests(examination_id);
            CREATE INDEX cs_requests_by_package ON cs_requests(package_id);
            CREATE TABLE cs_answers (
                id TEXT PRIMARY KEY,
                request_id TEXT NOT NULL REFERENCES cs_requests(id) ON DELETE CASCADE,
                package_id TEXT NOT NULL UNIQUE,
                consultant_key_id TEXT NOT NULL,
                consultant_name TEXT NOT NULL,
                consultant_organisation TEXT NOT NULL,
                consultant_fingerprint TEXT NOT NULL,
                conclusion TEXT NOT NULL,
                reasoning TEXT NOT NULL,
                limitations TEXT NOT NULL,
                answered_at TEXT NOT NULL,
                package_blob TEXT NOT NULL REFERENCES blobs(id),
                received_at TEXT NOT NULL,
                received_by TEXT NOT NULL
            );
            CREATE INDEX cs_answers_by_request ON cs_answers(request_id);
            CREATE TABLE cs_consults (
                id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
                package_id TEXT NOT NULL UNIQUE,
                request_ref TEXT NOT NULL,
                requester_key_id TEXT NOT NULL,
                requester_name TEXT NOT NULL,
                requester_organisation TEXT NOT NULL,
                requester_fingerprint TEXT NOT NULL,
                document TEXT NOT NULL,
                received_at TEXT NOT NULL,
                received_by TEXT NOT NULL,
                status TEXT NOT NULL,
                conclusion TEXT NOT NULL DEFAULT '',
                reasoning TEXT NOT NULL DEFAULT '',
                limitations TEXT NOT NULL DEFAULT '',
                answered_at TEXT,
                answered_by TEXT NOT NULL DEFAULT '',
                answer_package_id TEXT NOT NULL DEFAULT '',
                answer_sha256 TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE cs_consult_items (
                id TEXT PRIMARY KEY,
                consult_id TEXT NOT NULL REFERENCES cs_consults(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                media_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                blob_id TEXT NOT NULL REFERENCES blobs(id),
                UNIQUE (consult_id, name)
            );
            """,
        ),
    ],
)
