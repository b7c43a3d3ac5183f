#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `incident-console offline take|push`: writing a review with no network.
//   offline take INCIDENT --from DATABASE -o FILE   the incident, its timeline and review into FILE
//   offline push FILE [--replace]                   the review written there back to its database
// `push` saves nothing over a review someone else saved after it was taken: it
// says who and when, and keeps the file, unless --replace. Exit codes: 0 done;
// 1 refused or failed, nothing changed; 2 a wrong command line.
class OfflineCommand {
    Q_DECLARE_TR_FUNCTIONS(OfflineCommand)
public:
    static QString usage();
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static int take(const QString& incident, const QString& from, const QString& file, QTextStream& out,
        QTextStream& err);
    static int push(const QString& file, bool replace, QTextStream& out, QTextStream& err);
};
