#include "app/http/httpconnection.h"

#include "app/http/httprequestparser.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace {
// What the socket reads ahead of the parser. When it is full the socket stops
// reading and the sender's own buffers fill: TCP's flow control does the rest.
constexpr qint64 kReadAheadBytes = 64 * 1024;
// The first byte of a TLS connection: a handshake record.
constexpr char kTlsHandshakeRecord = 0x16;

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0);
}
}

HttpConnection::HttpConnection(
    QTcpSocket* socket, RequestHandler* handler, const HttpLimits& limits, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_tls(qobject_cast<QSslSocket*>(socket))
    , m_handler(handler)
    , m_limits(limits)
    , m_peer(socket->peerAddress())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadAheadBytes);
    m_since.start();
    for (QTimer* timer : { &m_headerDeadline, &m_requestDeadline, &m_idle, &m_closeDeadline })
        timer->setSingleShot(true);
    m_headerDeadline.setInterval(m_limits.headerTimeoutMs);
    connect(&m_headerDeadline, &QTimer::timeout, this, &HttpConnection::headerLate);
    m_requestDeadline.setInterval(m_limits.requestTimeoutMs);
    connect(&m_requestDeadline, &QTimer::timeout, this, [this] {
        refuse(408, QStringLiteral("request_timeout"),
            tr("The request did not arrive completely within %1 seconds.")
                .arg(seconds(m_limits.requestTimeoutMs)));
    });
    m_idle.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::closeWhenWritten);
    m_closeDeadline.setInterval(m_limits.closeTimeoutMs);
    connect(&m_closeDeadline, &QTimer::timeout, this, &HttpConnection::abortNow);

    if (m_tls && !m_tls->isEncrypted()) {
        m_tlsPending = true;
        connect(m_tls, &QSslSocket::encrypted, this, [this] {
            m_tlsPending = false;
            resume(); // a request sent with the handshake's last flight
        });
        connect(m_tls, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (m_tlsPending)
                tlsFailed(error);
        });
        connect(m_tls, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::answersTaken);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::answersTaken);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    // A sender has a few seconds from its connection to its first header (its TLS handshake included).
    m_headerDeadline.start();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::makeRoom()
{
    abortNow();
}

HttpConnection::Room HttpConnection::room() const
{
    if (m_closing || m_awaitingAnswer || unsentBytes() > 0)
        return Room::None;
    if (m_parser)
        return m_parser->headerDone() ? Room::None : Room::PartialHeader;
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        return Room::None; // a pipelined request waits to be read
    return m_answeredAny ? Room::Idle : Room::Silent;
}

qint64 HttpConnection::unsentBytes() const
{
    // An encrypted socket counts what it has not encrypted yet; what it has,
    // and the sender has not taken, waits in its encrypted buffer.
    return m_socket->bytesToWrite() + (m_tls && m_tls->isEncrypted() ? m_tls->encryptedBytesToWrite() : 0);
}

void HttpConnection::answersTaken()
{
    if (!outputFull())
        resume(); // the sender took enough of its answers to be read again
}

qint64 HttpConnection::heldBytes() const
{
    const qint64 parsing = m_parser ? m_parser->bodyBytes() : 0;
    const qint64 encrypted = m_tls && m_tls->isEncrypted() ? m_tls->encryptedBytesAvailable() : 0;
    return m_buffer.size() + parsing + m_socket->bytesAvailable() + encrypted + unsentBytes();
}

bool HttpConnection::outputFull() const
{
    return unsentBytes() > m_limits.maxUnsentBytes;
}

void HttpConnection::readAvailable()
{
    if (m_closing) {
        m_socket->readAll(); // discard: the answer has been given
        return;
    }
    if (m_tlsPending) {
        if (!m_helloSeen)
            startTls();
        return;
    }
    resume();
}

void HttpConnection::resume()
{
    // While a request is with the handler, or its answers wait for the sender,
    // what arrives stays in the socket, whose read-ahead is bounded; and no
    // more is taken from it than one read-ahead (or one header) beyond what is parsed.
    const qint64 readLimit = std::max<qint64>(kReadAheadBytes, qint64(m_limits.headerBytes) + 1);
    while (!m_closing && !m_awaitingAnswer && !m_tlsPending && !outputFull()) {
        const qint64 room = readLimit - m_buffer.size();
        const QByteArray more = room > 0 ? m_socket->read(room) : QByteArray();
        m_buffer.append(more);
        parseBuffered();
        if (more.isEmpty())
            return; // all that came has been parsed, as far as it goes
    }
}

void HttpConnection::parseBuffered()
{
    while (!m_closing && !m_awaitingAnswer && !outputFull() && !m_buffer.isEmpty()) {
        if (!m_parser) {
            m_parser = std::make_unique<HttpRequestParser>(m_limits);
            m_since.restart();
            m_continueSent = false;
            m_idle.stop();
            m_requestDeadline.start();
            if (!m_headerDeadline.isActive())
                m_headerDeadline.start();
        }
        const HttpRequestParser::Progress progress = m_parser->take(m_buffer);
        if (m_parser->headerDone())
            m_headerDeadline.stop();
        if (progress == HttpRequestParser::Progress::Refused) {
            refuse(m_parser->refusedStatus(), m_parser->refusedCode(), m_parser->refusedReason());
            return;
        }
        if (progress == HttpRequestParser::Progress::NeedMore)
            break;
        dispatch();
    }
    // Between requests a kept-alive connection may wait, but not for ever;
    // nor may a sender that stops taking its answers.
    if (!m_closing && !m_awaitingAnswer && !m_parser && m_answeredAny && !m_idle.isActive())
        m_idle.start();
    if (!m_closing && m_parser && !m_continueSent && m_parser->expectsContinue())
        askToContinue();
}

void HttpConnection::askToContinue()
{
    // curl and others wait for "100 Continue" before they send a larger body.
    // One whose header already shows that it will be refused (no token, a web
    // page's) is answered now, and its body never invited.
    m_continueSent = true;
    if (const std::optional<HttpResponse> refusal = m_handler->answerBeforeBody(m_parser->header(m_peer))) {
        m_requestDeadline.stop();
        m_parser.reset();
        m_buffer.clear();
        send(*refusal, false);
        return;
    }
    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpConnection::dispatch()
{
    m_requestDeadline.stop();
    m_headerDeadline.stop();
    const bool keepAlive = m_parser->keepAlive();
    const HttpRequest request = m_parser->takeRequest(m_peer);
    m_parser.reset();

    // The answer may come now or later; the QPointer covers a client gone meanwhile.
    m_awaitingAnswer = true;
    m_dispatching = true;
    m_handler->handleLater(
        request, [self = QPointer<HttpConnection>(this), keepAlive](const HttpResponse& response) {
            if (self)
                self->answer(response, keepAlive);
        });
    m_dispatching = false;
}

void HttpConnection::answer(const HttpResponse& response, bool keepAlive)
{
    m_awaitingAnswer = false;
    m_answeredAny = true;
    m_since.restart();
    send(response, keepAlive);
    if (m_dispatching || m_closing)
        return; // answered at once: the parse loop that dispatched the request goes on
    resume(); // requests that waited for this answer
    if (!m_closing && !m_awaitingAnswer && !m_parser && !m_idle.isActive())
        m_idle.start();
}

void HttpConnection::send(const HttpResponse& response, bool keepAlive)
{
    m_socket->write(response.toWire(keepAlive));
    if (!keepAlive)
        closeWhenWritten();
}

void HttpConnection::refuse(int status, const QString& code, const QString& reason)
{
    // After a framing error the rest of the stream cannot be trusted: answer and close.
    m_requestDeadline.stop();
    m_headerDeadline.stop();
    RejectedDelivery delivery;
    delivery.at = QDateTime::currentDateTimeUtc();
    delivery.peer = m_peer.toString();
    delivery.status = status;
    delivery.reason = reason;
    // What the parser got of the header before it stopped (a body over the
    // limit stops it at Content-Length, with the request line already read).
    // Never the raw bytes: they may hold an Authorization header, and nobody
    // has shown who they are yet. Nor the query, which may hold a token.
    const QString route = m_parser ? m_parser->routeSoFar() : QString();
    delivery.route = route.isEmpty() ? tr("(request line not received)") : route;
    delivery.contentType = m_parser ? m_parser->contentTypeSoFar() : QString();
    m_parser.reset();
    m_buffer.clear();
    Q_EMIT rejected(delivery, code);
    send(HttpResponse::error(status, code, reason), false);
}

void HttpConnection::headerLate()
{
    if (m_tlsPending) {
        if (m_helloSeen)
            reportTls(tr("The TLS handshake did not finish within %1 seconds.")
                          .arg(seconds(m_limits.headerTimeoutMs)));
        abortNow(); // nothing can be said to it in the clear
        return;
    }
    if (!m_parser && m_buffer.isEmpty()) {
        abortNow(); // not a byte of a request: nothing to answer
        return;
    }
    refuse(408, QStringLiteral("header_timeout"),
        tr("The request header did not arrive completely within %1 seconds.")
            .arg(seconds(m_limits.headerTimeoutMs)));
}

void HttpConnection::closeWhenWritten()
{
    if (m_closing)
        return;
    m_closing = true;
    for (QTimer* timer : { &m_headerDeadline, &m_requestDeadline, &m_idle })
        timer->stop();
    // A sender that never takes its last answer does not keep its place.
    m_closeDeadline.start();
    m_socket->disconnectFromHost(); // once what is written has gone
}

void HttpConnection::abortNow()
{
    m_closing = true;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    for (QTimer* timer : { &m_headerDeadline, &m_requestDeadline, &m_idle, &m_closeDeadline })
        timer->stop();
    Q_EMIT closed();
}

void HttpConnection::startTls()
{
    char first = 0;
    if (m_tls->peek(&first, 1) != 1)
        return;
    if (first == kTlsHandshakeRecord) {
        m_helloSeen = true;
        m_tls->startServerEncryption();
        return;
    }
    // Plain HTTP to the HTTPS port: say so in its own language, so that the
    // sender's log tells its owner what to change.
    m_tlsPending = false;
    refuse(400, QStringLiteral("https_required"),
        tr("The receiver speaks HTTPS on this port; send the request to an https:// address."));
}

void HttpConnection::tlsFailed(QAbstractSocket::SocketError error)
{
    // Closed before a hello: a port probe (a load balancer's health check), not a sender.
    if (error == QAbstractSocket::RemoteHostClosedError && !m_helloSeen)
        return;
    // Most often a sender that does not trust the certificate: say so where people look.
    reportTls(tr("The TLS handshake failed: %1. Does the sender trust the receiver's certificate?")
                  .arg(m_socket->errorString()));
    m_tlsPending = false; // reported once
}

void HttpConnection::reportTls(const QString& reason)
{
    RejectedDelivery delivery;
    delivery.at = QDateTime::currentDateTimeUtc();
    delivery.route = tr("(TLS handshake)");
    delivery.peer = m_peer.toString();
    delivery.status = 0;
    delivery.reason = reason;
    Q_EMIT rejected(delivery, QStringLiteral("tls_handshake"));
}
