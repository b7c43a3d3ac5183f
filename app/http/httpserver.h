#pragma once

#include "app/http/httpmessage.h"

#include <QAbstractSocket>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>

class HttpConnection;
class HttpListener;
class QTcpSocket;

// Accepts connections and gives each to an HttpConnection that answers with
// `handler`. Lives on, and is used from, one thread.
//
// No sender can keep the others out: one address holds at most
// maxConnectionsPerPeer connections (TLS handshakes included), and when all
// maxConnections are open the one that has waited longest for a request is
// closed to make room. When the process runs out of descriptors, accepting
// pauses and is tried again with back-off instead of spinning or stopping.
class HttpServer final : public QObject {
    Q_OBJECT
public:
    HttpServer(RequestHandler* handler, HttpLimits limits, QObject* parent = nullptr);
    ~HttpServer() override;

    // Speak HTTPS with this certificate and key; before listen().
    void useTls(const QSslConfiguration& configuration);
    bool usesTls() const;
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    // Takes no more connections; those open are served to their end.
    void stopListening();
    QHostAddress address() const;
    quint16 port() const;
    int openConnections() const { return static_cast<int>(m_connections.size()); }
    // What all connections hold in memory for their senders; each is bounded by the limits.
    qint64 heldBytes() const;

Q_SIGNALS:
    // A request refused before it reached the handler (malformed, too large,
    // too slow, too many from one address), or a connection whose TLS
    // handshake failed (status 0).
    void rejected(const RejectedDelivery& delivery, const QString& code);

private:
    void accept();
    void refuseConnection(QTcpSocket* socket, const QString& code, const QString& reason);
    bool makeRoom();
    void acceptFailed(QAbstractSocket::SocketError error);
    static QHostAddress peerKey(const QHostAddress& address);

    RequestHandler* m_handler;
    HttpLimits m_limits;
    std::unique_ptr<HttpListener> m_listener;
    QList<HttpConnection*> m_connections;
    QHash<QHostAddress, int> m_perPeer;
    QTimer m_acceptBackoff;
    static constexpr int kFirstAcceptRetryMs = 50;
    static constexpr int kLastAcceptRetryMs = 5000;
    int m_acceptRetryMs = kFirstAcceptRetryMs;
};
