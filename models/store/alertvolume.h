#pragma once

#include "domain/alert.h"
#include "sqlsupport.h"
#include "storeresult.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// Counts the firing notifications one commit receives per hour, source, alert
// name, service and severity, and adds them to the alert_volume table in as
// many statements as there are distinct keys. The statistics read that table:
// the alerts table knows only an alert's first and last sighting, not when its
// repeats came, and grouping a million alert rows would cost seconds.
class AlertVolumeTally {
public:
    void count(const Alert& alert, const QDateTime& receivedUtc);
    StoreResult<bool> flush(SqlSupport::PreparedStatements& statements);
    void clear() { m_counts.clear(); }

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
    QHash<Key, qint64> m_counts;
};
