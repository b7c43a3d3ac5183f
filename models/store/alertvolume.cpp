#include "alertvolume.h"

void AlertVolumeTally::count(const Alert& alert, const QDateTime& receivedUtc)
{
    const qint64 at = receivedUtc.toMSecsSinceEpoch();
    const Key key { at - at % kHourMs, alert.source, alert.name, alert.service, static_cast<int>(alert.severity) };
    ++m_counts[key];
    ++m_daily[DayKey { localMidnight(receivedUtc), alert.source, alert.name }];
}

qint64 AlertVolumeTally::localMidnight(const QDateTime& utc)
{
    return QDateTime(utc.toLocalTime().date(), QTime(0, 0)).toMSecsSinceEpoch();
}

StoreResult<bool> AlertVolumeTally::flush(SqlSupport::PreparedStatements& statements)
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const Key& key = it.key();
        const SqlSupport::PreparedStatements::Run run = statements.run(
            QStringLiteral("INSERT INTO alert_volume (hour, source, name, service, severity, notifications) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (hour, source, name, service, severity) DO UPDATE SET "
                           "notifications = notifications + excluded.notifications"),
            { key.hour, key.source, key.name, key.service, key.severity, it.value() });
        if (!run)
            return SqlSupport::failed<bool>(run.query());
    }
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it) {
        const DayKey& key = it.key();
        const SqlSupport::PreparedStatements::Run run = statements.run(
            QStringLiteral("INSERT INTO alert_volume_daily (day, source, name, notifications) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (day, source, name) DO UPDATE SET notifications = notifications + excluded.notifications"),
            { key.day, key.source, key.name, it.value() });
        if (!run)
            return SqlSupport::failed<bool>(run.query());
    }
    clear();
    return true;
}
