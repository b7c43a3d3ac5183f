#include "views/common/warroomlinks.h"

#include <QStringList>

QString warRoomHtml(const QString& warRoom)
{
    QStringList parts;
    for (const QString& part : warRoom.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool link
            = part.startsWith(QLatin1String("http://")) || part.startsWith(QLatin1String("https://"));
        parts.append(
            link ? QStringLiteral("<a href=\"%1\">%1</a>").arg(part.toHtmlEscaped()) : part.toHtmlEscaped());
    }
    return parts.join(QLatin1Char(' '));
}
