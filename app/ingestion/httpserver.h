#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>

// Accepts connections and gives each to an HttpConnection that answers with
// `handler`. Lives on, and is used from, one thread.
class HttpServer final : public QObject {
    Q_OBJECT
public:
    HttpServer(RequestHandler* handler, HttpLimits limits, QObject* parent = nullptr);

    // Speak HTTPS with this certificate and key; before listen().
    void useTls(const QSslConfiguration& configuration);
    bool usesTls() const { return m_tls; }
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QHostAddress address() const { return m_server->serverAddress(); }
    quint16 port() const { return m_server->serverPort(); }
    int openConnections() const { return m_open; }

Q_SIGNALS:
    // A request refused before it reached the handler (malformed, too large,
    // too slow), or a connection whose TLS handshake failed (status 0).
    void rejected(const RejectedDelivery& delivery, const QString& code);

private:
    void accept();
    void serve(std::unique_ptr<QTcpServer> server);

    RequestHandler* m_handler;
    HttpLimits m_limits;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    int m_open = 0;
};
