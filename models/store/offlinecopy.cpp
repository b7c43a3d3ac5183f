#include "models/store/offlinecopy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
// What belongs to one incident, each after what it refers to.
const struct {
    const char* table;
    const char* where;
} kIncidentRows[] = {
    { "incidents", "id = ?" },
    { "timeline", "incident_id = ? ORDER BY id" },
    { "checklist_items", "incident_id = ? ORDER BY id" },
    { "reviews", "incident_id = ?" },
    { "review_revisions", "review_id IN (SELECT id FROM reviews WHERE incident_id = ?)" },
    { "review_action_items", "review_id IN (SELECT id FROM reviews WHERE incident_id = ?)" },
};

QString reasonOf(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    return error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
}
}

QByteArray OfflineCopy::Origin::toJson() const
{
    return QJsonDocument(
        QJsonObject {
            { QStringLiteral("location"), location },
            { QStringLiteral("incidentId"), incidentId },
            { QStringLiteral("incidentKey"), incidentKey },
            { QStringLiteral("reviewSavedAt"), reviewSavedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("takenAt"), takenAt.toUTC().toString(Qt::ISODateWithMs) },
        })
        .toJson();
}

std::optional<OfflineCopy::Origin> OfflineCopy::Origin::fromJson(const QByteArray& json, QString* error)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    Origin origin;
    origin.location = object.value(QLatin1String("location")).toString();
    origin.incidentId = object.value(QLatin1String("incidentId")).toInteger();
    origin.incidentKey = object.value(QLatin1String("incidentKey")).toString();
    origin.reviewSavedAt
        = QDateTime::fromString(object.value(QLatin1String("reviewSavedAt")).toString(), Qt::ISODateWithMs);
    origin.takenAt
        = QDateTime::fromString(object.value(QLatin1String("takenAt")).toString(), Qt::ISODateWithMs);
    if (origin.location.isEmpty() || origin.incidentId <= 0) {
        *error = tr("It does not say which database and incident it was taken from.");
        return std::nullopt;
    }
    return origin;
}

QString OfflineCopy::originFileOf(const QString& offlineFile)
{
    return offlineFile + QStringLiteral(".origin.json");
}

bool OfflineCopy::take(const QSqlDatabase& from, const QSqlDatabase& to, qint64 incidentId, QString* error)
{
    QSqlQuery target(to);
    if (!target.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = reasonOf(target);
        return false;
    }
    for (const auto& rows : kIncidentRows) {
        const QString table = QLatin1String(rows.table);
        // The columns both sides have: a newer or older schema on one side only loses what the other lacks.
        const QSqlRecord targetColumns = to.record(table);
        QSqlQuery read(from);
        read.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, QLatin1String(rows.where)));
        read.addBindValue(incidentId);
        if (!read.exec()) {
            *error = reasonOf(read);
            target.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        QStringList names;
        QList<int> positions;
        const QSqlRecord sourceColumns = read.record();
        for (int i = 0; i < sourceColumns.count(); ++i) {
            if (targetColumns.contains(sourceColumns.fieldName(i))) {
                names.append(sourceColumns.fieldName(i));
                positions.append(i);
            }
        }
        QSqlQuery write(to);
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, names.join(QLatin1String(", ")),
                              QStringList(names.size(), QStringLiteral("?")).join(QLatin1String(", "))));
        while (read.next()) {
            for (int i = 0; i < positions.size(); ++i)
                write.bindValue(i, read.value(positions.at(i)));
            if (!write.exec()) {
                *error = tr("%1: %2").arg(table, reasonOf(write));
                target.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    if (!target.exec(QStringLiteral("COMMIT"))) {
        *error = reasonOf(target);
        target.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}
