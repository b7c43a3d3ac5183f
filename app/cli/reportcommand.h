#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `incident-console report --month 2026-11 --format pdf|md|html -o FILE`: the
// monthly incident report, charts included in the PDF, without opening a window.
// Needs a QApplication (offscreen will do) for the charts.
class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    // `arguments` excludes the word "report"; returns the exit code (0, 1 store or file, 2 usage).
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};
