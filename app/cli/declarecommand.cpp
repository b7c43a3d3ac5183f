#include "app/cli/declarecommand.h"

#include "app/cli/commandstore.h"
#include "app/cli/exitcodes.h"
#include "app/composition/consolepaths.h"
#include "models/domain/clock.h"

#include <QCommandLineParser>
#include <QTextStream>

QString DeclareCommand::usage()
{
    return tr(
        "Usage: incident-console declare SEVERITY [TYPE] [ENVIRONMENT] --title TEXT [--service NAME]\n"
        "                                [--description TEXT] [--commander NAME] [--detected TIME]\n"
        "                                [--author NAME] [--db PATH]\n"
        "\n"
        "  SEVERITY     sev1–sev4 or an alias: critical, high, medium, low, p0–p3, emergency, warning, info\n"
        "  TYPE         %1 (default: outage)\n"
        "  ENVIRONMENT  %2 (default: production)\n"
        "\n"
        "Example: incident-console declare critical outage production --service database --title \"Database "
        "down\"\n")
        .arg(kIncidentTypes.keys().join(QLatin1String(", ")), kEnvironments.keys().join(QLatin1String(", ")));
}

DeclareCommand::Parsed DeclareCommand::parse(const QStringList& arguments, const SeverityPolicy& policy)
{
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), tr("What is wrong."), tr("text"));
    const QCommandLineOption service(QStringLiteral("service"), tr("The affected service."), tr("name"));
    const QCommandLineOption description(
        QStringLiteral("description"), tr("Impact and what is known."), tr("text"));
    const QCommandLineOption commander(
        QStringLiteral("commander"), tr("The incident commander."), tr("name"));
    const QCommandLineOption author(
        QStringLiteral("author"), tr("Who declares it (default: login name)."), tr("name"));
    const QCommandLineOption database(QStringLiteral("db"), tr("The database file."), tr("path"));
    const QCommandLineOption detected(QStringLiteral("detected"),
        tr("When the problem was detected, ISO 8601 (default: now), e.g. 2026-11-23T14:02:00Z."), tr("time"));
    parser.addOptions({ title, service, description, commander, author, database, detected });

    Parsed parsed;
    if (!parser.parse(QStringList { QStringLiteral("declare") } + arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }

    std::optional<Severity> severity;
    std::optional<IncidentType> type;
    std::optional<Environment> environment;
    // The positional words may come in any order; each must be recognisably one thing, once.
    for (const QString& word : parser.positionalArguments()) {
        if (const std::optional<Severity> s = policy.severityFor(word); s && !severity) {
            severity = s;
        } else if (const std::optional<IncidentType> t = kIncidentTypes.parse(word); t && !type) {
            type = t;
        } else if (const std::optional<Environment> e = kEnvironments.parse(word); e && !environment) {
            environment = e;
        } else {
            parsed.error
                = tr("“%1” is not a severity, incident type or environment, or is given twice.").arg(word);
            return parsed;
        }
    }
    if (!severity) {
        parsed.error = tr("Say how severe it is: sev1–sev4, critical, high, medium or low.");
        return parsed;
    }
    parsed.draft.severity = *severity;
    parsed.draft.type = type.value_or(IncidentType::Outage);
    parsed.draft.environment = environment.value_or(Environment::Production);
    parsed.draft.title = parser.value(title);
    parsed.draft.service = parser.value(service);
    parsed.draft.description = parser.value(description);
    parsed.draft.commander = parser.value(commander);
    if (parsed.draft.title.trimmed().isEmpty()) {
        parsed.error = tr("An incident needs a title: --title \"…\".");
        return parsed;
    }
    if (parser.isSet(detected)) {
        const QDateTime time = QDateTime::fromString(parser.value(detected), Qt::ISODate);
        if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
            parsed.error = tr("--detected needs a time with its zone, e.g. 2026-11-23T14:02:00Z or "
                              "2026-11-23T15:02:00+01:00; got “%1”.")
                               .arg(parser.value(detected));
            return parsed;
        }
        parsed.draft.detectedAt = time.toUTC();
    }
    parsed.author = parser.isSet(author) ? parser.value(author) : ConsolePaths::defaultAuthor();
    parsed.databasePath = parser.isSet(database) ? parser.value(database) : ConsolePaths::defaultDatabase();
    return parsed;
}

int DeclareCommand::run(
    const QStringList& arguments, const SeverityPolicy& policy, QTextStream& out, QTextStream& err)
{
    const Parsed parsed = parse(arguments, policy);
    if (!parsed.error.isEmpty()) {
        err << tr("incident-console declare: %1").arg(parsed.error) << "\n\n" << usage();
        return ExitCode::kUsage;
    }
    std::unique_ptr<IncidentStore> store
        = CommandStore::open(parsed.databasePath, QStringLiteral("declare"), err, policy);
    if (!store)
        return ExitCode::kFailed;
    QStringList playbookWarnings;
    store->checklists().setPlaybooks(
        PlaybookCatalog::load(ConsolePaths::configDirectory(), &playbookWarnings));
    for (const QString& warning : std::as_const(playbookWarnings))
        err << tr("incident-console declare: skipped %1").arg(warning) << '\n';
    QString escalationWarning;
    store->incidents().setTeamAssignment(
        EscalationConfig::load(ConsolePaths::escalationFile(), &escalationWarning).assignment);
    if (!escalationWarning.isEmpty())
        err << tr("incident-console declare: %1").arg(escalationWarning) << '\n';
    const StoreResult<Incident> incident = store->incidents().declare(parsed.draft, parsed.author);
    if (!incident) {
        err << tr("incident-console declare: %1").arg(incident.error()) << '\n';
        return incident.errorKind() == StoreErrorKind::Rejected ? ExitCode::kUsage : ExitCode::kFailed;
    }
    out << incident->key << '\t' << SeverityNames::code(incident->severity) << '\t'
        << kIncidentTypes.key(incident->type) << '\t' << kEnvironments.key(incident->environment) << '\t'
        << incident->title << '\n';
    return 0;
}
