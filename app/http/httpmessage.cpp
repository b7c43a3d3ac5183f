#include "app/http/httpmessage.h"

#include <QJsonObject>

QString HttpRequest::canonicalPath(const QUrl& target)
{
    QString path = target.adjusted(QUrl::NormalizePathSegments).path();
    while (path.contains(QLatin1String("//")))
        path.replace(QLatin1String("//"), QLatin1String("/"));
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

bool HttpRequest::hasJsonBody() const
{
    const QByteArray type = header("content-type").split(';').first().trimmed().toLower();
    return type == "application/json";
}

std::optional<QJsonObject> HttpRequest::jsonObject(HttpResponse* failure, bool bodyRequired) const
{
    if (body.trimmed().isEmpty() && !bodyRequired)
        return QJsonObject {};
    if (!hasJsonBody()) {
        *failure = HttpResponse::error(415, QStringLiteral("unsupported_media_type"),
            HttpText::tr("Send the body as application/json."));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *failure = HttpResponse::error(400, QStringLiteral("malformed_json"),
            error.error != QJsonParseError::NoError
                ? HttpText::tr("The body is not valid JSON (at byte %1: %2).")
                      .arg(error.offset)
                      .arg(error.errorString())
                : HttpText::tr("The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

HttpResponse HttpResponse::invalid(const QString& reason)
{
    return error(422, QStringLiteral("invalid"), reason);
}

HttpResponse HttpResponse::methodNotAllowed(const QByteArray& allowed)
{
    HttpResponse response = error(405, QStringLiteral("method_not_allowed"),
        HttpText::tr("Allowed here: %1.").arg(QString::fromLatin1(allowed)));
    response.headers.append(qMakePair(QByteArray("Allow"), allowed));
    return response;
}

HttpResponse HttpResponse::json(int status, const QJsonDocument& document)
{
    HttpResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString& code, const QString& reason)
{
    QJsonObject object;
    object.insert(QLatin1String("error"), code);
    object.insert(QLatin1String("reason"), reason);
    return json(status, QJsonDocument(object));
}

QString HttpResponse::errorCode() const
{
    if (status < 400 || contentType != "application/json")
        return {};
    return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
}

HttpResponse HttpResponse::storeFailure(StoreErrorKind kind, const QString& reason)
{
    const int status = httpStatusOf(kind);
    switch (status) {
    case 404:
        return error(status, QStringLiteral("not_found"), reason);
    case 422:
        return error(status, QStringLiteral("invalid"), reason);
    default:
        break;
    }
    HttpResponse response = error(status, QStringLiteral("store_unavailable"), reason);
    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

QByteArray HttpResponse::toWire(bool keepAlive) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!body.isEmpty() || status != 204)
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (!keepAlive)
        head += "Connection: close\r\n";
    return head + "\r\n" + body;
}
