#include "app/http/crosssiteguard.h"

#include <QUrl>

namespace {
QStringList lowered(const QStringList& list)
{
    QStringList result;
    for (const QString& item : list) {
        const QString trimmed = item.trimmed().toLower();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}
}

CrossSiteGuard::CrossSiteGuard(Settings settings, QStringList signedAsTextRoutes)
    : m_hostNames(lowered(settings.hostNames))
    , m_allowedOrigins(lowered(settings.allowedOrigins))
    , m_signedAsTextRoutes(std::move(signedAsTextRoutes))
{
    for (QString& origin : m_allowedOrigins) {
        while (origin.endsWith(QLatin1Char('/')))
            origin.chop(1);
    }
}

QString CrossSiteGuard::hostOf(const QByteArray& hostHeader)
{
    const QString text = QString::fromLatin1(hostHeader).trimmed();
    if (text.isEmpty())
        return {};
    // QUrl takes the host apart as a browser would: brackets, port, case.
    const QUrl url(QStringLiteral("http://") + text, QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty() || !url.path().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return {};
    QString host = url.host(QUrl::FullyDecoded).toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

bool CrossSiteGuard::hostAllowed(const QByteArray& hostHeader) const
{
    const QString host = hostOf(hostHeader);
    if (host.isEmpty())
        return false;
    // An address is never rebound: only a name can be pointed at this machine by someone else's DNS.
    if (!QHostAddress(host).isNull())
        return true;
    return host == QLatin1String("localhost") || m_hostNames.contains(host);
}

bool CrossSiteGuard::originAllowed(const QByteArray& origin) const
{
    QString text = QString::fromLatin1(origin).trimmed().toLower();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    // "null" (a sandboxed frame, a file) is nobody's origin and is never allowed.
    return text != QLatin1String("null") && m_allowedOrigins.contains(text);
}

bool CrossSiteGuard::needsJsonType(const HttpRequest& request) const
{
    // A page can send a POST of any type without asking first; a PUT, PATCH or DELETE only
    // after a preflight, which is never approved here. Those need the type for what they carry.
    if (request.method == "POST")
        return !signedAsText(request);
    const bool changes = request.method != "GET" && request.method != "HEAD" && request.method != "OPTIONS";
    return changes && !request.body.isEmpty();
}

bool CrossSiteGuard::signedAsText(const HttpRequest& request) const
{
    return request.method == "POST" && m_signedAsTextRoutes.contains(request.path);
}

std::optional<HttpResponse> CrossSiteGuard::check(const HttpRequest& request) const
{
    if (!hostAllowed(request.header("host"))) {
        const QString host = hostOf(request.header("host"));
        return HttpResponse::error(421, QStringLiteral("misdirected_request"),
            host.isEmpty() ? tr("A request needs a Host header naming this receiver.")
                           : tr("This receiver does not answer to the name “%1”. Use its address or "
                                "localhost, or add the name "
                                "to the receiver's host names in the settings.")
                                 .arg(host));
    }
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && !originAllowed(origin))
        return HttpResponse::error(403, QStringLiteral("cross_site_request"),
            tr("Requests from web pages at %1 are refused; add the origin to the receiver's allowed origins "
               "to permit "
               "it.")
                .arg(QString::fromLatin1(origin.left(200))));
    const QByteArray site = request.header("sec-fetch-site").trimmed().toLower();
    if (!site.isEmpty() && site != "none" && site != "same-origin"
        && (origin.isEmpty() || !originAllowed(origin)))
        return HttpResponse::error(403, QStringLiteral("cross_site_request"),
            tr("Requests that a web page makes on another site's behalf are refused."));
    if (needsJsonType(request) && !request.hasJsonBody())
        return HttpResponse::error(415, QStringLiteral("unsupported_media_type"),
            tr("A request that changes something needs “Content-Type: application/json”, even with an empty "
               "body."));
    return std::nullopt;
}
