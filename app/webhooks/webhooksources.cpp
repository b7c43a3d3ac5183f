#include "app/webhooks/webhooksources.h"

#include "app/webhooks/alertmanagerpayload.h"
#include "app/webhooks/alertmanagersource.h"
#include "app/webhooks/cloudwatchsource.h"
#include "app/webhooks/genericsource.h"
#include "app/webhooks/grafanasource.h"
#include "app/webhooks/pagerdutysource.h"

std::unique_ptr<WebhookSources> WebhookSources::standard(Environment environment)
{
    auto sources = std::make_unique<WebhookSources>();
    sources->add(std::make_unique<AlertmanagerSource>());
    sources->add(std::make_unique<GrafanaSource>());
    sources->add(std::make_unique<PagerDutySource>());
    sources->add(
        std::make_unique<CloudWatchSource>(std::move(environment.awsFetch), std::move(environment.sns)));
    sources->add(std::make_unique<GenericSource>());
    return sources;
}

void WebhookSources::add(std::unique_ptr<WebhookSource> source)
{
    m_sources.push_back(std::move(source));
}

QList<WebhookSource*> WebhookSources::all() const
{
    QList<WebhookSource*> sources;
    for (const std::unique_ptr<WebhookSource>& source : m_sources)
        sources.append(source.get());
    return sources;
}

QStringList WebhookSources::paths() const
{
    QStringList paths;
    for (const std::unique_ptr<WebhookSource>& source : m_sources)
        paths.append(source->path());
    return paths;
}

WebhookSource* WebhookSources::forRequestPath(const QString& requestPath) const
{
    if (!requestPath.startsWith(kPathPrefix))
        return nullptr;
    const QStringView path = QStringView(requestPath).mid(kPathPrefix.size());
    for (const std::unique_ptr<WebhookSource>& source : m_sources) {
        if (path == source->path()) // exactly: no trailing slash, no other case
            return source.get();
    }
    return nullptr;
}

QList<AlertSource> WebhookSources::descriptions() const
{
    QList<AlertSource> descriptions;
    for (const std::unique_ptr<WebhookSource>& source : m_sources)
        descriptions.append({ source->path(), source->name(), source->senderLabel() });
    return descriptions;
}

QString WebhookSources::help() const
{
    QStringList lines;
    for (const std::unique_ptr<WebhookSource>& source : m_sources)
        lines.append(tr("%1 posts to %2%3").arg(source->senderLabel(), kPathPrefix, source->path()));
    return lines.join(QLatin1String(", "));
}

QList<ReceiverAuth::WebhookRoute> WebhookSources::authRoutes() const
{
    QList<ReceiverAuth::WebhookRoute> routes;
    for (const std::unique_ptr<WebhookSource>& owned : m_sources) {
        const WebhookSource* source = owned.get();
        routes.append({ kPathPrefix + source->path(), source->path(), source->senderLabel(),
            source->requiresSignature(),
            [source](const QByteArray& secret, const HttpRequest& request, ReceiverAuth::Body body) {
                return source->signatureMatches(secret, request, body);
            } });
    }
    return routes;
}

QStringList WebhookSources::signedAsTextRoutes() const
{
    QStringList routes;
    for (const std::unique_ptr<WebhookSource>& source : m_sources) {
        if (!source->sendsJsonType())
            routes.append(kPathPrefix + source->path());
    }
    return routes;
}

std::optional<QList<AlertSignal>> WebhookSources::trialAlerts(
    const QByteArray& payload, const QString& source, QString* error) const
{
    QStringList names;
    for (const std::unique_ptr<WebhookSource>& known : m_sources)
        names.append(known->name());
    const QString name = source.isEmpty() && !names.isEmpty() ? names.first() : source;
    if (!names.contains(name)) {
        *error = tr("There is no source “%1” (%2).").arg(source, names.join(QLatin1String(", ")));
        return std::nullopt;
    }
    const std::optional<AlertmanagerPayload::Parsed> parsed
        = AlertmanagerPayload::parse(payload, name, error);
    if (!parsed)
        return std::nullopt;
    return parsed->alerts;
}
