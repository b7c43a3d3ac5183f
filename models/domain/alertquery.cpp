#include "alertquery.h"

#include "incidentquery.h"

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

QString AlertTextSearch::ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : words(text))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

bool AlertTextSearch::matches(const QString& text, const Alert& alert)
{
    const QStringList wanted = words(text);
    if (wanted.isEmpty())
        return true;
    const QStringList have = words(alert.name) + words(alert.summary) + words(alert.service) + words(alert.fingerprint);
    return std::all_of(wanted.cbegin(), wanted.cend(), [&have](const QString& prefix) {
        return std::any_of(have.cbegin(), have.cend(), [&prefix](const QString& word) { return word.startsWith(prefix); });
    });
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
