#include "models/rules/labelmatcher.h"

namespace {
const QRegularExpression kMatcherSyntax(
    QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$)"));

// Rules and silences run every matcher on every alert, and their regular
// expressions run on label values the sender chose. Backtracking makes some
// patterns take exponential (or high polynomial) time on a crafted value; PCRE
// then gives up after its match limit (some 15 ms each time) and reports no
// match, so `!~` would hold. Alertmanager's RE2 runs in linear time and has
// none of the features that need backtracking. So the console refuses
// backreferences, lookaround, recursion, conditionals and the escapes this
// scan does not follow (\Q…\E, \c), patterns over kMaxPatternLength, and the
// usual cause of blow-up: a group that repeats something and is itself
// repeated (`(a+)+`, `(a+){2,9}`), unless the inner repetition is possessive
// (`a++`) or the group atomic (`(?>…)`). Overlapping alternatives such as
// `(a|a)+` are not caught: the scan is a guard, not a proof.
constexpr qsizetype kMaxPatternLength = 1024;

struct Quantifier {
    qsizetype end = 0; // just past it, its lazy or possessive mark included
    bool repeats = false; // may match its atom more than once
    bool possessive = false;
};

// `expression` matched where `at` is in `pattern`, not anywhere after it.
QRegularExpressionMatch matchAt(const QRegularExpression& expression, const QString& pattern, qsizetype at)
{
    return expression.match(
        pattern, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
}

// Why the escape at `at` (a backslash) is refused, or empty: a backreference,
// or \Q…\E and \c, which Alertmanager's syntax lacks and this scan cannot follow.
QString refusedEscapeAt(const QString& pattern, qsizetype at)
{
    static const QRegularExpression refused(QStringLiteral(R"(\\([1-9]|[kgQEc]))"));
    const QRegularExpressionMatch match = matchAt(refused, pattern, at);
    return match.hasMatch() ? LabelMatcher::tr(
               "it uses %1, which Alertmanager's syntax does not have or this check cannot follow")
                                  .arg(match.captured(0))
                            : QString();
}

// The quantifier at `at`, if there is one.
std::optional<Quantifier> quantifierAt(const QString& pattern, qsizetype at)
{
    if (at >= pattern.size())
        return std::nullopt;
    Quantifier quantifier;
    const QChar c = pattern.at(at);
    if (c == QLatin1Char('*') || c == QLatin1Char('+') || c == QLatin1Char('?')) {
        quantifier.end = at + 1;
        quantifier.repeats = c != QLatin1Char('?');
    } else if (c == QLatin1Char('{')) {
        static const QRegularExpression braces(QStringLiteral(R"(\{(\d*)(,?)(\d*)\})"));
        const QRegularExpressionMatch match = matchAt(braces, pattern, at);
        if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(3).isEmpty()))
            return std::nullopt; // a literal brace
        quantifier.end = match.capturedEnd();
        const bool open = !match.captured(2).isEmpty() && match.captured(3).isEmpty();
        const int most = match.captured(2).isEmpty() ? match.captured(1).toInt() : match.captured(3).toInt();
        quantifier.repeats = open || most > 1;
    } else {
        return std::nullopt;
    }
    if (quantifier.end < pattern.size()) {
        const QChar mark = pattern.at(quantifier.end);
        quantifier.possessive = mark == QLatin1Char('+');
        if (mark == QLatin1Char('+') || mark == QLatin1Char('?'))
            ++quantifier.end;
    }
    return quantifier;
}

QString costlyConstruct(const QString& pattern)
{
    if (pattern.size() > kMaxPatternLength)
        return LabelMatcher::tr("it is longer than %1 characters").arg(kMaxPatternLength);
    // Matched at an offset (matchAt), so without a ^, which would mean the start of the pattern.
    static const QRegularExpression refusedGroup(QStringLiteral(R"(\(\?(=|!|<=|<!|#|P=|P>|R|&|\(|[+-]?\d))"));
    // For each open group: whether something inside it repeats, and whether it is atomic.
    struct Group {
        bool repeats = false;
        bool atomic = false;
    };
    QList<Group> groups { Group {} };
    bool lastRepeats = false; // the atom just read is a group with a repetition inside
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            if (const QString problem = refusedEscapeAt(pattern, i); !problem.isEmpty())
                return problem;
            ++i; // the escaped character
            lastRepeats = false;
        } else if (c == QLatin1Char('[')) {
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern.at(j) == QLatin1Char('^'))
                ++j;
            if (j < pattern.size() && pattern.at(j) == QLatin1Char(']'))
                ++j;
            for (; j < pattern.size() && pattern.at(j) != QLatin1Char(']'); ++j) {
                if (pattern.at(j) == QLatin1Char('\\')) {
                    if (const QString problem = refusedEscapeAt(pattern, j); !problem.isEmpty())
                        return problem;
                    ++j;
                } else if (pattern.mid(j, 2) == QLatin1String("[:")) {
                    const qsizetype close = pattern.indexOf(QLatin1String(":]"), j + 2);
                    j = close < 0 ? j : close + 1; // [:alpha:] inside a class
                }
            }
            i = j;
            lastRepeats = false;
        } else if (c == QLatin1Char('(')) {
            const QRegularExpressionMatch refused = matchAt(refusedGroup, pattern, i);
            if (refused.hasMatch())
                return LabelMatcher::tr("it uses %1…), which Alertmanager's syntax does not have "
                                        "(lookaround, backreference, recursion, "
                                        "comment or condition)")
                    .arg(refused.captured(0));
            groups.append(Group { false, pattern.mid(i, 3) == QLatin1String("(?>") });
            lastRepeats = false;
        } else if (c == QLatin1Char(')') && groups.size() > 1) {
            const Group closed = groups.takeLast();
            lastRepeats = closed.repeats && !closed.atomic;
            groups.last().repeats = groups.last().repeats || lastRepeats; // ((a+)b)+ repeats a repetition too
        } else if (const std::optional<Quantifier> quantifier = quantifierAt(pattern, i)) {
            if (quantifier->repeats && !quantifier->possessive) {
                if (lastRepeats)
                    return LabelMatcher::tr(
                        "it repeats a group that itself repeats, which can take exponential time on some "
                        "values; "
                        "make the inner repetition possessive (a++ instead of a+) or the group atomic (?>…)");
                groups.last().repeats = true;
            }
            i = quantifier->end - 1;
            lastRepeats = false;
        } else {
            lastRepeats = false;
        }
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
        *error = tr(
            "“%1” is not a label matcher; write label=value, label!=value, label=~regex or label!~regex.")
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
            *error = tr("The regular expression in “%1” is not valid: %2")
                         .arg(text, matcher.m_regex.errorString());
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
