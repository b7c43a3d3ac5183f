#include "models/store/sql/sqlsilencerecords.h"

#include "models/store/alerttable.h"
#include "models/store/sql/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace SqlSupport;

namespace {

Silence readSilence(const QSqlQuery& q)
{
    Silence silence;
    silence.id = q.value(0).toLongLong();
    // Stored as a JSON array of matcher texts: a regex may hold a comma.
    // One that no longer reads (a pattern this version refuses) leaves the
    // silence with no matchers, which silences nothing: without it, the
    // silence would silence more than it was made for.
    for (const QJsonValue& text : QJsonDocument::fromJson(q.value(1).toByteArray()).array()) {
        QString ignored;
        const std::optional<LabelMatcher> matcher = LabelMatcher::parse(text.toString(), &ignored);
        if (!matcher) {
            silence.matchers.clear();
            break;
        }
        silence.matchers.append(*matcher);
    }
    silence.startsAt = fromDb(q.value(2));
    silence.endsAt = fromDb(q.value(3));
    silence.createdBy = q.value(4).toString();
    silence.comment = q.value(5).toString();
    silence.createdAt = fromDb(q.value(6));
    return silence;
}

QJsonArray matchersJson(const Silence& silence)
{
    QJsonArray array;
    for (const LabelMatcher& matcher : silence.matchers)
        array.append(matcher.toString());
    return array;
}

const QString kSilenceColumns
    = QStringLiteral("id, matchers, starts_at, ends_at, created_by, comment, created_at");
}

SqlSilenceRecords::SqlSilenceRecords(SqlSession& session, AlertTable& alerts)
    : m_session(session)
    , m_alerts(alerts)
{
}

StoreResult<ActiveSilences> SqlSilenceRecords::activeSilences(const QDateTime& at)
{
    const PreparedStatements::Run run = m_session.statements().run(
        QStringLiteral("SELECT %1 FROM silences WHERE starts_at <= ? AND ends_at > ?").arg(kSilenceColumns),
        { toDb(at), toDb(at) });
    if (!run)
        return failed<ActiveSilences>(run.query());
    QList<Silence> silences;
    while (run.query().next())
        silences.append(readSilence(run.query()));
    return ActiveSilences(silences, at);
}

StoreResult<bool> SqlSilenceRecords::applySilences()
{
    const StoreResult<ActiveSilences> silences = activeSilences(m_session.now());
    if (!silences)
        return StoreResult<bool>::failureFrom(silences);
    const StoreResult<QList<Alert>> open = m_alerts.openAlerts();
    if (!open)
        return StoreResult<bool>::failureFrom(open);
    for (const Alert& alert : *open) {
        const bool silenced = silences->silencing(alert.labels) > 0;
        if (silenced == (alert.status == AlertStatus::Suppressed))
            continue;
        Alert changed = alert;
        changed.status = silenced ? AlertStatus::Suppressed : AlertStatus::Firing;
        if (const StoreResult<bool> saved = m_alerts.save(alert, changed); !saved)
            return saved;
    }
    return true;
}

StoreResult<Silence> SqlSilenceRecords::add(const Silence& draft)
{
    Silence silence = draft;
    silence.createdAt = m_session.now();
    silence.createdBy = silence.createdBy.trimmed();
    if (const QString problem = silence.problem(); !problem.isEmpty())
        return rejected<Silence>(problem);
    return m_session.inTransaction<Silence>([&]() -> StoreResult<Silence> {
        QSqlQuery insert(m_session.database());
        if (!prepareAndExec(insert,
                QStringLiteral(
                    "INSERT INTO silences (matchers, starts_at, ends_at, created_by, comment, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                { QString::fromUtf8(QJsonDocument(matchersJson(silence)).toJson(QJsonDocument::Compact)),
                    toDb(silence.startsAt), toDb(silence.endsAt), silence.createdBy,
                    silence.comment.trimmed(), toDb(silence.createdAt) })
            || !insert.next())
            return failed<Silence>(insert);
        silence.id = insert.value(0).toLongLong();
        insert.finish(); // a RETURNING statement is done only once stepped past its row
        if (const StoreResult<bool> applied = applySilences(); !applied)
            return StoreResult<Silence>::failureFrom(applied);
        return silence;
    });
}

StoreResult<Silence> SqlSilenceRecords::expire(qint64 silenceId, const QString& author)
{
    if (author.trimmed().isEmpty())
        return rejected<Silence>(tr("Every change needs an author."));
    return m_session.inTransaction<Silence>([&]() -> StoreResult<Silence> {
        const QDateTime now = m_session.now();
        QSqlQuery query(m_session.database());
        // A scheduled window that has not begun ends before it starts: it never applies.
        if (!prepareAndExec(query,
                QStringLiteral("UPDATE silences SET ends_at = ?, starts_at = %1 WHERE id = ? AND ends_at > ?")
                    .arg(m_session.dialect().lesser(QStringLiteral("starts_at"), QStringLiteral("?"))),
                { toDb(now), toDb(now), silenceId, toDb(now) }))
            return failed<Silence>(query);
        QSqlQuery read(m_session.database());
        if (!prepareAndExec(read, QStringLiteral("SELECT %1 FROM silences WHERE id = ?").arg(kSilenceColumns),
                { silenceId }))
            return failed<Silence>(read);
        if (!read.next())
            return StoreResult<Silence>::failure(
                StoreErrorKind::NotFound, tr("There is no silence %1.").arg(silenceId));
        const Silence expired = readSilence(read);
        read.finish();
        if (const StoreResult<bool> applied = applySilences(); !applied)
            return StoreResult<Silence>::failureFrom(applied);
        return expired;
    });
}

StoreResult<QList<Silence>> SqlSilenceRecords::list(bool ended)
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    const QString where = ended ? QStringLiteral("1 = 1") : QStringLiteral("ends_at > ?");
    const QVariantList bindings = ended ? QVariantList {} : QVariantList { toDb(m_session.now()) };
    if (!prepareAndExec(query,
            QStringLiteral("SELECT %1 FROM silences WHERE %2 ORDER BY ends_at, id")
                .arg(kSilenceColumns, where),
            bindings))
        return failed<QList<Silence>>(query);
    QList<Silence> result;
    while (query.next())
        result.append(readSilence(query));
    return result;
}
