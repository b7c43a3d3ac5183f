#pragma once

#include "app/http/routetable.h"
#include "models/domain/clock.h"
#include "models/store/incidentstore.h"

#include <QCoreApplication>
#include <QJsonObject>

// The seed's review endpoints:
//   POST /incidents/:id/pir   starts the incident's review (201) or changes it (200): any of the
//                             review's fields (title, summary, impact, timeline, rootCause,
//                             rootCauseCategory, fiveWhys, contributingFactors, detection,
//                             resolution, actionItems, lessons), and "status" to move it on
//   GET /pirs                 every review (?q= full-text search, ?status=, cursor paging), with due and
//                             overdue
//   GET /pirs/summary         counts by status and root-cause category, open and overdue action items
class ReviewApi final {
    Q_DECLARE_TR_FUNCTIONS(ReviewApi)
public:
    // `committed` runs after every review written.
    ReviewApi(IncidentStore* store, const Clock* clock, std::function<void()> committed = {});

    void addRoutes(RouteTable& routes);

    static QJsonObject toJson(const PostIncidentReview& review, const QDateTime& now);

private:
    HttpResponse list(const HttpRequest& request);
    HttpResponse summary();
    HttpResponse write(const Incident& incident, const QJsonObject& body, const QString& author);

    IncidentStore* m_store;
    const Clock* m_clock;
    std::function<void()> m_committed;
};
