#include "models/domain/severitypolicy.h"

#include "models/domain/configfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString normalisedAlias(QStringView alias)
{
    return alias.trimmed().toString().toLower();
}

std::size_t indexOf(Severity severity)
{
    return static_cast<std::size_t>(severity) - 1;
}
}

QDateTime ResponseTarget::deadline(const QDateTime& detectedUtc) const
{
    QDateTime due = detectedUtc.toUTC().addSecs(minutes * 60);
    // Business days: step forward day by day, counting only Monday–Friday.
    for (int remaining = businessDays; remaining > 0;) {
        due = due.addDays(1);
        if (due.date().dayOfWeek() <= 5)
            --remaining;
    }
    return due;
}

QString ResponseTarget::describe() const
{
    if (businessDays > 0)
        return SeverityPolicy::tr("%n business day(s)", nullptr, businessDays);
    if (minutes % 60 == 0)
        return SeverityPolicy::tr("%n hour(s)", nullptr, static_cast<int>(minutes / 60));
    return SeverityPolicy::tr("%n minute(s)", nullptr, static_cast<int>(minutes));
}

SeverityPolicy SeverityPolicy::defaults()
{
    return ConfigFile::shipped<SeverityPolicy>(":/config/severity-policy.json", &SeverityPolicy::fromJson);
}

std::optional<SeverityPolicy> SeverityPolicy::fromJson(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> parsedRoot = ConfigFile::parseObject(json, error);
    if (!parsedRoot)
        return std::nullopt;
    const QJsonObject& root = *parsedRoot;
    const QJsonObject aliases = root.value(QLatin1String("aliases")).toObject();
    const QJsonObject targets = root.value(QLatin1String("responseTargets")).toObject();

    SeverityPolicy policy;
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        const std::optional<Severity> severity = SeverityNames::fromCode(it.key());
        if (!severity) {
            *error = tr("\"aliases\": \"%1\" is not one of SEV1, SEV2, SEV3, SEV4").arg(it.key());
            return std::nullopt;
        }
        const QJsonArray words = it.value().toArray();
        for (const QJsonValue& word : words) {
            const QString alias = normalisedAlias(word.toString());
            if (alias.isEmpty()) {
                *error = tr("\"aliases\".\"%1\": every alias must be a non-empty string").arg(it.key());
                return std::nullopt;
            }
            if (policy.m_aliases.contains(alias) && policy.m_aliases.value(alias) != *severity) {
                *error = tr("\"aliases\": \"%1\" is given for two severities").arg(alias);
                return std::nullopt;
            }
            policy.m_aliases.insert(alias, *severity);
        }
    }
    for (Severity severity : kAllSeverities) {
        // The severity codes themselves always resolve, whatever the file says.
        policy.m_aliases.insert(SeverityNames::code(severity).toLower(), severity);

        const QJsonObject target = targets.value(SeverityNames::code(severity)).toObject();
        ResponseTarget parsed;
        parsed.minutes = target.value(QLatin1String("minutes")).toInteger(0);
        parsed.businessDays = target.value(QLatin1String("businessDays")).toInt(0);
        if (parsed.minutes < 0 || parsed.businessDays < 0
            || (parsed.minutes == 0 && parsed.businessDays == 0)) {
            *error = tr("\"responseTargets\".\"%1\" needs a positive \"minutes\" or \"businessDays\"")
                         .arg(SeverityNames::code(severity));
            return std::nullopt;
        }
        policy.m_targets[indexOf(severity)] = parsed;
    }
    return policy;
}

SeverityPolicy SeverityPolicy::load(const QString& userFile, QString* warning)
{
    return ConfigFile::load<SeverityPolicy>(
        userFile, &SeverityPolicy::fromJson, &SeverityPolicy::defaults, tr("severity policy"), warning);
}

std::optional<Severity> SeverityPolicy::severityFor(QStringView alias) const
{
    const auto it = m_aliases.constFind(normalisedAlias(alias));
    if (it == m_aliases.constEnd())
        return std::nullopt;
    return *it;
}

QStringList SeverityPolicy::aliasesOf(Severity severity) const
{
    QStringList result;
    for (auto it = m_aliases.begin(); it != m_aliases.end(); ++it) {
        if (it.value() == severity)
            result.append(it.key());
    }
    result.sort();
    return result;
}

void SeverityPolicy::setAlias(const QString& alias, Severity severity)
{
    const QString key = normalisedAlias(alias);
    if (!key.isEmpty())
        m_aliases.insert(key, severity);
}

void SeverityPolicy::removeAlias(const QString& alias)
{
    const QString key = normalisedAlias(alias);
    // The codes themselves stay: "SEV2" must always mean SEV2.
    if (!SeverityNames::fromCode(key))
        m_aliases.remove(key);
}

ResponseTarget SeverityPolicy::responseTarget(Severity severity) const
{
    return m_targets[indexOf(severity)];
}

void SeverityPolicy::setResponseTarget(Severity severity, ResponseTarget target)
{
    m_targets[indexOf(severity)] = target;
}

QByteArray SeverityPolicy::toJson() const
{
    QJsonObject aliases;
    QJsonObject targets;
    for (Severity severity : kAllSeverities) {
        const QString code = SeverityNames::code(severity);
        aliases.insert(code, QJsonArray::fromStringList(aliasesOf(severity)));
        const ResponseTarget target = responseTarget(severity);
        QJsonObject targetObject;
        if (target.minutes > 0)
            targetObject.insert(QLatin1String("minutes"), target.minutes);
        if (target.businessDays > 0)
            targetObject.insert(QLatin1String("businessDays"), target.businessDays);
        targets.insert(code, targetObject);
    }
    QJsonObject root;
    root.insert(QLatin1String("aliases"), aliases);
    root.insert(QLatin1String("responseTargets"), targets);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
