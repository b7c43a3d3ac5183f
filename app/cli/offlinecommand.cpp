#include "app/cli/offlinecommand.h"

#include "app/cli/commandstore.h"
#include "app/cli/exitcodes.h"
#include "models/domain/timeformat.h"
#include "models/store/databaselocation.h"
#include "models/store/offlinecopy.h"
#include "models/store/sql/sqlincidentstore.h"

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
}

QString OfflineCommand::usage()
{
    return tr(
        "Usage: incident-console offline take INCIDENT --from DATABASE -o FILE\n"
        "       incident-console offline push FILE [--replace]\n\n"
        "take copies an incident (its key or number), its timeline, checklist and review from DATABASE\n"
        "(a postgresql:// URL or a file) into the new file FILE; write the review there with\n"
        "incident-console --db FILE, with no network. push saves that review back to DATABASE. If\n"
        "someone saved the review there after you took it, nothing is saved and you are told who and\n"
        "when; --replace saves yours over theirs.\n");
}

int OfflineCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString verb = arguments.value(0);
    QString target;
    QString from;
    QString file;
    bool replace = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--from") && i + 1 < arguments.size())
            from = arguments.at(++i);
        else if (argument == QLatin1String("-o") && i + 1 < arguments.size())
            file = arguments.at(++i);
        else if (argument == QLatin1String("--replace"))
            replace = true;
        else if (!argument.startsWith(QLatin1Char('-')) && target.isEmpty())
            target = argument;
        else {
            err << tr("incident-console offline: “%1” is not understood here.").arg(argument) << '\n'
                << usage();
            return ExitCode::kUsage;
        }
    }
    if (verb == QLatin1String("take") && !target.isEmpty() && !from.isEmpty() && !file.isEmpty() && !replace)
        return take(target, from, file, out, err);
    if (verb == QLatin1String("push") && !target.isEmpty() && from.isEmpty() && file.isEmpty())
        return push(target, replace, out, err);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        out << usage();
        return 0;
    }
    err << usage();
    return ExitCode::kUsage;
}

int OfflineCommand::take(
    const QString& incident, const QString& from, const QString& file, QTextStream& out, QTextStream& err)
{
    if (QFileInfo::exists(file) || QFileInfo::exists(OfflineCopy::originFileOf(file))) {
        err << tr("incident-console offline: %1 exists already; take into a new file.").arg(file) << '\n';
        return ExitCode::kFailed;
    }
    const std::unique_ptr<IncidentStore> team = CommandStore::open(from, QStringLiteral("offline"), err);
    if (!team)
        return ExitCode::kFailed;
    const StoreResult<Incident> found = findIncident(*team, incident);
    if (!found) {
        err << tr("incident-console offline: %1").arg(found.error()) << '\n';
        return ExitCode::kFailed;
    }
    QString error;
    bool copied = false;
    QDateTime reviewSavedAt; // as copied: what a push may save over
    {
        const std::unique_ptr<IncidentStore> local = CommandStore::open(file, QStringLiteral("offline"), err);
        if (!local)
            return ExitCode::kFailed;
        copied = OfflineCopy::take(connectionOf(*team), connectionOf(*local), found->id, &error);
        const StoreResult<std::optional<PostIncidentReview>> review = local->reviews().review(found->id);
        if (copied && review && review->has_value())
            reviewSavedAt = (*review)->updatedAt;
    }
    if (!copied) {
        err << tr("incident-console offline: could not copy %1: %2").arg(found->key, error) << '\n';
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(file + suffix); // made just now, holding nothing of use
        return ExitCode::kFailed;
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
        || !originFile.commit()) {
        err << tr("incident-console offline: cannot write %1: %2")
                   .arg(originFile.fileName(), originFile.errorString())
            << '\n';
        return ExitCode::kFailed;
    }
    out << tr("%1 is in %2: write its review with incident-console --db %2, then bring it back with "
              "incident-console offline push %2.")
               .arg(found->key, file)
        << '\n';
    return 0;
}

int OfflineCommand::push(const QString& file, bool replace, QTextStream& out, QTextStream& err)
{
    QFile originFile(OfflineCopy::originFileOf(file));
    if (!QFileInfo::exists(file) || !originFile.open(QIODevice::ReadOnly)) {
        err << tr("incident-console offline: %1 is not a file taken offline (no %2 beside it).")
                   .arg(file, originFile.fileName())
            << '\n';
        return ExitCode::kFailed;
    }
    QString error;
    const std::optional<OfflineCopy::Origin> origin
        = OfflineCopy::Origin::fromJson(originFile.readAll(), &error);
    originFile.close(); // replaced after a push
    if (!origin) {
        err << tr("incident-console offline: %1: %2").arg(originFile.fileName(), error) << '\n';
        return ExitCode::kFailed;
    }
    StoreResult<std::optional<PostIncidentReview>> written = std::optional<PostIncidentReview>();
    {
        const std::unique_ptr<IncidentStore> local = CommandStore::open(file, QStringLiteral("offline"), err);
        if (!local)
            return ExitCode::kFailed;
        written = local->reviews().review(origin->incidentId);
    }
    if (!written || !written->has_value()) {
        err << (written ? tr("incident-console offline: no review was written in %1.").arg(file)
                        : tr("incident-console offline: %1").arg(written.error()))
            << '\n';
        return ExitCode::kFailed;
    }
    const std::unique_ptr<IncidentStore> team
        = CommandStore::open(origin->location, QStringLiteral("offline"), err);
    if (!team)
        return ExitCode::kFailed;
    PostIncidentReview review = **written;
    const QString author = review.updatedBy.isEmpty() ? tr("offline") : review.updatedBy;
    StoreResult<std::optional<PostIncidentReview>> current = team->reviews().review(origin->incidentId);
    if (current && current->has_value() && !origin->reviewSavedAt.isValid() && !replace) {
        err << tr(
            "incident-console offline: %1 started a review of %2 at %3, after you took it offline: yours "
            "was not saved.")
                   .arg((*current)->updatedBy, origin->incidentKey, TimeFormat::local((*current)->updatedAt))
            << '\n'
            << tr("Your review stays in %1. Read theirs, then push with --replace to save yours over it.")
                   .arg(file)
            << '\n';
        return ExitCode::kFailed;
    }
    if (current && !current->has_value()) {
        // Started offline: it starts on the team's database now, and takes what was written.
        const StoreResult<PostIncidentReview> started
            = team->reviews().startReview(origin->incidentId, author);
        current = started ? StoreResult<std::optional<PostIncidentReview>>(std::optional(*started))
                          : StoreResult<std::optional<PostIncidentReview>>::failureFrom(started);
        review.updatedAt = started ? started->updatedAt : QDateTime();
    } else {
        // As it was when taken: a save made there since is a conflict, not something to write over.
        review.updatedAt = replace ? QDateTime() : origin->reviewSavedAt;
    }
    if (!current) {
        err << tr("incident-console offline: %1").arg(current.error()) << '\n';
        return ExitCode::kFailed;
    }
    review.id = (*current)->id;
    const StoreResult<PostIncidentReview> saved = team->reviews().saveReview(review, author);
    if (!saved) {
        err << tr("incident-console offline: %1").arg(saved.error()) << '\n';
        if (saved.errorKind() == StoreErrorKind::Conflict)
            err << tr("Your review stays in %1. Read theirs, then push with --replace to save yours over it.")
                       .arg(file)
                << '\n';
        return ExitCode::kFailed;
    }
    // A further push from this file goes on from this save, not from when it was taken.
    OfflineCopy::Origin pushed = *origin;
    pushed.reviewSavedAt = saved->updatedAt;
    if (QSaveFile updated(originFile.fileName());
        !updated.open(QIODevice::WriteOnly) || updated.write(pushed.toJson()) < 0 || !updated.commit())
        err << tr(
            "incident-console offline: the review is saved, but %1 could not be updated: push again only "
            "with --replace.")
                   .arg(originFile.fileName())
            << '\n';
    out << tr("The review of %1 is saved to %2, as written offline by %3.")
               .arg(origin->incidentKey, origin->location, author)
        << '\n';
    return 0;
}
