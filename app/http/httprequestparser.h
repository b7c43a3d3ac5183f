#pragma once

#include "app/http/httpmessage.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <memory>

// One request's bytes turned into an HttpRequest: Boost.Beast's incremental
// parser, plus the bounds Beast 1.74 lacks. What it leaves unparsed (a header,
// a chunk-size line with its extensions, a trailer still arriving) may not
// outgrow the header limit, and a body may not outgrow the body limit, so a
// sender cannot make it hold more before anyone knows who the sender is.
//
// It knows no socket: HttpConnection feeds it what arrives, and the fuzz test
// feeds it whatever a fuzzer makes up.
class HttpRequestParser final {
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)
public:
    explicit HttpRequestParser(const HttpLimits& limits);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser&) = delete;
    HttpRequestParser& operator=(const HttpRequestParser&) = delete;

    enum class Progress { NeedMore, Complete, Refused };
    // Parses what it can from the front of `buffer`, and removes what it took.
    // After Complete, the rest of `buffer` is the next request's; after
    // Refused, the stream cannot be trusted any more.
    Progress take(QByteArray& buffer);

    bool headerDone() const;
    // The sender waits for "100 Continue" before it sends the body.
    bool expectsContinue() const;
    // The answer to a request this parser refused: 400, 413 or 431, with its code and reason.
    int refusedStatus() const { return m_refusedStatus; }
    const QString& refusedCode() const { return m_refusedCode; }
    const QString& refusedReason() const { return m_refusedReason; }

    // The header read so far as a request without a body, for decisions before
    // the body comes. Valid once headerDone().
    HttpRequest header(const QHostAddress& peer) const;
    // The complete request, once, after Complete.
    HttpRequest takeRequest(const QHostAddress& peer);
    // Whether the connection stays open after this request. Valid once headerDone().
    bool keepAlive() const;

    // What a refusal may record of the request: "POST /path" (never the query,
    // which may hold a token) and its content type; empty before the request line.
    QString routeSoFar() const;
    QString contentTypeSoFar() const;
    // Body bytes it holds.
    qint64 bodyBytes() const;

private:
    Progress refuse(int status, const QString& code, const QString& reason);
    HttpRequest requestOf(const QHostAddress& peer, bool withBody) const;

    struct Beast;
    std::unique_ptr<Beast> m_beast;
    quint32 m_headerBytes;
    quint64 m_bodyBytes;
    int m_refusedStatus = 0;
    QString m_refusedCode;
    QString m_refusedReason;
};
