#include "app/composition/listenaddress.h"

std::optional<ListenAddress> ListenAddress::parse(const QString& text, QString* error)
{
    ListenAddress result;
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
        result.enabled = false;
        return result;
    }
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? trimmed.left(colon) : QString();
    const QString portText = colon > 0 ? trimmed.mid(colon + 1) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (host.isEmpty() || !portOk || port > 65535) {
        *error = tr("--listen takes ADDRESS:PORT (e.g. 127.0.0.1:3001 or [::1]:3001) or off; got “%1”.")
                     .arg(text);
        return std::nullopt;
    }
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        result.address = QHostAddress(QHostAddress::LocalHost);
    else if (!result.address.setAddress(host)) {
        *error = tr("“%1” is not an IP address.").arg(host);
        return std::nullopt;
    }
    result.port = static_cast<quint16>(port);
    return result;
}
