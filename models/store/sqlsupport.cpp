#include "sqlsupport.h"

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
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : bindings) {
        // Qt binds a null QString as NULL; no text column of ours takes NULL, so bind "".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    return query.exec();
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
    constexpr int kConstraint = 19;
    return (error.nativeErrorCode().toInt() & 0xff) == kConstraint ? StoreErrorKind::Rejected
                                                                    : StoreErrorKind::Unavailable;
}
}
