#pragma once

#include "models/domain/alert.h"
#include "models/domain/responsemetrics.h"
#include "models/store/sqlsupport.h"
#include "models/store/storeresult.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// Counts the firing notifications the store receives and adds them to two
// tables, in as many statements as there are distinct keys:
//   alert_volume        per UTC hour, source, alert name, service and severity:
//                       what charts narrowed to a service or severities read;
//   alert_volume_daily  per local day, source and alert name: what the usual,
//                       unnarrowed charts read — a few rows a day, however many alerts.
// The alerts table knows only an alert's first and last sighting, not when its
// repeats came, and grouping a million alert rows would cost seconds.
//
// Counts of committed alerts are kept in memory and written at most once a
// second, with a later commit (or before the statistics are read): in a storm
// that is a few hundred rows a second instead of one or two per alert. A crash
// forgets at most that second of counts — never an alert.
class AlertVolumeTally {
public:
    static constexpr qint64 kWriteEveryMs = 1000;

    // A notification in the transaction under way.
    void count(const Alert& alert, const QDateTime& receivedUtc);
    bool writeDue(const QDateTime& nowUtc) const;
    bool hasPending() const { return !m_pending.isEmpty() || !m_transaction.isEmpty(); }
    // Writes the pending counts and the transaction's, inside the caller's transaction.
    StoreResult<bool> write(SqlSupport::PreparedStatements& statements, const QDateTime& nowUtc);
    // The transaction committed: what write() wrote is done; the transaction's counts, if not written, wait.
    void committed(bool written);
    // The transaction rolled back: its counts go; what write() wrote is pending again.
    void rolledBack() { m_transaction = {}; }

    static constexpr qint64 kHourMs = 3600 * 1000;

private:
    struct Key {
        qint64 hour;
        QString source;
        QString name;
        QString service;
        int severity;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed = 0)
    {
        return qHashMulti(seed, key.hour, key.source, key.name, key.service, key.severity);
    }
    struct DayKey {
        qint64 day; // local midnight, UTC milliseconds
        QString source;
        QString name;
        bool operator==(const DayKey&) const = default;
    };
    friend size_t qHash(const DayKey& key, size_t seed = 0)
    {
        return qHashMulti(seed, key.day, key.source, key.name);
    }
    struct Counts {
        QHash<Key, qint64> hourly;
        QHash<DayKey, qint64> daily;
        bool isEmpty() const { return hourly.isEmpty() && daily.isEmpty(); }
        void add(const Counts& other);
    };
    // The start of the local day `utc` falls in, as UTC milliseconds: the daily table's key.
    qint64 localMidnight(const QDateTime& utc);

    // The local day of the latest notification: converting every notification's
    // time to local time costs more than storing it (glibc checks the time-zone file each time).
    MetricsBucket m_day;
    Counts m_transaction;
    Counts m_pending;
    QDateTime m_lastWrite;
};
