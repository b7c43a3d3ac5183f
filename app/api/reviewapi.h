#pragma once

#include "app/http/httpmessage.h"
#include "models/domain/clock.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>
#include <QJsonObject>

// The seed's review endpoints:
//   POST /incidents/:id/pir   starts the incident's review (201) or changes it (200): any of the
//                             review's fields (title, summary, impact, timeline, rootCause,
//                             rootCauseCategory, fiveWhys, contributingFactors, detection,
//                             resolution, actionItems, lessons), and "status" to move it on
//   GET /pirs                 every review (?q= full-text search, ?status=), with due and overdue
//   GET /pirs/summary         counts by status and root-cause category, open and overdue action items
class ReviewApi final : public ImmediateRequestHandler {
    Q_DECLARE_TR_FUNCTIONS(ReviewApi)
public:
    ReviewApi(IncidentStore* store, const Clock* clock);

    HttpResponse handle(const HttpRequest& request) override;
    // POST /incidents/:id/pir, for the incident and body the incident API found and read.
    HttpResponse write(const Incident& incident, const QJsonObject& body, const QString& author);

    static QJsonObject toJson(const PostIncidentReview& review, const QDateTime& now);

private:
    HttpResponse list(const HttpRequest& request);
    HttpResponse summary();

    IncidentStore* m_store;
    const Clock* m_clock;
};
