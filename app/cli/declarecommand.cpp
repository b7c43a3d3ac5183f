#include "app/cli/declarecommand.h"

#include "app/cli/commandstore.h"
#include "app/cli/exitcodes.h"
#include "app/composition/consolepaths.h"
#include "models/domain/clock.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

QString DeclareCommand::usage()
{
    return tr(
        "Usage: incident-console declare SEVERITY [TYPE] [ENVIRONMENT] [--title TEXT] [--service NAME]\n"
        "                                [--description TEXT] [--commander NAME] [--detected TIME]\n"
        "                                [--detected-by SOURCE] [--author NAME] [--db PATH]\n"
        "       incident-console declare SERVICE SEVERITY TITLE [options]\n"
        "\n"
        "  SEVERITY     sev1–sev4 or an alias: critical, high, medium, low, p0–p3, emergency, warning, "
        "info\n"
        "  TYPE         %1 (default: outage)\n"
        "  ENVIRONMENT  %2 (default: production)\n"
        "  --title      without one, the incident is called by its severity, type and environment\n"
        "               until someone retitles it\n"
        "  --detected   when the problem was first noticed; without it, now (time to detect counts\n"
        "               from it to the declaration)\n"
        "  --detected-by  how it was discovered: %3\n"
        "\n"
        "Examples, as the incident-response command and the emergency script write them:\n"
        "  incident-console declare critical outage production\n"
        "  incident-console declare high security all --title \"Leaked API key\"\n"
        "  incident-console declare database critical \"Test incident\"\n")
        .arg(kIncidentTypes.keys().join(QLatin1String(", ")), kEnvironments.keys().join(QLatin1String(", ")),
            kDetectionSources.keys().mid(1).join(QLatin1String(", ")));
}

namespace {

// The positional words of a declaration, either form; an error names the word it could not place.
struct Classified {
    std::optional<Severity> severity;
    std::optional<IncidentType> type;
    std::optional<Environment> environment;
    QString service;
    QString title;
    QString error;
};

bool isClassificationWord(const QString& word, const SeverityPolicy& policy)
{
    return policy.severityFor(word) || kIncidentTypes.parse(word) || kEnvironments.parse(word);
}

Classified classify(const QStringList& words, const SeverityPolicy& policy)
{
    Classified result;
    // The emergency script's SERVICE SEVERITY "TITLE": exactly three words, the middle one a severity,
    // the others nothing else the command knows, so that a mistyped type or environment is never
    // taken for a service or a title.
    if (words.size() == 3 && policy.severityFor(words.at(1)) && !isClassificationWord(words.at(0), policy)
        && !isClassificationWord(words.at(2), policy)) {
        result.service = words.at(0);
        result.severity = policy.severityFor(words.at(1));
        result.title = words.at(2);
        return result;
    }
    // /incident-response's words may come in any order; each must be recognisably one thing, once.
    for (const QString& word : words) {
        if (const std::optional<Severity> s = policy.severityFor(word); s && !result.severity) {
            result.severity = s;
        } else if (const std::optional<IncidentType> t = kIncidentTypes.parse(word); t && !result.type) {
            result.type = t;
        } else if (const std::optional<Environment> e = kEnvironments.parse(word); e && !result.environment) {
            result.environment = e;
        } else {
            result.error = DeclareCommand::tr(
                "“%1” is not a severity, incident type or environment, or is given twice.")
                               .arg(word);
            return result;
        }
    }
    return result;
}

} // namespace

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
    const QCommandLineOption detectedBy(QStringLiteral("detected-by"),
        tr("How it was discovered: %1.").arg(kDetectionSources.keys().mid(1).join(QLatin1String(", "))),
        tr("source"));
    parser.addOptions({ title, service, description, commander, author, database, detected, detectedBy });

    Parsed parsed;
    if (!parser.parse(QStringList { QStringLiteral("declare") } + arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }

    const Classified words = classify(parser.positionalArguments(), policy);
    if (!words.error.isEmpty()) {
        parsed.error = words.error;
        return parsed;
    }
    if (!words.severity) {
        parsed.error = tr("Say how severe it is: sev1–sev4, critical, high, medium or low.");
        return parsed;
    }
    if (!words.service.isEmpty() && parser.isSet(service)) {
        parsed.error = tr("The service is given twice: “%1” and --service.").arg(words.service);
        return parsed;
    }
    if (!words.title.isEmpty() && parser.isSet(title)) {
        parsed.error = tr("The title is given twice: “%1” and --title.").arg(words.title);
        return parsed;
    }
    parsed.draft.severity = *words.severity;
    parsed.draft.type = words.type.value_or(IncidentType::Outage);
    parsed.draft.environment = words.environment.value_or(Environment::Production);
    parsed.draft.service = parser.isSet(service) ? parser.value(service) : words.service;
    parsed.draft.description = parser.value(description);
    parsed.draft.commander = parser.value(commander);
    parsed.draft.title = parser.isSet(title) ? parser.value(title) : words.title;
    if (parser.isSet(title) && parsed.draft.title.trimmed().isEmpty()) {
        parsed.error = tr("--title is empty; leave it out to have the incident called by its severity, type "
                          "and environment.");
        return parsed;
    }
    if (parsed.draft.title.trimmed().isEmpty()) {
        parsed.draft.title = IncidentTitles::generated(parsed.draft);
        parsed.titleMadeUp = true;
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
    if (parser.isSet(detectedBy)) {
        const std::optional<DetectionSource> source = kDetectionSources.parse(parser.value(detectedBy));
        if (!source) {
            parsed.error = tr("--detected-by is one of %1; got “%2”.")
                               .arg(kDetectionSources.keys().mid(1).join(QLatin1String(", ")),
                                   parser.value(detectedBy));
            return parsed;
        }
        parsed.draft.detectionSource = *source;
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
    if (parsed.titleMadeUp)
        err << tr("incident-console declare: no title was given, so %1 is called “%2” until someone "
                  "retitles it (the Incident dock, or PATCH /incidents/%1).")
                   .arg(incident->key, incident->title)
            << '\n';
    if (!parsed.draft.detectedAt.isValid())
        err << tr("incident-console declare: detected now, %1. If the problem began earlier, declare with "
                  "--detected TIME so that the time to detect counts it.")
                   .arg(QLocale().toString(incident->detectedAt.toLocalTime(), QLocale::ShortFormat))
            << '\n';
    out << incident->key << '\t' << SeverityNames::code(incident->severity) << '\t'
        << kIncidentTypes.key(incident->type) << '\t' << kEnvironments.key(incident->environment) << '\t'
        << incident->title << '\n';
    return 0;
}
