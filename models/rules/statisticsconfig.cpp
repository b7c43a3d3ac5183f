#include "models/rules/statisticsconfig.h"

#include "models/domain/configfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace {
bool positive(const QJsonObject& object, const char* key, double fallback, double* out, QString* error,
    const QString& where)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        *out = fallback;
        return true;
    }
    // Each is a count of seconds, minutes or hours, made an integer later: a
    // million of any of them is more than anyone means, and fits.
    constexpr double kLargest = 1000000;
    if (!value.isDouble() || value.toDouble() <= 0 || value.toDouble() > kLargest) {
        *error = StatisticsConfig::tr("%1: \"%2\" must be a positive number up to %3")
                     .arg(where, QLatin1String(key))
                     .arg(kLargest, 0, 'f', 0);
        return false;
    }
    *out = value.toDouble();
    return true;
}
}

const QStringList& WallConfig::knownViews()
{
    static const QStringList views { QStringLiteral("incidents"), QStringLiteral("alerts"),
        QStringLiteral("health"), QStringLiteral("charts") };
    return views;
}

std::optional<qint64> StatisticsConfig::parseDuration(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 2)
        return std::nullopt;
    qint64 unitSeconds = 0;
    switch (trimmed.back().toLatin1()) {
    case 'm':
        unitSeconds = 60;
        break;
    case 'h':
        unitSeconds = 3600;
        break;
    case 'd':
        unitSeconds = 24 * 3600;
        break;
    case 'w':
        unitSeconds = 7 * 24 * 3600;
        break;
    default:
        return std::nullopt;
    }
    bool ok = false;
    const qint64 number = trimmed.left(trimmed.size() - 1).toLongLong(&ok);
    // Ten years at most: a baseline further back means nothing, and the seconds stay far from overflowing.
    constexpr qint64 kLongestSeconds = 520LL * 7 * 24 * 3600;
    if (!ok || number <= 0 || number > kLongestSeconds / unitSeconds)
        return std::nullopt;
    return number * unitSeconds;
}

std::optional<StatisticsConfig> StatisticsConfig::parse(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> root = ConfigFile::parseObject(json, error);
    if (!root)
        return std::nullopt;
    StatisticsConfig config;

    const QJsonObject goals = root->value(QLatin1String("goals")).toObject();
    double minutes = 0;
    if (!positive(goals, "mttdMinutes", 5, &minutes, error, tr("goals")))
        return std::nullopt;
    config.goals.mttdSeconds = qRound64(minutes * 60);
    if (!positive(goals, "mttaMinutes", 5, &minutes, error, tr("goals")))
        return std::nullopt;
    config.goals.mttaSeconds = qRound64(minutes * 60);
    if (!positive(goals, "mttrMinutes", 30, &minutes, error, tr("goals")))
        return std::nullopt;
    config.goals.mttrSeconds = qRound64(minutes * 60);

    const QJsonObject targets = root->value(QLatin1String("resolutionTargets")).toObject();
    const double defaultHours[] = { 4, 24, 72, 240 };
    for (Severity severity : kAllSeverities) {
        const auto index = static_cast<std::size_t>(static_cast<int>(severity) - 1);
        double hours = 0;
        if (!positive(targets.value(SeverityNames::code(severity)).toObject(), "hours", defaultHours[index],
                &hours, error, tr("resolution target of %1").arg(SeverityNames::code(severity))))
            return std::nullopt;
        config.goals.resolutionSeconds.at(index) = qRound64(hours * 3600);
    }

    const QJsonObject health = root->value(QLatin1String("health")).toObject();
    config.health.prometheusUrl = health.value(QLatin1String("prometheus")).toString().trimmed();
    if (!config.health.prometheusUrl.isEmpty()) {
        const QUrl url(config.health.prometheusUrl);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *error = tr("health: \"prometheus\" must be an http or https address, not %1")
                         .arg(config.health.prometheusUrl);
            return std::nullopt;
        }
    }
    double number = 0;
    if (!positive(health, "refreshSeconds", 30, &number, error, tr("health")))
        return std::nullopt;
    config.health.refreshSeconds = std::max(1, static_cast<int>(number)); // a timer of 0 ms would spin
    if (!positive(health, "sparklineMinutes", 60, &number, error, tr("health")))
        return std::nullopt;
    config.health.sparklineMinutes = std::max(1, static_cast<int>(number));
    const QJsonArray tiles = health.value(QLatin1String("tiles")).toArray();
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const QJsonObject object = tiles.at(i).toObject();
        HealthTileSpec tile;
        tile.title = object.value(QLatin1String("title")).toString().trimmed();
        tile.query = object.value(QLatin1String("query")).toString().trimmed();
        tile.unit = object.value(QLatin1String("unit")).toString();
        const QString where
            = tr("health tile %1").arg(tile.title.isEmpty() ? QString::number(i + 1) : tile.title);
        if (tile.title.isEmpty() || tile.query.isEmpty()) {
            *error = tr("%1: a tile needs a \"title\" and a \"query\"").arg(where);
            return std::nullopt;
        }
        const QString baseline = object.value(QLatin1String("baseline")).toString(QStringLiteral("1w"));
        const std::optional<qint64> seconds = parseDuration(baseline);
        if (!seconds) {
            *error
                = tr("%1: \"baseline\" is a duration such as 30m, 6h, 1d or 1w, not %2").arg(where, baseline);
            return std::nullopt;
        }
        tile.baselineSeconds = *seconds;
        const QString change = object.value(QLatin1String("change")).toString(QStringLiteral("relative"));
        if (change != QLatin1String("relative") && change != QLatin1String("absolute")) {
            *error = tr("%1: \"change\" is relative or absolute, not %2").arg(where, change);
            return std::nullopt;
        }
        tile.change = change == QLatin1String("absolute") ? HealthTileSpec::Change::Absolute
                                                          : HealthTileSpec::Change::Relative;
        const QString worse = object.value(QLatin1String("worse")).toString(QStringLiteral("higher"));
        if (worse != QLatin1String("higher") && worse != QLatin1String("lower")) {
            *error = tr("%1: \"worse\" is higher or lower, not %2").arg(where, worse);
            return std::nullopt;
        }
        tile.higherIsWorse = worse == QLatin1String("higher");
        config.health.tiles.append(tile);
    }

    const QJsonObject wall = root->value(QLatin1String("wall")).toObject();
    const QJsonArray views = wall.value(QLatin1String("views")).toArray();
    for (const QJsonValue& view : views) {
        if (!WallConfig::knownViews().contains(view.toString())) {
            *error = tr("wall: \"%1\" is not a view; the views are %2")
                         .arg(view.toString(), WallConfig::knownViews().join(QLatin1String(", ")));
            return std::nullopt;
        }
        config.wall.views.append(view.toString());
    }
    if (config.wall.views.isEmpty())
        config.wall.views = WallConfig::knownViews();
    if (!positive(wall, "rotateSeconds", 20, &number, error, tr("wall")))
        return std::nullopt;
    config.wall.rotateSeconds = static_cast<int>(number);
    if (!positive(wall, "staleMinutes", 10, &number, error, tr("wall")))
        return std::nullopt;
    config.wall.staleMinutes = static_cast<int>(number);
    return config;
}

StatisticsConfig StatisticsConfig::builtIn()
{
    return ConfigFile::shipped<StatisticsConfig>(":/config/statistics.json", &StatisticsConfig::parse);
}

StatisticsConfig StatisticsConfig::load(const QString& file, QString* warning)
{
    return ConfigFile::load<StatisticsConfig>(
        file, &StatisticsConfig::parse, &StatisticsConfig::builtIn, tr("statistics settings"), warning);
}

bool StatisticsConfig::savePrometheusUrl(const QString& file, const QString& url, QString* error)
{
    QFile current(QFile::exists(file) ? file : QStringLiteral(":/config/statistics.json"));
    if (!current.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(current.fileName(), current.errorString());
        return false;
    }
    std::optional<QJsonObject> root = ConfigFile::parseObject(current.readAll(), error);
    if (!root)
        return false;
    QJsonObject health = root->value(QLatin1String("health")).toObject();
    health.insert(QStringLiteral("prometheus"), url.trimmed());
    root->insert(QStringLiteral("health"), health);
    const QByteArray json = QJsonDocument(*root).toJson(QJsonDocument::Indented);
    if (!parse(json, error))
        return false;
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}
