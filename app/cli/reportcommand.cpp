#include "app/cli/reportcommand.h"

#include "app/cli/commandstore.h"
#include "app/cli/exitcodes.h"
#include "app/composition/consolepaths.h"
#include "models/rules/documentfile.h"
#include "models/rules/monthlyreport.h"
#include "views/statistics/monthlyreportwriter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>

QString ReportCommand::usage()
{
    return tr("Usage: incident-console report --month YYYY-MM --format pdf|html|md -o FILE [--db PATH]\n\n"
              "  --month   the calendar month, local time (default: the current one)\n"
              "  --format  pdf, html or md (default: from the file's name)\n");
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption month(
        QStringLiteral("month"), tr("The month, YYYY-MM."), QStringLiteral("month"));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("pdf, html or md"), QStringLiteral("format"));
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."), QStringLiteral("file"));
    const QCommandLineOption database(QStringLiteral("db"), tr("The database."), QStringLiteral("path"));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("This help."));
    parser.addOptions({ month, format, output, database, help });
    if (!parser.parse(QStringList { QStringLiteral("report") } + arguments)
        || !parser.positionalArguments().isEmpty() || (!parser.isSet(output) && !parser.isSet(help))) {
        err << (parser.errorText().isEmpty() ? QString() : parser.errorText() + QLatin1Char('\n')) << usage();
        return ExitCode::kUsage;
    }
    if (parser.isSet(help)) {
        out << usage();
        return 0;
    }
    int year = QDate::currentDate().year();
    int number = QDate::currentDate().month();
    if (parser.isSet(month) && !MonthlyReport::parseMonth(parser.value(month), &year, &number)) {
        err << tr("incident-console report: the month is written YYYY-MM, as 2026-11, not %1.")
                   .arg(parser.value(month))
            << '\n';
        return ExitCode::kUsage;
    }
    QString error;
    QString formatError;
    const QString chosen = DocumentFile::formatOf(parser.value(output), parser.value(format), &formatError);
    if (chosen.isEmpty()) {
        err << tr("incident-console %1: %2").arg(QStringLiteral("report"), formatError) << '\n';
        return ExitCode::kUsage;
    }
    const std::unique_ptr<IncidentStore> store
        = CommandStore::open(parser.value(database), QStringLiteral("report"), err);
    if (!store)
        return ExitCode::kFailed;
    QString warning;
    const StatisticsConfig config = StatisticsConfig::load(ConsolePaths::statisticsFile(), &warning);
    if (!warning.isEmpty())
        err << warning << '\n';
    const StoreResult<MonthlyReport> report = MonthlyReport::load(*store, year, number, config.goals);
    if (!report) {
        err << tr("incident-console report: %1").arg(report.error()) << '\n';
        return ExitCode::kFailed;
    }
    if (!MonthlyReportWriter::write(*report, parser.value(output), chosen, &error)) {
        err << tr("incident-console report: %1").arg(error) << '\n';
        return ExitCode::kFailed;
    }
    out << parser.value(output) << '\n';
    return 0;
}
