#pragma once

#include "storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// What the SQL-backed tables share: how times and lists are bound, how a
// query runs, and how a database error becomes a StoreResult.
namespace SqlSupport {
// Times are stored as UTC milliseconds since the epoch; NULL when invalid.
QVariant toDb(const QDateTime& time);
QDateTime fromDb(const QVariant& value);

bool prepareAndExec(QSqlQuery& query, const QString& sql, const QVariantList& bindings);
// %text% for LIKE … ESCAPE '\', with the wildcards in `text` taken literally.
QString likePattern(const QString& text);

template<typename E> QString integerList(const QList<E>& values)
{
    QStringList parts;
    for (E value : values)
        parts.append(QString::number(static_cast<int>(value)));
    return parts.join(QLatin1Char(','));
}

// A constraint violation means the request was wrong; anything else that the store could not do it now.
StoreErrorKind kindOf(const QSqlError& error);

template<typename T> StoreResult<T> failed(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    return StoreResult<T>::failure(kindOf(error),
        QCoreApplication::translate("SqlIncidentStore", "The database refused the change: %1").arg(error.text()));
}
}
