#include "models/rules/reviewdocument.h"

#include "models/domain/inerttext.h"
#include "models/rules/documentfile.h"
#include "models/rules/messagetemplate.h"
#include "models/rules/reviewhtml.h"

#include <QBuffer>
#include <QTextDocument>

namespace {
QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// A table cell in Markdown: written as it reads (no link, image or HTML), on one line.
QString cell(const QString& text)
{
    return ReviewHtml::markdownEscaped(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}
}

ReviewDocument::ReviewDocument(PostIncidentReview review, Incident incident, ReviewTemplate reviewTemplate)
    : m_review(std::move(review))
    , m_incident(std::move(incident))
    , m_template(std::move(reviewTemplate))
{
}

QString ReviewDocument::sectionHtml(const ReviewSection& section) const
{
    const QString none = QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("Not written.")));
    const QString& key = section.key;
    QString body;
    if (key == QLatin1String("impact")) {
        const ReviewImpact& impact = m_review.impact;
        body = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                              "<tr><th align=\"left\">%1</th><td>%2</td></tr><tr><th "
                              "align=\"left\">%3</th><td>%4</td></tr>"
                              "<tr><th align=\"left\">%5</th><td>%6</td></tr><tr><th "
                              "align=\"left\">%7</th><td>%8</td></tr></table>")
                   .arg(escaped(tr("Duration")),
                       escaped(MessageTemplates::durationInWords(qint64(impact.durationMinutes) * 60)),
                       escaped(tr("Users affected")), QString::number(impact.usersAffected),
                       escaped(tr("Revenue impact")),
                       escaped(impact.revenue.isEmpty() ? tr("none stated") : impact.revenue),
                       escaped(tr("SLA")), escaped(impact.slaBreached ? tr("breached") : tr("met")))
            + ReviewHtml::sanitizedBody(impact.notes);
    } else if (key == QLatin1String("timeline")) {
        body = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                              "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                   .arg(escaped(tr("Time (UTC)")), escaped(tr("Event")), escaped(tr("Action taken")),
                       escaped(tr("Owner")));
        for (const ReviewTimelineRow& row : m_review.timeline)
            body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(escaped(row.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                            escaped(row.event), escaped(row.action), escaped(row.owner));
        body += QStringLiteral("</table>");
    } else if (key == QLatin1String("rootCause")) {
        if (!m_review.rootCauseCategory.isEmpty())
            body = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(escaped(tr("Category:")), escaped(m_review.rootCauseCategory));
        body += ReviewHtml::sanitizedBody(m_review.rootCause);
    } else if (key == QLatin1String("fiveWhys")) {
        QStringList items;
        for (const QString& why : m_review.fiveWhys) {
            if (!why.isEmpty())
                items.append(QStringLiteral("<li>%1</li>").arg(escaped(why)));
        }
        body = items.isEmpty() ? QString() : QStringLiteral("<ol>%1</ol>").arg(items.join(QString()));
    } else if (key == QLatin1String("actionItems")) {
        body = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                              "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                              "<th>%4</th><th>%5</th><th>%6</th></tr>")
                   .arg(escaped(tr("Action")), escaped(tr("Owner")), escaped(tr("Deadline")),
                       escaped(tr("Priority")), escaped(tr("Status")), escaped(tr("Horizon")));
        for (const ActionItem& item : m_review.actionItems)
            body += QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(escaped(item.text), escaped(item.owner), item.deadline.toString(Qt::ISODate),
                            kActionPriorities.label(item.priority), kActionStatuses.label(item.status),
                            kActionHorizons.label(item.horizon));
        body += QStringLiteral("</table>");
    } else if (const QString* html = m_review.prose(key)) {
        body = ReviewHtml::sanitizedBody(*html);
    }
    return QStringLiteral("<h2>%1</h2>%2")
        .arg(escaped(section.title), body.trimmed().isEmpty() ? none : body);
}

QString ReviewDocument::html() const
{
    const QDateTime end = m_incident.resolvedAt.isValid() ? m_incident.resolvedAt : QDateTime();
    QString page = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body "
                                  "style=\"font-family: sans-serif;\">")
                       .arg(escaped(m_review.title));
    page += QStringLiteral("<h1>%1</h1>").arg(escaped(m_review.title));
    page += QStringLiteral(
        "<table cellpadding=\"3\">"
        "<tr><td><b>%1</b></td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>"
        "<tr><td><b>%5</b></td><td>%6</td><td><b>%7</b></td><td>%8</td></tr>"
        "<tr><td><b>%9</b></td><td>%10</td><td><b>%11</b></td><td>%12</td></tr></table><hr>")
                .arg(escaped(tr("Incident")), escaped(m_incident.key), escaped(tr("Severity")),
                    escaped(SeverityNames::label(m_incident.severity)), escaped(tr("Detected")),
                    escaped(MessageTemplates::time(m_incident.detectedAt)), escaped(tr("Resolved")),
                    escaped(end.isValid() ? MessageTemplates::time(end) : tr("not yet")),
                    escaped(tr("Review")),
                    escaped(tr("%1, revision %2")
                                .arg(kReviewStatuses.label(m_review.status))
                                .arg(m_review.revision)),
                    escaped(tr("Last changed")),
                    escaped(
                        tr("%1 by %2").arg(MessageTemplates::time(m_review.updatedAt), m_review.updatedBy)));
    for (const ReviewSection& section : m_template.sections)
        page += sectionHtml(section);
    return page + QStringLiteral("</body></html>");
}

QString ReviewDocument::sectionMarkdown(const ReviewSection& section) const
{
    const QString& key = section.key;
    QString body;
    if (key == QLatin1String("timeline")) {
        body = QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                   .arg(tr("Time (UTC)"), tr("Event"), tr("Action taken"), tr("Owner"));
        for (const ReviewTimelineRow& row : m_review.timeline)
            body += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                        .arg(row.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), cell(row.event),
                            cell(row.action), cell(row.owner));
    } else if (key == QLatin1String("actionItems")) {
        body = QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n|---|---|---|---|---|---|\n")
                   .arg(tr("Action"), tr("Owner"), tr("Deadline"), tr("Priority"), tr("Status"),
                       tr("Horizon"));
        for (const ActionItem& item : m_review.actionItems)
            body += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                        .arg(cell(item.text), cell(item.owner), item.deadline.toString(Qt::ISODate),
                            kActionPriorities.label(item.priority), kActionStatuses.label(item.status),
                            kActionHorizons.label(item.horizon));
    } else if (key == QLatin1String("impact")) {
        const ReviewImpact& impact = m_review.impact;
        body
            = QStringLiteral("- **%1**: %2\n- **%3**: %4\n- **%5**: %6\n- **%7**: %8\n")
                  .arg(tr("Duration"), MessageTemplates::durationInWords(qint64(impact.durationMinutes) * 60),
                      tr("Users affected"))
                  .arg(impact.usersAffected)
                  .arg(tr("Revenue impact"), impact.revenue.isEmpty() ? tr("none stated") : impact.revenue,
                      tr("SLA"), impact.slaBreached ? tr("breached") : tr("met"));
        if (const QString notes = ReviewHtml::sanitizedMarkdown(impact.notes); !notes.isEmpty())
            body += QStringLiteral("\n") + notes + QStringLiteral("\n");
    } else if (key == QLatin1String("fiveWhys")) {
        int n = 0;
        for (const QString& why : m_review.fiveWhys) {
            if (!why.isEmpty())
                body += QStringLiteral("%1. %2\n").arg(++n).arg(cell(why));
        }
    } else if (const QString* html = m_review.prose(key)) {
        if (key == QLatin1String("rootCause") && !m_review.rootCauseCategory.isEmpty())
            body = QStringLiteral("**%1** %2\n\n").arg(tr("Category:"), cell(m_review.rootCauseCategory));
        body += ReviewHtml::sanitizedMarkdown(*html);
    }
    if (body.trimmed().isEmpty())
        body = QStringLiteral("*%1*").arg(tr("Not written."));
    return QStringLiteral("## %1\n\n%2\n\n").arg(section.title, body.trimmed());
}

QString ReviewDocument::markdown() const
{
    QString text = QStringLiteral("# %1\n\n").arg(m_review.title);
    text
        += QStringLiteral("| | |\n|---|---|\n| **%1** | %2 |\n| **%3** | %4 |\n| **%5** | %6 |\n| **%7** | "
                          "%8 |\n| **%9** | %10 |\n\n")
               .arg(tr("Incident"), m_incident.key, tr("Severity"), SeverityNames::label(m_incident.severity),
                   tr("Detected"), MessageTemplates::time(m_incident.detectedAt), tr("Resolved"),
                   m_incident.resolvedAt.isValid() ? MessageTemplates::time(m_incident.resolvedAt)
                                                   : tr("not yet"),
                   tr("Review"),
                   tr("%1, revision %2").arg(kReviewStatuses.label(m_review.status)).arg(m_review.revision));
    for (const ReviewSection& section : m_template.sections)
        text += sectionMarkdown(section);
    return text;
}

bool ReviewDocument::writePdf(const QString& path, QString* error) const
{
    InertTextDocument document; // the prose is clean already; the printer loads nothing all the same
    document.setHtml(html());
    return DocumentFile::writePdf(path, document, m_review.title, m_incident.key, error);
}

bool ReviewDocument::write(const QString& path, const QString& format, QString* error) const
{
    const QString chosen = DocumentFile::formatOf(path, format, error);
    if (chosen.isEmpty())
        return false;
    if (chosen == QLatin1String("pdf"))
        return writePdf(path, error);
    return DocumentFile::writeText(path, chosen == QLatin1String("html") ? html() : markdown(), error);
}
