#include "models/store/sql/sqlpresencerecords.h"

#include "models/store/sql/sqlsession.h"
#include "models/store/sqlsupport.h"

#include <QSqlQuery>

using namespace SqlSupport;

namespace {
// A console gone for a day without leaving (it crashed) is forgotten when another announces itself.
constexpr qint64 kForgottenAfterMs = 24 * 60 * 60 * 1000;
}

SqlPresenceRecords::SqlPresenceRecords(SqlSession& session)
    : m_session(session)
{
}

StoreResult<bool> SqlPresenceRecords::announce(const Presence& presence)
{
    if (presence.console.isEmpty())
        return rejected<bool>(
            QCoreApplication::translate("SqlPresenceRecords", "A presence needs its console."));
    // On the server's clock: consoles on other machines compare it with theirs.
    const qint64 now = m_session.serverNowMs();
    QSqlQuery query(m_session.database());
    if (!prepareAndExec(query,
            QStringLiteral("INSERT INTO presence (console, person, incident_id, activity, seen_at) VALUES "
                           "(?, ?, ?, ?, ?) ON CONFLICT (console) DO UPDATE SET person = excluded.person, "
                           "incident_id = excluded.incident_id, activity = excluded.activity, "
                           "seen_at = excluded.seen_at"),
            { presence.console, presence.person, presence.incidentId, static_cast<int>(presence.activity),
                now })
        || !prepareAndExec(
            query, QStringLiteral("DELETE FROM presence WHERE seen_at < ?"), { now - kForgottenAfterMs }))
        return failed<bool>(query);
    return true;
}

StoreResult<QList<Presence>> SqlPresenceRecords::othersOn(
    qint64 incidentId, const QString& exceptConsole, int freshSeconds)
{
    const qint64 ahead = m_session.serverClockAheadMs(); // to give seenAt on this console's clock
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query,
            QStringLiteral("SELECT console, person, incident_id, activity, seen_at FROM presence WHERE "
                           "incident_id = ? AND console <> ? AND seen_at >= ? ORDER BY person, console"),
            { incidentId, exceptConsole,
                m_session.serverNowMs() - static_cast<qint64>(freshSeconds) * 1000 }))
        return failed<QList<Presence>>(query);
    QList<Presence> others;
    while (query.next()) {
        Presence presence;
        presence.console = query.value(0).toString();
        presence.person = query.value(1).toString();
        presence.incidentId = query.value(2).toLongLong();
        presence.activity = query.value(3).toInt() == static_cast<int>(Presence::Activity::WritingReview)
            ? Presence::Activity::WritingReview
            : Presence::Activity::Viewing;
        presence.seenAt = fromDb(query.value(4)).addMSecs(-ahead); // on this console's clock
        others.append(presence);
    }
    return others;
}

StoreResult<bool> SqlPresenceRecords::leave(const QString& console)
{
    QSqlQuery query(m_session.database());
    if (!prepareAndExec(query, QStringLiteral("DELETE FROM presence WHERE console = ?"), { console }))
        return failed<bool>(query);
    return true;
}
