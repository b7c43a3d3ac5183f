#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QTcpServer>

// Accepts connections and gives each to an HttpConnection that answers with
// `handler`. Lives on, and is used from, one thread.
class HttpServer final : public QObject {
    Q_OBJECT
public:
    HttpServer(RequestHandler* handler, HttpLimits limits, QObject* parent = nullptr);

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    int openConnections() const { return m_open; }

Q_SIGNALS:
    // A request refused before it reached the handler (malformed, too large, too slow).
    void rejected(const RejectedDelivery& delivery, const QString& code);

private:
    void accept();

    RequestHandler* m_handler;
    HttpLimits m_limits;
    QTcpServer m_server;
    int m_open = 0;
};
