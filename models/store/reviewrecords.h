#pragma once

#include "models/domain/incident.h"
#include "models/domain/postincidentreview.h"
#include "models/store/storeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

// Post-incident reviews, one per incident. Starting one writes the timeline
// and fills its timeline and impact from the incident's; saving a published
// review is refused (reopen it: a new revision); each status change is on the
// incident's timeline and a published revision is kept.
class ReviewRecords {
public:
    virtual ~ReviewRecords() = default;

    virtual StoreResult<std::optional<PostIncidentReview>> review(qint64 incidentId) = 0;
    virtual StoreResult<PostIncidentReview> startReview(qint64 incidentId, const QString& author) = 0;
    virtual StoreResult<PostIncidentReview> saveReview(
        const PostIncidentReview& review, const QString& author)
        = 0;
    // To in review or published only once the incident is resolved; from published back to draft: a new
    // revision.
    virtual StoreResult<PostIncidentReview> setReviewStatus(
        qint64 incidentId, ReviewStatus to, const QString& author)
        = 0;
    // The published revisions, oldest first (each with its content and when it was published).
    virtual StoreResult<QList<PostIncidentReview>> reviewRevisions(qint64 incidentId) = 0;
    // Every review, newest first; with `words`, those whose words match (full text), best first.
    virtual StoreResult<QList<PostIncidentReview>> search(const QString& words, int limit) = 0;
    // Reviews of other incidents like this one: the same service first, then by the words of its
    // title and the names of its alerts; newest first.
    virtual StoreResult<QList<PostIncidentReview>> similarReviews(const Incident& incident, int limit) = 0;
    // Resolved incidents without a review, as reviews not started (due a configured time after resolution).
    virtual StoreResult<QList<PostIncidentReview>> reviewsNotStarted(int limit) = 0;
    // Incidents per month since `since` (UTC), by root-cause category and by service.
    virtual StoreResult<IncidentTrends> incidentTrends(const QDateTime& since) = 0;
    // Every review's action items, soonest deadline first (none last).
    virtual StoreResult<QList<TrackedActionItem>> actionItems() = 0;
    // Action items first saved as done in [from, to), oldest first: what a month improved.
    virtual StoreResult<QList<TrackedActionItem>> actionItemsDone(const QDateTime& from, const QDateTime& to)
        = 0;
    // Text typed and not yet saved, kept every few seconds so that a crash loses none of it.
    virtual StoreResult<bool> keepUnsavedReview(qint64 incidentId, const QByteArray& content) = 0;
    // The text kept and when (an invalid time: none).
    virtual StoreResult<QPair<QByteArray, QDateTime>> unsavedReview(qint64 incidentId) = 0;
    // How long after resolution a review is due (days), and its timeline (hours): a review not
    // started is due by the timeline's deadline, one started by the review's.
    virtual void setReviewDeadlines(int reviewWithinDays, int timelineWithinHours) = 0;
};
