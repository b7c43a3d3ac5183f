#include "app/http/routetable.h"

namespace {
bool isParameter(const QString& segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}
}

void RouteTable::add(const QByteArray& method, const QString& pattern, Action action)
{
    addLater(method, pattern,
        [action = std::move(action)](const HttpRequest& request, const Parameters& parameters,
            const HttpRespond& respond) { respond(action(request, parameters)); });
}

void RouteTable::addLater(const QByteArray& method, const QString& pattern, LaterAction action)
{
    Q_ASSERT(pattern.startsWith(QLatin1Char('/')));
    Q_ASSERT(!routes().contains(Signature { method, pattern }));
    m_routes.append(
        { { method, pattern }, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(action) });
}

void RouteTable::addElsewhereUnder(const QString& prefix, LaterAction action)
{
    m_elsewhere.append(qMakePair(prefix, std::move(action)));
}

int RouteTable::specificity(const Route& route, const QStringList& parts, Parameters* parameters)
{
    if (route.segments.size() != parts.size())
        return -1;
    int score = 0;
    Parameters found;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& segment = route.segments.at(i);
        if (isParameter(segment)) {
            found.insert(segment.mid(1, segment.size() - 2), parts.at(i));
            continue;
        }
        if (segment != parts.at(i))
            return -1;
        // "/incidents/escalate" before "/incidents/{id}": a literal further left outweighs all to its right.
        score |= 1 << (30 - std::min<qsizetype>(i, 30));
    }
    *parameters = std::move(found);
    return score;
}

HttpResponse RouteTable::handle(const HttpRequest& request)
{
    std::optional<HttpResponse> answer;
    handleLater(request, [&answer](const HttpResponse& response) { answer = response; });
    return answer ? *answer
                  : HttpResponse::error(500, QStringLiteral("answers_later"),
                      HttpText::tr("%1 answers later.").arg(request.path));
}

void RouteTable::handleLater(const HttpRequest& request, const HttpRespond& respond)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    int best = -1;
    QList<const Route*> candidates;
    Parameters bestParameters;
    for (const Route& route : std::as_const(m_routes)) {
        Parameters parameters;
        const int score = specificity(route, parts, &parameters);
        if (score < 0 || score < best)
            continue;
        if (score > best) {
            best = score;
            candidates.clear();
            bestParameters = parameters;
        }
        candidates.append(&route);
    }
    if (candidates.isEmpty()) {
        for (const auto& [prefix, action] : std::as_const(m_elsewhere)) {
            if (request.path.startsWith(prefix)) {
                action(request, {}, respond);
                return;
            }
        }
        respond(HttpResponse::error(
            404, QStringLiteral("not_found"), HttpText::tr("There is nothing at %1.").arg(request.path)));
        return;
    }
    QByteArrayList allowed;
    for (const Route* route : std::as_const(candidates)) {
        if (route->signature.method == request.method) {
            route->action(request, bestParameters, respond);
            return;
        }
        allowed.append(route->signature.method);
    }
    respond(HttpResponse::methodNotAllowed(allowed.join(", ")));
}

QList<RouteTable::Signature> RouteTable::routes() const
{
    QList<Signature> signatures;
    for (const Route& route : m_routes)
        signatures.append(route.signature);
    return signatures;
}
