#pragma once

#include "app/http/httpmessage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include <optional>

// Keeps web pages out of the receiver. Any page the commander has open can make
// the browser send requests to 127.0.0.1 (a form POST, a fetch in no-cors mode),
// and through DNS rebinding read the answers as well. A page cannot forge what
// the browser adds to those requests, so the receiver refuses:
// - a Host that is neither an address (an address is never rebound), localhost,
//   nor one of the configured names (421): a rebinding page's requests carry its
//   own name;
// - an Origin not on the allow-list, or a Sec-Fetch-Site other than none or
//   same-origin (403);
// - a POST without Content-Type: application/json, empty bodies included, and a
//   PUT, PATCH or DELETE whose body is not JSON (415): a page may send that type,
//   or those methods, only after a CORS preflight, which this receiver never approves.
// Tools (curl, Alertmanager, Grafana, PagerDuty) send no Origin and an address or
// a name they were given, so they pass. A sender that posts its JSON as
// text/plain (SNS) is let through on its route because every such delivery is
// checked against its signature instead.
class CrossSiteGuard {
    Q_DECLARE_TR_FUNCTIONS(CrossSiteGuard)
public:
    struct Settings {
        // Names senders use for this machine besides its addresses and localhost
        // ("console.example.net"), without the port.
        QStringList hostNames;
        // Web origins allowed to call the API ("https://ops.example.net"); none by default.
        QStringList allowedOrigins;
    };

    // `signedAsTextRoutes`: paths whose senders sign their JSON and send it as text/plain.
    CrossSiteGuard(Settings settings, QStringList signedAsTextRoutes);

    // nullopt: go on; otherwise the answer that refuses the request.
    std::optional<HttpResponse> check(const HttpRequest& request) const;

    // The host part of a Host header ("[::1]:3001" → "::1"); empty when it has none or is malformed.
    static QString hostOf(const QByteArray& hostHeader);

private:
    bool hostAllowed(const QByteArray& hostHeader) const;
    bool originAllowed(const QByteArray& origin) const;
    bool needsJsonType(const HttpRequest& request) const;
    bool signedAsText(const HttpRequest& request) const;

    QStringList m_hostNames;
    QStringList m_allowedOrigins;
    QStringList m_signedAsTextRoutes;
};
