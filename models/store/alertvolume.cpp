#include "models/store/alertvolume.h"

void AlertVolumeTally::Counts::add(const Counts& other)
{
    for (auto it = other.hourly.cbegin(); it != other.hourly.cend(); ++it)
        hourly[it.key()] += it.value();
    for (auto it = other.daily.cbegin(); it != other.daily.cend(); ++it)
        daily[it.key()] += it.value();
}

void AlertVolumeTally::count(const Alert& alert, const QDateTime& receivedUtc)
{
    const qint64 at = receivedUtc.toMSecsSinceEpoch();
    ++m_transaction.hourly[Key {
        at - at % kHourMs, alert.source, alert.name, alert.service, static_cast<int>(alert.severity) }];
    ++m_transaction.daily[DayKey { localMidnight(receivedUtc), alert.source, alert.name }];
}

qint64 AlertVolumeTally::localMidnight(const QDateTime& utc)
{
    if (!m_day.contains(utc))
        m_day = MetricsCalendar::dayOf(utc);
    return m_day.from.toMSecsSinceEpoch();
}

bool AlertVolumeTally::writeDue(const QDateTime& nowUtc) const
{
    return hasPending()
        && (!m_lastWrite.isValid() || m_lastWrite.msecsTo(nowUtc) >= kWriteEveryMs || nowUtc < m_lastWrite);
}

StoreResult<bool> AlertVolumeTally::write(SqlSupport::PreparedStatements& statements, const QDateTime& nowUtc)
{
    Counts all = m_pending;
    all.add(m_transaction);
    for (auto it = all.hourly.cbegin(); it != all.hourly.cend(); ++it) {
        const Key& key = it.key();
        const SqlSupport::PreparedStatements::Run run = statements.run(
            QStringLiteral("INSERT INTO alert_volume (hour, source, name, service, severity, notifications) "
                           "VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (hour, source, name, service, severity) DO UPDATE SET "
                           "notifications = alert_volume.notifications + excluded.notifications"),
            { key.hour, key.source, key.name, key.service, key.severity, it.value() });
        if (!run)
            return SqlSupport::failed<bool>(run.query());
    }
    for (auto it = all.daily.cbegin(); it != all.daily.cend(); ++it) {
        const DayKey& key = it.key();
        const SqlSupport::PreparedStatements::Run run = statements.run(
            QStringLiteral(
                "INSERT INTO alert_volume_daily (day, source, name, notifications) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (day, source, name) DO UPDATE SET notifications = "
                "alert_volume_daily.notifications + "
                "excluded.notifications"),
            { key.day, key.source, key.name, it.value() });
        if (!run)
            return SqlSupport::failed<bool>(run.query());
    }
    m_lastWrite = nowUtc;
    return true;
}

void AlertVolumeTally::committed(bool written)
{
    if (written)
        m_pending = {};
    else
        m_pending.add(m_transaction);
    m_transaction = {};
}
