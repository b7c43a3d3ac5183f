#include "models/domain/healthreading.h"

#include <QLocale>

#include <cmath>

namespace {
// Enough digits to read, no more: 1,247 · 12.3 · 0.042.
QString number(double value)
{
    const double size = std::abs(value);
    const int decimals = size >= 100 ? 0 : size >= 1 ? 1 : size > 0 ? 3 : 0;
    return QLocale().toString(value, 'f', decimals);
}

// Below this share of the baseline a change is noise, not a trend.
constexpr double kSameWithinPercent = 1.0;
}

std::optional<double> HealthReading::change() const
{
    if (!value || !baseline)
        return std::nullopt;
    if (spec.change == HealthTileSpec::Change::Absolute)
        return *value - *baseline;
    if (*baseline == 0)
        return std::nullopt;
    return 100.0 * (*value - *baseline) / std::abs(*baseline);
}

HealthReading::Trend HealthReading::trend() const
{
    const std::optional<double> moved = change();
    if (!moved)
        return Trend::Unknown;
    const double relative = spec.change == HealthTileSpec::Change::Relative
        ? *moved
        : (*baseline != 0 ? 100.0 * *moved / std::abs(*baseline) : (*moved == 0 ? 0.0 : 100.0));
    if (std::abs(relative) < kSameWithinPercent)
        return Trend::Same;
    return (*moved > 0) == spec.higherIsWorse ? Trend::Worse : Trend::Better;
}

QString HealthText::value(const HealthReading& reading)
{
    if (!reading.value)
        return QStringLiteral("—");
    if (std::isnan(*reading.value))
        return tr("no data");
    const QString unit = reading.spec.unit;
    if (unit.isEmpty())
        return number(*reading.value);
    return unit == QLatin1String("%") ? QStringLiteral("%1 %").arg(number(*reading.value))
                                      : QStringLiteral("%1 %2").arg(number(*reading.value), unit);
}

QString HealthText::change(const HealthReading& reading)
{
    const std::optional<double> moved = reading.change();
    if (!moved)
        return reading.value ? tr("no baseline") : QString();
    const QString arrow
        = *moved > 0 ? QStringLiteral("▲") : (*moved < 0 ? QStringLiteral("▼") : QStringLiteral("="));
    const QString size = reading.spec.change == HealthTileSpec::Change::Relative
        ? QStringLiteral("%1 %").arg(number(std::abs(*moved)))
        : (reading.spec.unit == QLatin1String("%")
                ? tr("%1 points").arg(number(std::abs(*moved)))
                : QStringLiteral("%1 %2").arg(number(std::abs(*moved)), reading.spec.unit).trimmed());
    return tr("%1 %2 from baseline").arg(arrow, size);
}
