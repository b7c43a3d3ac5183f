#include "models/rules/messagetemplate.h"

#include "models/domain/lifecycle.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
const QString kOpen = QStringLiteral("{{");
const QString kClose = QStringLiteral("}}");
const QStringList kKinds { QStringLiteral("initial"), QStringLiteral("update"), QStringLiteral("resolution"),
    QStringLiteral("statuspage"), QStringLiteral("compliance") };

int lineAt(const QString& text, qsizetype position)
{
    return static_cast<int>(QStringView(text).left(position).count(QLatin1Char('\n'))) + 1;
}

const MessageTemplates::Placeholder* findPlaceholder(const QString& name)
{
    for (const MessageTemplates::Placeholder& placeholder : MessageTemplates::placeholders()) {
        if (placeholder.name == name)
            return &placeholder;
    }
    return nullptr;
}

// Calls `visit(name, start, end)` for each {{name}}, `broken(position, message)` for bad braces.
template<typename Visit, typename Broken> void scan(const QString& text, Visit visit, Broken broken)
{
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(kOpen, at);
        const qsizetype strayClose = text.indexOf(kClose, at);
        if (strayClose >= 0 && (open < 0 || strayClose < open)) {
            broken(strayClose, MessageTemplates::tr("“}}” without “{{” before it"));
            at = strayClose + 2;
            continue;
        }
        if (open < 0)
            return;
        const qsizetype close = text.indexOf(kClose, open + 2);
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), open);
        const qsizetype nextOpen = text.indexOf(kOpen, open + 2);
        if (close < 0 || (lineEnd >= 0 && close > lineEnd) || (nextOpen >= 0 && nextOpen < close)) {
            broken(open, MessageTemplates::tr("“{{” is not closed with “}}” on the same line"));
            at = open + 2;
            continue;
        }
        visit(text.mid(open + 2, close - open - 2).trimmed(), open, close + 2);
        at = close + 2;
    }
}
}

const QList<MessageTemplates::Placeholder>& MessageTemplates::placeholders()
{
    static const QList<Placeholder> all {
        { QStringLiteral("incident_id"), tr("The incident's key, e.g. INC-2026-0001") },
        { QStringLiteral("title"), tr("The incident's title") },
        { QStringLiteral("service"), tr("The affected service") },
        { QStringLiteral("severity"), tr("SEV1 … SEV4") },
        { QStringLiteral("severity_name"), tr("Critical, High, Medium or Low") },
        { QStringLiteral("priority"), tr("P0 … P3") },
        { QStringLiteral("impact"), tr("What the severity means for users") },
        { QStringLiteral("description"), tr("The incident's description"), true },
        { QStringLiteral("status"), tr("The incident's status") },
        { QStringLiteral("type"), tr("Outage, security, performance, …") },
        { QStringLiteral("environment"), tr("Production, staging or development") },
        { QStringLiteral("started"), tr("When it was detected (UTC)") },
        { QStringLiteral("resolved"), tr("When it was resolved (UTC), or “not yet”") },
        { QStringLiteral("duration"), tr("From detection to resolution, or to now") },
        { QStringLiteral("now"), tr("The time of writing (UTC)") },
        { QStringLiteral("next_update"), tr("When the next update is due (UTC)") },
        { QStringLiteral("commander"), tr("The incident commander"), true },
        { QStringLiteral("communications_lead"), tr("The communications lead"), true },
        { QStringLiteral("war_room"), tr("The war room: bridge and chat links"), true },
        { QStringLiteral("latest_note"), tr("The newest note on the timeline"), true },
        { QStringLiteral("public_state"), tr("The status page state: investigating, identified, …") },
        { QStringLiteral("components"), tr("The affected components and their status") },
        { QStringLiteral("audience"), tr("Whom the message is for") },
        { QStringLiteral("eta"), tr("When it is expected resolved (UTC), or “to be confirmed”") },
        { QStringLiteral("customer_impact"),
            tr("Users affected, revenue and SLA impact, as recorded on the incident"), true },
    };
    return all;
}

QList<TemplateProblem> MessageTemplates::check(const QString& text, Audience audience)
{
    QList<TemplateProblem> problems;
    static const QRegularExpression validName(QStringLiteral("^[a-z_]+$"));
    scan(
        text,
        [&](const QString& name, qsizetype start, qsizetype) {
            const Placeholder* known = findPlaceholder(name);
            if (name.isEmpty())
                problems.append({ lineAt(text, start), tr("An empty placeholder “{{}}”") });
            else if (!validName.match(name).hasMatch())
                problems.append({ lineAt(text, start),
                    tr("“%1” is not a placeholder name (lower case letters and _)").arg(name) });
            else if (!known)
                problems.append({ lineAt(text, start), tr("Unknown placeholder {{%1}}").arg(name) });
            else if (known->internalOnly && audience == Audience::External)
                problems.append({ lineAt(text, start),
                    tr("{{%1}} is internal and may not appear in external text").arg(name) });
        },
        [&](qsizetype position, const QString& message) {
            problems.append({ lineAt(text, position), message });
        });
    return problems;
}

QList<TemplateProblem> MessageTemplates::check(const MessageTemplate& message)
{
    QList<TemplateProblem> problems;
    for (TemplateProblem problem : check(message.subject, message.audience)) {
        problem.line = 0;
        problems.append(problem);
    }
    return problems + check(message.body, message.audience);
}

QString MessageTemplates::render(const QString& text, const TemplateFacts& facts)
{
    const QHash<QString, QString> values = MessageTemplates::values(facts);
    QString result;
    qsizetype copied = 0;
    scan(
        text,
        [&](const QString& name, qsizetype start, qsizetype end) {
            result += QStringView(text).mid(copied, start - copied);
            result += values.contains(name) ? values.value(name) : text.mid(start, end - start);
            copied = end;
        },
        [](qsizetype, const QString&) {});
    result += QStringView(text).mid(copied);
    return result;
}

QStringList MessageTemplates::prompts(const QString& text)
{
    static const QRegularExpression prompt(QStringLiteral("\\[\\[([^\\[\\]\\n]+)\\]\\]"));
    QStringList found;
    for (const QRegularExpressionMatch& match : prompt.globalMatch(text))
        found.append(match.captured(1).trimmed());
    return found;
}

QString MessageTemplates::time(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QString MessageTemplates::durationInWords(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(seconds, 0) / 60;
    const int days = static_cast<int>(minutes / (24 * 60));
    const int hours = static_cast<int>(minutes / 60 % 24);
    const int rest = static_cast<int>(minutes % 60);
    if (days > 0)
        return hours > 0
            ? tr("%n day(s)", nullptr, days) + QLatin1Char(' ') + tr("%n hour(s)", nullptr, hours)
            : tr("%n day(s)", nullptr, days);
    if (hours > 0)
        return rest > 0
            ? tr("%n hour(s)", nullptr, hours) + QLatin1Char(' ') + tr("%n minute(s)", nullptr, rest)
            : tr("%n hour(s)", nullptr, hours);
    return tr("%n minute(s)", nullptr, rest);
}

QString MessageTemplates::customerImpact(const Incident& incident)
{
    QStringList parts;
    if (incident.usersAffected)
        parts.append(tr("%1 users affected").arg(QLocale().toString(*incident.usersAffected)));
    if (!incident.revenueImpact.trimmed().isEmpty())
        parts.append(tr("revenue: %1").arg(incident.revenueImpact.trimmed()));
    if (!incident.slaImpact.trimmed().isEmpty())
        parts.append(tr("SLA: %1").arg(incident.slaImpact.trimmed()));
    return parts.isEmpty() ? tr("being assessed") : parts.join(QLatin1String("; "));
}

QHash<QString, QString> MessageTemplates::values(const TemplateFacts& facts)
{
    const Incident& incident = facts.incident;
    const QDateTime end = incident.resolvedAt.isValid() ? incident.resolvedAt : facts.now;
    const QString notSet = tr("not set");
    const auto orNotSet
        = [&notSet](const QString& value) { return value.trimmed().isEmpty() ? notSet : value; };
    return {
        { QStringLiteral("incident_id"), incident.key },
        { QStringLiteral("title"), incident.title },
        { QStringLiteral("service"), orNotSet(incident.service) },
        { QStringLiteral("severity"), SeverityNames::code(incident.severity) },
        { QStringLiteral("severity_name"),
            SeverityNames::label(incident.severity).section(QStringLiteral(" · "), 1) },
        { QStringLiteral("priority"), SeverityNames::priority(incident.severity) },
        { QStringLiteral("impact"), SeverityNames::impact(incident.severity) },
        { QStringLiteral("description"), orNotSet(incident.description) },
        { QStringLiteral("status"), Lifecycle::label(incident.status) },
        { QStringLiteral("type"), kIncidentTypes.label(incident.type) },
        { QStringLiteral("environment"), kEnvironments.label(incident.environment) },
        { QStringLiteral("started"), time(incident.detectedAt) },
        { QStringLiteral("resolved"),
            incident.resolvedAt.isValid() ? time(incident.resolvedAt) : tr("not yet") },
        { QStringLiteral("duration"), durationInWords(incident.detectedAt.secsTo(end)) },
        { QStringLiteral("now"), time(facts.now) },
        { QStringLiteral("next_update"),
            facts.nextUpdate.isValid() ? time(facts.nextUpdate) : tr("none planned") },
        { QStringLiteral("commander"), orNotSet(incident.role(IncidentRole::Commander)) },
        { QStringLiteral("communications_lead"), orNotSet(incident.role(IncidentRole::CommunicationsLead)) },
        { QStringLiteral("war_room"), orNotSet(incident.warRoom) },
        { QStringLiteral("latest_note"), facts.latestNote.isEmpty() ? tr("none yet") : facts.latestNote },
        { QStringLiteral("public_state"), facts.publicState },
        { QStringLiteral("components"), facts.components },
        { QStringLiteral("audience"), facts.audienceName },
        { QStringLiteral("eta"), incident.eta.isValid() ? time(incident.eta) : tr("to be confirmed") },
        { QStringLiteral("customer_impact"), customerImpact(incident) },
    };
}

std::optional<MessageTemplate> MessageTemplate::parse(const QString& id, const QString& text, QString* error)
{
    MessageTemplate message;
    message.id = id;
    const qsizetype separator = text.indexOf(QLatin1String("\n---\n"));
    if (separator < 0) {
        *error = MessageTemplates::tr("the header must end with a line “---” before the body");
        return std::nullopt;
    }
    const QStringList header = text.left(separator).split(QLatin1Char('\n'));
    for (int i = 0; i < header.size(); ++i) {
        const QString& line = header.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            *error = MessageTemplates::tr("line %1: expected “key: value”").arg(i + 1);
            return std::nullopt;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("name"))
            message.name = value;
        else if (key == QLatin1String("kind"))
            message.kind = value;
        else if (key == QLatin1String("audience"))
            message.audience = value == QLatin1String("external") ? Audience::External : Audience::Internal;
        else if (key == QLatin1String("severity"))
            message.severity = SeverityNames::fromCode(value);
        else if (key == QLatin1String("subject"))
            message.subject = value;
        else {
            *error = MessageTemplates::tr("line %1: unknown header “%2”").arg(i + 1).arg(key);
            return std::nullopt;
        }
    }
    if (!kKinds.contains(message.kind)) {
        *error = MessageTemplates::tr("the kind must be one of %1").arg(kKinds.join(QLatin1String(", ")));
        return std::nullopt;
    }
    if (message.name.isEmpty())
        message.name = id;
    message.body = text.mid(separator + 5);
    return message;
}

QString MessageTemplate::toText() const
{
    QString text
        = QStringLiteral("name: %1\nkind: %2\naudience: %3\n")
              .arg(name, kind,
                  audience == Audience::External ? QStringLiteral("external") : QStringLiteral("internal"));
    if (severity)
        text += QStringLiteral("severity: %1\n").arg(SeverityNames::code(*severity));
    if (!subject.isEmpty())
        text += QStringLiteral("subject: %1\n").arg(subject);
    return text + QStringLiteral("---\n") + body;
}

namespace {
void loadTemplates(const QString& directory, TemplateCatalog* catalog, QStringList* warnings)
{
    QDirIterator files(directory, { QStringLiteral("*.txt") }, QDir::Files);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    for (const QString& path : paths) {
        QFile file(path);
        const QString id = QFileInfo(path).completeBaseName();
        QString error;
        std::optional<MessageTemplate> parsed;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else
            parsed = MessageTemplate::parse(id, QString::fromUtf8(file.readAll()), &error);
        if (!parsed) {
            warnings->append(TemplateCatalog::tr("%1: %2").arg(path, error));
            continue;
        }
        auto existing = std::find_if(catalog->templates.begin(), catalog->templates.end(),
            [&id](const MessageTemplate& message) { return message.id == id; });
        if (existing != catalog->templates.end())
            *existing = *parsed;
        else
            catalog->templates.append(*parsed);
    }
}
}

const MessageTemplate* TemplateCatalog::find(const QString& id) const
{
    for (const MessageTemplate& message : templates) {
        if (message.id == id)
            return &message;
    }
    return nullptr;
}

const MessageTemplate* TemplateCatalog::forKind(const QString& kind, Severity severity) const
{
    const MessageTemplate* general = nullptr;
    for (const MessageTemplate& message : templates) {
        if (message.kind != kind)
            continue;
        if (message.severity == severity)
            return &message;
        if (!message.severity && !general)
            general = &message;
    }
    return general;
}

QList<MessageTemplate> TemplateCatalog::ofKind(const QString& kind) const
{
    QList<MessageTemplate> result;
    for (const MessageTemplate& message : templates) {
        if (message.kind == kind)
            result.append(message);
    }
    return result;
}

TemplateCatalog TemplateCatalog::load(const QString& userDirectory, QStringList* warnings)
{
    TemplateCatalog catalog = builtIn();
    if (!userDirectory.isEmpty())
        loadTemplates(QDir(userDirectory).filePath(QStringLiteral("templates")), &catalog, warnings);
    return catalog;
}

TemplateCatalog TemplateCatalog::builtIn()
{
    static const TemplateCatalog shipped = [] {
        TemplateCatalog catalog;
        QStringList problems;
        loadTemplates(QStringLiteral(":/templates"), &catalog, &problems);
        if (!problems.isEmpty() || catalog.templates.isEmpty())
            qFatal("The built-in message templates are broken: %s",
                qPrintable(problems.join(QLatin1String("; "))));
        return catalog;
    }();
    return shipped;
}

bool TemplateCatalog::save(const QString& userDirectory, const MessageTemplate& message, QString* error)
{
    if (const QList<TemplateProblem> problems = MessageTemplates::check(message); !problems.isEmpty()) {
        *error = tr("The template has problems: %1").arg(problems.first().message);
        return false;
    }
    const QDir directory(QDir(userDirectory).filePath(QStringLiteral("templates")));
    if (!directory.mkpath(QStringLiteral("."))) {
        *error = tr("Cannot create %1").arg(directory.path());
        return false;
    }
    QSaveFile file(directory.filePath(message.id + QStringLiteral(".txt")));
    if (!file.open(QIODevice::WriteOnly) || file.write(message.toText().toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}
