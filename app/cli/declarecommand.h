#pragma once

#include "models/domain/incident.h"
#include "models/domain/severitypolicy.h"

#include <QCoreApplication>
#include <QStringList>

// `incident-console declare critical outage production --service database --title "…"`:
// the seed's emergency command for scripts and terminals. Needs no display; the
// incident goes straight into the store, where a running console picks it up.
class DeclareCommand {
    Q_DECLARE_TR_FUNCTIONS(DeclareCommand)
public:
    struct Parsed {
        IncidentDraft draft;
        QString databasePath;
        QString author;
        QString error; // non-empty: a usage error, nothing should be written
    };

    // `arguments` starts after the word "declare".
    static Parsed parse(const QStringList& arguments, const SeverityPolicy& policy);
    // Runs the command; returns the process exit code. Writes to the given streams.
    static int run(
        const QStringList& arguments, const SeverityPolicy& policy, QTextStream& out, QTextStream& err);
    static QString usage();
};
