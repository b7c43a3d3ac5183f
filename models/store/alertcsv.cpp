#include "models/store/alertcsv.h"

#include <QStringList>

namespace {
QByteArray field(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    // A leading = + - @ (or a tab or carriage return before one, which some
    // spreadsheets skip) makes spreadsheets run a formula: keep such text text.
    if (!bytes.isEmpty() && QByteArrayView("=+-@\t\r").contains(bytes.front()))
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace('"', "\"\"") + '"';
    return bytes;
}

QString utc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString labelsText(const AlertLabels& labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QLatin1Char(' '));
}
}

QByteArray AlertCsv::header()
{
    return "id,status,severity,name,summary,service,source,fingerprint,occurrences,starts_at,ends_at,first_"
           "seen,"
           "last_seen,incident,labels,generator_url,runbook_url\r\n";
}

QByteArray AlertCsv::row(const Alert& alert)
{
    const QList<QByteArray> fields {
        QByteArray::number(alert.id),
        field(AlertStatusNames::key(alert.status)),
        field(SeverityNames::code(alert.severity)),
        field(alert.name),
        field(alert.summary),
        field(alert.service),
        field(alert.source),
        field(alert.fingerprint),
        QByteArray::number(alert.occurrences),
        field(utc(alert.startsAt)),
        field(utc(alert.endsAt)),
        field(utc(alert.firstSeen)),
        field(utc(alert.lastSeen)),
        field(alert.incidentKey),
        field(labelsText(alert.labels)),
        field(alert.generatorUrl),
        field(alert.runbookUrl),
    };
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += fields.at(i);
    }
    return line + "\r\n";
}

StoreResult<qint64> AlertCsv::write(IncidentStore& store, const AlertQuery& query, QIODevice* out)
{
    if (out->write(header()) < 0)
        return StoreResult<qint64>::failure(
            StoreErrorKind::Unavailable, tr("Cannot write: %1").arg(out->errorString()));
    qint64 written = 0;
    std::optional<Alert> after;
    for (;;) {
        const StoreResult<QList<Alert>> page = store.alerts().page(query, after, kPageSize);
        if (!page)
            return StoreResult<qint64>::failureFrom(page);
        for (const Alert& alert : *page) {
            if (out->write(row(alert)) < 0)
                return StoreResult<qint64>::failure(
                    StoreErrorKind::Unavailable, tr("Cannot write: %1").arg(out->errorString()));
        }
        written += page->size();
        if (page->size() < kPageSize)
            return written;
        after = page->last();
    }
}
