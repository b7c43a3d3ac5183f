#include "models/domain/incident.h"

#include <QRegularExpression>

namespace {
constexpr KeyedEnum<IncidentField, 8> kFields { "IncidentFieldNames",
    { {
        { IncidentField::Title, "title", QT_TRANSLATE_NOOP("IncidentFieldNames", "Title") },
        { IncidentField::Description, "description", QT_TRANSLATE_NOOP("IncidentFieldNames", "Description") },
        { IncidentField::Service, "service", QT_TRANSLATE_NOOP("IncidentFieldNames", "Service") },
        { IncidentField::Type, "type", QT_TRANSLATE_NOOP("IncidentFieldNames", "Type") },
        { IncidentField::Environment, "environment", QT_TRANSLATE_NOOP("IncidentFieldNames", "Environment") },
        { IncidentField::WarRoom, "war_room", QT_TRANSLATE_NOOP("IncidentFieldNames", "War room") },
        { IncidentField::RegulatedData, "regulated_data",
            QT_TRANSLATE_NOOP("IncidentFieldNames", "Regulated data") },
        { IncidentField::Team, "team", QT_TRANSLATE_NOOP("IncidentFieldNames", "Team") },
    } } };
}

QString IncidentTitles::generated(const IncidentDraft& draft)
{
    const QString service = draft.service.simplified();
    const QString severity = SeverityNames::code(draft.severity);
    const QString type = kIncidentTypes.label(draft.type);
    const QString environment = kEnvironments.label(draft.environment);
    return service.isEmpty()
        ? tr("%1 · %2 · %3", "a title made up for an untitled incident: severity, type, environment")
              .arg(severity, type, environment)
        : tr("%1 · %2 · %3 · %4",
            "a title made up for an untitled incident: severity, type, service, environment")
              .arg(severity, type, service, environment);
}

QString IncidentFieldNames::key(IncidentField field)
{
    return kFields.key(field);
}

QString IncidentFieldNames::label(IncidentField field)
{
    return kFields.label(field);
}

QString IncidentFieldNames::valueOf(const Incident& incident, IncidentField field)
{
    switch (field) {
    case IncidentField::Title:
        return incident.title;
    case IncidentField::Description:
        return incident.description;
    case IncidentField::Service:
        return incident.service;
    case IncidentField::Type:
        return kIncidentTypes.key(incident.type);
    case IncidentField::Environment:
        return kEnvironments.key(incident.environment);
    case IncidentField::WarRoom:
        return incident.warRoom;
    case IncidentField::RegulatedData:
        return incident.regulatedData.join(QLatin1String(", "));
    case IncidentField::Team:
        return incident.team;
    }
    return QString();
}

QString IncidentFieldNames::comparable(IncidentField field, const QString& value)
{
    switch (field) {
    case IncidentField::Title:
        return value.simplified();
    case IncidentField::Type:
        if (const std::optional<IncidentType> type = kIncidentTypes.parse(value.trimmed()))
            return kIncidentTypes.key(*type);
        break;
    case IncidentField::Environment:
        if (const std::optional<Environment> environment = kEnvironments.parse(value.trimmed()))
            return kEnvironments.key(*environment);
        break;
    case IncidentField::RegulatedData: {
        QString ignored;
        if (const std::optional<QStringList> kinds = RegulatedData::parse(value.trimmed(), &ignored))
            return kinds->join(QLatin1String(", "));
        break;
    }
    case IncidentField::Description:
    case IncidentField::Service:
    case IncidentField::WarRoom:
    case IncidentField::Team:
        break;
    }
    return value.trimmed();
}

const QStringList& RegulatedData::keys()
{
    static const QStringList keys { QStringLiteral("personal"), QStringLiteral("health"),
        QStringLiteral("card"), QStringLiteral("financial"), QStringLiteral("customer") };
    return keys;
}

QString RegulatedData::label(const QString& key)
{
    if (key == QLatin1String("personal"))
        return tr("Personal data");
    if (key == QLatin1String("health"))
        return tr("Health data");
    if (key == QLatin1String("card"))
        return tr("Payment card data");
    if (key == QLatin1String("financial"))
        return tr("Financial reporting data");
    if (key == QLatin1String("customer"))
        return tr("Customer data under SOC 2");
    return key;
}

std::optional<QStringList> RegulatedData::parse(const QString& text, QString* error)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!keys().contains(word)) {
            *error = tr("“%1” is not a kind of regulated data (%2).")
                         .arg(word, keys().join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    QStringList ordered;
    for (const QString& key : keys()) {
        if (words.contains(key))
            ordered.append(key);
    }
    return ordered;
}
