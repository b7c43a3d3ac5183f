#include "models/store/schemamigrations.h"

#include "models/store/migrationsteps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
// Version 1: incidents, their append-only timeline, and the change log that
// lets every open console (and any other process) learn what changed.
const char* const kVersion1[] = {
    R"(CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        key_year INTEGER NOT NULL,
        key_number INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
        type TEXT NOT NULL,
        service TEXT NOT NULL DEFAULT '',
        environment TEXT NOT NULL,
        status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 6),
        commander TEXT NOT NULL DEFAULT '',
        technical_lead TEXT NOT NULL DEFAULT '',
        communications_lead TEXT NOT NULL DEFAULT '',
        security_lead TEXT NOT NULL DEFAULT '',
        detected_at INTEGER NOT NULL,
        response_due_at INTEGER NOT NULL,
        acknowledged_at INTEGER,
        mitigated_at INTEGER,
        resolved_at INTEGER,
        closed_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (key_year, key_number)))",
    // One index per sortable triage column (each implicitly ends in id, which
    // keyset paging needs), and status-first ones for the common "active only" queue.
    "CREATE INDEX incidents_severity ON incidents (severity)",
    "CREATE INDEX incidents_status ON incidents (status)",
    "CREATE INDEX incidents_status_severity ON incidents (status, severity)",
    "CREATE INDEX incidents_status_detected ON incidents (status, detected_at)",
    "CREATE INDEX incidents_title ON incidents (title COLLATE NOCASE)",
    "CREATE INDEX incidents_service ON incidents (service COLLATE NOCASE)",
    "CREATE INDEX incidents_service_exact ON incidents (service)",
    "CREATE INDEX incidents_environment ON incidents (environment)",
    "CREATE INDEX incidents_detected ON incidents (detected_at)",
    "CREATE INDEX incidents_response_due ON incidents (response_due_at)",
    "CREATE INDEX incidents_commander ON incidents (commander COLLATE NOCASE)",
    R"(CREATE TABLE timeline (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        author TEXT NOT NULL,
        kind INTEGER NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT NOT NULL DEFAULT '',
        new_value TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        corrects_id INTEGER REFERENCES timeline (id)))",
    "CREATE INDEX timeline_incident ON timeline (incident_id, id)",
    "CREATE INDEX timeline_corrects ON timeline (corrects_id) WHERE corrects_id IS NOT NULL",
    // Entries are evidence: the database itself refuses to rewrite one.
    R"(CREATE TRIGGER timeline_append_only BEFORE UPDATE ON timeline
        BEGIN SELECT RAISE(ABORT, 'timeline entries are immutable; add a correction instead'); END)",
    R"(CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        incident_id INTEGER NOT NULL,
        entry_id INTEGER,
        created INTEGER NOT NULL DEFAULT 0))",
};

// Version 2: the alert stream. One row per firing episode of a fingerprint
// (at most one open row per source and fingerprint, which dedup relies on),
// the log that tells open views which alerts changed, and the deliveries the
// receiver refused, kept for inspection.
const char* const kVersion2[] = {
    R"(CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        name TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        service TEXT NOT NULL DEFAULT '',
        severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
        status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),
        labels TEXT NOT NULL DEFAULT '{}',
        annotations TEXT NOT NULL DEFAULT '{}',
        starts_at INTEGER,
        ends_at INTEGER,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        occurrences INTEGER NOT NULL DEFAULT 1,
        generator_url TEXT NOT NULL DEFAULT '',
        runbook_url TEXT NOT NULL DEFAULT '',
        rule TEXT NOT NULL DEFAULT '',
        correlation_key TEXT NOT NULL DEFAULT '',
        incident_id INTEGER REFERENCES incidents (id) ON DELETE SET NULL))",
    "CREATE UNIQUE INDEX alerts_open_fingerprint ON alerts (source, fingerprint) WHERE status <> 2",
    "CREATE INDEX alerts_fingerprint_start ON alerts (source, fingerprint, starts_at)",
    "CREATE INDEX alerts_correlation ON alerts (correlation_key, last_seen)",
    "CREATE INDEX alerts_incident ON alerts (incident_id, status)",
    "CREATE INDEX alerts_last_seen ON alerts (last_seen)",
    "CREATE INDEX alerts_first_seen ON alerts (first_seen)",
    "CREATE INDEX alerts_status_last_seen ON alerts (status, last_seen)",
    "CREATE INDEX alerts_severity ON alerts (severity)",
    "CREATE INDEX alerts_status ON alerts (status)",
    "CREATE INDEX alerts_name ON alerts (name COLLATE NOCASE)",
    "CREATE INDEX alerts_source ON alerts (source COLLATE NOCASE)",
    "CREATE INDEX alerts_service ON alerts (service COLLATE NOCASE)",
    "CREATE INDEX alerts_occurrences ON alerts (occurrences)",
    R"(CREATE TABLE alert_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        alert_id INTEGER NOT NULL))",
    R"(CREATE TABLE rejected_deliveries (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        route TEXT NOT NULL,
        peer TEXT NOT NULL DEFAULT '',
        status INTEGER NOT NULL,
        reason TEXT NOT NULL,
        content_type TEXT NOT NULL DEFAULT '',
        body BLOB NOT NULL))",
};

// Version 3: correlation looks only at alerts linked to an incident, so its
// index holds only those; the plain status index duplicated the prefix of
// (status, last_seen); senders' delivery ids, for senders that deliver
// at least once (PagerDuty), so that a repeat is acknowledged and not applied twice.
const char* const kVersion3[] = {
    "DROP INDEX alerts_correlation",
    "CREATE INDEX alerts_correlation ON alerts (correlation_key, last_seen) WHERE incident_id IS NOT NULL",
    "DROP INDEX alerts_status",
    R"(CREATE TABLE processed_deliveries (
        source TEXT NOT NULL,
        delivery_id TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        PRIMARY KEY (source, delivery_id)))",
    "CREATE INDEX processed_deliveries_received ON processed_deliveries (received_at)",
};

// Version 4: silences and maintenance windows.
const char* const kVersion4[] = {
    R"(CREATE TABLE silences (
        id INTEGER PRIMARY KEY,
        matchers TEXT NOT NULL,
        starts_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL))",
    "CREATE INDEX silences_ends ON silences (ends_at)",
};

// Version 5: the alert stream's full-text index (FTS5), so that searching a
// million alerts takes milliseconds instead of a scan. It holds its own copy
// of the text, with camel case split ("HighLatency High Latency"), which
// AlertTable writes as it writes alerts: triggers would make SQLite open a
// savepoint in the index for every statement, which halved ingestion. Without
// positions (detail=none): only word searches are asked of it, and they are
// several times faster without.
const char* const kVersion5[] = {
    "CREATE VIRTUAL TABLE alerts_fts USING fts5(text, detail=none)",
    // Alerts from before: their words as they are (camel case not split).
    "INSERT INTO alerts_fts (rowid, text) SELECT id, name || ' ' || summary || ' ' || service || ' ' || "
    "fingerprint FROM alerts",
};

// Version 6: the outbox. Messages to PagerDuty, Slack and webhooks wait here
// until the service takes them; outbox_cursor remembers how far the change log
// has been turned into messages, so that each change is sent once.
const char* const kVersion6[] = {
    R"(CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        incident_id INTEGER REFERENCES incidents (id) ON DELETE CASCADE,
        incident_key TEXT NOT NULL DEFAULT '',
        event TEXT NOT NULL,
        payload BLOB NOT NULL,
        state INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        next_attempt_at INTEGER NOT NULL,
        last_attempt_at INTEGER,
        delivered_at INTEGER,
        last_error TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 0",
    "CREATE TABLE outbox_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL)",
};

// Version 7: escalation steps taken, so that each level of a policy pages
// once, and the ones that fell due while the console was closed fire when it opens.
const char* const kVersion7[] = {
    R"(CREATE TABLE escalation_steps (
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        level INTEGER NOT NULL,
        policy TEXT NOT NULL,
        fired_at INTEGER NOT NULL,
        PRIMARY KEY (incident_id, level)))",
};

// Version 8: playbook checklists attached to incidents.
const char* const kVersion8[] = {
    R"(CREATE TABLE checklist_items (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        playbook_id TEXT NOT NULL,
        playbook_title TEXT NOT NULL,
        phase TEXT NOT NULL,
        phase_window TEXT NOT NULL DEFAULT '',
        critical INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        checked_at INTEGER,
        checked_by TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX checklist_incident ON checklist_items (incident_id, position)",
};

// Version 9: stakeholder communication. The incident's war room and the
// regulated data it involves; the status-page draft being written for an
// incident, the updates posted, and the Statuspage incident they went to.
// When each audience last heard is read from the timeline (kind 12), which
// the partial index keeps quick.
const char* const kVersion9[] = {
    "ALTER TABLE incidents ADD COLUMN war_room TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN regulated_data TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX timeline_communicated ON timeline (incident_id, field, at) WHERE kind = 12",
    R"(CREATE TABLE statuspage_drafts (
        incident_id INTEGER PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        content BLOB NOT NULL,
        saved_at INTEGER NOT NULL,
        saved_by TEXT NOT NULL))",
    R"(CREATE TABLE statuspage_updates (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        content BLOB NOT NULL,
        posted_at INTEGER NOT NULL,
        posted_by TEXT NOT NULL,
        outbox_id INTEGER REFERENCES outbox (id) ON DELETE SET NULL))",
    "CREATE INDEX statuspage_updates_incident ON statuspage_updates (incident_id, id)",
    R"(CREATE TABLE statuspage_links (
        incident_id INTEGER PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL))",
};

// Version 10: the team an incident is assigned to (by category and severity).
const char* const kVersion10[] = {
    "ALTER TABLE incidents ADD COLUMN team TEXT NOT NULL DEFAULT ''",
};

// Version 11: post-incident reviews. The review's writing is kept whole as
// JSON; its action items are also rows (for the tracker across reviews), its
// words are in a full-text index, each published revision is kept, and text
// not yet saved is kept every few seconds so that a crash loses none of it.
const char* const kVersion11[] = {
    R"(CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL UNIQUE REFERENCES incidents (id) ON DELETE CASCADE,
        status INTEGER NOT NULL DEFAULT 0,
        revision INTEGER NOT NULL DEFAULT 1,
        content BLOB NOT NULL,
        root_cause_category TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL,
        published_at INTEGER,
        due_at INTEGER))",
    R"(CREATE TABLE review_revisions (
        review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        content BLOB NOT NULL,
        published_at INTEGER NOT NULL,
        published_by TEXT NOT NULL,
        PRIMARY KEY (review_id, revision)))",
    R"(CREATE TABLE review_action_items (
        review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        deadline TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL,
        status TEXT NOT NULL,
        horizon TEXT NOT NULL,
        PRIMARY KEY (review_id, position)))",
    "CREATE INDEX review_action_items_deadline ON review_action_items (status, deadline)",
    "CREATE VIRTUAL TABLE reviews_fts USING fts5(text)",
    R"(CREATE TABLE review_autosave (
        incident_id INTEGER PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        content BLOB NOT NULL,
        saved_at INTEGER NOT NULL))",
};

// Version 12: the statistics. Alert notifications per hour, source, name,
// service and severity, and per local day, source and name (see
// AlertVolumeTally), both filled from the alerts already kept as if each
// alert's notifications had all come when it was first seen; and
// when each action item was done, for the monthly report's improvements.
const char* const kVersion12[] = {
    R"(CREATE TABLE alert_volume (
        hour INTEGER NOT NULL,
        source TEXT NOT NULL,
        name TEXT NOT NULL,
        service TEXT NOT NULL,
        severity INTEGER NOT NULL,
        notifications INTEGER NOT NULL,
        PRIMARY KEY (hour, source, name, service, severity)) WITHOUT ROWID)",
    R"(INSERT INTO alert_volume (hour, source, name, service, severity, notifications)
        SELECT first_seen - first_seen % 3600000, source, name, service, severity, sum(occurrences)
        FROM alerts GROUP BY 1, 2, 3, 4, 5)",
    R"(CREATE TABLE alert_volume_daily (
        day INTEGER NOT NULL,
        source TEXT NOT NULL,
        name TEXT NOT NULL,
        notifications INTEGER NOT NULL,
        PRIMARY KEY (day, source, name)) WITHOUT ROWID)",
    R"(INSERT INTO alert_volume_daily (day, source, name, notifications)
        SELECT CAST(strftime('%s', date(first_seen / 1000, 'unixepoch', 'localtime'), 'utc') AS INTEGER) * 1000, source, name,
            sum(occurrences)
        FROM alerts GROUP BY 1, 2, 3)",
    "ALTER TABLE review_action_items ADD COLUMN done_at INTEGER",
    R"(UPDATE review_action_items SET done_at = (SELECT updated_at FROM reviews WHERE reviews.id = review_id)
        WHERE status = 'done')",
    "CREATE INDEX review_action_items_done ON review_action_items (done_at) WHERE done_at IS NOT NULL",
};

// Version 13: how far the store has applied each alert inbox (AlertInbox), a
// queue file of its own that a storm's deliveries are committed to first; the
// mark moves in the transaction that applies them, so none is applied twice.
const char* const kVersion13[] = {
    "CREATE TABLE inbox_applied (inbox TEXT PRIMARY KEY, through INTEGER NOT NULL)",
};

// Version 14: delivery integrity.
// - store_identity: a name this database gives itself at creation, so that the
//   dedup keys it sends PagerDuty never collide with another database's
//   INC-2026-0001 (incidents.page_key; older incidents keep the key their
//   pages were opened under, so that those still resolve).
// - timeline.origin: the alert source whose delivery made the entry, as a
//   field ("pagerduty"); empty when made here. Never guessed from the author.
// - outbox claims: a sender takes a message under a lease before it sends it,
//   so that two consoles on one file never both send it.
const char* const kVersion14[] = {
    "CREATE TABLE store_identity (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL)",
    "INSERT INTO store_identity (id, name) VALUES (1, lower(hex(randomblob(6))))",
    "ALTER TABLE incidents ADD COLUMN page_key TEXT NOT NULL DEFAULT ''",
    "UPDATE incidents SET page_key = key",
    "ALTER TABLE timeline ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE outbox ADD COLUMN claimed_until INTEGER",
    // Messages of one incident to one channel go in the order they were made.
    "CREATE INDEX outbox_waiting ON outbox (channel, incident_id, id) WHERE state = 0",
};

// Version 15: how far each open console has read the change log, written every
// few seconds, so that a console opening the file never prunes what another
// has yet to read (a mark not renewed for a day belongs to a console that died).
const char* const kVersion15[] = {
    "CREATE TABLE change_readers (reader TEXT PRIMARY KEY, seq INTEGER NOT NULL, seen_at INTEGER NOT NULL)",
};

// Version 16: which console has which incident open, and whether its user is
// writing the review there (PresenceRecords); renewed every few seconds.
const char* const kVersion16[] = {
    "CREATE TABLE presence (console TEXT PRIMARY KEY, person TEXT NOT NULL, incident_id INTEGER NOT NULL, "
    "activity INTEGER NOT NULL, seen_at INTEGER NOT NULL)",
    "CREATE INDEX presence_incident ON presence (incident_id, seen_at)",
};

// Version 17: the timeline's moves to resolved, counted for incidents_resolved_total on every scrape
// (SqlStoreFigures::incidentStatistics); kind 1 is TimelineKind::StatusChanged.
const char* const kVersion17[] = {
    "CREATE INDEX timeline_resolutions ON timeline (id) WHERE kind = 1 AND new_value = 'resolved'",
};

// Version 18: seed 002's extended response team, how each incident was discovered, its ETA and customer
// impact, and seed 004's customer satisfaction rating (0: not rated).
const char* const kVersion18[] = {
    "ALTER TABLE incidents ADD COLUMN database_administrator TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN network_engineer TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN certificate_manager TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN vendor_liaison TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN detection_source TEXT NOT NULL DEFAULT 'not_recorded'",
    "ALTER TABLE incidents ADD COLUMN eta INTEGER",
    "ALTER TABLE incidents ADD COLUMN users_affected INTEGER",
    "ALTER TABLE incidents ADD COLUMN revenue_impact TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN sla_impact TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN customer_satisfaction INTEGER NOT NULL DEFAULT 0",
};

const MigrationStep kSteps[] = {
    { kVersion1, std::size(kVersion1) },
    { kVersion2, std::size(kVersion2) },
    { kVersion3, std::size(kVersion3) },
    { kVersion4, std::size(kVersion4) },
    { kVersion5, std::size(kVersion5) },
    { kVersion6, std::size(kVersion6) },
    { kVersion7, std::size(kVersion7) },
    { kVersion8, std::size(kVersion8) },
    { kVersion9, std::size(kVersion9) },
    { kVersion10, std::size(kVersion10) },
    { kVersion11, std::size(kVersion11) },
    { kVersion12, std::size(kVersion12) },
    { kVersion13, std::size(kVersion13) },
    { kVersion14, std::size(kVersion14) },
    { kVersion15, std::size(kVersion15) },
    { kVersion16, std::size(kVersion16) },
    { kVersion17, std::size(kVersion17) },
    { kVersion18, std::size(kVersion18) },
};
}

int SchemaMigrations::latestVersion()
{
    return static_cast<int>(std::size(kSteps));
}

bool SchemaMigrations::migrate(QSqlDatabase& db, int from, int to, QString* error)
{
    return applyMigrationSteps(
        db, kSteps, from, to,
        [](int version) { return QStringLiteral("PRAGMA user_version = %1").arg(version); }, error);
}
