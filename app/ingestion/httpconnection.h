#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;
class BeastRequestParser;

// One client connection. Bytes are fed to Boost.Beast's incremental request
// parser as they arrive, so header and body limits hold before a body is
// buffered. Requests on a kept-alive connection (pipelined or not) are handled
// and answered strictly in order. A request that takes too long to arrive, or
// a connection idle too long, is closed.
class HttpConnection final : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, RequestHandler* handler, const HttpLimits& limits, QObject* parent = nullptr);
    ~HttpConnection() override;

Q_SIGNALS:
    void closed();
    // A request was refused before reaching the handler (malformed, too large, too slow).
    void rejected(const RejectedDelivery& delivery, const QString& code);

private:
    void readAvailable();
    void parseBuffered();
    void dispatch();
    void answer(const HttpResponse& response, bool keepAlive);
    void send(const HttpResponse& response, bool keepAlive);
    void refuse(int status, const QString& code, const QString& reason);
    void closeWhenWritten();

    QTcpSocket* m_socket;
    RequestHandler* m_handler;
    HttpLimits m_limits;
    std::unique_ptr<BeastRequestParser> m_parser;
    QByteArray m_buffer;
    QTimer m_requestDeadline;
    QTimer m_idle;
    bool m_closing = false;
    bool m_continueSent = false;
    bool m_awaitingAnswer = false; // a request is with the handler; later ones wait in m_buffer
    bool m_dispatching = false;
};
