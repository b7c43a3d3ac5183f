#pragma once

#include "app/api/receiver.h"
#include "app/composition/listenaddress.h"
#include "models/domain/severitypolicy.h"
#include "models/rules/alertrules.h"
#include "models/rules/escalationpolicy.h"
#include "models/rules/playbook.h"
#include "models/rules/reviewtemplate.h"
#include "models/rules/rulesinforce.h"
#include "models/rules/statisticsconfig.h"
#include "models/store/asyncincidentstore.h"
#include "models/store/offlinetransfer.h"

#include <QSettings>
#include <QString>
#include <QStringList>

// What the console and the headless service read from the user's configuration
// folder before they open the store: severity policy, alert rules, playbooks,
// escalation, the review template and the statistics settings. A file that is
// broken is named in its warning and the built-in one is used instead.
struct ConsoleConfiguration {
    SeverityPolicy policy = SeverityPolicy::defaults();
    QString policyWarning;
    AlertRules rules = AlertRules::defaults(SeverityPolicy::defaults());
    QString rulesWarning;
    // `rules`, as the receiver, the alert pollers and the rules tester share them: PUT /alert-rules
    // replaces them for all three.
    SharedRules rulesInForce = std::make_shared<RulesInForce>(rules);
    PlaybookCatalog playbooks;
    QStringList playbookWarnings;
    EscalationConfig escalation;
    QString escalationWarning;
    ReviewTemplate reviewTemplate;
    QString reviewWarning;
    StatisticsConfig statistics;
    QString statisticsWarning;

    static ConsoleConfiguration load();

    // Opens the store at `databasePath` with this configuration's policy, playbooks, team
    // assignment and review deadlines.
    AsyncIncidentStore::Opener storeOpener(const QString& databasePath, const QString& password) const;
    // Opens a store at any location, on the calling thread: `databasePath`'s with `password`, any other
    // with its password from the keychain.
    OfflineTransfer::Open anyStoreOpener(const QString& databasePath, const QString& password) const;

    // The receiver's settings: where it listens, the store it writes to, this configuration, and
    // console.ini's [receiver] and [cloudwatch] groups. `inboxName` tells apart the alert inboxes of
    // receivers on one machine that share a database server (empty: the console's own).
    Receiver::Settings receiverSettings(const QSettings& settings, const ListenAddress& listen,
        const QString& databasePath, const QString& databasePassword, const ReceiverCredentials& credentials,
        const QString& inboxName = QString()) const;
};
