import GRDB

/// The SQLite schema as append-only migrations: a released migration is never edited; a change
/// is a new migration at the end, so every store created by any version upgrades in place.
enum SQLiteSchema {
    /// The names of the migrations, in order (a test pins this list so none is edited or dropped).
    static var names: [String] { migrations.map(\.0) }

    static let migrations: [(String, String)] = [
        (
            "v1-documents-events",
            """
            CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
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
                revision INTEGER NOT NULL DEFAULT 1,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX documents_published ON documents(published);
            CREATE INDEX documents_source ON documents(source);
            CREATE TABLE sentences (
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                part TEXT NOT NULL,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (document_id, part, idx)
            ) WITHOUT ROWID;
            CREATE TABLE event_groups (
                id INTEGER PRIMARY KEY,
                group_key TEXT NOT NULL UNIQUE,
                day TEXT,
                source_code TEXT,
                source_country TEXT,
                target_code TEXT,
                target_country TEXT,
                cameo TEXT NOT NULL,
                root TEXT NOT NULL,
                plover TEXT,
                quad INTEGER NOT NULL,
                goldstein REAL NOT NULL,
                added TEXT NOT NULL
            );
            CREATE INDEX groups_country_dyad ON event_groups(source_country, target_country, day, cameo, quad, goldstein);
            CREATE INDEX groups_code_dyad ON event_groups(source_code, target_code, day, cameo, quad, goldstein);
            CREATE INDEX groups_day ON event_groups(day);
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                group_id INTEGER NOT NULL REFERENCES event_groups(id),
                doc TEXT NOT NULL,
                part TEXT NOT NULL,
                sentence INTEGER NOT NULL,
                day TEXT,
                cameo TEXT NOT NULL,
                root TEXT NOT NULL,
                plover TEXT,
                mode TEXT,
                goldstein REAL NOT NULL,
                quad INTEGER NOT NULL,
                source_code TEXT, source_country TEXT, source_role TEXT, source_text TEXT, source_start INTEGER, source_end INTEGER,
                target_code TEXT, target_country TEXT, target_role TEXT, target_text TEXT, target_start INTEGER, target_end INTEGER,
                trigger_text TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
                flags TEXT NOT NULL,
                sentence_text TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
                entries TEXT NOT NULL,
                lexicon_version TEXT NOT NULL
            );
            CREATE INDEX events_document ON events(document_id);
            CREATE INDEX events_group ON events(group_id);
            CREATE INDEX events_day ON events(day);
            CREATE INDEX events_source ON events(source_country, day);
            CREATE INDEX events_target ON events(target_country, day);
            CREATE INDEX events_cameo ON events(cameo);
            CREATE TABLE flags (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                mentions TEXT NOT NULL,
                facts TEXT NOT NULL,
                explanation TEXT NOT NULL,
                explanation_ar TEXT NOT NULL
            );
            CREATE INDEX flags_document ON flags(document_id);
            CREATE INDEX flags_kind ON flags(kind);
            CREATE TABLE actors (
                code TEXT PRIMARY KEY,
                country TEXT,
                role TEXT,
                label TEXT NOT NULL,
                first_day TEXT,
                last_day TEXT
            ) WITHOUT ROWID;
            """
        ),
        (
            // Full-text search over the normalised headline and text (SQLiteSearchIndex);
            // back-fills the articles stored before it.
            "v2-document-search",
            """
            CREATE VIRTUAL TABLE document_search USING fts5(title, body, tokenize = 'trigram');
            INSERT INTO document_search (rowid, title, body)
                SELECT id, tawthiq_normalize(coalesce(title, '')), tawthiq_normalize(body) FROM documents;
            """
        ),
        (
            // The argument rules that set each event's source and target (`--explain`'s rules).
            "v3-event-rules",
            """
            ALTER TABLE events ADD COLUMN source_rule TEXT;
            ALTER TABLE events ADD COLUMN target_rule TEXT;
            """
        ),
        (
            // The relations rollup (RelationRollup): a dyad's events per month, day, code and quad
            // class, kept by the writer; built here from the events already stored.
            "v4-relation-months",
            SQLiteRollup.createTable
        ),
        (
            // Notes (what the lexicon could not say: unknown-office-holder, other-office) kept
            // apart from the flags (contradictions). Notes stored as flags by earlier versions move
            // here, and leave the events' flag lists.
            "v5-notes",
            """
            CREATE TABLE notes (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                mentions TEXT NOT NULL,
                facts TEXT NOT NULL,
                explanation TEXT NOT NULL,
                explanation_ar TEXT NOT NULL
            );
            CREATE INDEX notes_document ON notes(document_id);
            INSERT INTO notes (document_id, kind, mentions, facts, explanation, explanation_ar)
                SELECT document_id, kind, mentions, facts, explanation, explanation_ar FROM flags
                WHERE kind IN ('unknown-office-holder', 'other-office') ORDER BY id;
            DELETE FROM flags WHERE kind IN ('unknown-office-holder', 'other-office');
            UPDATE events SET flags = trim(replace(replace(',' || flags || ',', ',unknown-office-holder,', ','), ',other-office,', ','), ',')
                WHERE ',' || flags || ',' LIKE '%,unknown-office-holder,%' OR ',' || flags || ',' LIKE '%,other-office,%';
            """
        ),
        (
            // Where each event happened (issue 15, docs/places.md): the place as coded, and the
            // deduplicated event's state for `--where`.
            "v6-event-places",
            """
            ALTER TABLE events ADD COLUMN place_name TEXT;
            ALTER TABLE events ADD COLUMN place_country TEXT;
            ALTER TABLE events ADD COLUMN place_admin1 TEXT;
            ALTER TABLE events ADD COLUMN place_lat REAL;
            ALTER TABLE events ADD COLUMN place_lon REAL;
            ALTER TABLE events ADD COLUMN place_geonameid INTEGER;
            ALTER TABLE events ADD COLUMN place_start INTEGER;
            ALTER TABLE events ADD COLUMN place_end INTEGER;
            ALTER TABLE events ADD COLUMN place_type TEXT;
            ALTER TABLE events ADD COLUMN place_basis TEXT;
            ALTER TABLE events ADD COLUMN place_fullname TEXT;
            ALTER TABLE events ADD COLUMN place_fips TEXT;
            ALTER TABLE events ADD COLUMN place_reason TEXT;
            CREATE INDEX events_place ON events(place_country, day);
            ALTER TABLE event_groups ADD COLUMN place_country TEXT;
            CREATE INDEX groups_place ON event_groups(place_country, day);
            """
        ),
    ]

    /// Work a migration does in Swift after its SQL (filling what it created from what is stored).
    static let dataSteps: [String: @Sendable (Database) throws -> Void] = [
        "v4-relation-months": SQLiteRollup.build
    ]

    static func migrator() -> DatabaseMigrator {
        var m = DatabaseMigrator()
        for (name, sql) in migrations {
            m.registerMigration(name) { db in
                try db.execute(sql: sql)
                try dataSteps[name]?(db)
            }
        }
        return m
    }
}
