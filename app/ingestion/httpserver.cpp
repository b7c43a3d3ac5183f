#include "httpserver.h"

#include "httpconnection.h"

#include <QTcpSocket>

HttpServer::HttpServer(RequestHandler* handler, HttpLimits limits, QObject* parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::accept);
}

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_server.listen(address, port))
        return true;
    *error = m_server.errorString();
    return false;
}

void HttpServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
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
