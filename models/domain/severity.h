#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// SEV1 is the most severe. The numeric value is what the store keeps, so the
// order here is part of the schema.
enum class Severity { Sev1 = 1, Sev2 = 2, Sev3 = 3, Sev4 = 4 };

inline constexpr std::array<Severity, 4> kAllSeverities { Severity::Sev1, Severity::Sev2, Severity::Sev3,
    Severity::Sev4 };

class SeverityNames {
    Q_DECLARE_TR_FUNCTIONS(SeverityNames)
public:
    static QString code(Severity severity); // "SEV1"
    static QString word(Severity severity); // "critical"
    static QString priority(Severity severity); // "P0"
    static QString label(Severity severity); // "SEV1 · Critical", translated
    static QString impact(Severity severity); // translated one-line definition
    static std::optional<Severity> fromNumber(int number);
    static std::optional<Severity> fromCode(QStringView code);
};

// One step towards SEV1 / towards SEV4; clamps at the ends.
Severity raisedSeverity(Severity severity);
Severity loweredSeverity(Severity severity);
