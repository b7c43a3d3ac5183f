#include "models/rules/communicationplan.h"

#include "models/domain/configfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
bool isActive(const Incident& incident)
{
    return !incident.resolvedAt.isValid() && incident.status != IncidentStatus::Closed;
}

DueState stateOf(const QDateTime& due, qint64 intervalSeconds, int dueSoonPercent, const QDateTime& now)
{
    const qint64 left = now.secsTo(due);
    if (left < 0)
        return DueState::Overdue;
    return left * 100 <= intervalSeconds * dueSoonPercent ? DueState::DueSoon : DueState::OnTrack;
}

QString severityKey(Severity severity)
{
    return SeverityNames::code(severity);
}

std::optional<CommunicationPlan> fail(QString* error, const QString& message)
{
    *error = message;
    return std::nullopt;
}
}

bool ComplianceRule::applies(const Incident& incident) const
{
    return incident.regulatedData.contains(dataKind);
}

const StakeholderGroup* CommunicationPlan::group(const QString& id) const
{
    for (const StakeholderGroup& group : groups) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

QList<AudienceDue> CommunicationPlan::schedule(
    const Incident& incident, const QHash<QString, CommunicationSent>& lastSent, const QDateTime& now) const
{
    const UpdateCadence& pace = cadenceFor(incident.severity);
    const qint64 first = qint64(pace.firstMinutes) * 60;
    const qint64 every = qint64(pace.everyMinutes) * 60;
    QList<AudienceDue> result;
    for (const StakeholderGroup& group : groups) {
        AudienceDue due;
        due.audienceId = group.id;
        due.name = group.name;
        due.channel = group.channel;
        due.audience = group.audience;
        due.executive = group.executive;
        due.contacts = group.contacts;
        due.lastSent = lastSent.value(group.id).at;
        // A group that reads the status page heard whenever the page was updated.
        if (group.channel == CommunicationChannel::StatusPage) {
            const QDateTime posted = lastSent.value(QStringLiteral("statuspage")).at;
            if (posted.isValid() && (!due.lastSent.isValid() || posted > due.lastSent))
                due.lastSent = posted;
        }
        if (!group.notifies(incident.severity)) {
            due.state = DueState::NotRequired;
        } else if (incident.status == IncidentStatus::Closed
            || (incident.resolvedAt.isValid() && due.lastSent.isValid()
                && due.lastSent >= incident.resolvedAt)) {
            due.nextKind = UpdateKind::Resolution;
            due.state = DueState::Done;
        } else if (!isActive(incident)) {
            // Everyone who had to hear of it hears that it is over, as promptly as they heard of it.
            due.nextKind = UpdateKind::Resolution;
            due.nextDue = incident.resolvedAt.addSecs(first);
            due.state = stateOf(due.nextDue, first, dueSoonPercent, now);
        } else if (!due.lastSent.isValid()) {
            due.nextKind = UpdateKind::Initial;
            due.nextDue = incident.createdAt.addSecs(first);
            due.state = stateOf(due.nextDue, first, dueSoonPercent, now);
        } else {
            due.nextKind = UpdateKind::Update;
            due.nextDue = nextUpdateAfter(incident.severity, due.lastSent);
            due.state = stateOf(due.nextDue, every, dueSoonPercent, now);
        }
        result.append(due);
    }
    for (const ComplianceRule& rule : compliance) {
        if (!rule.applies(incident))
            continue;
        AudienceDue due;
        due.audienceId = rule.audienceId();
        due.name = rule.authority.isEmpty() ? rule.name : tr("%1: %2").arg(rule.name, rule.authority);
        due.channel = CommunicationChannel::SecureChannel;
        due.audience = Audience::External;
        due.compliance = rule;
        due.nextKind = UpdateKind::Compliance;
        due.lastSent = lastSent.value(due.audienceId).at;
        due.nextDue = incident.detectedAt.addSecs(qint64(rule.deadlineMinutes) * 60);
        // "Immediate" has no interval to be early in: it is due soon until the moment it is overdue.
        due.state = due.lastSent.isValid()
            ? DueState::Done
            : stateOf(
                due.nextDue, std::max<qint64>(qint64(rule.deadlineMinutes) * 60, 1), dueSoonPercent, now);
        result.append(due);
    }
    return result;
}

std::optional<CommunicationPlan> CommunicationPlan::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> root = ConfigFile::parseObject(json, error);
    if (!root)
        return std::nullopt;
    CommunicationPlan plan;
    const QJsonObject cadence = root->value(QLatin1String("cadence")).toObject();
    for (Severity severity : kAllSeverities) {
        const QJsonObject pace = cadence.value(severityKey(severity)).toObject();
        UpdateCadence& target = plan.cadenceFor(severity);
        target.firstMinutes = pace.value(QLatin1String("firstMinutes")).toInt(target.firstMinutes);
        target.everyMinutes = pace.value(QLatin1String("everyMinutes")).toInt(target.everyMinutes);
        if (target.firstMinutes <= 0 || target.everyMinutes <= 0)
            return fail(error, tr("cadence of %1: minutes must be more than 0").arg(severityKey(severity)));
    }
    plan.dueSoonPercent = root->value(QLatin1String("dueSoonPercent")).toInt(plan.dueSoonPercent);
    if (plan.dueSoonPercent < 0 || plan.dueSoonPercent > 100)
        return fail(error, tr("dueSoonPercent must be between 0 and 100"));

    QStringList ids;
    for (const QJsonValue& value : root->value(QLatin1String("groups")).toArray()) {
        const QJsonObject object = value.toObject();
        StakeholderGroup group;
        group.id = object.value(QLatin1String("id")).toString().trimmed();
        group.name = object.value(QLatin1String("name")).toString().trimmed();
        if (group.id.isEmpty() || group.name.isEmpty())
            return fail(error, tr("every stakeholder group needs an id and a name"));
        if (ids.contains(group.id) || group.id == QLatin1String("statuspage")
            || group.id.startsWith(QLatin1String("compliance/")))
            return fail(error, tr("the group id “%1” is used twice or reserved").arg(group.id));
        ids.append(group.id);
        for (const QJsonValue& code : object.value(QLatin1String("severities")).toArray()) {
            const std::optional<Severity> severity = SeverityNames::fromCode(code.toString());
            if (!severity)
                return fail(error, tr("group “%1”: “%2” is not a severity").arg(group.name, code.toString()));
            group.setNotifies(*severity, true);
        }
        const std::optional<CommunicationChannel> channel
            = kCommunicationChannels.parse(object.value(QLatin1String("channel")).toString());
        if (!channel)
            return fail(error,
                tr("group “%1”: “%2” is not a channel (%3)")
                    .arg(group.name, object.value(QLatin1String("channel")).toString(),
                        kCommunicationChannels.keys().join(QLatin1String(", "))));
        group.channel = *channel;
        group.audience = object.value(QLatin1String("audience")).toString() == QLatin1String("external")
            ? Audience::External
            : Audience::Internal;
        group.executive = object.value(QLatin1String("executive")).toBool();
        for (const QJsonValue& contact : object.value(QLatin1String("contacts")).toArray()) {
            const QJsonObject c = contact.toObject();
            group.contacts.append(
                { c.value(QLatin1String("name")).toString(), c.value(QLatin1String("address")).toString() });
        }
        plan.groups.append(group);
    }

    for (const QJsonValue& value : root->value(QLatin1String("compliance")).toArray()) {
        const QJsonObject object = value.toObject();
        ComplianceRule rule;
        rule.id = object.value(QLatin1String("id")).toString();
        rule.name = object.value(QLatin1String("name")).toString(rule.id);
        rule.dataKind = object.value(QLatin1String("data")).toString();
        if (rule.id.isEmpty() || !RegulatedData::keys().contains(rule.dataKind))
            return fail(error,
                tr("every compliance rule needs an id and data (one of %1)")
                    .arg(RegulatedData::keys().join(QLatin1String(", "))));
        // "types", which earlier versions wrote, is not read: a clock limited to some incident types
        // missed regulated data in every other kind of incident.
        rule.deadlineMinutes = object.value(QLatin1String("deadlineMinutes")).toInt(-1);
        if (rule.deadlineMinutes < 0)
            return fail(
                error, tr("compliance rule “%1” needs deadlineMinutes (0: immediately)").arg(rule.id));
        rule.authority = object.value(QLatin1String("authority")).toString();
        for (const QJsonValue& item : object.value(QLatin1String("requiredInfo")).toArray())
            rule.requiredInfo.append(item.toString());
        plan.compliance.append(rule);
    }
    return plan;
}

QByteArray CommunicationPlan::toJson() const
{
    QJsonObject cadenceObject;
    for (Severity severity : kAllSeverities) {
        cadenceObject.insert(severityKey(severity),
            QJsonObject { { QStringLiteral("firstMinutes"), cadenceFor(severity).firstMinutes },
                { QStringLiteral("everyMinutes"), cadenceFor(severity).everyMinutes } });
    }
    QJsonArray groupArray;
    for (const StakeholderGroup& group : groups) {
        QJsonArray severities;
        for (Severity severity : kAllSeverities) {
            if (group.notifies(severity))
                severities.append(severityKey(severity));
        }
        QJsonArray contacts;
        for (const StakeholderContact& contact : group.contacts)
            contacts.append(QJsonObject {
                { QStringLiteral("name"), contact.name }, { QStringLiteral("address"), contact.address } });
        QJsonObject object { { QStringLiteral("id"), group.id }, { QStringLiteral("name"), group.name },
            { QStringLiteral("severities"), severities },
            { QStringLiteral("channel"), kCommunicationChannels.key(group.channel) },
            { QStringLiteral("audience"),
                group.audience == Audience::External ? QStringLiteral("external")
                                                     : QStringLiteral("internal") },
            { QStringLiteral("contacts"), contacts } };
        if (group.executive)
            object.insert(QStringLiteral("executive"), true);
        groupArray.append(object);
    }
    QJsonArray rules;
    for (const ComplianceRule& rule : compliance) {
        rules.append(QJsonObject { { QStringLiteral("id"), rule.id }, { QStringLiteral("name"), rule.name },
            { QStringLiteral("data"), rule.dataKind },
            { QStringLiteral("deadlineMinutes"), rule.deadlineMinutes },
            { QStringLiteral("authority"), rule.authority },
            { QStringLiteral("requiredInfo"), QJsonArray::fromStringList(rule.requiredInfo) } });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("cadence"), cadenceObject },
            { QStringLiteral("dueSoonPercent"), dueSoonPercent }, { QStringLiteral("groups"), groupArray },
            { QStringLiteral("compliance"), rules } })
        .toJson(QJsonDocument::Indented);
}

CommunicationPlan CommunicationPlan::builtIn()
{
    return ConfigFile::shipped<CommunicationPlan>(":/config/communication.json", &CommunicationPlan::parse);
}

CommunicationPlan CommunicationPlan::load(const QString& file, QString* warning)
{
    return ConfigFile::load<CommunicationPlan>(
        file, &CommunicationPlan::parse, &CommunicationPlan::builtIn, tr("communication matrix"), warning);
}

bool CommunicationPlan::save(const QString& file, QString* error) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(toJson()) < 0 || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

QString DueText::state(DueState state)
{
    switch (state) {
    case DueState::NotRequired:
        return tr("Not for this severity");
    case DueState::OnTrack:
        return tr("On track");
    case DueState::DueSoon:
        return tr("Due soon");
    case DueState::Overdue:
        return tr("Overdue");
    case DueState::Done:
        return tr("Done");
    }
    return {};
}

QString DueText::kind(UpdateKind kind)
{
    switch (kind) {
    case UpdateKind::Initial:
        return tr("First notice");
    case UpdateKind::Update:
        return tr("Update");
    case UpdateKind::Resolution:
        return tr("Resolution notice");
    case UpdateKind::Compliance:
        return tr("Regulator notice");
    }
    return {};
}

QString DueText::stateKey(DueState state)
{
    switch (state) {
    case DueState::NotRequired:
        return QStringLiteral("not_required");
    case DueState::OnTrack:
        return QStringLiteral("on_track");
    case DueState::DueSoon:
        return QStringLiteral("due_soon");
    case DueState::Overdue:
        return QStringLiteral("overdue");
    case DueState::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString DueText::kindKey(UpdateKind kind)
{
    switch (kind) {
    case UpdateKind::Initial:
        return QStringLiteral("initial");
    case UpdateKind::Update:
        return QStringLiteral("update");
    case UpdateKind::Resolution:
        return QStringLiteral("resolution");
    case UpdateKind::Compliance:
        return QStringLiteral("compliance");
    }
    return {};
}
