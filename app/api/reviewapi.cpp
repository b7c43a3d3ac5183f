#include "app/api/reviewapi.h"

#include "app/api/apirequest.h"
#include "models/domain/clock.h"
#include "models/rules/reviewhtml.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace {
// Every review: there is one an incident at most, and summaries must count them all.
constexpr int kEveryReview = std::numeric_limits<int>::max();

// Prose may come as plain text or as HTML; it is kept as HTML, like the editor
// writes it, and HTML only as far as it cannot reach outside the review.
QJsonValue asHtml(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return text;
    if (text.trimmed().startsWith(QLatin1Char('<')))
        return ReviewHtml::sanitized(text);
    QStringList paragraphs;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        paragraphs.append(
            QStringLiteral("<p>%1</p>")
                .arg(paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    return paragraphs.join(QString());
}

}

ReviewApi::ReviewApi(IncidentStore* store, const Clock* clock, std::function<void()> committed)
    : m_store(store)
    , m_clock(clock)
    , m_committed(std::move(committed))
{
}

void ReviewApi::addRoutes(RouteTable& routes)
{
    using Parameters = RouteTable::Parameters;
    routes.add("GET", QStringLiteral("/pirs"),
        [this](const HttpRequest& request, const Parameters&) { return list(request); });
    routes.add("GET", QStringLiteral("/pirs/summary"),
        [this](const HttpRequest&, const Parameters&) { return summary(); });
    routes.add("POST", QStringLiteral("/incidents/{id}/pir"),
        [this](const HttpRequest& request, const Parameters& parameters) {
            const StoreResult<Incident> incident
                = ApiRequest::findIncident(m_store, parameters.value(QStringLiteral("id")));
            if (!incident)
                return HttpResponse::storeFailure(incident);
            HttpResponse failure;
            const std::optional<QJsonObject> body = request.jsonObject(&failure, false);
            if (!body)
                return failure;
            HttpResponse answer = write(*incident, *body, ApiRequest::authorOf(request, *body));
            if (answer.status < 300 && m_committed)
                m_committed();
            return answer;
        });
}

QJsonObject ReviewApi::toJson(const PostIncidentReview& review, const QDateTime& now)
{
    const auto time = [](const QDateTime& at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    int openItems = 0;
    int overdueItems = 0;
    for (const ActionItem& item : review.actionItems) {
        if (item.status == ActionStatus::Done)
            continue;
        ++openItems;
        if (item.isOverdue(now.date()))
            ++overdueItems;
    }
    return { { QStringLiteral("incident"), review.incidentKey }, { QStringLiteral("title"), review.title },
        { QStringLiteral("status"), kReviewStatuses.key(review.status) },
        { QStringLiteral("revision"), review.revision },
        { QStringLiteral("rootCauseCategory"), review.rootCauseCategory },
        { QStringLiteral("createdAt"), time(review.createdAt) },
        { QStringLiteral("updatedAt"), time(review.updatedAt) },
        { QStringLiteral("updatedBy"), review.updatedBy },
        { QStringLiteral("publishedAt"), time(review.publishedAt) },
        { QStringLiteral("dueAt"), time(review.dueAt) }, { QStringLiteral("overdue"), review.isOverdue(now) },
        { QStringLiteral("openActionItems"), openItems },
        { QStringLiteral("overdueActionItems"), overdueItems },
        { QStringLiteral("content"), QJsonDocument::fromJson(review.contentJson()).object() } };
}

HttpResponse ReviewApi::list(const HttpRequest& request)
{
    const QString status = request.query.queryItemValue(QStringLiteral("status"));
    std::optional<ReviewStatus> wanted;
    if (!status.isEmpty()) {
        wanted = kReviewStatuses.parse(status);
        if (!wanted)
            return HttpResponse::invalid(tr("“%1” is not a review status (%2).")
                                             .arg(status, kReviewStatuses.keys().join(QLatin1String(", "))));
    }
    HttpResponse failure;
    const std::optional<ListPage> page = ListPage::read(request, u"pirs", 1, &failure);
    if (!page)
        return failure;
    const StoreResult<QList<PostIncidentReview>> reviews = m_store->reviews().search(
        request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), kEveryReview);
    if (!reviews)
        return HttpResponse::storeFailure(reviews);
    QList<PostIncidentReview> matching;
    for (const PostIncidentReview& review : *reviews) {
        if (!wanted || review.status == *wanted)
            matching.append(review);
    }
    const ListPage::Window window = page->window(matching.size());
    const QDateTime now = m_clock->nowUtc();
    QJsonArray array;
    for (qsizetype i = window.from; i < window.to; ++i)
        array.append(toJson(matching.at(i), now));
    return HttpResponse::json(200,
        QJsonDocument(ListPage::answer(
            QStringLiteral("pirs"), array, static_cast<int>(matching.size()), u"pirs", window.next)));
}

HttpResponse ReviewApi::summary()
{
    const StoreResult<QList<PostIncidentReview>> reviews = m_store->reviews().search(QString(), kEveryReview);
    if (!reviews)
        return HttpResponse::storeFailure(reviews);
    const QDateTime now = m_clock->nowUtc();
    QJsonObject byStatus;
    for (const QString& key : kReviewStatuses.keys())
        byStatus.insert(key, 0);
    QJsonObject byCategory;
    int open = 0;
    int overdue = 0;
    int done = 0;
    int reviewsOverdue = 0;
    for (const PostIncidentReview& review : *reviews) {
        const QString status = kReviewStatuses.key(review.status);
        byStatus.insert(status, byStatus.value(status).toInt() + 1);
        const QString category
            = review.rootCauseCategory.isEmpty() ? QStringLiteral("uncategorised") : review.rootCauseCategory;
        byCategory.insert(category, byCategory.value(category).toInt() + 1);
        reviewsOverdue += review.isOverdue(now) ? 1 : 0;
        for (const ActionItem& item : review.actionItems) {
            if (item.status == ActionStatus::Done) {
                ++done;
                continue;
            }
            ++open;
            overdue += item.isOverdue(now.date()) ? 1 : 0;
        }
    }
    // Resolved incidents nobody has started reviewing are behind too.
    const StoreResult<QList<PostIncidentReview>> missing = m_store->reviews().reviewsNotStarted(kEveryReview);
    if (!missing)
        return HttpResponse::storeFailure(missing);
    for (const PostIncidentReview& review : *missing)
        reviewsOverdue += review.isOverdue(now) ? 1 : 0;
    return HttpResponse::json(200,
        QJsonDocument(QJsonObject { { QStringLiteral("total"), reviews->size() },
            { QStringLiteral("notStarted"), missing->size() }, { QStringLiteral("byStatus"), byStatus },
            { QStringLiteral("byRootCauseCategory"), byCategory },
            { QStringLiteral("overdueReviews"), reviewsOverdue },
            { QStringLiteral("actionItems"),
                QJsonObject { { QStringLiteral("open"), open }, { QStringLiteral("overdue"), overdue },
                    { QStringLiteral("done"), done } } } }));
}

HttpResponse ReviewApi::write(const Incident& incident, const QJsonObject& body, const QString& author)
{
    std::optional<ReviewStatus> to;
    if (body.contains(QLatin1String("status"))) {
        to = kReviewStatuses.parse(body.value(QLatin1String("status")).toString());
        if (!to)
            return HttpResponse::invalid(tr("“%1” is not a review status (%2).")
                                             .arg(body.value(QLatin1String("status")).toString(),
                                                 kReviewStatuses.keys().join(QLatin1String(", "))));
    }
    const StoreResult<std::optional<PostIncidentReview>> existing = m_store->reviews().review(incident.id);
    if (!existing)
        return HttpResponse::storeFailure(existing);
    const bool created = !existing->has_value();
    StoreResult<PostIncidentReview> review = created ? m_store->reviews().startReview(incident.id, author)
                                                     : StoreResult<PostIncidentReview>(**existing);
    if (!review)
        return HttpResponse::storeFailure(review);
    // The fields given replace the review's; the others stay as they are.
    QJsonObject content = QJsonDocument::fromJson(review->contentJson()).object();
    bool changed = false;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() == QLatin1String("status") || it.key() == QLatin1String("author")
            || !content.contains(it.key()))
            continue;
        content.insert(
            it.key(), PostIncidentReview::proseKeys().contains(it.key()) ? asHtml(it.value()) : it.value());
        changed = true;
    }
    if (changed) {
        PostIncidentReview edited = *review;
        edited.setContent(QJsonDocument(content).toJson(QJsonDocument::Compact));
        edited.updatedAt
            = QDateTime(); // the caller gave no version: the fields it sent replace what is there
        review = m_store->reviews().saveReview(edited, author);
        if (!review)
            return HttpResponse::storeFailure(review);
    }
    if (to) {
        review = m_store->reviews().setReviewStatus(incident.id, *to, author);
        if (!review)
            return review.errorKind() == StoreErrorKind::Rejected
                ? HttpResponse::error(409, QStringLiteral("invalid_transition"), review.error())
                : HttpResponse::storeFailure(review);
    }
    return HttpResponse::json(created ? 201 : 200, QJsonDocument(toJson(*review, m_clock->nowUtc())));
}
