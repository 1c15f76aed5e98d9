/// The PostgreSQL schema as append-only migrations, recorded in `schema_migrations`: a released
/// migration is never edited; a change is a new migration at the end. Each migration is a list of
/// statements (the extended query protocol runs one statement at a time). The tables, columns and
/// indexes are those of the SQLite store (`SQLiteSchema`), in PostgreSQL types.
enum PostgresSchema {
    /// The names of the migrations, in order.
    static var names: [String] { migrations.map(\.0) }

    /// The key of the advisory lock migrations run under, so concurrent starts apply each once.
    static let lockKey: Int64 = 0x7461_7774_6869_7100  // "tawthiq"

    static let migrations: [(String, [String])] = [
        (
            "v1-documents-events",
            [
                """
                CREATE TABLE documents (
                    id BIGSERIAL PRIMARY KEY,
                    doc_key TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL UNIQUE,
                    external_id TEXT NOT NULL,
                    source TEXT,
                    url TEXT,
                    published TEXT,
                    date_source TEXT NOT NULL,
                    title TEXT,
                    body TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'coded',
                    lexicon_version TEXT NOT NULL,
                    revision BIGINT NOT NULL DEFAULT 1,
                    ingested_at TEXT NOT NULL
                )
                """,
                "CREATE INDEX documents_published ON documents(published)",
                "CREATE INDEX documents_source ON documents(source)",
                """
                CREATE TABLE sentences (
                    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    part TEXT NOT NULL,
                    idx BIGINT NOT NULL,
                    start BIGINT NOT NULL,
                    "end" BIGINT NOT NULL,
                    PRIMARY KEY (document_id, part, idx)
                )
                """,
                """
                CREATE TABLE event_groups (
                    id BIGSERIAL PRIMARY KEY,
                    group_key TEXT NOT NULL UNIQUE,
                    day TEXT,
                    source_code TEXT,
                    source_country TEXT,
                    target_code TEXT,
                    target_country TEXT,
                    cameo TEXT NOT NULL,
                    root TEXT NOT NULL,
                    plover TEXT,
                    quad BIGINT NOT NULL,
                    goldstein DOUBLE PRECISION NOT NULL,
                    added TEXT NOT NULL
                )
                """,
                "CREATE INDEX groups_country_dyad ON event_groups(source_country, target_country, day, cameo, quad, goldstein)",
                "CREATE INDEX groups_code_dyad ON event_groups(source_code, target_code, day, cameo, quad, goldstein)",
                "CREATE INDEX groups_day ON event_groups(day)",
                """
                CREATE TABLE events (
                    id BIGSERIAL PRIMARY KEY,
                    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    group_id BIGINT NOT NULL REFERENCES event_groups(id),
                    doc TEXT NOT NULL,
                    part TEXT NOT NULL,
                    sentence BIGINT NOT NULL,
                    day TEXT,
                    cameo TEXT NOT NULL,
                    root TEXT NOT NULL,
                    plover TEXT,
                    mode TEXT,
                    goldstein DOUBLE PRECISION NOT NULL,
                    quad BIGINT NOT NULL,
                    source_code TEXT, source_country TEXT, source_role TEXT, source_text TEXT, source_start BIGINT, source_end BIGINT,
                    target_code TEXT, target_country TEXT, target_role TEXT, target_text TEXT, target_start BIGINT, target_end BIGINT,
                    trigger_text TEXT NOT NULL, trigger_start BIGINT NOT NULL, trigger_end BIGINT NOT NULL,
                    flags TEXT NOT NULL,
                    sentence_text TEXT NOT NULL, sentence_start BIGINT NOT NULL, sentence_end BIGINT NOT NULL,
                    entries TEXT NOT NULL,
                    lexicon_version TEXT NOT NULL
                )
                """,
                "CREATE INDEX events_document ON events(document_id)",
                "CREATE INDEX events_group ON events(group_id)",
                "CREATE INDEX events_day ON events(day)",
                "CREATE INDEX events_source ON events(source_country, day)",
                "CREATE INDEX events_target ON events(target_country, day)",
                "CREATE INDEX events_cameo ON events(cameo)",
                """
                CREATE TABLE flags (
                    id BIGSERIAL PRIMARY KEY,
                    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    mentions TEXT NOT NULL,
                    facts TEXT NOT NULL,
                    explanation TEXT NOT NULL,
                    explanation_ar TEXT NOT NULL
                )
                """,
                "CREATE INDEX flags_document ON flags(document_id)",
                "CREATE INDEX flags_kind ON flags(kind)",
                """
                CREATE TABLE actors (
                    code TEXT PRIMARY KEY,
                    country TEXT,
                    role TEXT,
                    label TEXT NOT NULL,
                    first_day TEXT,
                    last_day TEXT
                )
                """,
            ]
        ),
        (
            "v2-work-queue",
            [
                // Which worker coded a document (the queue's provenance), and the queue's index:
                // only pending rows, in claim order.
                "ALTER TABLE documents ADD COLUMN coded_by TEXT",
                "CREATE INDEX documents_pending ON documents(id) WHERE status = 'pending'",
            ]
        ),
        (
            // The argument rules that set each event's source and target (`--explain`'s rules).
            "v3-event-rules",
            [
                "ALTER TABLE events ADD COLUMN source_rule TEXT",
                "ALTER TABLE events ADD COLUMN target_rule TEXT",
            ]
        ),
        (
            // The relations rollup (RelationRollup): a dyad's events per month, day, code and quad
            // class, kept by the writer; built from the events already stored (PostgresStore.migrate).
            "v4-relation-months",
            [
                """
                CREATE TABLE relation_months (
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    month TEXT NOT NULL,
                    entries BYTEA NOT NULL,
                    PRIMARY KEY (source, target, month)
                )
                """
            ]
        ),
        (
            // Notes (unknown-office-holder, other-office) apart from the flags; notes stored as
            // flags by earlier versions move here, and leave the events' flag lists.
            "v5-notes",
            [
                """
                CREATE TABLE notes (
                    id BIGSERIAL PRIMARY KEY,
                    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    mentions TEXT NOT NULL,
                    facts TEXT NOT NULL,
                    explanation TEXT NOT NULL,
                    explanation_ar TEXT NOT NULL
                )
                """,
                "CREATE INDEX notes_document ON notes(document_id)",
                """
                INSERT INTO notes (document_id, kind, mentions, facts, explanation, explanation_ar)
                SELECT document_id, kind, mentions, facts, explanation, explanation_ar FROM flags
                WHERE kind IN ('unknown-office-holder', 'other-office') ORDER BY id
                """,
                "DELETE FROM flags WHERE kind IN ('unknown-office-holder', 'other-office')",
                """
                UPDATE events SET flags = trim(BOTH ',' FROM replace(replace(',' || flags || ',', ',unknown-office-holder,', ','), ',other-office,', ','))
                WHERE ',' || flags || ',' LIKE '%,unknown-office-holder,%' OR ',' || flags || ',' LIKE '%,other-office,%'
                """,
            ]
        ),
        (
            // Where each event happened (issue 15, docs/places.md): the place as coded, and the
            // deduplicated event's state for `--where`.
            "v6-event-places",
            [
                """
                ALTER TABLE events ADD COLUMN place_name TEXT, ADD COLUMN place_country TEXT, ADD COLUMN place_admin1 TEXT,
                  ADD COLUMN place_lat DOUBLE PRECISION, ADD COLUMN place_lon DOUBLE PRECISION, ADD COLUMN place_geonameid BIGINT,
                  ADD COLUMN place_start BIGINT, ADD COLUMN place_end BIGINT, ADD COLUMN place_type TEXT, ADD COLUMN place_basis TEXT,
                  ADD COLUMN place_fullname TEXT, ADD COLUMN place_fips TEXT, ADD COLUMN place_reason TEXT
                """,
                "CREATE INDEX events_place ON events(place_country, day)",
                "ALTER TABLE event_groups ADD COLUMN place_country TEXT",
                "CREATE INDEX groups_place ON event_groups(place_country, day)",
            ]
        ),
    ]
}
