#include "models/domain/incident.h"

#include <QRegularExpression>

namespace {
constexpr KeyedEnum<IncidentField, kIncidentFieldCount> kFields { "IncidentFieldNames",
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
        { IncidentField::DetectionSource, "detection_source",
            QT_TRANSLATE_NOOP("IncidentFieldNames", "Detected by") },
        { IncidentField::Eta, "eta", QT_TRANSLATE_NOOP("IncidentFieldNames", "ETA") },
        { IncidentField::UsersAffected, "users_affected",
            QT_TRANSLATE_NOOP("IncidentFieldNames", "Users affected") },
        { IncidentField::RevenueImpact, "revenue_impact",
            QT_TRANSLATE_NOOP("IncidentFieldNames", "Revenue impact") },
        { IncidentField::SlaImpact, "sla_impact", QT_TRANSLATE_NOOP("IncidentFieldNames", "SLA impact") },
        { IncidentField::CustomerSatisfaction, "customer_satisfaction",
            QT_TRANSLATE_NOOP("IncidentFieldNames", "Customer satisfaction") },
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

QList<IncidentField> IncidentFieldNames::all()
{
    return kFields.all();
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
    case IncidentField::DetectionSource:
        return kDetectionSources.key(incident.detectionSource);
    case IncidentField::Eta:
        return incident.eta.isValid() ? incident.eta.toUTC().toString(Qt::ISODate) : QString();
    case IncidentField::UsersAffected:
        return incident.usersAffected ? QString::number(*incident.usersAffected) : QString();
    case IncidentField::RevenueImpact:
        return incident.revenueImpact;
    case IncidentField::SlaImpact:
        return incident.slaImpact;
    case IncidentField::CustomerSatisfaction:
        return incident.customerSatisfaction > 0 ? QString::number(incident.customerSatisfaction) : QString();
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
    case IncidentField::DetectionSource:
        if (const std::optional<DetectionSource> source = kDetectionSources.parse(value.trimmed()))
            return kDetectionSources.key(*source);
        break;
    case IncidentField::Eta:
        if (const std::optional<QDateTime> eta = IncidentValues::eta(value))
            return eta->isValid() ? eta->toString(Qt::ISODate) : QString();
        break;
    case IncidentField::UsersAffected:
        if (const std::optional<std::optional<qint64>> users = IncidentValues::usersAffected(value))
            return *users ? QString::number(**users) : QString();
        break;
    case IncidentField::CustomerSatisfaction:
        if (const std::optional<int> rating = IncidentValues::satisfaction(value))
            return *rating > 0 ? QString::number(*rating) : QString();
        break;
    case IncidentField::RevenueImpact:
    case IncidentField::SlaImpact:
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

std::optional<QDateTime> IncidentValues::eta(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toUTC();
}

std::optional<std::optional<qint64>> IncidentValues::usersAffected(const QString& text)
{
    QString digits = text.trimmed();
    digits.remove(QLatin1Char(',')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (digits.isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 users = digits.toLongLong(&ok);
    if (!ok || users < 0 || users > kMostUsersAffected)
        return std::nullopt;
    return std::optional<qint64>(users);
}

std::optional<int> IncidentValues::satisfaction(const QString& text)
{
    if (text.trimmed().isEmpty())
        return 0;
    bool ok = false;
    const int rating = text.trimmed().toInt(&ok);
    if (!ok || rating < 0 || rating > 5)
        return std::nullopt;
    return rating;
}
