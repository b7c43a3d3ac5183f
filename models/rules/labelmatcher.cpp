#include "labelmatcher.h"

namespace {
const QRegularExpression kMatcherSyntax(QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$)"));

QString unquoted(const QString& value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
    return value;
}
}

std::optional<LabelMatcher> LabelMatcher::parse(const QString& text, QString* error)
{
    const QRegularExpressionMatch match = kMatcherSyntax.match(text);
    if (!match.hasMatch()) {
        *error = tr("“%1” is not a label matcher; write label=value, label!=value, label=~regex or label!~regex.")
                     .arg(text);
        return std::nullopt;
    }
    LabelMatcher matcher;
    matcher.m_label = match.captured(1);
    const QString op = match.captured(2);
    matcher.m_value = unquoted(match.captured(3));
    if (op == QLatin1String("=~") || op == QLatin1String("!~")) {
        matcher.m_kind = op == QLatin1String("=~") ? Kind::Regex : Kind::NotRegex;
        matcher.m_regex = QRegularExpression(QRegularExpression::anchoredPattern(matcher.m_value));
        if (!matcher.m_regex.isValid()) {
            *error = tr("The regular expression in “%1” is not valid: %2").arg(text, matcher.m_regex.errorString());
            return std::nullopt;
        }
    } else {
        matcher.m_kind = op == QLatin1String("=") ? Kind::Equal : Kind::NotEqual;
    }
    return matcher;
}

bool LabelMatcher::matches(const AlertLabels& labels) const
{
    const QString value = labels.value(m_label);
    switch (m_kind) {
    case Kind::Equal:
        return value == m_value;
    case Kind::NotEqual:
        return value != m_value;
    case Kind::Regex:
        return m_regex.match(value).hasMatch();
    case Kind::NotRegex:
        return !m_regex.match(value).hasMatch();
    }
    return false;
}

QString LabelMatcher::toString() const
{
    static const char* const operators[] = { "=", "!=", "=~", "!~" };
    return m_label + QLatin1String(operators[static_cast<int>(m_kind)]) + QLatin1Char('"') + m_value
        + QLatin1Char('"');
}

bool allMatch(const QList<LabelMatcher>& matchers, const AlertLabels& labels)
{
    return std::all_of(matchers.begin(), matchers.end(),
        [&labels](const LabelMatcher& matcher) { return matcher.matches(labels); });
}
