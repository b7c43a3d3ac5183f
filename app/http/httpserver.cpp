#include "app/http/httpserver.h"

#include "app/http/httpconnection.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <unistd.h>
#endif

namespace {
void closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(static_cast<SOCKET>(descriptor));
#else
    ::close(static_cast<int>(descriptor));
#endif
}
}

// Makes the socket of each connection; with TLS configured, a QSslSocket whose
// handshake its HttpConnection makes, so that a handshake holds a place, and
// meets the deadlines, like any other connection. (QSslServer keeps sockets in
// their handshake to itself, and stops accepting when ~30 of them are silent.)
class HttpListener final : public QTcpServer {
public:
    std::optional<QSslConfiguration> tls;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!tls) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            closeDescriptor(descriptor);
            return;
        }
        socket->setSslConfiguration(*tls);
        addPendingConnection(socket);
    }
};

HttpServer::HttpServer(RequestHandler* handler, HttpLimits limits, QObject* parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_listener(std::make_unique<HttpListener>())
{
    // Connections are taken from the listener as soon as they come.
    m_listener->setMaxPendingConnections(std::max(m_limits.maxConnections, 30));
    connect(m_listener.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::accept);
    connect(m_listener.get(), &QTcpServer::acceptError, this, &HttpServer::acceptFailed);
    m_acceptBackoff.setSingleShot(true);
    connect(&m_acceptBackoff, &QTimer::timeout, this, [this] { m_listener->resumeAccepting(); });
}

HttpServer::~HttpServer()
{
    // The connections are children; they must not report to a half-destroyed server.
    for (HttpConnection* connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
}

void HttpServer::useTls(const QSslConfiguration& configuration)
{
    m_listener->tls = configuration;
}

bool HttpServer::usesTls() const
{
    return m_listener->tls.has_value();
}

QHostAddress HttpServer::address() const
{
    return m_listener->serverAddress();
}

quint16 HttpServer::port() const
{
    return m_listener->serverPort();
}

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_listener->listen(address, port))
        return true;
    *error = m_listener->errorString();
    return false;
}

void HttpServer::stopListening()
{
    m_acceptBackoff.stop();
    m_listener->close();
}

qint64 HttpServer::heldBytes() const
{
    qint64 held = 0;
    for (const HttpConnection* connection : m_connections)
        held += connection->heldBytes();
    return held;
}

QHostAddress HttpServer::peerKey(const QHostAddress& address)
{
    // A dual-stack listener sees IPv4 senders as ::ffff:a.b.c.d.
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4)
        return QHostAddress(ipv4);
    // One IPv6 sender commonly has a whole /64 to itself: that is one peer.
    Q_IPV6ADDR prefix = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        prefix[i] = 0;
    return QHostAddress(prefix);
}

void HttpServer::accept()
{
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        const QHostAddress peer = peerKey(socket->peerAddress());
        if (m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
            refuseConnection(socket, QStringLiteral("too_many_connections_from_peer"),
                tr("The receiver has %1 connections open from this address, its limit.")
                    .arg(m_limits.maxConnectionsPerPeer));
            continue;
        }
        if (openConnections() >= m_limits.maxConnections && !makeRoom()) {
            refuseConnection(socket, QStringLiteral("too_many_connections"),
                tr("The receiver has too many open connections."));
            continue;
        }
        ++m_perPeer[peer];
        m_acceptRetryMs = kFirstAcceptRetryMs;
        auto* connection = new HttpConnection(socket, m_handler, m_limits, this);
        m_connections.append(connection);
        connect(connection, &HttpConnection::rejected, this, &HttpServer::rejected);
        connect(connection, &HttpConnection::closed, this, [this, connection, peer] {
            m_connections.removeOne(connection);
            if (--m_perPeer[peer] <= 0)
                m_perPeer.remove(peer);
            connection->deleteLater();
        });
    }
}

bool HttpServer::makeRoom()
{
    // The one that has said nothing for longest, else the longest idle, else the
    // slowest header; never one in the middle of a request.
    HttpConnection* chosen = nullptr;
    for (HttpConnection* connection : std::as_const(m_connections)) {
        const HttpConnection::Room room = connection->room();
        if (room == HttpConnection::Room::None)
            continue;
        if (!chosen || room < chosen->room()
            || (room == chosen->room() && connection->waitingMs() > chosen->waitingMs()))
            chosen = connection;
    }
    if (!chosen)
        return false;
    chosen->makeRoom(); // its closed() takes it out of the lists at once
    return true;
}

void HttpServer::refuseConnection(QTcpSocket* socket, const QString& code, const QString& reason)
{
    RejectedDelivery delivery;
    delivery.at = QDateTime::currentDateTimeUtc();
    delivery.route = tr("(connection refused before its request)");
    delivery.peer = socket->peerAddress().toString();
    delivery.status = 503;
    delivery.reason = reason;
    Q_EMIT rejected(delivery, code);
    if (usesTls()) {
        socket->abort(); // no handshake to spend on it: it would not read HTTP in the clear
        socket->deleteLater();
        return;
    }
    // Say so in HTTP rather than leave the sender hanging, but do not wait on it.
    HttpResponse busy = HttpResponse::error(503, code, reason);
    busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    socket->write(busy.toWire(false));
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_limits.closeTimeoutMs, socket, [socket] { socket->abort(); });
}

void HttpServer::acceptFailed(QAbstractSocket::SocketError error)
{
    if (error != QAbstractSocket::SocketResourceError) {
        // A client gone before it was accepted, and the like: nothing to wait for.
        QTimer::singleShot(0, this, [this] { m_listener->resumeAccepting(); });
        return;
    }
    // Most often out of descriptors (EMFILE): the pending connection stays in
    // the kernel's queue, and accepting again at once would spin, while Qt
    // would stop accepting for good. Pause, try again later, and wait longer
    // each time it fails.
    qWarning("The receiver could not accept a connection: %s; trying again in %d ms",
        qUtf8Printable(m_listener->errorString()), m_acceptRetryMs);
    m_listener->pauseAccepting();
    // A connection that waits for its request gives its descriptor to the next sender.
    makeRoom();
    m_acceptBackoff.start(m_acceptRetryMs);
    m_acceptRetryMs = std::min(m_acceptRetryMs * 2, kLastAcceptRetryMs);
}
