#include "app/integrations/pollingconfig.h"

#include "app/integrations/privatetransport.h"
#include "models/domain/configfile.h"

#include <QJsonArray>

namespace {
std::optional<PollTarget> target(const QJsonObject& object, PollTarget::Kind kind, const QString& defaultUrl,
    const QString& label, QString* error)
{
    PollTarget target;
    target.kind = kind;
    target.url = QUrl(object.value(QLatin1String("url")).toString(defaultUrl));
    const QString name = object.value(QLatin1String("name")).toString();
    target.name = name.isEmpty() ? label : QStringLiteral("%1 %2").arg(label, name);
    target.intervalSeconds
        = object.value(QLatin1String("intervalSeconds")).toInt(kind == PollTarget::Kind::PagerDuty ? 60 : 30);
    if (!target.url.isValid()
        || (target.url.scheme() != QLatin1String("http") && target.url.scheme() != QLatin1String("https"))) {
        *error = PollingConfig::tr("%1: \"url\" must be an http or https URL").arg(target.name);
        return std::nullopt;
    }
    // PagerDuty's API key goes with every poll; an Alertmanager's password with its URL.
    const bool carriesSecret = kind == PollTarget::Kind::PagerDuty || !target.url.password().isEmpty();
    if (carriesSecret && !keepsSecretsPrivate(target.url)) {
        *error = PollingConfig::tr(
            "%1: \"url\" must be an https URL (plain http only to this machine): its requests carry a secret")
                     .arg(target.name);
        return std::nullopt;
    }
    if (target.intervalSeconds < PollingConfig::kMinimumIntervalSeconds) {
        *error = PollingConfig::tr("%1: \"intervalSeconds\" must be at least %2")
                     .arg(target.name)
                     .arg(PollingConfig::kMinimumIntervalSeconds);
        return std::nullopt;
    }
    return target;
}
}

std::optional<QList<PollTarget>> PollingConfig::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> root = ConfigFile::parseObject(json, error);
    if (!root)
        return std::nullopt;
    QList<PollTarget> targets;
    const QJsonValue alertmanagers = root->value(QLatin1String("alertmanager"));
    if (!alertmanagers.isUndefined() && !alertmanagers.isArray()) {
        *error = tr("\"alertmanager\" must be an array of {\"url\", \"intervalSeconds\"}");
        return std::nullopt;
    }
    for (const QJsonValue& value : alertmanagers.toArray()) {
        const std::optional<PollTarget> one = target(value.toObject(), PollTarget::Kind::Alertmanager,
            QString(), QStringLiteral("alertmanager"), error);
        if (!one)
            return std::nullopt;
        targets.append(*one);
    }
    const QJsonValue pagerDuty = root->value(QLatin1String("pagerduty"));
    if (pagerDuty.isObject()) {
        const std::optional<PollTarget> one = target(pagerDuty.toObject(), PollTarget::Kind::PagerDuty,
            QStringLiteral("https://api.pagerduty.com"), QStringLiteral("pagerduty"), error);
        if (!one)
            return std::nullopt;
        targets.append(*one);
    }
    return targets;
}

QList<PollTarget> PollingConfig::load(const QString& file, QString* warning)
{
    return ConfigFile::load<QList<PollTarget>>(
        file, &PollingConfig::parse, [] { return QList<PollTarget> {}; }, tr("polling settings (no polling)"),
        warning);
}
