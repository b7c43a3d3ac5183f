#pragma once

#include "models/store/reviewrecords.h"

#include <QCoreApplication>
#include <QVariantList>

class SqlJournal;
class SqlSession;

// ReviewRecords in SQL. A review's writing is one JSON document
// (PostIncidentReview::contentJson); its action items are also rows, so that the
// tracker can sort and filter them across every review, and its words are in a
// full-text index for the knowledge base.
class SqlReviewRecords final : public ReviewRecords {
    Q_DECLARE_TR_FUNCTIONS(SqlReviewRecords)
public:
    SqlReviewRecords(SqlSession& session, SqlJournal& journal);

    StoreResult<std::optional<PostIncidentReview>> review(qint64 incidentId) override;
    StoreResult<PostIncidentReview> startReview(qint64 incidentId, const QString& author) override;
    StoreResult<PostIncidentReview> saveReview(
        const PostIncidentReview& review, const QString& author) override;
    StoreResult<PostIncidentReview> setReviewStatus(
        qint64 incidentId, ReviewStatus to, const QString& author) override;
    StoreResult<QList<PostIncidentReview>> reviewRevisions(qint64 incidentId) override;
    StoreResult<QList<PostIncidentReview>> search(const QString& words, int limit) override;
    StoreResult<QList<PostIncidentReview>> similarReviews(const Incident& incident, int limit) override;
    StoreResult<QList<PostIncidentReview>> reviewsNotStarted(int limit) override;
    StoreResult<IncidentTrends> incidentTrends(const QDateTime& since) override;
    StoreResult<QList<TrackedActionItem>> actionItems() override;
    StoreResult<QList<TrackedActionItem>> actionItemsDone(
        const QDateTime& from, const QDateTime& to) override;
    StoreResult<bool> keepUnsavedReview(qint64 incidentId, const QByteArray& content) override;
    StoreResult<QPair<QByteArray, QDateTime>> unsavedReview(qint64 incidentId) override;
    void setReviewDeadlines(int reviewWithinDays, int timelineWithinHours) override
    {
        m_reviewWithinDays = reviewWithinDays;
        m_timelineWithinHours = timelineWithinHours;
    }

private:
    // The review's rows besides its content: action items and full-text words, inside the caller's
    // transaction.
    StoreResult<bool> indexReview(const PostIncidentReview& review);
    StoreResult<QList<PostIncidentReview>> selectReviews(const QString& tail, const QVariantList& bindings);
    StoreResult<QList<TrackedActionItem>> trackedActionItems(
        const QString& where, const QVariantList& bindings, const QString& orderBy);

    SqlSession& m_session;
    SqlJournal& m_journal;
    int m_reviewWithinDays = 7;
    int m_timelineWithinHours = 24;
};
