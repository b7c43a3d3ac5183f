#include "models/domain/alertquery.h"

#include "models/domain/incidentquery.h"

bool AlertFilter::matches(const Alert& alert) const
{
    if (!statuses.isEmpty() && !statuses.contains(alert.status))
        return false;
    if (!severities.isEmpty() && !severities.contains(alert.severity))
        return false;
    if (!source.isEmpty() && alert.source != source)
        return false;
    if (incidentId > 0 && alert.incidentId != incidentId)
        return false;
    return text.isEmpty() || AlertTextSearch::matches(text, alert);
}

QStringList AlertTextSearch::words(const QString& text)
{
    QStringList result;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toCaseFolded();
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

QString AlertTextSearch::indexedText(const Alert& alert)
{
    QString text;
    for (const QString* field : { &alert.name, &alert.summary, &alert.service, &alert.fingerprint }) {
        text += *field + QLatin1Char(' ');
        // "HighLatency" also as "High Latency"; "HTTPError" as "HTTP Error".
        QString split;
        bool splitAny = false;
        for (qsizetype i = 0; i < field->size(); ++i) {
            const QChar c = field->at(i);
            const bool upperAfterLower = i > 0 && c.isUpper() && field->at(i - 1).isLower();
            const bool upperBeforeLower = i > 0 && i + 1 < field->size() && c.isUpper()
                && field->at(i - 1).isUpper() && field->at(i + 1).isLower();
            if (upperAfterLower || upperBeforeLower) {
                split += QLatin1Char(' ');
                splitAny = true;
            }
            split += c;
        }
        if (splitAny)
            text += split + QLatin1Char(' ');
    }
    return text;
}

QString AlertTextSearch::ftsQuery(const QString& text)
{
    // Whole words, and the last one (still being typed) as a prefix: a prefix
    // merges the lists of every word it starts, which costs hundreds of
    // milliseconds for a word in every alert; a whole word is read lazily.
    const QStringList all = words(text);
    QStringList terms;
    for (qsizetype i = 0; i < all.size(); ++i)
        terms.append(QLatin1Char('"') + all.at(i)
            + (i + 1 == all.size() ? QStringLiteral("\"*") : QStringLiteral("\"")));
    return terms.join(QLatin1Char(' '));
}

bool AlertTextSearch::matches(const QString& text, const Alert& alert)
{
    const QStringList wanted = words(text);
    if (wanted.isEmpty())
        return true;
    const QStringList have = words(indexedText(alert));
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const bool last = i + 1 == wanted.size();
        const QString& term = wanted.at(i);
        if (!std::any_of(have.cbegin(), have.cend(),
                [&](const QString& word) { return last ? word.startsWith(term) : word == term; }))
            return false;
    }
    return true;
}

AlertFilter AlertFilter::open()
{
    AlertFilter filter;
    filter.statuses = { AlertStatus::Firing, AlertStatus::Acknowledged, AlertStatus::Suppressed };
    return filter;
}

int AlertOrdering::compareKey(const Alert& a, const Alert& b) const
{
    switch (m_sort.key) {
    case AlertSortKey::LastSeen:
        return threeWay(a.lastSeen.toMSecsSinceEpoch(), b.lastSeen.toMSecsSinceEpoch());
    case AlertSortKey::FirstSeen:
        return threeWay(a.firstSeen.toMSecsSinceEpoch(), b.firstSeen.toMSecsSinceEpoch());
    case AlertSortKey::Severity:
        return threeWay(static_cast<int>(a.severity), static_cast<int>(b.severity));
    case AlertSortKey::Status:
        return threeWay(static_cast<int>(a.status), static_cast<int>(b.status));
    case AlertSortKey::Name:
        return compareNoCase(a.name, b.name);
    case AlertSortKey::Source:
        return compareNoCase(a.source, b.source);
    case AlertSortKey::Service:
        return compareNoCase(a.service, b.service);
    case AlertSortKey::Occurrences:
        return threeWay(a.occurrences, b.occurrences);
    }
    return 0;
}

bool AlertOrdering::operator()(const Alert& a, const Alert& b) const
{
    int c = compareKey(a, b);
    if (c == 0)
        c = threeWay(a.id, b.id);
    return m_sort.order == Qt::AscendingOrder ? c < 0 : c > 0;
}
