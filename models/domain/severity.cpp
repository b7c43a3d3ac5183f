#include "models/domain/severity.h"

namespace {
struct SeverityText {
    const char* code;
    const char* word;
    const char* priority;
    const char* label;
    const char* impact;
};

constexpr std::array<SeverityText, 4> kTexts { {
    { "SEV1", "critical", "P0", QT_TRANSLATE_NOOP("SeverityNames", "Critical"),
        QT_TRANSLATE_NOOP("SeverityNames", "Complete outage or critical functionality unavailable") },
    { "SEV2", "high", "P1", QT_TRANSLATE_NOOP("SeverityNames", "High"),
        QT_TRANSLATE_NOOP("SeverityNames", "Major functionality degraded or limited outage") },
    { "SEV3", "medium", "P2", QT_TRANSLATE_NOOP("SeverityNames", "Medium"),
        QT_TRANSLATE_NOOP("SeverityNames", "Minor functionality issues or performance degradation") },
    { "SEV4", "low", "P3", QT_TRANSLATE_NOOP("SeverityNames", "Low"),
        QT_TRANSLATE_NOOP("SeverityNames", "Cosmetic issues or non-critical functionality") },
} };

const SeverityText& textOf(Severity severity)
{
    return kTexts[static_cast<std::size_t>(severity) - 1];
}
}

QString SeverityNames::code(Severity severity)
{
    return QString::fromLatin1(textOf(severity).code);
}

QString SeverityNames::word(Severity severity)
{
    return QString::fromLatin1(textOf(severity).word);
}

QString SeverityNames::priority(Severity severity)
{
    return QString::fromLatin1(textOf(severity).priority);
}

QString SeverityNames::label(Severity severity)
{
    return tr("%1 · %2").arg(code(severity), tr(textOf(severity).label));
}

QString SeverityNames::impact(Severity severity)
{
    return tr(textOf(severity).impact);
}

std::optional<Severity> SeverityNames::fromNumber(int number)
{
    if (number < 1 || number > 4)
        return std::nullopt;
    return static_cast<Severity>(number);
}

std::optional<Severity> SeverityNames::fromCode(QStringView code)
{
    for (Severity severity : kAllSeverities) {
        if (code.compare(QLatin1String(textOf(severity).code), Qt::CaseInsensitive) == 0)
            return severity;
    }
    return std::nullopt;
}

Severity raisedSeverity(Severity severity)
{
    return severity == Severity::Sev1 ? severity : static_cast<Severity>(static_cast<int>(severity) - 1);
}

Severity loweredSeverity(Severity severity)
{
    return severity == Severity::Sev4 ? severity : static_cast<Severity>(static_cast<int>(severity) + 1);
}
