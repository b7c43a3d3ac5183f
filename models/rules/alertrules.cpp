#include "models/rules/alertrules.h"

#include "models/domain/configfile.h"

#include <QFile>
#include <QJsonArray>

namespace {
QString firstLabel(const AlertLabels& labels, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QString value = labels.value(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

Environment environmentOf(const AlertLabels& labels)
{
    const QString word = firstLabel(labels, { "environment", "env" }).toLower();
    if (word.startsWith(QLatin1String("stag")))
        return Environment::Staging;
    if (word.startsWith(QLatin1String("dev")) || word == QLatin1String("test"))
        return Environment::Development;
    return Environment::Production;
}
}

bool AlertRule::matches(const AlertSignal& signal) const
{
    if (!alertName.isEmpty() && alertName != signal.name)
        return false;
    return allMatch(matchers, signal.labels);
}

AlertRules AlertRules::defaults(const SeverityPolicy& policy)
{
    QFile file(QStringLiteral(":/config/alert-rules.json"));
    file.open(QIODevice::ReadOnly);
    QString error;
    std::optional<AlertRules> rules = fromJson(file.readAll(), policy, &error);
    Q_ASSERT_X(rules, "AlertRules::defaults", qPrintable(error));
    return rules ? *rules : AlertRules {};
}

AlertRules AlertRules::load(const QString& userFile, const SeverityPolicy& policy, QString* warning)
{
    return ConfigFile::load<AlertRules>(
        userFile, [&policy](const QByteArray& json, QString* error) { return fromJson(json, policy, error); },
        [&policy] { return defaults(policy); }, tr("alert rules"), warning);
}

std::optional<AlertRules> AlertRules::fromJson(
    const QByteArray& json, const SeverityPolicy& policy, QString* error)
{
    const std::optional<QJsonObject> root = ConfigFile::parseObject(json, error);
    if (!root)
        return std::nullopt;
    AlertRules result;
    result.m_policy = policy;
    auto severityOf
        = [&policy, error](const QJsonValue& value, const QString& where) -> std::optional<Severity> {
        const std::optional<Severity> severity = policy.severityFor(value.toString());
        if (!severity)
            *error = tr("%1: “%2” is not a severity").arg(where, value.toString());
        return severity;
    };

    const QJsonArray rules = root->value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        const QString where = tr("rule %1").arg(i + 1);
        AlertRule rule;
        rule.name = object.value(QLatin1String("name")).toString().trimmed();
        rule.alertName = object.value(QLatin1String("alertName")).toString().trimmed();
        rule.service = object.value(QLatin1String("service")).toString().trimmed();
        rule.runbook = object.value(QLatin1String("runbook")).toString().trimmed();
        rule.playbook = object.value(QLatin1String("playbook")).toString().trimmed();
        if (rule.name.isEmpty()) {
            *error = tr("%1 needs a \"name\"").arg(where);
            return std::nullopt;
        }
        for (const QJsonValue& text : object.value(QLatin1String("matchers")).toArray()) {
            std::optional<LabelMatcher> matcher = LabelMatcher::parse(text.toString(), error);
            if (!matcher) {
                *error = tr("%1 (%2): %3").arg(where, rule.name, *error);
                return std::nullopt;
            }
            rule.matchers.append(*matcher);
        }
        if (rule.alertName.isEmpty() && rule.matchers.isEmpty()) {
            *error = tr("%1 (%2) needs an \"alertName\" or \"matchers\"; it would match every alert")
                         .arg(where, rule.name);
            return std::nullopt;
        }
        if (object.contains(QLatin1String("severity"))) {
            rule.severity = severityOf(object.value(QLatin1String("severity")), where);
            if (!rule.severity)
                return std::nullopt;
        }
        if (object.contains(QLatin1String("openIncident")))
            rule.openIncident = object.value(QLatin1String("openIncident")).toBool();
        if (object.contains(QLatin1String("incidentType"))) {
            rule.incidentType = kIncidentTypes.parse(object.value(QLatin1String("incidentType")).toString());
            if (!rule.incidentType) {
                *error = tr("%1 (%2): \"incidentType\" must be one of %3")
                             .arg(where, rule.name, kIncidentTypes.keys().join(QLatin1String(", ")));
                return std::nullopt;
            }
        }
        result.m_rules.append(rule);
    }

    const QJsonObject incidents = root->value(QLatin1String("incidents")).toObject();
    if (incidents.contains(QLatin1String("openAtOrAbove"))) {
        const std::optional<Severity> threshold = severityOf(incidents.value(QLatin1String("openAtOrAbove")),
            QStringLiteral("\"incidents\".\"openAtOrAbove\""));
        if (!threshold)
            return std::nullopt;
        result.m_openAtOrAbove = *threshold;
    }
    result.m_autoResolve = incidents.value(QLatin1String("autoResolve")).toBool(result.m_autoResolve);

    const QJsonObject correlation = root->value(QLatin1String("correlation")).toObject();
    if (correlation.contains(QLatin1String("labels"))) {
        result.m_correlationLabels.clear();
        for (const QJsonValue& label : correlation.value(QLatin1String("labels")).toArray())
            result.m_correlationLabels.append(label.toString());
        if (result.m_correlationLabels.isEmpty()) {
            *error = tr("\"correlation\".\"labels\" must name at least one label");
            return std::nullopt;
        }
    }
    result.m_correlationWindowMinutes
        = correlation.value(QLatin1String("windowMinutes")).toInt(result.m_correlationWindowMinutes);
    if (result.m_correlationWindowMinutes < 0) {
        *error = tr("\"correlation\".\"windowMinutes\" cannot be negative");
        return std::nullopt;
    }
    return result;
}

AlertDecision AlertRules::decide(const AlertSignal& signal) const
{
    AlertDecision decision;
    decision.severity = m_policy.severityFor(signal.severityWord()).value_or(Severity::Sev3);
    decision.service = firstLabel(signal.labels, { "service", "job" });
    decision.runbookUrl = signal.runbookUrl();
    decision.environment = environmentOf(signal.labels);
    std::optional<bool> openIncident;
    for (const AlertRule& rule : m_rules) {
        if (!rule.matches(signal))
            continue;
        decision.rule = rule.name;
        if (rule.severity)
            decision.severity = *rule.severity;
        if (!rule.service.isEmpty())
            decision.service = rule.service;
        if (!rule.runbook.isEmpty())
            decision.runbookUrl = rule.runbook;
        decision.playbook = rule.playbook;
        if (rule.incidentType)
            decision.incidentType = *rule.incidentType;
        openIncident = rule.openIncident;
        break;
    }
    // Lower numbers are more severe: SEV1 is "at or above" SEV2.
    decision.opensIncident
        = openIncident.value_or(static_cast<int>(decision.severity) <= static_cast<int>(m_openAtOrAbove));

    // The decided service counts, so that a rule's service correlates too.
    AlertLabels effective = signal.labels;
    effective.insert(QStringLiteral("alertname"), signal.name);
    if (!decision.service.isEmpty())
        effective.insert(QStringLiteral("service"), decision.service);
    QStringList parts;
    for (const QString& label : m_correlationLabels)
        parts.append(label + QLatin1Char('=') + effective.value(label));
    decision.correlationKey = signal.source + QLatin1Char('|') + parts.join(QLatin1Char(','));
    return decision;
}

QJsonObject AlertRules::toJson() const
{
    QJsonArray rules;
    for (const AlertRule& rule : m_rules) {
        QJsonObject object;
        object.insert(QLatin1String("name"), rule.name);
        if (!rule.alertName.isEmpty())
            object.insert(QLatin1String("alertName"), rule.alertName);
        if (!rule.matchers.isEmpty()) {
            QJsonArray matchers;
            for (const LabelMatcher& matcher : rule.matchers)
                matchers.append(matcher.toString());
            object.insert(QLatin1String("matchers"), matchers);
        }
        if (rule.severity)
            object.insert(QLatin1String("severity"), SeverityNames::word(*rule.severity));
        if (!rule.service.isEmpty())
            object.insert(QLatin1String("service"), rule.service);
        if (!rule.runbook.isEmpty())
            object.insert(QLatin1String("runbook"), rule.runbook);
        if (!rule.playbook.isEmpty())
            object.insert(QLatin1String("playbook"), rule.playbook);
        if (rule.openIncident)
            object.insert(QLatin1String("openIncident"), *rule.openIncident);
        if (rule.incidentType)
            object.insert(QLatin1String("incidentType"), kIncidentTypes.key(*rule.incidentType));
        rules.append(object);
    }
    QJsonObject root;
    root.insert(QLatin1String("rules"), rules);
    root.insert(QLatin1String("incidents"),
        QJsonObject { { QLatin1String("openAtOrAbove"), SeverityNames::word(m_openAtOrAbove) },
            { QLatin1String("autoResolve"), m_autoResolve } });
    root.insert(QLatin1String("correlation"),
        QJsonObject { { QLatin1String("labels"), QJsonArray::fromStringList(m_correlationLabels) },
            { QLatin1String("windowMinutes"), m_correlationWindowMinutes } });
    return root;
}
