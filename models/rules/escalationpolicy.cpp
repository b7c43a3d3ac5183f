#include "models/rules/escalationpolicy.h"

#include "models/domain/classification.h"
#include "models/domain/configfile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
template<typename T> const T* findBy(const QList<T>& list, const std::function<bool(const T&)>& matches)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), matches);
    return it == list.cend() ? nullptr : &*it;
}

std::optional<OnCallSchedule> readSchedule(const QJsonObject& object, const QString& where, QString* error)
{
    OnCallSchedule schedule;
    schedule.id = object.value(QLatin1String("id")).toString();
    schedule.name = object.value(QLatin1String("name")).toString(schedule.id);
    if (schedule.id.isEmpty()) {
        *error = EscalationConfig::tr("%1: a schedule needs an \"id\"").arg(where);
        return std::nullopt;
    }
    const QString zone = object.value(QLatin1String("time_zone")).toString(QStringLiteral("UTC"));
    schedule.zone = QTimeZone(zone.toUtf8());
    if (!schedule.zone.isValid()) {
        *error = EscalationConfig::tr("%1: \"%2\" is not a time zone (use names such as Europe/Berlin)")
                     .arg(where, zone);
        return std::nullopt;
    }
    const QJsonArray layers = object.value(QLatin1String("layers")).toArray();
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const QJsonObject layerObject = layers.at(i).toObject();
        const QString place = QStringLiteral("%1, layer %2").arg(where).arg(i + 1);
        RotationLayer layer;
        layer.start
            = QDateTime::fromString(layerObject.value(QLatin1String("start")).toString(), Qt::ISODate);
        layer.turnSeconds
            = layerObject.value(QLatin1String("rotation_turn_length_seconds")).toInteger(layer.turnSeconds);
        for (const QJsonValue& user : layerObject.value(QLatin1String("users")).toArray())
            layer.users.append(user.toString());
        if (!layer.start.isValid()) {
            *error = EscalationConfig::tr(
                "%1: \"start\" must be a local date and time such as 2026-11-02T09:00:00")
                         .arg(place);
            return std::nullopt;
        }
        if (layer.turnSeconds < 3600) {
            *error = EscalationConfig::tr("%1: \"rotation_turn_length_seconds\" must be at least 3600")
                         .arg(place);
            return std::nullopt;
        }
        if (layer.users.isEmpty() || layer.users.contains(QString())) {
            *error = EscalationConfig::tr("%1: \"users\" must name at least one person").arg(place);
            return std::nullopt;
        }
        schedule.layers.append(layer);
    }
    return schedule;
}
}

const OnCallSchedule* EscalationConfig::schedule(const QString& id) const
{
    return findBy<OnCallSchedule>(schedules, [&id](const OnCallSchedule& s) { return s.id == id; });
}

const EscalationPolicy* EscalationConfig::policy(const QString& name) const
{
    return findBy<EscalationPolicy>(policies, [&name](const EscalationPolicy& p) { return p.name == name; });
}

const EscalationRule* EscalationConfig::ruleFor(const Incident& incident) const
{
    return findBy<EscalationRule>(rules, [&incident](const EscalationRule& rule) {
        return (!rule.severity || *rule.severity == incident.severity)
            && (!rule.type || *rule.type == incident.type);
    });
}

QString TeamAssignment::teamFor(const Incident& incident) const
{
    for (const AssignmentRule& rule : rules) {
        if (rule.matches(incident))
            return rule.team;
    }
    return defaultTeam;
}

QList<QDateTime> EscalationConfig::dueTimes(const Incident& incident) const
{
    const EscalationRule* rule = ruleFor(incident);
    const EscalationPolicy* chosen = rule ? policy(rule->policy) : nullptr;
    QList<QDateTime> due;
    if (!chosen)
        return due;
    const QDateTime start
        = incident.detectedAt.addSecs(static_cast<qint64>(rule->unacknowledgedMinutes) * 60);
    for (const EscalationLevel& level : chosen->levels)
        due.append(start.addSecs(static_cast<qint64>(level.delayMinutes) * 60));
    return due;
}

QStringList EscalationConfig::resolve(const EscalationTarget& target, const QDateTime& at) const
{
    if (target.kind == EscalationTarget::Kind::User)
        return { target.id };
    const OnCallSchedule* rota = schedule(target.id);
    if (!rota)
        return { tr("%1 (no such schedule)").arg(target.id) };
    if (const std::optional<OnCallShift> shift = rota->shiftAt(at))
        return { tr("%1 (%2)").arg(shift->user, rota->name) };
    return { tr("%1 (nobody on the rota)").arg(rota->name) };
}

std::optional<EscalationConfig> EscalationConfig::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> root = ConfigFile::parseObject(json, error);
    if (!root)
        return std::nullopt;
    EscalationConfig config;
    const QJsonArray schedules = root->value(QLatin1String("schedules")).toArray();
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        const std::optional<OnCallSchedule> schedule
            = readSchedule(schedules.at(i).toObject(), tr("schedule %1").arg(i + 1), error);
        if (!schedule)
            return std::nullopt;
        config.schedules.append(*schedule);
    }
    const QJsonArray policies = root->value(QLatin1String("escalation_policies")).toArray();
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const QJsonObject object = policies.at(i).toObject();
        EscalationPolicy policy;
        policy.name = object.value(QLatin1String("name")).toString();
        const QString where
            = tr("escalation policy %1").arg(policy.name.isEmpty() ? QString::number(i + 1) : policy.name);
        const QJsonArray levels = object.value(QLatin1String("rules")).toArray();
        if (policy.name.isEmpty() || levels.isEmpty()) {
            *error = tr("%1: a policy needs a \"name\" and at least one rule").arg(where);
            return std::nullopt;
        }
        for (qsizetype l = 0; l < levels.size(); ++l) {
            const QJsonObject levelObject = levels.at(l).toObject();
            EscalationLevel level;
            level.delayMinutes = levelObject.value(QLatin1String("escalation_delay_in_minutes")).toInt(-1);
            if (level.delayMinutes < 0
                || (l > 0 && level.delayMinutes < policy.levels.constLast().delayMinutes)) {
                *error = tr("%1, rule %2: \"escalation_delay_in_minutes\" must be 0 or more, and not less "
                            "than the rule before")
                             .arg(where)
                             .arg(l + 1);
                return std::nullopt;
            }
            for (const QJsonValue& value : levelObject.value(QLatin1String("targets")).toArray()) {
                const QJsonObject targetObject = value.toObject();
                EscalationTarget target;
                const QString type = targetObject.value(QLatin1String("type")).toString();
                target.kind = type == QLatin1String("user") ? EscalationTarget::Kind::User
                                                            : EscalationTarget::Kind::Schedule;
                target.id = targetObject.value(QLatin1String("id")).toString();
                if ((type != QLatin1String("user") && type != QLatin1String("schedule"))
                    || target.id.isEmpty()) {
                    *error = tr("%1, rule %2: a target is {\"type\": \"schedule\" or \"user\", \"id\": …}")
                                 .arg(where)
                                 .arg(l + 1);
                    return std::nullopt;
                }
                if (target.kind == EscalationTarget::Kind::Schedule && !config.schedule(target.id)) {
                    *error
                        = tr("%1, rule %2: there is no schedule \"%3\"").arg(where).arg(l + 1).arg(target.id);
                    return std::nullopt;
                }
                level.targets.append(target);
            }
            if (level.targets.isEmpty()) {
                *error = tr("%1, rule %2: it pages nobody (no targets)").arg(where).arg(l + 1);
                return std::nullopt;
            }
            policy.levels.append(level);
        }
        config.policies.append(policy);
    }
    const QJsonArray rules = root->value(QLatin1String("escalation_rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        EscalationRule rule;
        const QString where = tr("escalation rule %1").arg(i + 1);
        if (const QString severity = object.value(QLatin1String("severity")).toString();
            !severity.isEmpty()) {
            rule.severity = SeverityNames::fromCode(severity);
            if (!rule.severity) {
                *error = tr("%1: \"severity\" must be SEV1, SEV2, SEV3 or SEV4").arg(where);
                return std::nullopt;
            }
        }
        if (const QString type = object.value(QLatin1String("type")).toString(); !type.isEmpty()) {
            rule.type = kIncidentTypes.parse(type);
            if (!rule.type) {
                *error = tr("%1: \"%2\" is not an incident type").arg(where, type);
                return std::nullopt;
            }
        }
        rule.unacknowledgedMinutes = object.value(QLatin1String("unacknowledged_minutes")).toInt(-1);
        rule.policy = object.value(QLatin1String("policy")).toString();
        if (rule.unacknowledgedMinutes < 0) {
            *error = tr("%1: \"unacknowledged_minutes\" must be 0 or more").arg(where);
            return std::nullopt;
        }
        if (!config.policy(rule.policy)) {
            *error = tr("%1: there is no escalation policy \"%2\"").arg(where, rule.policy);
            return std::nullopt;
        }
        config.rules.append(rule);
    }
    const QJsonObject assignment = root->value(QLatin1String("assignment")).toObject();
    config.assignment.defaultTeam = assignment.value(QLatin1String("default")).toString().trimmed();
    const QJsonArray teams = assignment.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const QJsonObject object = teams.at(i).toObject();
        const QString where = tr("assignment rule %1").arg(i + 1);
        const std::optional<IncidentMatcher> matcher = IncidentMatcher::read(object, where, error);
        if (!matcher)
            return std::nullopt;
        AssignmentRule rule { *matcher, object.value(QLatin1String("team")).toString().trimmed() };
        if (rule.team.isEmpty()) {
            *error = tr("%1: it needs a \"team\"").arg(where);
            return std::nullopt;
        }
        config.assignment.rules.append(rule);
    }
    return config;
}

QByteArray EscalationConfig::toJson() const
{
    QJsonArray scheduleArray;
    for (const OnCallSchedule& schedule : schedules) {
        QJsonArray layers;
        for (const RotationLayer& layer : schedule.layers)
            layers.append(QJsonObject {
                { QStringLiteral("start"), layer.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) },
                { QStringLiteral("rotation_turn_length_seconds"), layer.turnSeconds },
                { QStringLiteral("users"), QJsonArray::fromStringList(layer.users) } });
        scheduleArray.append(
            QJsonObject { { QStringLiteral("id"), schedule.id }, { QStringLiteral("name"), schedule.name },
                { QStringLiteral("time_zone"), QString::fromUtf8(schedule.zone.id()) },
                { QStringLiteral("layers"), layers } });
    }
    QJsonArray policyArray;
    for (const EscalationPolicy& policy : policies) {
        QJsonArray levels;
        for (const EscalationLevel& level : policy.levels) {
            QJsonArray targets;
            for (const EscalationTarget& target : level.targets)
                targets.append(QJsonObject {
                    { QStringLiteral("type"),
                        target.kind == EscalationTarget::Kind::User ? QStringLiteral("user")
                                                                    : QStringLiteral("schedule") },
                    { QStringLiteral("id"), target.id } });
            levels.append(QJsonObject { { QStringLiteral("escalation_delay_in_minutes"), level.delayMinutes },
                { QStringLiteral("targets"), targets } });
        }
        policyArray.append(
            QJsonObject { { QStringLiteral("name"), policy.name }, { QStringLiteral("rules"), levels } });
    }
    QJsonArray ruleArray;
    for (const EscalationRule& rule : rules) {
        QJsonObject object { { QStringLiteral("unacknowledged_minutes"), rule.unacknowledgedMinutes },
            { QStringLiteral("policy"), rule.policy } };
        if (rule.severity)
            object.insert(QStringLiteral("severity"), SeverityNames::code(*rule.severity));
        if (rule.type)
            object.insert(QStringLiteral("type"), kIncidentTypes.key(*rule.type));
        ruleArray.append(object);
    }
    QJsonArray teamArray;
    for (const AssignmentRule& rule : assignment.rules) {
        QJsonObject object { { QStringLiteral("team"), rule.team } };
        rule.writeTo(object);
        teamArray.append(object);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("schedules"), scheduleArray },
                             { QStringLiteral("escalation_policies"), policyArray },
                             { QStringLiteral("escalation_rules"), ruleArray },
                             { QStringLiteral("assignment"),
                                 QJsonObject { { QStringLiteral("rules"), teamArray },
                                     { QStringLiteral("default"), assignment.defaultTeam } } } })
        .toJson(QJsonDocument::Indented);
}

EscalationConfig EscalationConfig::builtIn()
{
    return ConfigFile::shipped<EscalationConfig>(":/config/escalation.json", &EscalationConfig::parse);
}

EscalationConfig EscalationConfig::load(const QString& file, QString* warning)
{
    return ConfigFile::load<EscalationConfig>(
        file, &EscalationConfig::parse, &EscalationConfig::builtIn, tr("escalation policies"), warning);
}
