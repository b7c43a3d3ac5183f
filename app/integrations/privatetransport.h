#pragma once

#include <QHostAddress>
#include <QUrl>

// Whether a request to `url` keeps a secret it carries (a routing key, an API
// key, a password, a webhook URL that is itself the secret) between this
// machine and the service: https, or plain http that never leaves the machine
// (a local test server or proxy). Plain http across a network shows the secret
// to everyone on the way.
inline bool keepsSecretsPrivate(const QUrl& url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
