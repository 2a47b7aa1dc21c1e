/**
 * The schema as an ordered list of migrations. A database records how many it has applied
 * (`PRAGMA user_version`); opening an older file applies the rest inside one transaction.
 * Never edit a migration that has shipped: add a new one.
 */
export interface Migration {
  version: number;
  summary: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    summary: 'sources, members, entities, events with full-text search',
    sql: `
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        format TEXT NOT NULL,
        importer TEXT NOT NULL,
        file TEXT NOT NULL,
        path TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        parts TEXT NOT NULL,
        parser_version TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        first_ts INTEGER,
        last_ts INTEGER,
        events INTEGER NOT NULL DEFAULT 0,
        facts INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE members (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        sha256 TEXT,
        status TEXT NOT NULL,
        records INTEGER NOT NULL DEFAULT 0,
        note TEXT,
        UNIQUE (source_id, path)
      );
      CREATE TABLE ips (
        id INTEGER PRIMARY KEY,
        address TEXT NOT NULL UNIQUE,
        version INTEGER,
        country TEXT,
        registry_country TEXT,
        asn INTEGER,
        org TEXT,
        network_kind TEXT NOT NULL DEFAULT 'unknown',
        provider TEXT,
        special TEXT
      );
      CREATE TABLE devices (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        model TEXT,
        system TEXT,
        identifiers TEXT NOT NULL DEFAULT '{}',
        user_agent TEXT
      );
      CREATE TABLE hosts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      );
      CREATE TABLE apps (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
      CREATE TABLE advertisers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        pointer TEXT NOT NULL,
        platform TEXT NOT NULL,
        kind TEXT NOT NULL,
        ts INTEGER NOT NULL,
        time_text TEXT NOT NULL,
        precision TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT,
        raw TEXT NOT NULL,
        ip_id INTEGER REFERENCES ips(id),
        device_id INTEGER REFERENCES devices(id),
        app_id INTEGER REFERENCES apps(id),
        advertiser_id INTEGER REFERENCES advertisers(id),
        counterpart TEXT,
        off_source TEXT,
        off_event TEXT,
        network_type TEXT,
        carrier TEXT,
        lat REAL,
        lon REAL,
        flagged INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX events_ts ON events (ts, id);
      CREATE INDEX events_kind_ts ON events (kind, ts);
      CREATE INDEX events_source ON events (source_id, ts);
      CREATE INDEX events_ip ON events (ip_id) WHERE ip_id IS NOT NULL;
      CREATE INDEX events_device ON events (device_id) WHERE device_id IS NOT NULL;
      CREATE INDEX events_member ON events (member_id);
      CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        pointer TEXT NOT NULL,
        platform TEXT NOT NULL,
        fact TEXT NOT NULL,
        name TEXT NOT NULL,
        value TEXT,
        details TEXT,
        raw TEXT NOT NULL,
        device_id INTEGER REFERENCES devices(id),
        app_id INTEGER REFERENCES apps(id),
        advertiser_id INTEGER REFERENCES advertisers(id)
      );
      CREATE INDEX facts_source ON facts (source_id, fact);
      CREATE TABLE urls (
        id INTEGER PRIMARY KEY,
        host_id INTEGER NOT NULL REFERENCES hosts(id),
        event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
        fact_id INTEGER REFERENCES facts(id) ON DELETE CASCADE,
        url TEXT NOT NULL
      );
      CREATE INDEX urls_host ON urls (host_id);
      CREATE INDEX urls_event ON urls (event_id) WHERE event_id IS NOT NULL;
      CREATE INDEX urls_fact ON urls (fact_id) WHERE fact_id IS NOT NULL;
      CREATE VIRTUAL TABLE events_fts USING fts5 (
        title, body, content = 'events', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        INSERT INTO events_fts (events_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
    `,
  },
  {
    version: 2,
    summary: 'evidence: host classification, findings and flags with their supporting events',
    sql: `
      ALTER TABLE hosts ADD COLUMN owner TEXT;
      ALTER TABLE hosts ADD COLUMN rule_id TEXT;
      ALTER TABLE hosts ADD COLUMN grade TEXT NOT NULL DEFAULT 'G';
      ALTER TABLE hosts ADD COLUMN location_label TEXT;
      ALTER TABLE hosts ADD COLUMN location_kind TEXT NOT NULL DEFAULT 'none';
      ALTER TABLE hosts ADD COLUMN country TEXT;
      ALTER TABLE hosts ADD COLUMN lat REAL;
      ALTER TABLE hosts ADD COLUMN lon REAL;
      ALTER TABLE hosts ADD COLUMN statement TEXT;
      ALTER TABLE hosts ADD COLUMN basis TEXT;
      CREATE TABLE findings (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        grade TEXT NOT NULL,
        statement TEXT NOT NULL,
        count INTEGER NOT NULL,
        first_ts INTEGER,
        last_ts INTEGER,
        ord INTEGER NOT NULL
      );
      CREATE TABLE finding_events (
        finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        PRIMARY KEY (finding_id, event_id)
      ) WITHOUT ROWID;
      CREATE TABLE flags (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL,
        title TEXT NOT NULL,
        explanation TEXT NOT NULL,
        first_ts INTEGER,
        last_ts INTEGER,
        ord INTEGER NOT NULL
      );
      CREATE TABLE flag_events (
        flag_id TEXT NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        PRIMARY KEY (flag_id, event_id)
      ) WITHOUT ROWID;
      CREATE INDEX flag_events_event ON flag_events (event_id);
      CREATE INDEX finding_events_event ON finding_events (event_id);
      CREATE TABLE path_hints (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        token TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        grade TEXT NOT NULL,
        location_label TEXT NOT NULL,
        location_kind TEXT NOT NULL,
        country TEXT,
        lat REAL,
        lon REAL,
        statement TEXT NOT NULL,
        basis TEXT
      );
      ALTER TABLE urls ADD COLUMN path_hint_id INTEGER REFERENCES path_hints(id);
      CREATE INDEX urls_path_hint ON urls (path_hint_id) WHERE path_hint_id IS NOT NULL;
    `,
  },
  {
    version: 3,
    summary: 'events per UTC day (histogram, totals and positions without scanning); indexes for the app and advertiser ledgers',
    // day = floor(ts / 86 400 000), also before 1970 (SQLite's % keeps the dividend's sign).
    // Written by the import (RecordWriter.finish); removed with its source.
    sql: `
      CREATE TABLE event_days (
        day INTEGER NOT NULL,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        kind TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, source_id, platform, kind)
      ) WITHOUT ROWID;
      INSERT INTO event_days (day, source_id, platform, kind, n)
        SELECT (ts - ((ts % 86400000) + 86400000) % 86400000) / 86400000, source_id, platform, kind, count(*)
        FROM events GROUP BY 1, 2, 3, 4;
      CREATE INDEX events_app ON events (app_id, platform, kind, ts) WHERE app_id IS NOT NULL;
      CREATE INDEX events_advertiser ON events (advertiser_id, platform, kind, ts) WHERE advertiser_id IS NOT NULL;
    `,
  },
  {
    version: 4,
    summary: 'full-text index filled once per import instead of by a per-row trigger (~2x faster imports)',
    // The import writes events_fts in one INSERT … SELECT after its last record
    // (RecordWriter.indexText): same rows, built in rowid order, far cheaper than a trigger per
    // event. The delete trigger stays: removing a source still removes its text.
    sql: `
      DROP TRIGGER events_fts_insert;
    `,
  },
  {
    version: 5,
    summary: "each member's ledger: items found, and what did not become records (unread keys, dropped items)",
    // items is NULL for members imported before the ledger existed (unknown, not zero).
    sql: `
      ALTER TABLE members ADD COLUMN items INTEGER;
      CREATE TABLE member_gaps (
        member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('key', 'item')),
        what TEXT NOT NULL,
        count INTEGER NOT NULL,
        example TEXT NOT NULL,
        PRIMARY KEY (member_id, kind, what)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    summary: 'which list, rule or table decided an IP\'s network kind (ips.network_basis)',
    // Filled at import and refreshed by the analysis step (analysis/evidence.ts), which also
    // corrects kinds classified by older rules; NULL until then.
    sql: `
      ALTER TABLE ips ADD COLUMN network_basis TEXT;
    `,
  },
  {
    version: 7,
    summary: 'a small key-value table for derived state (the fingerprint of the rules the stored IP and host classifications came from)',
    // analysis/refresh-state.ts: stored classifications are rechecked only when the rules changed,
    // not on every analysis (100 000 hosts take seconds to reclassify).
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    `,
  },
  {
    version: 8,
    summary: 'sources.synthetic: 1 for a synthetic export (a workshop persona or the bundled sample), never anyone\'s data',
    // Set after import by personas/synthetic.ts; every view and `analyze --json` can say SAMPLE.
    sql: `
      ALTER TABLE sources ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 9,
    summary: 'findings and flags stored as a code plus params (JSON), rendered to words by shared/words; no sentence columns',
    // Findings and flags are derived: the rows are dropped here and rebuilt by the analysis when
    // the core next opens the profile (analysis/evidence.ts analyseIfStale, keyed on this meta row).
    sql: `
      DELETE FROM flag_events; DELETE FROM flags; DELETE FROM finding_events; DELETE FROM findings;
      UPDATE events SET flagged = 0 WHERE flagged = 1;
      ALTER TABLE findings RENAME COLUMN kind TO code;
      ALTER TABLE findings DROP COLUMN statement;
      ALTER TABLE findings ADD COLUMN params TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE flags RENAME COLUMN kind TO code;
      ALTER TABLE flags DROP COLUMN title;
      ALTER TABLE flags DROP COLUMN explanation;
      ALTER TABLE flags ADD COLUMN params TEXT NOT NULL DEFAULT '{}';
      INSERT INTO meta (key, value) VALUES ('analysis-stale', 'schema 9: findings and flags are stored as code + params')
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    `,
  },
  {
    version: 10,
    summary: "staged imports: a source is 'importing' (invisible) until its last, small transaction makes it 'complete'",
    // An import commits its records in batches (bounded WAL) under a source whose state is
    // 'importing' and whose import_pid names the process writing it; every query and listing
    // reads complete sources only (queries/visible.ts). A crash leaves an 'importing' row whose
    // process is gone: the next open deletes it with everything it brought (import-rows.ts).
    sql: `
      ALTER TABLE sources ADD COLUMN state TEXT NOT NULL DEFAULT 'complete' CHECK (state IN ('importing', 'complete'));
      ALTER TABLE sources ADD COLUMN import_pid INTEGER;
      CREATE INDEX sources_importing ON sources (id) WHERE state <> 'complete';
    `,
  },
  {
    version: 11,
    summary: 'access ledger counts per source and entity (Who view without scanning the events)',
    // One row per (source, entity, platform, kind or detail) with its count and time span:
    // queries/access-counts.ts writes a source's rows once, in the analysis that follows its
    // import (or on the first open after this migration), and the Who view sums them. The rows
    // go with their source (ON DELETE CASCADE). Until a source is counted (access_counted) its
    // rows are computed from the events on the fly, so an answer is never short.
    sql: `
      CREATE TABLE access_counts (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        entity TEXT NOT NULL CHECK (entity IN ('ip', 'device', 'app', 'advertiser', 'off')),
        ref NOT NULL,
        platform TEXT NOT NULL,
        what TEXT,
        timed INTEGER NOT NULL,
        n INTEGER NOT NULL,
        first_ts INTEGER,
        last_ts INTEGER
      );
      CREATE INDEX access_counts_source ON access_counts (source_id, entity);
      CREATE TABLE access_counted (source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE);
    `,
  },
  {
    version: 12,
    summary: 'compact events: raw records (and their URLs) deflated in blocks, pointers relative to a per-member base, derivable time texts as a format code; link findings keep their group, not a row per event',
    // Issue 15 (database ≤ 2.5× its JSON). Rows written before this migration keep their inline
    // raw, whole pointer and time text, and stay valid: every reader takes the inline value when
    // the compact one is absent (store/compact.ts, store/raw-blocks.ts). Nothing is rewritten.
    //  - raw_blocks: the raw records of consecutive events [first_id, last_id] of one source, as
    //    one deflate-raw block of a JSON array of [raw, ...urls]; such events store raw = '' and
    //    their urls rows url = '' (the URL text is in the block, in urls row order).
    //  - events.pointer_base: NULL, or the pointer_bases row whose head || pointer || rest is the
    //    event's pointer (pointer then holds only the last number, e.g. the item's index). No
    //    foreign key: the bases go with their member, the events with their source, and a
    //    check would look up events by base (no index) for every base deleted.
    //  - events.time_text: the export's text, or a one-character code naming the format it was in
    //    when that format of ts reproduces the text exactly (compact.ts TIME_FORMATS).
    //  - findings.link_*: a link finding names its group (host or path rule + label); its events
    //    are read through urls, not copied into finding_events. Findings are derived: marking the
    //    analysis stale rebuilds them in the new form when the core next opens the profile.
    sql: `
      CREATE TABLE raw_blocks (
        first_id INTEGER PRIMARY KEY,
        last_id INTEGER NOT NULL,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        data BLOB NOT NULL
      );
      CREATE INDEX raw_blocks_source ON raw_blocks (source_id);
      CREATE TABLE pointer_bases (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        head TEXT NOT NULL,
        rest TEXT NOT NULL,
        UNIQUE (member_id, head, rest)
      );
      ALTER TABLE events ADD COLUMN pointer_base INTEGER;
      ALTER TABLE findings ADD COLUMN link_by TEXT CHECK (link_by IN ('host', 'path'));
      ALTER TABLE findings ADD COLUMN link_rule TEXT;
      ALTER TABLE findings ADD COLUMN link_label TEXT;
      INSERT INTO meta (key, value) VALUES ('analysis-stale', 'schema 12: link findings name their group instead of linking every event')
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    `,
  },
  {
    version: 13,
    summary: 'full-text index without per-row token counts (columnsize=0): half its size and half the CPU to fill; the time index without a second copy of the id',
    // Issue 15 (import throughput). FTS5 keeps the token count of every row's columns
    // (events_fts_docsize, 11 B a record) for ranking functions such as bm25(); nothing here ranks
    // (search results are in time order, snippets are made in JS), so every MATCH answers the
    // same. Filling it cost 1.27 s CPU per million events, 0.65 s without. The index is rebuilt
    // from events once (about 0.7 s per million events at upgrade).
    // events_ts was (ts, id): id is the rowid, which every index entry holds anyway, so it was
    // stored twice (4 B a record); an index on (ts) gives the same (ts, id) order to ORDER BY
    // e.ts, e.id and to INDEXED BY events_ts, and costs a quarter less to build.
    // IF EXISTS: a first import killed before this upgrade left its full indexes dropped (their
    // old SQL in meta, bulk-indexes.ts); the cleanup after migrating restores the others, and
    // skips events_ts, made here in its new form.
    sql: `
      DROP INDEX IF EXISTS events_ts;
      CREATE INDEX events_ts ON events (ts);
      DROP TABLE events_fts;
      CREATE VIRTUAL TABLE events_fts USING fts5 (
        title, body, content = 'events', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', columnsize = 0
      );
      INSERT INTO events_fts (events_fts) VALUES ('rebuild');
    `,
  },
  {
    version: 14,
    summary: 'raw blocks of layout 2 (tab-separated lines holding every URL with a host; built where records are read)',
    // Issue 15 (import throughput): nothing in the tables changes, but the blocks written from now
    // on are of a layout a build at schema 13 cannot read (raw-blocks.ts: it would fail on every
    // event detail). The version says so, so such a build refuses the profile untouched
    // ("written by a newer Whereabouts") instead. Blocks already written stay layout 1 and are
    // read as they are.
    sql: ``,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
