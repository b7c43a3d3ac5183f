#include "models/store/sql/sqlreviewrecords.h"

#include "models/domain/alertquery.h"
#include "models/domain/timeformat.h"
#include "models/store/sql/sqljournal.h"
#include "models/store/sql/sqlsession.h"

using namespace SqlSupport;

namespace {
const QString kReviewColumns
    = QStringLiteral("r.id, r.incident_id, i.key, r.status, r.revision, r.content, r.created_at, "
                     "r.updated_at, r.updated_by, r.published_at, "
                     "r.due_at FROM reviews r JOIN incidents i ON i.id = r.incident_id");
constexpr int kMaxPrefilledRows = 200;

PostIncidentReview readReview(const QSqlQuery& q)
{
    PostIncidentReview review;
    review.id = q.value(0).toLongLong();
    review.incidentId = q.value(1).toLongLong();
    review.incidentKey = q.value(2).toString();
    review.status = static_cast<ReviewStatus>(q.value(3).toInt());
    review.revision = q.value(4).toInt();
    review.setContent(q.value(5).toByteArray());
    review.createdAt = fromDb(q.value(6));
    review.updatedAt = fromDb(q.value(7));
    review.updatedBy = q.value(8).toString();
    review.publishedAt = fromDb(q.value(9));
    review.dueAt = fromDb(q.value(10));
    return review;
}

TimelineEntry reviewEntry(const PostIncidentReview& review)
{
    TimelineEntry entry;
    entry.kind = TimelineKind::Review;
    entry.field = kReviewStatuses.key(review.status);
    entry.newValue = QString::number(review.revision);
    entry.body = review.title;
    return entry;
}
}

SqlReviewRecords::SqlReviewRecords(SqlSession& session, SqlJournal& journal)
    : m_session(session)
    , m_journal(journal)
{
}

StoreResult<QList<PostIncidentReview>> SqlReviewRecords::selectReviews(
    const QString& tail, const QVariantList& bindings)
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query, QStringLiteral("SELECT %1 %2").arg(kReviewColumns, tail), bindings))
        return failed<QList<PostIncidentReview>>(query);
    QList<PostIncidentReview> reviews;
    while (query.next())
        reviews.append(readReview(query));
    return reviews;
}

StoreResult<std::optional<PostIncidentReview>> SqlReviewRecords::review(qint64 incidentId)
{
    const StoreResult<QList<PostIncidentReview>> found
        = selectReviews(QStringLiteral("WHERE r.incident_id = ?"), { incidentId });
    if (!found)
        return StoreResult<std::optional<PostIncidentReview>>::failureFrom(found);
    if (found->isEmpty())
        return std::optional<PostIncidentReview>();
    return std::optional<PostIncidentReview>(found->first());
}

StoreResult<bool> SqlReviewRecords::indexReview(const PostIncidentReview& review)
{
    // When each item was done is kept across saves (items are matched by their text), for the monthly report.
    QSqlQuery done(m_session.database());
    if (!prepareAndExec(done,
            QStringLiteral(
                "SELECT text, done_at FROM review_action_items WHERE review_id = ? AND done_at IS NOT NULL"),
            { review.id }))
        return failed<bool>(done);
    QHash<QString, QVariant> doneAt;
    while (done.next())
        doneAt.insert(done.value(0).toString(), done.value(1));
    QSqlQuery clear(m_session.database());
    if (!prepareAndExec(
            clear, QStringLiteral("DELETE FROM review_action_items WHERE review_id = ?"), { review.id }))
        return failed<bool>(clear);
    QSqlQuery insert(m_session.database());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO review_action_items (review_id, position, text, owner, deadline, priority, status, "
            "horizon, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed<bool>(insert);
    const QVariant now = toDb(m_session.now());
    for (int i = 0; i < review.actionItems.size(); ++i) {
        const ActionItem& item = review.actionItems.at(i);
        const QVariant itemDoneAt
            = item.status == ActionStatus::Done ? doneAt.value(item.text, now) : QVariant();
        for (const QVariant& value : QVariantList { review.id, i, item.text, item.owner,
                 item.deadline.toString(Qt::ISODate), kActionPriorities.key(item.priority),
                 kActionStatuses.key(item.status), kActionHorizons.key(item.horizon), itemDoneAt })
            insert.addBindValue(value);
        if (!insert.exec())
            return failed<bool>(insert);
    }
    QSqlQuery words(m_session.database());
    if (!prepareAndExec(words, m_session.dialect().writeWords(QStringLiteral("reviews_fts")),
            { review.id, m_session.dialect().indexedWords(review.plainText()) }))
        return failed<bool>(words);
    return true;
}

StoreResult<PostIncidentReview> SqlReviewRecords::startReview(qint64 incidentId, const QString& author)
{
    if (author.trimmed().isEmpty())
        return rejected<PostIncidentReview>(tr("Every change needs an author."));
    return m_session.inTransaction<PostIncidentReview>([&]() -> StoreResult<PostIncidentReview> {
        const StoreResult<Incident> incident = m_journal.incident(incidentId);
        if (!incident)
            return StoreResult<PostIncidentReview>::failureFrom(incident);
        if (const StoreResult<std::optional<PostIncidentReview>> existing = review(incidentId); !existing)
            return StoreResult<PostIncidentReview>::failureFrom(existing);
        else if (existing->has_value())
            return rejected<PostIncidentReview>(tr("%1 has a review already.").arg(incident->key));
        const QDateTime now = m_session.now();
        PostIncidentReview review;
        review.incidentId = incidentId;
        review.incidentKey = incident->key;
        review.title = tr("Post-incident review: %1").arg(incident->title);
        const QDateTime end = incident->resolvedAt.isValid() ? incident->resolvedAt : now;
        review.impact.durationMinutes = static_cast<int>(incident->detectedAt.secsTo(end) / 60);
        review.fiveWhys = QStringList(5, QString());
        // The timeline as the incident recorded it, for the author to edit down.
        const StoreResult<QList<TimelineEntry>> entries = m_journal.timeline(incidentId, 0, 10000);
        if (!entries)
            return StoreResult<PostIncidentReview>::failureFrom(entries);
        for (const TimelineEntry& entry : *entries) {
            if (entry.kind == TimelineKind::Notified || review.timeline.size() >= kMaxPrefilledRows)
                continue;
            review.timeline.append({ entry.at, TimelineText::summary(entry), QString(), entry.author });
        }
        review.createdAt = now;
        review.updatedAt = now;
        review.updatedBy = author.trimmed();
        if (incident->resolvedAt.isValid())
            review.dueAt = incident->resolvedAt.addDays(m_reviewWithinDays);
        QSqlQuery insert(m_session.database());
        if (!prepareAndExec(insert,
                QStringLiteral("INSERT INTO reviews (incident_id, status, revision, content, created_at, "
                               "updated_at, updated_by, "
                               "due_at) VALUES (?, 0, 1, ?, ?, ?, ?, ?) RETURNING id"),
                { incidentId, review.contentJson(), toDb(now), toDb(now), review.updatedBy,
                    toDb(review.dueAt) })
            || !insert.next())
            return failed<PostIncidentReview>(insert);
        review.id = insert.value(0).toLongLong();
        insert.finish();
        if (const StoreResult<bool> indexed = indexReview(review); !indexed)
            return StoreResult<PostIncidentReview>::failureFrom(indexed);
        if (const StoreResult<TimelineEntry> written
            = m_journal.appendEntry(incidentId, reviewEntry(review), review.updatedBy);
            !written)
            return StoreResult<PostIncidentReview>::failureFrom(written);
        return review;
    });
}

StoreResult<PostIncidentReview> SqlReviewRecords::saveReview(
    const PostIncidentReview& edited, const QString& author)
{
    if (author.trimmed().isEmpty())
        return rejected<PostIncidentReview>(tr("Every change needs an author."));
    if (edited.title.trimmed().isEmpty())
        return rejected<PostIncidentReview>(tr("A review needs a title."));
    return m_session.inTransaction<PostIncidentReview>([&]() -> StoreResult<PostIncidentReview> {
        const StoreResult<std::optional<PostIncidentReview>> current = review(edited.incidentId);
        if (!current)
            return StoreResult<PostIncidentReview>::failureFrom(current);
        if (!current->has_value())
            return StoreResult<PostIncidentReview>::failure(
                StoreErrorKind::NotFound, tr("There is no review for this incident."));
        PostIncidentReview saved = **current;
        // Optimistic concurrency: an edit of the review as it was when its writer opened it (its
        // updatedAt) saves nothing over what someone saved since.
        if (edited.updatedAt.isValid() && saved.updatedAt.isValid() && saved.updatedAt != edited.updatedAt)
            return StoreResult<PostIncidentReview>::failure(StoreErrorKind::Conflict,
                tr("%1 saved this review at %2, after you opened it: yours was not saved.")
                    .arg(saved.updatedBy, TimeFormat::local(saved.updatedAt)));
        if (saved.isReadOnly())
            return rejected<PostIncidentReview>(
                tr("Revision %1 is published and read-only: reopen it to write revision %2.")
                    .arg(saved.revision)
                    .arg(saved.revision + 1));
        saved.setContent(edited.contentJson());
        saved.updatedAt = m_session.now();
        saved.updatedBy = author.trimmed();
        // Resolved since it was started: now it has a due date.
        if (!saved.dueAt.isValid()) {
            if (const StoreResult<Incident> incident = m_journal.incident(saved.incidentId);
                incident && incident->resolvedAt.isValid())
                saved.dueAt = incident->resolvedAt.addDays(m_reviewWithinDays);
        }
        QSqlQuery update(m_session.database());
        if (!prepareAndExec(update,
                QStringLiteral("UPDATE reviews SET content = ?, root_cause_category = ?, updated_at = ?, "
                               "updated_by = ?, due_at = ? "
                               "WHERE id = ?"),
                { saved.contentJson(), saved.rootCauseCategory, toDb(saved.updatedAt), saved.updatedBy,
                    toDb(saved.dueAt), saved.id }))
            return failed<PostIncidentReview>(update);
        update.finish();
        if (const StoreResult<bool> indexed = indexReview(saved); !indexed)
            return StoreResult<PostIncidentReview>::failureFrom(indexed);
        // Saved: nothing is unsaved any more.
        QSqlQuery drop(m_session.database());
        if (!prepareAndExec(drop, QStringLiteral("DELETE FROM review_autosave WHERE incident_id = ?"),
                { saved.incidentId }))
            return failed<PostIncidentReview>(drop);
        return saved;
    });
}

StoreResult<PostIncidentReview> SqlReviewRecords::setReviewStatus(
    qint64 incidentId, ReviewStatus to, const QString& author)
{
    if (author.trimmed().isEmpty())
        return rejected<PostIncidentReview>(tr("Every change needs an author."));
    return m_session.inTransaction<PostIncidentReview>([&]() -> StoreResult<PostIncidentReview> {
        const StoreResult<std::optional<PostIncidentReview>> current = review(incidentId);
        if (!current)
            return StoreResult<PostIncidentReview>::failureFrom(current);
        if (!current->has_value())
            return StoreResult<PostIncidentReview>::failure(
                StoreErrorKind::NotFound, tr("There is no review for this incident."));
        PostIncidentReview review = **current;
        if (review.status == to)
            return review;
        const StoreResult<Incident> incident = m_journal.incident(incidentId);
        if (!incident)
            return StoreResult<PostIncidentReview>::failureFrom(incident);
        if (to != ReviewStatus::Draft && !incident->resolvedAt.isValid())
            return rejected<PostIncidentReview>(
                tr("%1 is not resolved yet: its review stays a draft until it is.").arg(incident->key));
        const QDateTime now = m_session.now();
        if (review.status == ReviewStatus::Published && to == ReviewStatus::Draft)
            ++review.revision; // the published one stays as it was; the changes make the next
        review.status = to;
        review.updatedAt = now;
        review.updatedBy = author.trimmed();
        if (to == ReviewStatus::Published) {
            review.publishedAt = now;
            QSqlQuery keep(m_session.database());
            if (!prepareAndExec(keep,
                    QStringLiteral("INSERT INTO review_revisions (review_id, revision, content, "
                                   "published_at, published_by) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    { review.id, review.revision, review.contentJson(), toDb(now), review.updatedBy }))
                return failed<PostIncidentReview>(keep);
        }
        QSqlQuery update(m_session.database());
        if (!prepareAndExec(update,
                QStringLiteral("UPDATE reviews SET status = ?, revision = ?, updated_at = ?, updated_by = ?, "
                               "published_at = ? WHERE id = ?"),
                { static_cast<int>(review.status), review.revision, toDb(now), review.updatedBy,
                    toDb(review.publishedAt), review.id }))
            return failed<PostIncidentReview>(update);
        if (const StoreResult<TimelineEntry> written
            = m_journal.appendEntry(incidentId, reviewEntry(review), review.updatedBy);
            !written)
            return StoreResult<PostIncidentReview>::failureFrom(written);
        return review;
    });
}

StoreResult<QList<PostIncidentReview>> SqlReviewRecords::reviewRevisions(qint64 incidentId)
{
    const StoreResult<std::optional<PostIncidentReview>> current = review(incidentId);
    if (!current)
        return StoreResult<QList<PostIncidentReview>>::failureFrom(current);
    QList<PostIncidentReview> revisions;
    if (!current->has_value())
        return revisions;
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query,
            QStringLiteral("SELECT revision, content, published_at, published_by FROM review_revisions WHERE "
                           "review_id = ? "
                           "ORDER BY revision"),
            { (*current)->id }))
        return failed<QList<PostIncidentReview>>(query);
    while (query.next()) {
        PostIncidentReview revision = **current;
        revision.status = ReviewStatus::Published;
        revision.revision = query.value(0).toInt();
        revision.setContent(query.value(1).toByteArray());
        revision.publishedAt = fromDb(query.value(2));
        revision.updatedAt = revision.publishedAt;
        revision.updatedBy = query.value(3).toString();
        revisions.append(revision);
    }
    return revisions;
}

StoreResult<QList<PostIncidentReview>> SqlReviewRecords::search(const QString& words, int limit)
{
    // The same word matching as the alert stream's search (whole words, the last one as a prefix).
    const QString match = m_session.dialect().allWords(words);
    if (words.trimmed().isEmpty() || match.isEmpty())
        return selectReviews(QStringLiteral("ORDER BY r.updated_at DESC LIMIT ?"), { limit });
    return selectReviews(
        m_session.dialect().joinRankedMatches(QStringLiteral("reviews_fts"), QStringLiteral("r.id"))
            + QStringLiteral(" LIMIT ?"),
        { match, limit });
}

StoreResult<QList<PostIncidentReview>> SqlReviewRecords::similarReviews(const Incident& incident, int limit)
{
    // Any of the title's telling words (short ones say little), as whole words, and its alerts' names.
    QStringList terms;
    for (const QString& word : AlertTextSearch::words(incident.title)) {
        if (word.size() > 3 && terms.size() < 8)
            terms.append(word);
    }
    // The names of its alerts (their alertname labels) say what kind of trouble it is.
    QSqlQuery names(m_session.database());
    SqlSupport::readForwardOnly(names);
    if (!prepareAndExec(names,
            QStringLiteral("SELECT DISTINCT name FROM alerts WHERE incident_id = ? LIMIT 20"),
            { incident.id }))
        return failed<QList<PostIncidentReview>>(names);
    while (names.next()) {
        for (const QString& word : AlertTextSearch::words(names.value(0).toString())) {
            if (word.size() > 3 && terms.size() < 16 && !terms.contains(word))
                terms.append(word);
        }
    }
    names.finish();
    const QString service = incident.service.trimmed().toLower();
    QStringList conditions;
    QVariantList bindings { incident.id };
    if (!service.isEmpty()) {
        conditions.append(QStringLiteral("lower(i.service) = ?"));
        bindings.append(service);
    }
    if (!terms.isEmpty()) {
        conditions.append(QStringLiteral("r.id IN (%1)")
                              .arg(m_session.dialect().matchingIds(QStringLiteral("reviews_fts"))));
        bindings.append(m_session.dialect().anyWord(terms));
    }
    if (conditions.isEmpty())
        return QList<PostIncidentReview>();
    bindings << service << limit;
    return selectReviews(
        QStringLiteral(
            "WHERE r.incident_id <> ? AND (%1) ORDER BY lower(i.service) = ? DESC, r.updated_at DESC LIMIT ?")
            .arg(conditions.join(QLatin1String(" OR "))),
        bindings);
}

StoreResult<QList<PostIncidentReview>> SqlReviewRecords::reviewsNotStarted(int limit)
{
    const StoreResult<QList<Incident>> incidents = m_journal.selectIncidents(
        QStringLiteral("resolved_at IS NOT NULL AND id NOT IN (SELECT incident_id FROM reviews)"), {},
        QStringLiteral("resolved_at"), limit);
    if (!incidents)
        return StoreResult<QList<PostIncidentReview>>::failureFrom(incidents);
    QList<PostIncidentReview> due;
    for (const Incident& incident : *incidents) {
        PostIncidentReview review;
        review.id = -incident.id;
        review.incidentId = incident.id;
        review.incidentKey = incident.key;
        review.title = tr("Not started: %1").arg(incident.title);
        // The first deadline of a review (seed 002): its timeline, within a day of resolution.
        review.dueAt = incident.resolvedAt.addSecs(qint64(m_timelineWithinHours) * 3600);
        review.updatedAt = incident.resolvedAt;
        due.append(review);
    }
    return due;
}

StoreResult<IncidentTrends> SqlReviewRecords::incidentTrends(const QDateTime& since)
{
    IncidentTrends trends;
    // Every month from `since` to now, so that quiet months show as quiet, not as missing.
    const QDate last = m_session.now().date();
    for (QDate month(since.toUTC().date().year(), since.toUTC().date().month(), 1); month <= last;
         month = month.addMonths(1))
        trends.months.append(month.toString(QStringLiteral("yyyy-MM")));
    const auto series = [&](const QString& nameSql, const QString& from,
                            QList<QPair<QString, QList<int>>>* out) -> StoreResult<bool> {
        QSqlQuery query(m_session.database());
        SqlSupport::readForwardOnly(query);
        if (!prepareAndExec(query,
                QStringLiteral("SELECT %3 AS month, %1 AS name, count(*) %2 "
                               "WHERE i.detected_at >= ? GROUP BY month, name ORDER BY name, month")
                    .arg(nameSql, from, m_session.dialect().utcMonth(QStringLiteral("i.detected_at"))),
                { toDb(since) }))
            return failed<bool>(query);
        while (query.next()) {
            const qsizetype at = trends.months.indexOf(query.value(0).toString());
            if (at < 0)
                continue;
            const QString name = query.value(1).toString();
            if (out->isEmpty() || out->last().first != name)
                out->append({ name, QList<int>(trends.months.size(), 0) });
            out->last().second[at] = query.value(2).toInt();
        }
        return true;
    };
    if (const StoreResult<bool> causes = series(QStringLiteral("coalesce(r.root_cause_category, '')"),
            QStringLiteral("FROM incidents i LEFT JOIN reviews r ON r.incident_id = i.id"),
            &trends.byRootCause);
        !causes)
        return StoreResult<IncidentTrends>::failureFrom(causes);
    if (const StoreResult<bool> services
        = series(QStringLiteral("i.service"), QStringLiteral("FROM incidents i"), &trends.byService);
        !services)
        return StoreResult<IncidentTrends>::failureFrom(services);
    return trends;
}

StoreResult<QList<TrackedActionItem>> SqlReviewRecords::actionItems()
{
    return trackedActionItems(QString(), {}, QStringLiteral("a.deadline = '', a.deadline, i.id, a.position"));
}

StoreResult<QList<TrackedActionItem>> SqlReviewRecords::trackedActionItems(
    const QString& where, const QVariantList& bindings, const QString& orderBy)
{
    QSqlQuery query(m_session.database());
    SqlSupport::readForwardOnly(query);
    if (!prepareAndExec(query,
            QStringLiteral("SELECT a.review_id, a.position, a.text, a.owner, a.deadline, a.priority, "
                           "a.status, a.horizon, "
                           "i.id, i.key, r.status, a.done_at FROM review_action_items a JOIN reviews r ON "
                           "r.id = a.review_id "
                           "JOIN incidents i ON i.id = r.incident_id %1 ORDER BY %2")
                .arg(where, orderBy),
            bindings))
        return failed<QList<TrackedActionItem>>(query);
    QList<TrackedActionItem> items;
    while (query.next()) {
        TrackedActionItem tracked;
        tracked.reviewId = query.value(0).toLongLong();
        tracked.position = query.value(1).toInt();
        tracked.item.text = query.value(2).toString();
        tracked.item.owner = query.value(3).toString();
        tracked.item.deadline = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        tracked.item.priority
            = kActionPriorities.parse(query.value(5).toString()).value_or(ActionPriority::Medium);
        tracked.item.status = kActionStatuses.parse(query.value(6).toString()).value_or(ActionStatus::Open);
        tracked.item.horizon
            = kActionHorizons.parse(query.value(7).toString()).value_or(ActionHorizon::ShortTerm);
        tracked.incidentId = query.value(8).toLongLong();
        tracked.incidentKey = query.value(9).toString();
        tracked.reviewStatus = static_cast<ReviewStatus>(query.value(10).toInt());
        tracked.doneAt = fromDb(query.value(11));
        items.append(tracked);
    }
    return items;
}

StoreResult<bool> SqlReviewRecords::keepUnsavedReview(qint64 incidentId, const QByteArray& content)
{
    QSqlQuery keep(m_session.database());
    if (!prepareAndExec(keep,
            QStringLiteral(
                "INSERT INTO review_autosave (incident_id, content, saved_at) VALUES (?, ?, ?) ON CONFLICT "
                "(incident_id) DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at"),
            { incidentId, content, toDb(m_session.now()) }))
        return failed<bool>(keep);
    return true;
}

StoreResult<QPair<QByteArray, QDateTime>> SqlReviewRecords::unsavedReview(qint64 incidentId)
{
    QSqlQuery query(m_session.database());
    if (!prepareAndExec(query,
            QStringLiteral("SELECT content, saved_at FROM review_autosave WHERE incident_id = ?"),
            { incidentId }))
        return failed<QPair<QByteArray, QDateTime>>(query);
    if (!query.next())
        return QPair<QByteArray, QDateTime>();
    return qMakePair(query.value(0).toByteArray(), fromDb(query.value(1)));
}

StoreResult<QList<TrackedActionItem>> SqlReviewRecords::actionItemsDone(
    const QDateTime& from, const QDateTime& to)
{
    return trackedActionItems(QStringLiteral("WHERE a.done_at >= ? AND a.done_at < ?"),
        { toDb(from), toDb(to) }, QStringLiteral("a.done_at, i.id, a.position"));
}
