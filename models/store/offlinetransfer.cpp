#include "models/store/offlinetransfer.h"

#include "models/domain/timeformat.h"
#include "models/store/databaselocation.h"
#include "models/store/offlinecopy.h"
#include "models/store/sql/sqlincidentstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
StoreResult<Incident> findIncident(IncidentStore& store, const QString& incident)
{
    bool isNumber = false;
    const qint64 number = incident.toLongLong(&isNumber);
    return isNumber ? store.incidents().incident(number) : store.incidents().incidentByKey(incident);
}

// The connection a store of ours runs on, for copying rows beside it.
QSqlDatabase connectionOf(IncidentStore& store)
{
    auto* sql = dynamic_cast<SqlIncidentStore*>(&store);
    return sql ? QSqlDatabase::database(sql->connectionName(), false) : QSqlDatabase();
}

OfflineTransfer::Outcome failure(const QString& error)
{
    OfflineTransfer::Outcome outcome;
    outcome.error = error;
    return outcome;
}
}

OfflineTransfer::OfflineTransfer(Open open)
    : m_open(std::move(open))
{
}

OfflineTransfer::Outcome OfflineTransfer::take(
    const QString& incident, const QString& from, const QString& file) const
{
    if (QFileInfo::exists(file) || QFileInfo::exists(OfflineCopy::originFileOf(file)))
        return failure(tr("%1 exists already; take into a new file.").arg(QDir::toNativeSeparators(file)));
    QString error;
    const std::unique_ptr<IncidentStore> team = m_open(from, &error);
    if (!team)
        return failure(error);
    const StoreResult<Incident> found = findIncident(*team, incident);
    if (!found)
        return failure(found.error());
    bool copied = false;
    QDateTime reviewSavedAt; // as copied: what a push may save over
    {
        const std::unique_ptr<IncidentStore> local = m_open(file, &error);
        if (!local)
            return failure(error);
        copied = OfflineCopy::take(connectionOf(*team), connectionOf(*local), found->id, &error);
        const StoreResult<std::optional<PostIncidentReview>> review = local->reviews().review(found->id);
        if (copied && review && review->has_value())
            reviewSavedAt = (*review)->updatedAt;
    }
    if (!copied) {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(file + suffix); // made just now, holding nothing of use
        return failure(tr("Could not copy %1: %2").arg(found->key, error));
    }
    OfflineCopy::Origin origin;
    // A file named relative to here must be found from wherever the review is pushed.
    QString ignored;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(from, &ignored);
    origin.location = location && !location->isPostgres() ? QFileInfo(from).absoluteFilePath() : from;
    origin.incidentId = found->id;
    origin.incidentKey = found->key;
    origin.reviewSavedAt = reviewSavedAt;
    origin.takenAt = QDateTime::currentDateTimeUtc();
    QSaveFile originFile(OfflineCopy::originFileOf(file));
    if (!originFile.open(QIODevice::WriteOnly) || originFile.write(origin.toJson()) < 0
        || !originFile.commit())
        return failure(tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(originFile.fileName()), originFile.errorString()));
    Outcome outcome;
    outcome.ok = true;
    outcome.incidentKey = found->key;
    outcome.location = origin.location;
    return outcome;
}

OfflineTransfer::Outcome OfflineTransfer::push(const QString& file, bool replace) const
{
    QFile originFile(OfflineCopy::originFileOf(file));
    if (!QFileInfo::exists(file) || !originFile.open(QIODevice::ReadOnly))
        return failure(
            tr("%1 is not a file taken offline (no %2 beside it).")
                .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(originFile.fileName())));
    QString error;
    const std::optional<OfflineCopy::Origin> origin
        = OfflineCopy::Origin::fromJson(originFile.readAll(), &error);
    originFile.close(); // replaced after a push
    if (!origin)
        return failure(tr("%1: %2").arg(QDir::toNativeSeparators(originFile.fileName()), error));
    StoreResult<std::optional<PostIncidentReview>> written = std::optional<PostIncidentReview>();
    {
        const std::unique_ptr<IncidentStore> local = m_open(file, &error);
        if (!local)
            return failure(error);
        written = local->reviews().review(origin->incidentId);
    }
    if (!written)
        return failure(written.error());
    if (!written->has_value())
        return failure(tr("No review was written in %1.").arg(QDir::toNativeSeparators(file)));
    const std::unique_ptr<IncidentStore> team = m_open(origin->location, &error);
    if (!team)
        return failure(error);
    Outcome outcome;
    outcome.incidentKey = origin->incidentKey;
    outcome.location = origin->location;
    PostIncidentReview review = **written;
    outcome.author = review.updatedBy.isEmpty() ? tr("offline") : review.updatedBy;
    StoreResult<std::optional<PostIncidentReview>> current = team->reviews().review(origin->incidentId);
    if (current && current->has_value() && !origin->reviewSavedAt.isValid() && !replace) {
        outcome.error
            = tr("%1 started a review of %2 at %3, after you took it offline: yours was not saved.")
                  .arg((*current)->updatedBy, origin->incidentKey, TimeFormat::local((*current)->updatedAt));
        outcome.conflict = true;
        return outcome;
    }
    if (current && !current->has_value()) {
        // Started offline: it starts on the team's database now, and takes what was written.
        const StoreResult<PostIncidentReview> started
            = team->reviews().startReview(origin->incidentId, outcome.author);
        current = started ? StoreResult<std::optional<PostIncidentReview>>(std::optional(*started))
                          : StoreResult<std::optional<PostIncidentReview>>::failureFrom(started);
        review.updatedAt = started ? started->updatedAt : QDateTime();
    } else {
        // As it was when taken: a save made there since is a conflict, not something to write over.
        review.updatedAt = replace ? QDateTime() : origin->reviewSavedAt;
    }
    if (!current) {
        outcome.error = current.error();
        return outcome;
    }
    review.id = (*current)->id;
    const StoreResult<PostIncidentReview> saved = team->reviews().saveReview(review, outcome.author);
    if (!saved) {
        outcome.error = saved.error();
        outcome.conflict = saved.errorKind() == StoreErrorKind::Conflict;
        return outcome;
    }
    outcome.ok = true;
    // A further push from this file goes on from this save, not from when it was taken.
    OfflineCopy::Origin pushed = *origin;
    pushed.reviewSavedAt = saved->updatedAt;
    if (QSaveFile updated(originFile.fileName());
        !updated.open(QIODevice::WriteOnly) || updated.write(pushed.toJson()) < 0 || !updated.commit())
        outcome.error = tr("The review is saved, but %1 could not be updated: push again only to replace "
                           "what is there.")
                            .arg(QDir::toNativeSeparators(originFile.fileName()));
    return outcome;
}
