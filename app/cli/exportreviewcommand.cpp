#include "app/cli/exportreviewcommand.h"

#include "app/cli/commandstore.h"
#include "app/cli/exitcodes.h"
#include "app/composition/consolepaths.h"
#include "models/rules/documentfile.h"
#include "models/rules/reviewdocument.h"
#include "models/store/incidentstore.h"
#include "models/store/sqlitedatabase.h"

#include <QCommandLineParser>
#include <QTextStream>

QString ExportReviewCommand::usage()
{
    return tr("Usage: incident-console export-pir INCIDENT --format pdf|html|md -o FILE [--db PATH]\n\n"
              "  INCIDENT  the incident's key (INC-2026-0001) or number\n"
              "  --format  pdf, html or md (default: from the file's name)\n");
}

int ExportReviewCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"), tr("pdf, html or md"), QStringLiteral("format"));
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."), QStringLiteral("file"));
    const QCommandLineOption database(QStringLiteral("db"), tr("The database."), QStringLiteral("path"));
    parser.addOptions({ format, output, database });
    parser.addPositionalArgument(QStringLiteral("incident"), tr("The incident's key or number."));
    if (!parser.parse(QStringList { QStringLiteral("export-pir") } + arguments)
        || parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
        err << (parser.errorText().isEmpty() ? QString() : parser.errorText() + QLatin1Char('\n')) << usage();
        return ExitCode::kUsage;
    }
    const QString path = parser.value(output);
    QString formatError;
    const QString chosen = DocumentFile::formatOf(parser.value(output), parser.value(format), &formatError);
    if (chosen.isEmpty()) {
        err << tr("incident-console %1: %2").arg(QStringLiteral("export-pir"), formatError) << '\n';
        return ExitCode::kUsage;
    }
    const std::unique_ptr<IncidentStore> store
        = CommandStore::open(parser.value(database), QStringLiteral("export-pir"), err);
    if (!store)
        return ExitCode::kFailed;
    const QString id = parser.positionalArguments().first();
    bool isNumber = false;
    const qint64 number = id.toLongLong(&isNumber);
    const StoreResult<Incident> incident
        = isNumber ? store->incidents().incident(number) : store->incidents().incidentByKey(id);
    if (!incident) {
        err << tr("incident-console export-pir: %1").arg(incident.error()) << '\n';
        return ExitCode::kFailed;
    }
    const StoreResult<std::optional<PostIncidentReview>> review = store->reviews().review(incident->id);
    if (!review || !review->has_value()) {
        err << tr("incident-console export-pir: %1")
                   .arg(review ? tr("%1 has no review yet.").arg(incident->key) : review.error())
            << '\n';
        return ExitCode::kFailed;
    }
    QString warning;
    const ReviewTemplate reviewTemplate = ReviewTemplate::load(ConsolePaths::reviewTemplateFile(), &warning);
    if (!warning.isEmpty())
        err << warning << '\n';
    const ReviewDocument document(**review, *incident, reviewTemplate);
    QString error;
    // The format asked for wins over the file's name, which is kept as typed.
    if (!document.write(path, chosen, &error)) {
        err << tr("incident-console export-pir: %1").arg(error) << '\n';
        return ExitCode::kFailed;
    }
    out << path << '\n';
    return 0;
}
