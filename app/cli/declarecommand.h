#pragma once

#include "models/domain/incident.h"
#include "models/domain/severitypolicy.h"

#include <QCoreApplication>
#include <QStringList>

// `incident-console declare critical outage production --service database --title "…"`:
// the seed's emergency command for scripts and terminals. Needs no display; the
// incident goes straight into the store, where a running console picks it up.
// It takes both of the seeds' forms as they are written:
//   declare SEVERITY [TYPE] [ENVIRONMENT]   /incident-response critical outage production
//   declare SERVICE SEVERITY "TITLE"        emergency-response.sh database critical "Test incident"
class DeclareCommand {
    Q_DECLARE_TR_FUNCTIONS(DeclareCommand)
public:
    struct Parsed {
        IncidentDraft draft;
        QString databasePath;
        QString author;
        QString error; // non-empty: a usage error, nothing should be written
        bool titleMadeUp = false; // no title was given: draft.title is IncidentTitles::generated
    };

    // `arguments` starts after the word "declare".
    static Parsed parse(const QStringList& arguments, const SeverityPolicy& policy);
    // Runs the command; returns the process exit code. Writes to the given streams.
    static int run(
        const QStringList& arguments, const SeverityPolicy& policy, QTextStream& out, QTextStream& err);
    static QString usage();
};
