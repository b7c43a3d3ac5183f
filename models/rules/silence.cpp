#include "models/rules/silence.h"

QString Silence::matchersText() const
{
    QStringList parts;
    for (const LabelMatcher& matcher : matchers)
        parts.append(matcher.toString());
    return parts.join(QLatin1String(", "));
}

std::optional<QList<LabelMatcher>> Silence::parseMatchers(const QString& text, QString* error)
{
    QList<LabelMatcher> matchers;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        const std::optional<LabelMatcher> matcher = LabelMatcher::parse(line.trimmed(), error);
        if (!matcher)
            return std::nullopt;
        matchers.append(*matcher);
    }
    if (matchers.isEmpty()) {
        *error = tr("A silence needs at least one matcher, e.g. alertname=DiskFull.");
        return std::nullopt;
    }
    return matchers;
}

QString Silence::problem() const
{
    if (matchers.isEmpty())
        return tr("A silence needs at least one matcher, e.g. alertname=DiskFull.");
    if (!startsAt.isValid() || !endsAt.isValid() || endsAt <= startsAt)
        return tr("A silence must end after it starts.");
    if (createdBy.trimmed().isEmpty())
        return tr("Every change needs an author.");
    return {};
}

ActiveSilences::ActiveSilences(const QList<Silence>& silences, const QDateTime& at)
{
    for (const Silence& silence : silences) {
        if (silence.isActiveAt(at))
            m_active.append(silence);
    }
}

qint64 ActiveSilences::silencing(const AlertLabels& labels) const
{
    for (const Silence& silence : m_active) {
        if (silence.matches(labels))
            return silence.id;
    }
    return 0;
}
