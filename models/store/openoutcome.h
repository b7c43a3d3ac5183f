#pragma once

#include <QMetaType>
#include <QString>

// The result of opening the store. On anything but Opened/Created/Upgraded the
// database has not been written to: not migrated, not "repaired".
struct OpenOutcome {
    enum class Status { Opened, Created, Upgraded, TooNew, NotOurs, Locked, Corrupt, Failed };
    Status status = Status::Failed;
    QString message; // for a person; empty when opened as it was
    int fileVersion = 0; // schema version found in the database

    bool ok() const
    {
        return status == Status::Opened || status == Status::Created || status == Status::Upgraded;
    }
};
Q_DECLARE_METATYPE(OpenOutcome)
