#pragma once

#include "models/domain/incident.h"
#include "models/domain/timelineentry.h"
#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <functional>

class SqlSession;

// The incident rows and their timelines, as every SQL store area reads and
// changes them: an incident changes only through mutate() or appendEntry(),
// which write the row, its timeline entries and their change-log rows together.
class SqlJournal {
    Q_DECLARE_TR_FUNCTIONS(SqlJournal)
public:
    explicit SqlJournal(SqlSession& session);

    // A change to one incident: gets the current row inside the write
    // transaction, edits it, and returns the timeline entries to write (none:
    // nothing changed, nothing is written), or a rejection.
    using Mutation
        = std::function<StoreResult<QList<TimelineEntry>>(Incident& incident, const QDateTime& now)>;
    StoreResult<Incident> mutate(qint64 incidentId, const QString& author, const Mutation& mutation,
        QList<TimelineEntry>* written = nullptr);
    // One entry on the incident's timeline, by `author`, now.
    StoreResult<TimelineEntry> appendEntry(
        qint64 incidentId, const TimelineEntry& entry, const QString& author);
    // Writes the entry as it is (its time and author given), with its change-log row; its id.
    StoreResult<qint64> insertEntry(TimelineEntry entry);

    // The incident as it is, or NotFound.
    StoreResult<Incident> incident(qint64 incidentId);
    StoreResult<QList<Incident>> selectIncidents(const QString& where, const QVariantList& bindings,
        const QString& orderBy = QString(), int limit = -1);
    StoreResult<QList<TimelineEntry>> selectEntries(
        const QString& where, const QVariantList& bindings, int limit);
    // Entries in the order they were written, after entry id `afterId`.
    StoreResult<QList<TimelineEntry>> timeline(qint64 incidentId, qint64 afterId, int limit);

private:
    SqlSession& m_session;
};
