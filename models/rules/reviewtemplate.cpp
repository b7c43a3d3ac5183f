#include "models/rules/reviewtemplate.h"

#include "models/domain/configfile.h"

#include <QJsonArray>

const QStringList& ReviewTemplate::sectionKeys()
{
    static const QStringList keys { QStringLiteral("summary"), QStringLiteral("impact"),
        QStringLiteral("timeline"), QStringLiteral("rootCause"), QStringLiteral("fiveWhys"),
        QStringLiteral("contributingFactors"), QStringLiteral("detection"), QStringLiteral("resolution"),
        QStringLiteral("actionItems"), QStringLiteral("lessons") };
    return keys;
}

const ReviewSection* ReviewTemplate::section(const QString& key) const
{
    for (const ReviewSection& each : sections) {
        if (each.key == key)
            return &each;
    }
    return nullptr;
}

QString ReviewTemplate::titleOf(const QString& key) const
{
    const ReviewSection* found = section(key);
    return found ? found->title : key;
}

std::optional<ReviewTemplate> ReviewTemplate::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> root = ConfigFile::parseObject(json, error);
    if (!root)
        return std::nullopt;
    ReviewTemplate result;
    for (const QJsonValue& value : root->value(QLatin1String("sections")).toArray()) {
        const QJsonObject object = value.toObject();
        ReviewSection section { object.value(QLatin1String("key")).toString(),
            object.value(QLatin1String("title")).toString(), object.value(QLatin1String("hint")).toString() };
        if (!sectionKeys().contains(section.key)) {
            *error = tr("\"%1\" is not a section (%2)")
                         .arg(section.key, sectionKeys().join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (section.title.trimmed().isEmpty())
            section.title = section.key;
        result.sections.append(section);
    }
    // Every section is written somewhere: one the file leaves out comes last, under its key.
    for (const QString& key : sectionKeys()) {
        if (!result.section(key))
            result.sections.append({ key, key, QString() });
    }
    for (const QJsonValue& item : root->value(QLatin1String("agenda")).toArray())
        result.agenda.append(item.toString());
    for (const QJsonValue& item : root->value(QLatin1String("rootCauseCategories")).toArray())
        result.rootCauseCategories.append(item.toString());
    result.timelineWithinHours
        = root->value(QLatin1String("timelineWithinHours")).toInt(result.timelineWithinHours);
    result.reviewWithinDays = root->value(QLatin1String("reviewWithinDays")).toInt(result.reviewWithinDays);
    if (result.timelineWithinHours <= 0 || result.reviewWithinDays <= 0) {
        *error = tr("timelineWithinHours and reviewWithinDays must be more than 0");
        return std::nullopt;
    }
    return result;
}

ReviewTemplate ReviewTemplate::builtIn()
{
    return ConfigFile::shipped<ReviewTemplate>(":/reviews/review-template.json", &ReviewTemplate::parse);
}

ReviewTemplate ReviewTemplate::load(const QString& file, QString* warning)
{
    return ConfigFile::load<ReviewTemplate>(
        file, &ReviewTemplate::parse, &ReviewTemplate::builtIn, tr("review template"), warning);
}
