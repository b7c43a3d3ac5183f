// The receiver's first contact with a sender: bytes, in pieces of any size,
// through the request parser, then what every request meets before its
// handler (the cross-site guard, authentication, the JSON body).
// Promise checked: between reads the parser never holds more unparsed bytes
// than the header limit.
#include "app/http/crosssiteguard.h"
#include "app/http/httprequestparser.h"
#include "app/http/receiverauth.h"
#include "app/webhooks/webhooksources.h"
#include "fuzzsupport.h"

namespace {
HttpLimits smallLimits()
{
    HttpLimits limits; // small, so that short inputs reach every limit
    limits.headerBytes = 512;
    limits.bodyBytes = 4096;
    return limits;
}

void meetTheFrontDoor(const HttpRequest& request)
{
    static const std::unique_ptr<WebhookSources> sources = WebhookSources::standard();
    static const CrossSiteGuard guard(
        { { QStringLiteral("console.example.net") }, { QStringLiteral("https://ops.example.net") } },
        sources->signedAsTextRoutes());
    static const ReceiverAuth auth(
        [] {
            ReceiverCredentials credentials;
            credentials.token = "receiver-token";
            credentials.webhooks.insert(QStringLiteral("grafana"), { {}, {}, "grafana-secret" });
            credentials.webhooks.insert(QStringLiteral("pagerduty"), { {}, {}, "pagerduty-secret" });
            credentials.webhooks.insert(
                QStringLiteral("generic"), { "bearer", "user:password", "generic-secret" });
            return credentials;
        }(),
        sources->authRoutes());
    (void)guard.check(request);
    (void)auth.check(request);
    (void)auth.check(request, ReceiverAuth::Body::NotYet);
    HttpResponse failure;
    (void)request.jsonObject(&failure, false);
}
}

IC_FUZZ_WITH_QT_CORE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const HttpLimits limits = smallLimits();
    // The first byte says how the rest arrives: in pieces of 1 to 64 bytes, as a socket might deliver it.
    const qsizetype piece = (data[0] % 64) + 1;
    const QByteArray input = FuzzSupport::bytes(data + 1, size - 1);
    const QHostAddress peer(QHostAddress::LocalHost);
    auto parser = std::make_unique<HttpRequestParser>(limits);
    QByteArray buffer;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        buffer.append(input.mid(at, piece));
        for (;;) {
            const HttpRequestParser::Progress progress = parser->take(buffer);
            if (progress == HttpRequestParser::Progress::Refused)
                return 0; // the connection would be answered and closed
            if (parser->headerDone()) {
                (void)parser->expectsContinue();
                meetTheFrontDoor(parser->header(peer));
            }
            if (progress == HttpRequestParser::Progress::NeedMore) {
                if (buffer.size() > static_cast<qsizetype>(limits.headerBytes))
                    FuzzSupport::broken("unparsed bytes stay within the header limit", buffer);
                if (parser->bodyBytes() > static_cast<qint64>(limits.bodyBytes))
                    FuzzSupport::broken("a body stays within the body limit");
                break;
            }
            (void)parser->keepAlive();
            meetTheFrontDoor(parser->takeRequest(peer));
            parser = std::make_unique<HttpRequestParser>(limits); // the next pipelined request
            if (buffer.isEmpty())
                break;
        }
    }
    (void)parser->routeSoFar();
    (void)parser->contentTypeSoFar();
    return 0;
}
