#pragma once

#include "app/http/httpmessage.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class QSslSocket;
class QTcpSocket;
class HttpRequestParser;

// One client connection. Bytes are fed to the request parser as they arrive,
// so header and body limits hold before a body is buffered. Requests on a kept-alive connection (pipelined or
// not) are handled and answered strictly in order.
//
// What it holds is bounded whatever the sender does: nothing more is read while
// a request is with the handler or while answers wait for the sender to take
// them, a header, chunk-size line or trailer longer than the header limit is
// refused, a header must be complete within a few seconds of the connection
// (or of its request's first byte), and a closing connection whose last answer
// is not taken is aborted.
//
// A socket that is a QSslSocket not yet encrypted makes its TLS handshake here,
// once the client's hello has come, under the same header deadline.
class HttpConnection final : public QObject {
    Q_OBJECT
public:
    HttpConnection(
        QTcpSocket* socket, RequestHandler* handler, const HttpLimits& limits, QObject* parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peer() const { return m_peer; }
    // Which connections make room for a newcomer, first to last: one that has
    // said nothing yet (a TLS hello included), one idle between requests, one
    // whose header is still arriving. One with a header read, a request with
    // the handler, or an answer not yet taken is never closed for another.
    enum class Room { Silent, Idle, PartialHeader, None };
    Room room() const;
    // Since it was accepted, its last answer, or its request's first byte.
    qint64 waitingMs() const { return m_since.elapsed(); }
    // Closed at once, without an answer, so that another sender gets its place.
    void makeRoom();
    // What it holds in memory for its sender: read ahead, being parsed, not yet taken.
    qint64 heldBytes() const;

Q_SIGNALS:
    void closed();
    // A request was refused before reaching the handler (malformed, too large,
    // too slow), or the TLS handshake failed (status 0).
    void rejected(const RejectedDelivery& delivery, const QString& code);

private:
    void readAvailable();
    void resume();
    void parseBuffered();
    void dispatch();
    void askToContinue();
    void answer(const HttpResponse& response, bool keepAlive);
    void send(const HttpResponse& response, bool keepAlive);
    void refuse(int status, const QString& code, const QString& reason);
    void headerLate();
    void closeWhenWritten();
    void abortNow();
    void finish();
    bool outputFull() const;
    qint64 unsentBytes() const;

    void startTls();
    void tlsFailed(QAbstractSocket::SocketError error);
    void reportTls(const QString& reason);

    void answersTaken();

    QTcpSocket* m_socket;
    QSslSocket* m_tls; // m_socket when the server speaks TLS, else null
    RequestHandler* m_handler;
    HttpLimits m_limits;
    QHostAddress m_peer;
    std::unique_ptr<HttpRequestParser> m_parser; // the request being read; none between requests
    QByteArray m_buffer; // read but not yet parsed: at most a header's worth plus one read
    QTimer m_headerDeadline;
    QTimer m_requestDeadline;
    QTimer m_idle;
    QTimer m_closeDeadline;
    QElapsedTimer m_since;
    bool m_closing = false;
    bool m_finished = false;
    bool m_continueSent = false;
    bool m_awaitingAnswer = false; // a request is with the handler; later ones wait unread
    bool m_dispatching = false;
    bool m_answeredAny = false;
    bool m_tlsPending = false; // a TLS socket whose handshake has not finished
    bool m_helloSeen = false;
};
