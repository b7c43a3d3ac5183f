#pragma once

#include "app/http/httpmessage.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

// The REST API's routes as one table: a method and a path pattern ("/incidents/{id}/timeline") to what
// answers it. The same table routes every request, answers 404 and 405 (with Allow) for the rest, and is
// what the OpenAPI description is checked against, so that no route is served that it does not describe.
// A seed's spelling of a route ("/api/incident_response/{id}") is added with the same action: one
// implementation, two paths.
class RouteTable final : public RequestHandler {
public:
    // The values of the matched pattern's {parameters}, by name.
    using Parameters = QHash<QString, QString>;
    using Action = std::function<HttpResponse(const HttpRequest&, const Parameters&)>;
    // For a route that answers later (a webhook waits for its commit).
    using LaterAction = std::function<void(const HttpRequest&, const Parameters&, const HttpRespond&)>;
    struct Signature {
        QByteArray method;
        QString pattern;
        bool operator==(const Signature&) const = default;
    };

    void add(const QByteArray& method, const QString& pattern, Action action);
    void addLater(const QByteArray& method, const QString& pattern, LaterAction action);
    // What answers a path under `prefix` ("/webhooks/") that no route matches, with any method, in place of
    // the plain 404: a sender that got the path wrong is told which ones there are. Not a route.
    void addElsewhereUnder(const QString& prefix, LaterAction action);
    void handleLater(const HttpRequest& request, const HttpRespond& respond) override;
    // The answer of a route that answers at once (tests; 500 for one that answers later).
    HttpResponse handle(const HttpRequest& request);
    QList<Signature> routes() const;

private:
    struct Route {
        Signature signature;
        QStringList segments; // "{id}" for a parameter
        LaterAction action;
    };
    // How specific `route` is for `parts` (its literal segments, the leftmost counting most), or -1 when
    // it does not match; fills `parameters` when it does.
    static int specificity(const Route& route, const QStringList& parts, Parameters* parameters);

    QList<Route> m_routes;
    QList<QPair<QString, LaterAction>> m_elsewhere;
};
