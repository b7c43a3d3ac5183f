#include "httpserver.h"

#include "httpconnection.h"

#include <QDateTime>
#include <QSslServer>
#include <QTcpSocket>

namespace {
const char* const kHandshakeStarted = "incidentConsoleHandshakeStarted";
}

HttpServer::HttpServer(RequestHandler* handler, HttpLimits limits, QObject* parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
{
    serve(std::make_unique<QTcpServer>());
}

void HttpServer::serve(std::unique_ptr<QTcpServer> server)
{
    m_server = std::move(server);
    // Emitted once a connection is ready to use: for TLS, after its handshake.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::accept);
}

void HttpServer::useTls(const QSslConfiguration& configuration)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    // A client that never finishes its handshake holds a connection like a slow request would.
    server->setHandshakeTimeout(m_limits.requestTimeoutMs);
    connect(server.get(), &QSslServer::errorOccurred, this, [this](QSslSocket* socket, QAbstractSocket::SocketError error) {
        // The server reports only sockets still in their handshake. One closed
        // before a hello is a port probe (a load balancer's health check), not a sender.
        if (error == QAbstractSocket::RemoteHostClosedError && !socket->property(kHandshakeStarted).toBool())
            return;
        // Most often a sender that does not trust the certificate: say so where people look.
        // (Plain HTTP sent to the HTTPS port never gets this far: QSslServer closes
        // a connection that does not open with a TLS hello, without a word.)
        RejectedDelivery delivery;
        delivery.at = QDateTime::currentDateTimeUtc();
        delivery.route = tr("(TLS handshake)");
        delivery.peer = socket->peerAddress().toString();
        delivery.status = 0;
        delivery.reason = error == QAbstractSocket::SocketTimeoutError
            ? tr("The TLS handshake did not finish within %1 seconds.").arg(m_limits.requestTimeoutMs / 1000)
            : tr("The TLS handshake failed: %1. Does the sender trust the receiver's certificate?").arg(socket->errorString());
        Q_EMIT rejected(delivery, QStringLiteral("tls_handshake"));
    });
    connect(server.get(), &QSslServer::startedEncryptionHandshake, this,
        [](QSslSocket* socket) { socket->setProperty(kHandshakeStarted, true); });
    serve(std::move(server));
    m_tls = true;
}

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_server->listen(address, port))
        return true;
    *error = m_server->errorString();
    return false;
}

void HttpServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_open >= m_limits.maxConnections) {
            // Over the limit: say so in HTTP rather than leave the sender hanging.
            const QByteArray body
                = R"({"error":"too_many_connections","reason":"The receiver has too many open connections."})";
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
                          "Connection: close\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        ++m_open;
        auto* connection = new HttpConnection(socket, m_handler, m_limits, this);
        connect(connection, &HttpConnection::rejected, this, &HttpServer::rejected);
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            --m_open;
            connection->deleteLater();
        });
    }
}
