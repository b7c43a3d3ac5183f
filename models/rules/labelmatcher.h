#pragma once

#include "models/domain/alert.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <optional>

// One Alertmanager-style label matcher: `name=value`, `name!=value`,
// `name=~regex`, `name!~regex` (values may be quoted). Regular expressions are
// anchored at both ends, as in Alertmanager. A label that is absent matches as
// the empty string, so `team!=qa` holds for an alert with no team.
class LabelMatcher {
    Q_DECLARE_TR_FUNCTIONS(LabelMatcher)
public:
    enum class Kind { Equal, NotEqual, Regex, NotRegex };

    static std::optional<LabelMatcher> parse(const QString& text, QString* error);

    bool matches(const AlertLabels& labels) const;
    QString toString() const;
    const QString& label() const { return m_label; }
    Kind kind() const { return m_kind; }
    const QString& value() const { return m_value; }

private:
    QString m_label;
    Kind m_kind = Kind::Equal;
    QString m_value;
    QRegularExpression m_regex;
};

// All must hold.
bool allMatch(const QList<LabelMatcher>& matchers, const AlertLabels& labels);
