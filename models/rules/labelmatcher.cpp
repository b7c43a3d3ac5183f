#include "labelmatcher.h"

namespace {
const QRegularExpression kMatcherSyntax(QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$)"));

// Rules and silences run every matcher on every alert, and their regular
// expressions run on label values the sender chose. Backtracking makes some
// patterns take exponential time on a crafted value; PCRE then gives up after
// its match limit (some 15 ms each time) and reports no match, so `!~` would
// hold. Alertmanager's RE2 has neither problem, and neither of the features
// that cause most of it: so the console takes RE2's syntax without
// backreferences and lookaround, no longer than kMaxPatternLength, and refuses
// a repetition of something that repeats itself (`(a+)+`, `(\w+\.)*`), the
// classic exponential pattern, unless the inner one is possessive or atomic.
constexpr qsizetype kMaxPatternLength = 1024;

bool isUnboundedQuantifierAt(const QString& pattern, qsizetype at, qsizetype* end)
{
    const QChar c = pattern.at(at);
    if (c == QLatin1Char('*') || c == QLatin1Char('+')) {
        *end = at + 1;
        return true;
    }
    if (c == QLatin1Char('{')) {
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), at);
        if (close < 0)
            return false;
        *end = close + 1;
        const QString inside = pattern.mid(at + 1, close - at - 1);
        return inside.endsWith(QLatin1Char(',')); // {n,}
    }
    return false;
}

QString costlyConstruct(const QString& pattern)
{
    if (pattern.size() > kMaxPatternLength)
        return LabelMatcher::tr("it is longer than %1 characters").arg(kMaxPatternLength);
    // For each open group: whether something inside it repeats without bound, and whether it is atomic.
    struct Group {
        bool repeats = false;
        bool atomic = false;
    };
    QList<Group> groups { Group {} };
    bool lastRepeats = false; // the atom just closed (a group) repeats inside
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            const QChar next = i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
            if (next.isDigit() && next != QLatin1Char('0'))
                return LabelMatcher::tr("it refers back to a group (\\%1)").arg(next);
            if (next == QLatin1Char('k') || next == QLatin1Char('g'))
                return LabelMatcher::tr("it refers back to a group (\\%1)").arg(next);
            ++i;
            lastRepeats = false;
            continue;
        }
        if (c == QLatin1Char('[')) {
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern.at(j) == QLatin1Char('^'))
                ++j;
            if (j < pattern.size() && pattern.at(j) == QLatin1Char(']'))
                ++j;
            for (; j < pattern.size() && pattern.at(j) != QLatin1Char(']'); ++j) {
                if (pattern.at(j) == QLatin1Char('\\'))
                    ++j;
            }
            i = j;
            lastRepeats = false;
            continue;
        }
        if (c == QLatin1Char('(')) {
            Group group;
            if (pattern.mid(i, 3) == QLatin1String("(?=") || pattern.mid(i, 3) == QLatin1String("(?!")
                || pattern.mid(i, 4) == QLatin1String("(?<=") || pattern.mid(i, 4) == QLatin1String("(?<!"))
                return LabelMatcher::tr("it looks around (%1)").arg(pattern.mid(i, pattern.at(i + 2) == QLatin1Char('<') ? 4 : 3));
            group.atomic = pattern.mid(i, 3) == QLatin1String("(?>");
            groups.append(group);
            lastRepeats = false;
            continue;
        }
        if (c == QLatin1Char(')') && groups.size() > 1) {
            const Group closed = groups.takeLast();
            lastRepeats = closed.repeats && !closed.atomic;
            groups.last().repeats = groups.last().repeats || lastRepeats; // ((a+)b)+ repeats a repetition too
            continue;
        }
        qsizetype end = i;
        if (isUnboundedQuantifierAt(pattern, i, &end)) {
            const bool possessive = end < pattern.size() && pattern.at(end) == QLatin1Char('+');
            if (lastRepeats && !possessive)
                return LabelMatcher::tr("it repeats a group that itself repeats, which can take exponential time on some values; "
                                        "make the inner repetition possessive (a++ instead of a+) or the group atomic (?>…)");
            if (!possessive)
                groups.last().repeats = true;
            i = end - 1 + (possessive ? 1 : 0);
            lastRepeats = false;
            continue;
        }
        if (c == QLatin1Char('?') || (c == QLatin1Char('{'))) {
            i = end > i ? end - 1 : i; // a bounded quantifier: the atom before it keeps what it was
            continue;
        }
        lastRepeats = false;
    }
    return {};
}

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
        if (const QString problem = costlyConstruct(matcher.m_value); !problem.isEmpty()) {
            *error = tr("The regular expression in “%1” is refused: %2.").arg(text, problem);
            return std::nullopt;
        }
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
