#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// The stored integer is part of the schema: append, never renumber.
enum class OutboxState {
    Waiting = 0, // to be sent at nextAttemptAt (the first time, or again after a failure that may pass)
    Delivered = 1,
    Failed = 2, // refused for good (a bad routing key, a payload the service rejects); not retried
};

// One outbound message (a page, a chat post, a webhook call), kept in the
// store from the moment the change that caused it is committed until the
// service took it or refused it for good. The payload holds no credential:
// routing keys and webhook URLs are added from the keychain as it is sent.
struct OutboxMessage {
    qint64 id = 0;
    QString channel; // "pagerduty", "slack", "webhook", "statuspage"
    QString
        target; // which credential of the channel, e.g. "database" for that escalation key; "" the default
    qint64 incidentId = 0;
    QString incidentKey;
    QString event; // what happened, e.g. "trigger", "declared", "resolved"
    QByteArray payload; // JSON, as the service documents it, minus credentials
    OutboxState state = OutboxState::Waiting;
    int attempts = 0;
    QDateTime createdAt; // UTC
    QDateTime nextAttemptAt;
    QDateTime lastAttemptAt;
    QDateTime deliveredAt;
    QString lastError;
    QString remoteId; // Statuspage: the incident created by an earlier message, which this one updates
    // The sender holding it; as IncidentStore::claimDueOutbound returns it, the one that held it
    // before this claim. Another sender's name there means that sender let its claim lapse without
    // recording a try: it may have died between sending and recording (the service may have it
    // already), or quit, or held it back for pacing. Where a repeat would show, look first.
    QString claimedBy;
};

class OutboxText {
    Q_DECLARE_TR_FUNCTIONS(OutboxText)
public:
    static QString stateLabel(OutboxState state);
    static QString channelLabel(const QString& channel);
};

Q_DECLARE_METATYPE(OutboxMessage)
