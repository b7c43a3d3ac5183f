#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One incident taken off a team's database to write its review where there is
// no network: the incident, its timeline, its checklist and its review (with
// its revisions and action items) copied, ids and all, into a SQLite file of
// its own, which the console opens like any other (--db FILE). Beside it, an
// origin file says where it came from and the review as it was when taken, so
// that bringing the review back saves nothing over what someone else saved
// meanwhile (ReviewRecords::saveReview's optimistic concurrency).
class OfflineCopy {
    Q_DECLARE_TR_FUNCTIONS(OfflineCopy)
public:
    struct Origin {
        QString location; // the team's database (a URL holds no password)
        qint64 incidentId = 0;
        QString incidentKey;
        QDateTime reviewSavedAt; // the team's review's updatedAt when taken; invalid: none started
        QDateTime takenAt; // UTC

        QByteArray toJson() const;
        static std::optional<Origin> fromJson(const QByteArray& json, QString* error);
    };

    static QString originFileOf(const QString& offlineFile);
    // Copies incident `incidentId`'s rows from the open store `from` (either engine) into the open,
    // newly made SQLite store `to`; false, with the reason, if a row would not go.
    static bool take(const QSqlDatabase& from, const QSqlDatabase& to, qint64 incidentId, QString* error);
};
