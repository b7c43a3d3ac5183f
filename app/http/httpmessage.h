#pragma once

#include "models/domain/rejecteddelivery.h"
#include "models/store/storeresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <optional>

// A parsed HTTP request as handlers see it: no parser or socket types leak out,
// so routing and handling are tested without a network.
// The words the HTTP layer says to senders.
class HttpText {
    Q_DECLARE_TR_FUNCTIONS(HttpText)
};

struct HttpResponse;

struct HttpRequest {
    QByteArray method; // upper case, e.g. "POST"
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;
    // Set by the receiver's front door: the sender showed the receiver token,
    // or the receiver asks none. What only such a sender may read depends on it.
    bool senderProven = false;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    // The one spelling of a target's path that routes and checks compare: "." and ".."
    // resolved, repeated and trailing slashes dropped ("/webhooks//alerts/generic/"
    // is "/webhooks/alerts/generic"), so that no spelling reaches a handler past
    // the check its path has.
    static QString canonicalPath(const QUrl& target);
    // True when Content-Type is application/json (parameters such as charset allowed).
    bool hasJsonBody() const;
    // The body as a JSON object, or nullopt with the answer that says what is wrong with it (415, 400).
    // An empty body is an empty object unless `bodyRequired`.
    std::optional<QJsonObject> jsonObject(HttpResponse* failure, bool bodyRequired) const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonDocument& document);
    // A 4xx/5xx with a JSON body {"error": <short code>, "reason": <sentence for a person>}.
    static HttpResponse error(int status, const QString& code, const QString& reason);
    // 422: a field the request may not have that way.
    static HttpResponse invalid(const QString& reason);
    // 405 with the Allow header naming the methods the path takes ("GET, POST").
    static HttpResponse methodNotAllowed(const QByteArray& allowed);
    // What a store failure means to a sender: 404 not found, 422 a wrong request,
    // otherwise 503 with Retry-After, because senders retry a 5xx and nothing was stored.
    static HttpResponse storeFailure(StoreErrorKind kind, const QString& reason);
    template<typename T> static HttpResponse storeFailure(const StoreResult<T>& result)
    {
        return storeFailure(result.errorKind(), result.error());
    }
    static QByteArray reasonPhrase(int status);
    // Status line, headers and body as sent; "Connection: close" unless `keepAlive`.
    QByteArray toWire(bool keepAlive) const;
    // The short code of an error() response ("malformed_payload"); empty for others.
    QString errorCode() const;
};

using HttpRespond = std::function<void(const HttpResponse&)>;

// Handles one complete request; called in the order requests arrive on a connection.
class RequestHandler {
public:
    virtual ~RequestHandler() = default;
    // Answers through `respond`, exactly once, now or from a later turn of the
    // event loop (a handler that groups requests into one commit answers later).
    // The connection sends nothing else until then.
    virtual void handleLater(const HttpRequest& request, const HttpRespond& respond) = 0;
    // For a request that waits for "100 Continue" before it sends its body: the
    // answer that refuses it from its header alone (`header` has no body), so
    // that a sender without the right to send is never invited to send a body;
    // nullopt lets it go on.
    virtual std::optional<HttpResponse> answerBeforeBody(const HttpRequest& header)
    {
        Q_UNUSED(header);
        return std::nullopt;
    }
};

// A handler that has its answer at once.
class ImmediateRequestHandler : public RequestHandler {
public:
    virtual HttpResponse handle(const HttpRequest& request) = 0;
    void handleLater(const HttpRequest& request, const HttpRespond& respond) final
    {
        respond(handle(request));
    }
};

// What a connection may send, and hold, before it is cut off. The defaults suit
// webhooks; every limit holds before the sender has proved who it is.
struct HttpLimits {
    quint32 headerBytes = 16 * 1024; // a header, a chunk-size line or a trailer
    quint64 bodyBytes = 1024 * 1024;
    int headerTimeoutMs
        = 5000; // from accept (TLS handshake included), or a request's first byte, to its header's end
    int requestTimeoutMs = 10000; // from a request's first byte to its last
    int idleTimeoutMs = 60000; // between requests on a kept-alive connection
    int closeTimeoutMs = 5000; // for a closing connection's last answer to be taken
    int maxConnections = 256; // when all are open, the one waiting longest for a request makes room
    int maxConnectionsPerPeer = 64; // from one address; more get 503
    qint64 maxUnsentBytes = 1024 * 1024; // answers the sender has not taken; no request is read past it

    // These limits with no more connections than `openFiles` descriptors leave
    // room for, after what the store, the inbox and the window need: the
    // receiver then makes room or refuses before the process runs out of
    // descriptors, instead of failing to accept anyone (Qt spins, or stops
    // accepting for good, when accept() meets EMFILE). 0: no limit known.
    HttpLimits withinOpenFiles(long openFiles) const
    {
        HttpLimits limited = *this;
        if (openFiles > 0) {
            const long room = std::max(openFiles - kDescriptorsKeptForTheRest, kFewestConnections);
            limited.maxConnections = static_cast<int>(std::min<long>(maxConnections, room));
            limited.maxConnectionsPerPeer = std::min(maxConnectionsPerPeer, limited.maxConnections);
        }
        return limited;
    }
    static constexpr long kDescriptorsKeptForTheRest = 96;
    static constexpr long kFewestConnections = 8;
};
