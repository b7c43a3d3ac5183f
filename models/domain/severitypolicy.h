#pragma once

#include "models/domain/severity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <array>
#include <optional>

// How long after detection an incident of a severity must be acknowledged.
// Either a plain duration or a number of business days (Monday to Friday,
// counted in UTC), because the seeds give SEV4 as "within 5 business days".
struct ResponseTarget {
    qint64 minutes = 0;
    int businessDays = 0;

    QDateTime deadline(const QDateTime& detectedUtc) const;
    QString describe() const;
    bool operator==(const ResponseTarget&) const = default;
};

// The user-editable table that maps the words monitoring systems and people use
// for severity (critical, P0, warning, …) onto SEV1–SEV4, plus the response
// targets per severity. Loaded from JSON; see resources/config/severity-policy.json.
class SeverityPolicy {
    Q_DECLARE_TR_FUNCTIONS(SeverityPolicy)
public:
    // The policy shipped in resources/.
    static SeverityPolicy defaults();
    // Parses a policy file; on failure returns nullopt and a message naming what is wrong.
    static std::optional<SeverityPolicy> fromJson(const QByteArray& json, QString* error);
    // The user's file if it exists and is valid, else the defaults; a problem is reported in *warning.
    static SeverityPolicy load(const QString& userFile, QString* warning);

    std::optional<Severity> severityFor(QStringView alias) const;
    QStringList aliasesOf(Severity severity) const;
    void setAlias(const QString& alias, Severity severity);
    void removeAlias(const QString& alias);

    ResponseTarget responseTarget(Severity severity) const;
    void setResponseTarget(Severity severity, ResponseTarget target);

    QByteArray toJson() const;

private:
    QHash<QString, Severity> m_aliases; // keys are lower-case, trimmed
    std::array<ResponseTarget, 4> m_targets {};
};
