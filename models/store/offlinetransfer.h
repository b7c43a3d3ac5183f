#pragma once

#include "models/store/incidentstore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

// Taking an incident off a team's database into a file of its own, and bringing
// the review written there back (OfflineCopy says what is copied). The command
// line (`incident-console offline`) and the console's Incident menu both do it
// through here. Opens its own stores: run it away from the GUI thread.
class OfflineTransfer {
    Q_DECLARE_TR_FUNCTIONS(OfflineTransfer)
public:
    // Opens the store at `location` (a file or a postgresql:// URL); null, with the reason, if it cannot.
    using Open = std::function<std::unique_ptr<IncidentStore>(const QString& location, QString* error)>;

    struct Outcome {
        bool ok = false;
        QString incidentKey;
        QString location; // push: the team's database the review went to
        QString author; // push: whose review was saved
        QString error; // why not, for a person to read
        // push: someone saved the review on the team's database after it was taken; pushing again with
        // `replace` saves this one over theirs.
        bool conflict = false;
    };

    explicit OfflineTransfer(Open open);

    // Copies `incident` (its key, or its number) from the database `from` into the new file `file`, with
    // the origin file beside it.
    Outcome take(const QString& incident, const QString& from, const QString& file) const;
    // Saves the review written in `file` to the database it was taken from: a new revision, unless someone
    // saved one there meanwhile (a conflict) and `replace` is false.
    Outcome push(const QString& file, bool replace) const;

private:
    Open m_open;
};
