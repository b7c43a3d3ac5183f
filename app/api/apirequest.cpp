#include "app/api/apirequest.h"

namespace ApiRequest {
QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QString authorOf(const HttpRequest& request, const QJsonObject& body)
{
    const QString fromBody = text(body, "author").trimmed();
    if (!fromBody.isEmpty())
        return fromBody;
    const QString fromHeader = QString::fromUtf8(request.header("x-incident-author")).trimmed();
    return fromHeader.isEmpty() ? QStringLiteral("api") : fromHeader;
}

StoreResult<Incident> findIncident(IncidentStore* store, const QString& id)
{
    bool isNumber = false;
    const qint64 number = id.toLongLong(&isNumber);
    return isNumber ? store->incidents().incident(number) : store->incidents().incidentByKey(id);
}
}

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString encodeCursor(QStringView kind, const QList<qint64>& values)
{
    QByteArray plain = kind.toUtf8();
    for (qint64 value : values)
        plain += ':' + QByteArray::number(value);
    return QString::fromLatin1(plain.toBase64(kBase64));
}
}

std::optional<ListPage> ListPage::read(
    const HttpRequest& request, QStringView kind, int cursorValues, HttpResponse* failure)
{
    ListPage page;
    if (const QString limit = request.query.queryItemValue(QStringLiteral("limit")); !limit.isEmpty()) {
        bool ok = false;
        page.m_limit = limit.toInt(&ok);
        if (!ok || page.m_limit < 1 || page.m_limit > kMaxLimit) {
            *failure = HttpResponse::invalid(tr("limit must be a number from 1 to %1.").arg(kMaxLimit));
            return std::nullopt;
        }
    }
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
    if (cursor.isEmpty())
        return page;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), kBase64);
    const QByteArrayList parts = decoded ? decoded.decoded.split(':') : QByteArrayList {};
    bool valid = parts.size() == cursorValues + 1 && parts.first() == kind.toUtf8();
    for (qsizetype i = 1; valid && i < parts.size(); ++i)
        page.m_after.append(parts.at(i).toLongLong(&valid));
    if (!valid) {
        *failure = HttpResponse::invalid(
            tr("This cursor is not one this list gave; start again without it, and follow nextCursor."));
        return std::nullopt;
    }
    return page;
}

ListPage::Window ListPage::window(qsizetype rows) const
{
    Window window;
    window.from
        = std::min<qsizetype>(rows, m_after.isEmpty() ? 0 : std::max<qint64>(m_after.constFirst(), 0));
    window.to = std::min<qsizetype>(rows, window.from + m_limit);
    if (window.to < rows)
        window.next = { window.to };
    return window;
}

QJsonObject ListPage::answer(
    const QString& itemsKey, const QJsonArray& items, int total, QStringView kind, const QList<qint64>& last)
{
    return QJsonObject { { itemsKey, items }, { QStringLiteral("total"), total },
        { QStringLiteral("nextCursor"),
            last.isEmpty() ? QJsonValue() : QJsonValue(encodeCursor(kind, last)) } };
}
