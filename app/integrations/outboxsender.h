#pragma once

#include "app/integrations/outboundcomposer.h"
#include "app/integrations/sendername.h"
#include "models/domain/clock.h"
#include "models/store/asyncincidentstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Sends the outbox in the background. Each round turns new changes into
// messages (in the store, exactly once) and sends the messages that are due:
// a 2xx delivers; a network error, 408, 429 or 5xx waits and tries again
// (after Retry-After when the service says, otherwise after a delay that
// doubles with each attempt); any other refusal fails for good with the
// service's reason. Messages to one service are paced to its published limit
// (PagerDuty Events v2 about 120 a minute per routing key, Slack incoming
// webhooks about one a second), so that a storm of our own does not get them dropped.
class OutboxSender final : public QObject {
    Q_OBJECT
public:
    struct Settings {
        OutboundConfig config;
        OutboundComposer::Channels channels;
        QHash<QString, QByteArray> credentials; // keychain key → value
        QString keychainProblem; // set when the keychain could not be read: why the channels are off
        int roundIntervalMs = 2000;
        int firstRetryMs = 5000;
        int maxRetryMs = 5 * 60 * 1000;
        int pagerDutySpacingMs = 500;
        int slackSpacingMs = 1000;
        int statusPageSpacingMs = 1000; // Statuspage allows about one request a second per key

        // A channel is on when the configuration enables it and its credential
        // is among the keychain's values (`keychainProblem`: why there are none).
        static Settings from(OutboundConfig config, const QHash<QString, QByteArray>& keychain,
            const QString& keychainProblem);
    };

    OutboxSender(AsyncIncidentStore* store, Settings settings, QNetworkAccessManager* network,
        const Clock* clock, QObject* parent = nullptr);

    void start();
    // Something changed: look at the outbox now rather than at the next round.
    void wake();
    // Which integrations are on, and for those that are not, why: for the Outbox view.
    QStringList channelStates() const;
    // Why status page updates cannot be published now; empty when they can.
    static QString statusPageProblem(const Settings& settings);
    // Statuspage's incident body for an update: create (no remote id yet) or update.
    static QByteArray statusPageBody(const StatusPageUpdate& update, bool deliverNotifications);

Q_SIGNALS:
    // Messages were queued or a try was recorded.
    void outboxChanged();

private:
    struct Request {
        QByteArray verb = QByteArrayLiteral("POST");
        QUrl url;
        QByteArray authorization;
        QByteArray body;
        QString missing; // why it cannot be sent now (no credential), instead of a request
    };

    void round();
    void sendDue(const QList<OutboxMessage>& due);
    Request requestFor(const OutboxMessage& message) const;
    void send(const OutboxMessage& message);
    void post(const OutboxMessage& message, const Request& request);
    // A Statuspage incident that a console which died mid-send may have made already: the
    // unresolved incidents are read first, and one of that name made since the message was
    // queued is taken for it, so that the public page does not show it twice.
    void findStatusPageIncident(const OutboxMessage& message);
    // The page's incidents on Statuspage's API, or `below` them (an incident's id, "unresolved").
    QUrl statusPageIncidents(const QString& below) const;
    // The request as every call to a service goes: our name, the timeout, its authorization.
    static QNetworkRequest httpRequest(const Request& request);
    void finished(const OutboxMessage& message, QNetworkReply* reply);
    void record(const OutboxMessage& message, OutboundAttempt attempt);
    OutboundAttempt retryLater(
        const OutboxMessage& message, const QString& error, int retryAfterSeconds = -1) const;
    int spacingMs(const OutboxMessage& message) const;
    // Ends the claims of senders on this machine whose process has ended.
    static void letGoOfTheDead(IncidentStore& store, const SenderName& self);

    AsyncIncidentStore* m_store;
    Settings m_settings;
    OutboundComposer m_composer;
    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    // Who this sender is in the outbox's claims: one per run, so that a console
    // that restarts never takes its earlier run's claims for its own (SenderName).
    SenderName m_name;
    QString m_senderName;
    QTimer m_rounds;
    QTimer m_soon;
    bool m_roundRunning = false;
    bool m_roundAgain = false;
    // Messages sent and not yet recorded, with their service and key: one at a time per service
    // and key, so that a Statuspage update waits for the create before it.
    QHash<qint64, QString> m_inFlight;
    QHash<QString, QElapsedTimer> m_lastSent; // by channel and target
};
