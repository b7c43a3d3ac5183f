#include "models/rules/statuspagedocument.h"

#include "models/rules/messagetemplate.h"

namespace {
QString paragraphs(const QString& text)
{
    QStringList out;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        out.append(
            QStringLiteral("<p>%1</p>")
                .arg(paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    return out.join(QString());
}

QString shortTime(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("HH:mm 'UTC'"));
}

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0, QString::SectionSkipEmpty).trimmed();
}
}

StatusPageDocument::Impact StatusPageDocument::impactOf(const StatusPageUpdate& update, Severity severity)
{
    if (update.state == PublicState::Resolved)
        return Impact::None;
    bool any = false;
    Impact worst = Impact::None;
    for (const AffectedComponent& component : update.components) {
        any = true;
        Impact impact = Impact::None;
        if (component.status == ComponentStatus::MajorOutage)
            impact = Impact::Critical;
        else if (component.status == ComponentStatus::PartialOutage)
            impact = Impact::Major;
        else if (component.status == ComponentStatus::DegradedPerformance)
            impact = Impact::Minor;
        worst = std::max(worst, impact);
    }
    if (any)
        return worst;
    switch (severity) {
    case Severity::Sev1:
        return Impact::Critical;
    case Severity::Sev2:
        return Impact::Major;
    case Severity::Sev3:
        return Impact::Minor;
    case Severity::Sev4:
        return Impact::None;
    }
    return Impact::None;
}

QString StatusPageDocument::impactLabel(Impact impact)
{
    switch (impact) {
    case Impact::None:
        return tr("NOTICE");
    case Impact::Minor:
        return tr("MINOR");
    case Impact::Major:
        return tr("MAJOR");
    case Impact::Critical:
        return tr("CRITICAL");
    }
    return {};
}

QString StatusPageDocument::impactColour(Impact impact)
{
    switch (impact) {
    case Impact::None:
        return QStringLiteral("#1565c0");
    case Impact::Minor:
        return QStringLiteral("#f9a825");
    case Impact::Major:
        return QStringLiteral("#ef6c00");
    case Impact::Critical:
        return QStringLiteral("#c62828");
    }
    return {};
}

QString StatusPageDocument::componentsText(const QList<AffectedComponent>& components)
{
    QStringList parts;
    for (const AffectedComponent& component : components)
        parts.append(tr("%1 (%2)").arg(component.name, kComponentStatuses.label(component.status).toLower()));
    return parts.isEmpty() ? tr("no components named") : parts.join(QLatin1String(", "));
}

QString StatusPageDocument::html(
    const Incident& incident, const StatusPageUpdate& current, const QList<StatusPageUpdate>& earlier)
{
    const Impact impact = impactOf(current, incident.severity);
    QString page = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body "
                                  "style=\"font-family: sans-serif;\">")
                       .arg(current.title.toHtmlEscaped());
    page += QStringLiteral(
        "<div style=\"background: %1; color: white; padding: 10px;\"><b>[%2] %3</b> · %4</div>")
                .arg(impactColour(impact), impactLabel(impact), current.title.toHtmlEscaped(),
                    kPublicStates.label(current.state));
    page += QStringLiteral("<p style=\"color: #555;\">%1</p>")
                .arg(current.at.isValid() ? tr("Posted %1").arg(MessageTemplates::time(current.at))
                                          : tr("Not posted yet"));
    if (!current.components.isEmpty()) {
        page += QStringLiteral("<table cellpadding=\"4\" style=\"border-collapse: collapse;\"><tr><th "
                               "align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                    .arg(tr("Component"), tr("Status"));
        for (const AffectedComponent& component : current.components)
            page += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(component.name.toHtmlEscaped(), kComponentStatuses.label(component.status));
        page += QStringLiteral("</table>");
    }
    page += QStringLiteral("<h3>%1</h3>%2").arg(kPublicStates.label(current.state), paragraphs(current.body));
    if (!earlier.isEmpty()) {
        page += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Updates"));
        for (const StatusPageUpdate& update : earlier)
            page += QStringLiteral("<li><b>%1</b> · %2: %3</li>")
                        .arg(shortTime(update.at), kPublicStates.label(update.state),
                            firstLine(update.body).toHtmlEscaped());
        page += QStringLiteral("</ul>");
    }
    return page + QStringLiteral("</body></html>");
}

QString StatusPageDocument::markdown(
    const Incident& incident, const StatusPageUpdate& current, const QList<StatusPageUpdate>& earlier)
{
    const Impact impact = impactOf(current, incident.severity);
    QString text = QStringLiteral("## [%1] %2 - %3\n\n")
                       .arg(impactLabel(impact), current.title, kPublicStates.label(current.state));
    text += (current.at.isValid() ? tr("Posted: %1").arg(MessageTemplates::time(current.at))
                                  : tr("Not posted yet"))
        + QStringLiteral("\n");
    if (!current.components.isEmpty())
        text += tr("Affected: %1").arg(componentsText(current.components)) + QStringLiteral("\n");
    text += QStringLiteral("\n") + current.body.trimmed() + QStringLiteral("\n");
    if (!earlier.isEmpty()) {
        text += QStringLiteral("\n### %1\n\n").arg(tr("Updates"));
        for (const StatusPageUpdate& update : earlier)
            text += QStringLiteral("- %1: %2 — %3\n")
                        .arg(shortTime(update.at), kPublicStates.label(update.state), firstLine(update.body));
    }
    return text;
}
