#pragma once

#include "domain/alert.h"
#include "sqlsupport.h"
#include "storeresult.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// Counts the firing notifications one commit receives and adds them to two
// tables, in as many statements as there are distinct keys:
//   alert_volume        per UTC hour, source, alert name, service and severity:
//                       what charts narrowed to a service or severities read;
//   alert_volume_daily  per local day, source and alert name: what the usual,
//                       unnarrowed charts read — a few rows a day, however many alerts.
// The alerts table knows only an alert's first and last sighting, not when its
// repeats came, and grouping a million alert rows would cost seconds.
class AlertVolumeTally {
public:
    void count(const Alert& alert, const QDateTime& receivedUtc);
    StoreResult<bool> flush(SqlSupport::PreparedStatements& statements);
    void clear()
    {
        m_counts.clear();
        m_daily.clear();
    }

    static constexpr qint64 kHourMs = 3600 * 1000;
    // The start of the local day `utc` falls in, as UTC milliseconds: the daily table's key.
    static qint64 localMidnight(const QDateTime& utc);

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
    friend size_t qHash(const DayKey& key, size_t seed = 0) { return qHashMulti(seed, key.day, key.source, key.name); }
    QHash<Key, qint64> m_counts;
    QHash<DayKey, qint64> m_daily;
};
