#pragma once

#include "models/store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Who has an incident open on which console, and what they are doing there:
// so that two people on one incident see each other before they write over
// each other. Not a change to the incident: nothing goes on its timeline.
struct Presence {
    enum class Activity { Viewing = 0, WritingReview = 1 };

    QString console; // a running console's own name, unique to it
    QString person; // the name it signs entries with
    qint64 incidentId = 0; // 0: none open
    Activity activity = Activity::Viewing;
    QDateTime seenAt; // UTC, when it last said so, on the clock of the console that reads it

    bool operator==(const Presence&) const = default;
};

class PresenceRecords {
public:
    virtual ~PresenceRecords() = default;

    // `presence.console` is where it is now (seenAt: now). Renewed every few seconds while it is.
    virtual StoreResult<bool> announce(const Presence& presence) = 0;
    // The consoles other than `exceptConsole` on `incidentId` that said so within `freshSeconds`,
    // by person. Judged on the database server's clock, so that consoles on machines whose clocks
    // disagree still see each other.
    virtual StoreResult<QList<Presence>> othersOn(
        qint64 incidentId, const QString& exceptConsole, int freshSeconds)
        = 0;
    // The console closes: it is nowhere now.
    virtual StoreResult<bool> leave(const QString& console) = 0;
};
