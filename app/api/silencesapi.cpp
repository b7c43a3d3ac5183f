#include "app/api/silencesapi.h"

#include "app/api/apirequest.h"
#include "app/api/incidentjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
// {"name": "service", "value": "db", "isRegex": false, "isEqual": true} as the text a matcher is written as.
// Empty when it cannot be written as one line of text without changing what it matches.
QString matcherText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().contains(QLatin1Char('\n')) ? QString() : value.toString();
    const QJsonObject object = value.toObject();
    // Written as text and read back: a quote or a line break would end the value early.
    const QString written = object.value(QLatin1String("value")).toString();
    if (written.contains(QLatin1Char('"')) || written.contains(QLatin1Char('\n')))
        return QString();
    const bool regex = object.value(QLatin1String("isRegex")).toBool(false);
    const bool equal = object.value(QLatin1String("isEqual")).toBool(true);
    const char* const op = regex ? (equal ? "=~" : "!~") : (equal ? "=" : "!=");
    return object.value(QLatin1String("name")).toString() + QLatin1String(op) + QLatin1Char('"')
        + object.value(QLatin1String("value")).toString() + QLatin1Char('"');
}

QDateTime timeOf(const QJsonObject& body, const char* key, const QDateTime& otherwise, bool* valid)
{
    const QString text = body.value(QLatin1String(key)).toString();
    if (text.isEmpty())
        return otherwise;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    *valid = *valid && at.isValid() && at.timeSpec() != Qt::LocalTime;
    return at.toUTC();
}
}

SilencesApi::SilencesApi(IncidentStore* store, std::function<void()> committed)
    : m_store(store)
    , m_committed(std::move(committed))
{
}

void SilencesApi::addRoutes(RouteTable& routes)
{
    using Parameters = RouteTable::Parameters;
    routes.add("GET", QStringLiteral("/silences"),
        [this](const HttpRequest& request, const Parameters&) { return list(request); });
    routes.add("POST", QStringLiteral("/silences"),
        [this](const HttpRequest& request, const Parameters&) { return add(request); });
    routes.add("DELETE", QStringLiteral("/silences/{id}"),
        [this](const HttpRequest& request, const Parameters& parameters) {
            return expire(parameters.value(QStringLiteral("id")), request);
        });
}

QJsonObject SilencesApi::toJson(const Silence& silence, const QDateTime& now)
{
    using Kind = LabelMatcher::Kind;
    QJsonArray matchers;
    for (const LabelMatcher& matcher : silence.matchers) {
        const Kind kind = matcher.kind();
        matchers.append(QJsonObject { { QStringLiteral("name"), matcher.label() },
            { QStringLiteral("value"), matcher.value() },
            { QStringLiteral("isRegex"), kind == Kind::Regex || kind == Kind::NotRegex },
            { QStringLiteral("isEqual"), kind == Kind::Equal || kind == Kind::Regex } });
    }
    const QString state = now < silence.startsAt ? QStringLiteral("pending")
        : silence.isActiveAt(now)                ? QStringLiteral("active")
                                                 : QStringLiteral("expired");
    return { { QStringLiteral("id"), silence.id }, { QStringLiteral("matchers"), matchers },
        { QStringLiteral("startsAt"), IncidentJson::time(silence.startsAt) },
        { QStringLiteral("endsAt"), IncidentJson::time(silence.endsAt) },
        { QStringLiteral("createdBy"), silence.createdBy }, { QStringLiteral("comment"), silence.comment },
        { QStringLiteral("createdAt"), IncidentJson::time(silence.createdAt) },
        { QStringLiteral("status"), QJsonObject { { QStringLiteral("state"), state } } } };
}

HttpResponse SilencesApi::list(const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<ListPage> page = ListPage::read(request, u"silences", 1, &failure);
    if (!page)
        return failure;
    const bool ended = request.query.queryItemValue(QStringLiteral("ended")) == QLatin1String("true");
    const StoreResult<QList<Silence>> silences = m_store->silences().list(ended);
    if (!silences)
        return HttpResponse::storeFailure(silences);
    const ListPage::Window window = page->window(silences->size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray array;
    for (qsizetype i = window.from; i < window.to; ++i)
        array.append(toJson(silences->at(i), now));
    return HttpResponse::json(200,
        QJsonDocument(ListPage::answer(QStringLiteral("silences"), array, static_cast<int>(silences->size()),
            u"silences", window.next)));
}

HttpResponse SilencesApi::add(const HttpRequest& request)
{
    HttpResponse failure;
    const std::optional<QJsonObject> body = request.jsonObject(&failure, true);
    if (!body)
        return failure;
    Silence silence;
    QStringList lines;
    const QJsonArray given = body->value(QLatin1String("matchers")).toArray();
    for (qsizetype i = 0; i < given.size(); ++i) {
        lines.append(matcherText(given.at(i)));
        if (lines.last().trimmed().isEmpty())
            return HttpResponse::invalid(
                tr("matchers[%1]: a name and a value, on one line; a value may not hold a double quote.")
                    .arg(i));
    }
    QString error;
    const std::optional<QList<LabelMatcher>> matchers
        = Silence::parseMatchers(lines.join(QLatin1Char('\n')), &error);
    if (!matchers)
        return HttpResponse::invalid(error);
    silence.matchers = *matchers;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool timesValid = true;
    silence.startsAt = timeOf(*body, "startsAt", now, &timesValid);
    silence.endsAt = timeOf(*body, "endsAt", QDateTime(), &timesValid);
    if (!timesValid)
        return HttpResponse::invalid(
            tr("startsAt and endsAt must be ISO 8601 times with their zone, e.g. 2026-11-23T14:02:00Z."));
    silence.comment = ApiRequest::text(*body, "comment").trimmed();
    silence.createdBy = ApiRequest::text(*body, "createdBy").trimmed();
    if (silence.createdBy.isEmpty())
        silence.createdBy = ApiRequest::authorOf(request, *body);
    if (const QString problem = silence.problem(); !problem.isEmpty())
        return HttpResponse::invalid(problem);
    const StoreResult<Silence> added = m_store->silences().add(silence);
    if (!added)
        return HttpResponse::storeFailure(added);
    if (m_committed)
        m_committed();
    HttpResponse response = HttpResponse::json(201, QJsonDocument(toJson(*added, now)));
    response.headers.append(qMakePair(QByteArray("Location"), "/silences/" + QByteArray::number(added->id)));
    return response;
}

HttpResponse SilencesApi::expire(const QString& id, const HttpRequest& request)
{
    bool isNumber = false;
    const qint64 silenceId = id.toLongLong(&isNumber);
    if (!isNumber)
        return HttpResponse::error(404, QStringLiteral("not_found"), tr("There is no silence %1.").arg(id));
    const StoreResult<Silence> expired
        = m_store->silences().expire(silenceId, ApiRequest::authorOf(request, {}));
    if (!expired)
        return HttpResponse::storeFailure(expired);
    if (m_committed)
        m_committed();
    return HttpResponse::json(200, QJsonDocument(toJson(*expired, QDateTime::currentDateTimeUtc())));
}
