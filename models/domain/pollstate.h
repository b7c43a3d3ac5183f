#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

// How polling one source for alerts is going, for the receiver dock.
struct PollState {
    QString name;
    QUrl url;
    QDateTime lastSuccess; // UTC; invalid before the first
    QDateTime lastAttempt;
    QString lastError; // empty after a success
    int consecutiveFailures = 0;
    QDateTime nextPoll;
    int alertsOpen = 0; // what the last successful poll saw
};
