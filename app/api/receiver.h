#pragma once

#include "app/http/crosssiteguard.h"
#include "app/http/httpmessage.h"
#include "app/http/receivercredentials.h"
#include "app/webhooks/snsgateway.h"
#include "models/domain/severitypolicy.h"
#include "models/rules/escalationpolicy.h"
#include "models/rules/playbook.h"
#include "models/rules/rulesinforce.h"
#include "models/rules/statisticsconfig.h"
#include "models/store/alertinbox.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <functional>

class ReceiverWorker;

// The embedded HTTP receiver, on a thread of its own with its own connection
// to the store, so that parsing and committing never wait for the window and
// the window never waits for them.
class Receiver final : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 3001;
        QString databasePath; // a SQLite file or a postgresql:// URL (DatabaseLocation)
        QString databasePassword; // PostgreSQL's, from the keychain
        // The local file the alert inbox sits beside (AlertInbox::pathFor): a store on a server has
        // none of its own. Empty: the SQLite store's file.
        QString inboxBeside;
        SeverityPolicy policy = SeverityPolicy::defaults();
        AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
        // The rules as others that apply them share them (the alert pollers, the rules tester), replaced
        // for all by PUT /alert-rules. Empty: `rules`, the receiver's own.
        SharedRules rulesInForce;
        EscalationConfig escalation
            = EscalationConfig::builtIn(); // GET /escalation-policies, POST /incidents/:id/escalate
        PlaybookCatalog playbooks
            = PlaybookCatalog::builtIn(); // declared incidents' checklists, GET /playbooks
        QString
            communicationFile; // the matrix for GET /incidents/:id/communications; empty: the built-in one
        // The user's configuration folder: its message templates (GET /templates) and alert-rules.json
        // (PUT /alert-rules). Empty: the shipped templates, and rules that cannot be replaced.
        QString configDirectory;
        ResponseGoals goals
            = StatisticsConfig::builtIn().goals; // for the month's figures of GET /stats/incidents
        int reviewWithinDays = 7; // review deadlines (the review template's), for reviews the API starts
        int timelineWithinHours = 24;
        HttpLimits limits;
        // HTTPS with this certificate (PEM, chain included) and private key (PEM); empty: plain HTTP.
        QString tlsCertificatePath;
        QString tlsKeyPath;
        // Listening on anything but loopback is refused without credentials.token and HTTPS.
        ReceiverCredentials credentials;
        // Refuse to start without credentials.token even on loopback, which any local
        // user of a shared machine can reach.
        bool requireToken = false;
        // The names and web origins allowed besides the defaults (CrossSiteGuard).
        CrossSiteGuard::Settings crossSite;
        // Fetches from AWS (SNS signing certificates, subscription confirmations).
        // Empty: over the network. Tests stand in for AWS here.
        SnsGateway::Fetch awsFetch;
        // The SNS topics, signature versions and message ages CloudWatch's route takes.
        SnsPolicy sns;
    };

    // `committed` is called on the receiver's thread after each change it stored.
    Receiver(Settings settings, std::function<void()> committed, QObject* parent = nullptr);
    ~Receiver() override;

    void start();
    // Stops listening; drained() once what it accepted into its alert inbox is in the store.
    void stopTaking();

Q_SIGNALS:
    void drained();
    void listening(const QString& address); // "http://127.0.0.1:3001"
    void failed(const QString& reason);
    void rejected(int status, const QString& reason);
    // How many accepted alerts wait in the alert inbox, and why, if they are stuck.
    void inboxChanged(const AlertInboxState& state);

private:
    QThread m_thread;
    ReceiverWorker* m_worker;
};
