#include "models/store/sqlsupport.h"

#include <QSqlDriver>

namespace SqlSupport {
QVariant toDb(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromDb(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

bool prepareAndExec(QSqlQuery& query, const QString& sql, const QVariantList& bindings)
{
    return query.prepare(sql) && bindAndExec(query, bindings);
}

void readForwardOnly(QSqlQuery& query)
{
    if (query.driver() && query.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        query.setForwardOnly(true);
}

bool bindAndExec(QSqlQuery& query, const QVariantList& bindings)
{
    const bool postgres = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const QVariant& value = bindings.at(i);
        // Qt binds a null QString or QByteArray as NULL; no text or blob column of ours takes NULL, so bind
        // "".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(static_cast<int>(i), QString(QLatin1String("")));
        else if (postgres && value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
            // PostgreSQL's text holds no NUL, and QPSQL would cut the statement at it: a sender's
            // "\u0000" is kept as U+FFFD, the character for what could not be kept.
            query.bindValue(static_cast<int>(i),
                QString(value.toString()).replace(QChar(0), QChar::ReplacementCharacter));
        else if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
            query.bindValue(static_cast<int>(i), QByteArray(""));
        else
            query.bindValue(static_cast<int>(i), value);
    }
    return query.exec();
}

PreparedStatements::PreparedStatements(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

PreparedStatements::Run PreparedStatements::run(const QString& sql, const QVariantList& bindings)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        SqlSupport::readForwardOnly(*query);
        if (!query->prepare(sql)) {
            // Not kept: the next call compiles it again, and its error stays readable until then.
            m_failed = std::move(query);
            return Run(m_failed.get(), false);
        }
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery* query = found->second.get();
    return Run(query, bindAndExec(*query, bindings));
}

void PreparedStatements::clear()
{
    m_statements.clear();
    m_failed.reset();
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

StoreErrorKind kindOf(const QSqlError& error)
{
    // PostgreSQL names its errors by SQLSTATE, five characters (SQLite's codes have at most four
    // digits): a class 22 (data exception) or 23 (integrity constraint) error is the data's, and
    // would come again; the rest (a lost connection, a lock timeout, a deadlock) is the server's now.
    const QString code = error.nativeErrorCode();
    if (code.size() == 5)
        return code.startsWith(QLatin1String("22")) || code.startsWith(QLatin1String("23"))
            ? StoreErrorKind::Rejected
            : StoreErrorKind::Unavailable;
    // What the data asked of SQLite, not what SQLite could do now: a constraint, a text or blob
    // beyond its limit, a value of the wrong type. Tried again, it would fail again.
    constexpr int kTooBig = 18;
    constexpr int kConstraint = 19;
    constexpr int kMismatch = 20;
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case kTooBig:
    case kConstraint:
    case kMismatch:
        return StoreErrorKind::Rejected;
    default:
        return StoreErrorKind::Unavailable;
    }
}
}
