#pragma once

#include "app/integrations/pollingconfig.h"
#include "models/domain/clock.h"
#include "models/domain/pollstate.h"
#include "models/rules/rulesinforce.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class AsyncIncidentStore;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrlQuery;

// Polls one Alertmanager (GET /api/v2/alerts) or PagerDuty (GET /incidents)
// for alerts, where a webhook cannot reach the workstation. What the source
// lists is firing. For Alertmanager, whose answer is whole, what this target
// listed at its last poll and no longer lists has resolved (only its own: other
// Alertmanagers share the source name). For PagerDuty, whose list comes in
// pages that shift while they are read and is cut at 50 of them, an incident
// the store holds open and the list leaves out is read back on its own, and
// resolved only when it says so (and when): the store's open incidents, not
// the last poll's, are the reference, so what ended while the console was
// closed ends too.
// Alerts go through the same store path as webhooks, under the same source
// names, so polled and pushed alerts dedup against each other. After a failure
// the interval doubles, up to ten minutes, until a poll succeeds again.
// Network and store work are asynchronous; nothing here blocks its thread.
class AlertPoller final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxBackoffSeconds = 600;
    static constexpr int kTimeoutMs = 15000;

    AlertPoller(PollTarget target, QByteArray apiKey, AsyncIncidentStore* store, SharedRules rules,
        QNetworkAccessManager* network, const Clock* clock, QObject* parent = nullptr);

    void start(); // polls now, then on its interval
    void pollNow(); // unless a poll is under way
    const PollState& state() const { return m_state; }
    // Seconds until the next poll after `failures` failures in a row.
    static int delaySeconds(int intervalSeconds, int failures);

Q_SIGNALS:
    void stateChanged();

private:
    void poll();
    QNetworkRequest request(const QString& path, const QUrlQuery& query) const;
    void requestPage(int offset, QList<AlertSignal> sofar);
    void finished(QNetworkReply* reply, int offset, QList<AlertSignal> sofar);
    // Reads back, one by one, the PagerDuty incidents open here that its list left out.
    void confirmResolved(QList<Alert> suspects, QList<AlertSignal> delivery, int present);
    void store(const QList<AlertSignal>& delivery, int present);
    void failed(QString error);
    void scheduleNext();
    // The alerts in one page of the answer; *more when PagerDuty has another page.
    std::optional<QList<AlertSignal>> parsePage(const QByteArray& body, bool* more, QString* error) const;
    QString source() const;

    PollTarget m_target;
    QByteArray m_apiKey;
    AsyncIncidentStore* m_store;
    SharedRules m_rules; // read at each poll: PUT /alert-rules replaces them
    QNetworkAccessManager* m_network;
    const Clock* m_clock;
    PollState m_state;
    QTimer m_timer;
    QList<Alert> m_open; // PagerDuty: the store's open alerts of this source as the poll began
    // Alertmanager: what this target listed at its last successful poll, and what it is listing now.
    QHash<QString, AlertSignal> m_lastListed; // by fingerprint
    QList<AlertSignal> m_listing;
    qsizetype m_readBackFrom
        = 0; // where the next poll's read-backs start among the suspects, so that each gets its turn
    bool m_busy = false;
};
