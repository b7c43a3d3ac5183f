#include "httpconnection.h"

#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http.hpp>

namespace http = boost::beast::http;

// Keeps Beast's types out of the header.
class BeastRequestParser {
public:
    explicit BeastRequestParser(const HttpLimits& limits)
    {
        parser.header_limit(limits.headerBytes);
        parser.body_limit(limits.bodyBytes);
        parser.eager(true);
    }
    http::request_parser<http::string_body> parser;
};

namespace {
QByteArray toBytes(boost::beast::string_view view)
{
    return QByteArray(view.data(), static_cast<qsizetype>(view.size()));
}
}

HttpConnection::HttpConnection(QTcpSocket* socket, RequestHandler* handler, const HttpLimits& limits, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
{
    m_socket->setParent(this);
    m_requestDeadline.setSingleShot(true);
    m_requestDeadline.setInterval(m_limits.requestTimeoutMs);
    connect(&m_requestDeadline, &QTimer::timeout, this, [this] {
        refuse(408, QStringLiteral("request_timeout"),
            tr("The request did not arrive completely within %1 seconds.").arg(m_limits.requestTimeoutMs / 1000));
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_requestDeadline.stop();
        m_idle.stop();
        Q_EMIT closed();
    });
    m_idle.start();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readAvailable()
{
    if (m_closing) {
        m_socket->readAll(); // discard: the answer has been given
        return;
    }
    m_idle.stop();
    if (!m_requestDeadline.isActive() && !m_parser && !m_awaitingAnswer)
        m_requestDeadline.start();
    m_buffer.append(m_socket->readAll());
    parseBuffered();
}

void HttpConnection::parseBuffered()
{
    while (!m_closing && !m_awaitingAnswer && !m_buffer.isEmpty()) {
        if (!m_parser) {
            m_parser = std::make_unique<BeastRequestParser>(m_limits);
            m_continueSent = false;
            if (!m_requestDeadline.isActive())
                m_requestDeadline.start();
        }
        boost::beast::error_code error;
        const std::size_t used = m_parser->parser.put(
            boost::asio::buffer(m_buffer.constData(), static_cast<std::size_t>(m_buffer.size())), error);
        m_buffer.remove(0, static_cast<qsizetype>(used));
        if (error == http::error::need_more)
            break;
        if (error == http::error::body_limit) {
            refuse(413, QStringLiteral("body_too_large"),
                tr("The body is larger than the limit of %1 bytes.").arg(m_limits.bodyBytes));
            return;
        }
        if (error == http::error::header_limit) {
            refuse(431, QStringLiteral("header_too_large"),
                tr("The request header is larger than the limit of %1 bytes.").arg(m_limits.headerBytes));
            return;
        }
        if (error) {
            refuse(400, QStringLiteral("malformed_http"),
                tr("The request is not valid HTTP/1.1: %1").arg(QString::fromStdString(error.message())));
            return;
        }
        if (m_parser->parser.is_done())
            dispatch();
        else if (used == 0)
            break;
    }
    if (!m_closing && !m_awaitingAnswer && !m_parser && m_buffer.isEmpty() && !m_idle.isActive())
        m_idle.start();
    // curl and others wait for this before they send a larger body.
    if (!m_closing && m_parser && m_parser->parser.is_header_done() && !m_continueSent
        && boost::beast::iequals(m_parser->parser.get()[http::field::expect], "100-continue")) {
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_continueSent = true;
    }
    // Even an incomplete header must stay within the limit while we wait for more.
    if (!m_closing && m_buffer.size() > static_cast<qsizetype>(m_limits.headerBytes) && m_parser
        && !m_parser->parser.is_header_done())
        refuse(431, QStringLiteral("header_too_large"),
            tr("The request header is larger than the limit of %1 bytes.").arg(m_limits.headerBytes));
}

void HttpConnection::dispatch()
{
    m_requestDeadline.stop();
    http::request<http::string_body> message = m_parser->parser.release();
    m_parser.reset();

    HttpRequest request;
    request.method = toBytes(message.method_string()).toUpper();
    const QUrl url(QString::fromUtf8(toBytes(message.target())));
    request.path = HttpRequest::canonicalPath(url);
    request.query = QUrlQuery(url);
    for (const auto& field : message)
        request.headers.insert(toBytes(field.name_string()).toLower(), toBytes(field.value()));
    request.body = QByteArray::fromStdString(message.body());
    request.peer = m_socket->peerAddress();

    // The answer may come now or later; the QPointer covers a client gone meanwhile.
    m_awaitingAnswer = true;
    m_dispatching = true;
    const bool keepAlive = message.keep_alive();
    m_handler->handleLater(request, [self = QPointer<HttpConnection>(this), keepAlive](const HttpResponse& response) {
        if (self)
            self->answer(response, keepAlive);
    });
    m_dispatching = false;
}

void HttpConnection::answer(const HttpResponse& response, bool keepAlive)
{
    m_awaitingAnswer = false;
    send(response, keepAlive);
    if (m_dispatching || m_closing)
        return; // answered at once: the parse loop that dispatched the request goes on
    if (!m_buffer.isEmpty())
        parseBuffered(); // pipelined requests that waited for this answer
    else
        m_idle.start();
}

void HttpConnection::send(const HttpResponse& response, bool keepAlive)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    if (!response.body.isEmpty() || response.status != 204)
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!keepAlive)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head + response.body);
    if (!keepAlive)
        closeWhenWritten();
}

void HttpConnection::refuse(int status, const QString& code, const QString& reason)
{
    // After a framing error the rest of the stream cannot be trusted: answer and close.
    m_requestDeadline.stop();
    RejectedDelivery delivery;
    delivery.at = QDateTime::currentDateTimeUtc();
    delivery.peer = m_socket->peerAddress().toString();
    delivery.status = status;
    delivery.reason = reason;
    // What the parser got of the header before it stopped (a body over the
    // limit stops it at Content-Length, with the request line already read).
    const bool startLineRead = m_parser && !m_parser->parser.get().method_string().empty();
    if (startLineRead) {
        const auto& header = m_parser->parser.get();
        delivery.route = QString::fromUtf8(toBytes(header.method_string()) + ' ' + toBytes(header.target()));
        delivery.contentType = QString::fromUtf8(toBytes(header[http::field::content_type]));
    } else {
        delivery.route = tr("(request line not received)");
        delivery.body = m_buffer.left(4096); // what did arrive, for whoever wonders what it was
    }
    m_parser.reset();
    m_buffer.clear();
    Q_EMIT rejected(delivery, code);
    send(HttpResponse::error(status, code, reason), false);
}

void HttpConnection::closeWhenWritten()
{
    m_closing = true;
    m_idle.stop();
    if (m_socket->bytesToWrite() == 0) {
        m_socket->disconnectFromHost();
        return;
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
}
