#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `incident-console export-pir INC-2026-0001 --format pdf|html|md -o FILE`:
// the incident's post-incident review as a document, without opening a window.
class ExportReviewCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportReviewCommand)
public:
    // `arguments` starts after the word "export-pir"; returns the exit code (0, 1 store or file, 2 usage).
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};
