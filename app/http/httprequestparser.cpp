#include "app/http/httprequestparser.h"

#include <QUrl>

#include <boost/beast/http.hpp>

namespace http = boost::beast::http;

struct HttpRequestParser::Beast {
    http::request_parser<http::string_body> parser;
};

namespace {
QByteArray toBytes(boost::beast::string_view view)
{
    return QByteArray(view.data(), static_cast<qsizetype>(view.size()));
}
}

HttpRequestParser::HttpRequestParser(const HttpLimits& limits)
    : m_beast(std::make_unique<Beast>())
    , m_headerBytes(limits.headerBytes)
    , m_bodyBytes(limits.bodyBytes)
{
    m_beast->parser.header_limit(limits.headerBytes);
    m_beast->parser.body_limit(limits.bodyBytes);
    m_beast->parser.eager(true); // body bytes as they come: what is left unparsed is never body
}

HttpRequestParser::~HttpRequestParser() = default;

HttpRequestParser::Progress HttpRequestParser::take(QByteArray& buffer)
{
    if (m_refusedStatus != 0)
        return Progress::Refused;
    http::request_parser<http::string_body>& parser = m_beast->parser;
    while (!buffer.isEmpty() && !parser.is_done()) {
        boost::beast::error_code error;
        const std::size_t used = parser.put(
            boost::asio::buffer(buffer.constData(), static_cast<std::size_t>(buffer.size())), error);
        buffer.remove(0, static_cast<qsizetype>(used));
        if (error == http::error::need_more) {
            // What is left is a header, a chunk-size line (with its extensions)
            // or a trailer still arriving: none may outgrow the header limit.
            if (buffer.size() > static_cast<qsizetype>(m_headerBytes))
                return refuse(431, QStringLiteral("header_too_large"),
                    parser.is_header_done()
                        ? tr("A chunk-size line or trailer of the body is longer than the limit of %1 bytes.")
                              .arg(m_headerBytes)
                        : tr("The request header is larger than the limit of %1 bytes.").arg(m_headerBytes));
            return Progress::NeedMore;
        }
        if (error == http::error::body_limit)
            return refuse(413, QStringLiteral("body_too_large"),
                tr("The body is larger than the limit of %1 bytes.").arg(m_bodyBytes));
        if (error == http::error::header_limit)
            return refuse(431, QStringLiteral("header_too_large"),
                tr("The request header is larger than the limit of %1 bytes.").arg(m_headerBytes));
        if (error)
            return refuse(400, QStringLiteral("malformed_http"),
                tr("The request is not valid HTTP/1.1: %1").arg(QString::fromStdString(error.message())));
        if (used == 0)
            break;
    }
    return parser.is_done() ? Progress::Complete : Progress::NeedMore;
}

HttpRequestParser::Progress HttpRequestParser::refuse(int status, const QString& code, const QString& reason)
{
    m_refusedStatus = status;
    m_refusedCode = code;
    m_refusedReason = reason;
    return Progress::Refused;
}

bool HttpRequestParser::headerDone() const
{
    return m_beast->parser.is_header_done();
}

bool HttpRequestParser::expectsContinue() const
{
    return headerDone() && boost::beast::iequals(m_beast->parser.get()[http::field::expect], "100-continue");
}

bool HttpRequestParser::keepAlive() const
{
    return m_beast->parser.get().keep_alive();
}

HttpRequest HttpRequestParser::requestOf(const QHostAddress& peer, bool withBody) const
{
    const http::request<http::string_body>& message = m_beast->parser.get();
    HttpRequest request;
    request.method = toBytes(message.method_string()).toUpper();
    const QUrl url(QString::fromUtf8(toBytes(message.target())));
    request.path = HttpRequest::canonicalPath(url);
    request.query = QUrlQuery(url);
    for (const auto& field : message)
        request.headers.insert(toBytes(field.name_string()).toLower(), toBytes(field.value()));
    if (withBody)
        request.body = QByteArray::fromStdString(message.body());
    request.peer = peer;
    return request;
}

HttpRequest HttpRequestParser::header(const QHostAddress& peer) const
{
    return requestOf(peer, false);
}

HttpRequest HttpRequestParser::takeRequest(const QHostAddress& peer)
{
    HttpRequest request = requestOf(peer, true);
    m_beast->parser.get().body().clear();
    return request;
}

QString HttpRequestParser::routeSoFar() const
{
    const auto& message = m_beast->parser.get();
    if (message.method_string().empty())
        return {};
    return QString::fromUtf8(toBytes(message.method_string())) + QLatin1Char(' ')
        + QUrl(QString::fromUtf8(toBytes(message.target()))).path();
}

QString HttpRequestParser::contentTypeSoFar() const
{
    return QString::fromUtf8(toBytes(m_beast->parser.get()[http::field::content_type]));
}

qint64 HttpRequestParser::bodyBytes() const
{
    return static_cast<qint64>(m_beast->parser.get().body().size());
}
