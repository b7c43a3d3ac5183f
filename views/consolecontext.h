#pragma once

#include "models/domain/alertsources.h"
#include "models/domain/severitypolicy.h"
#include "models/rules/escalationpolicy.h"
#include "models/rules/playbook.h"
#include "models/rules/reviewtemplate.h"
#include "models/rules/rulesinforce.h"
#include "models/rules/statisticsconfig.h"
#include "models/store/offlinetransfer.h"
#include "views/communication/communicationdock.h"

#include <QList>
#include <QString>

class AsyncIncidentStore;
class Clock;
class CredentialVault;
class IncidentCommands;
class QSettings;

// What the main window works with; made by the application and outliving the window.
struct ConsoleContext {
    AsyncIncidentStore* store = nullptr;
    IncidentCommands* commands = nullptr;
    const Clock* clock = nullptr;
    QSettings* settings = nullptr; // window layout only; never credentials
    QString databasePath;
    // For the rules tester: the rules in force now, which PUT /alert-rules may replace.
    SharedRules rules = std::make_shared<RulesInForce>(AlertRules::defaults(SeverityPolicy::defaults()));
    QList<AlertSource> alertSources
        = {}; // the receiver's webhooks, for the receiver dock and the rules tester
    CredentialVault* vault = nullptr; // the keychain, for Settings → Credentials; none: the action is off
    EscalationConfig escalation
        = EscalationConfig::builtIn(); // schedules and policies, for On call and Escalate
    PlaybookCatalog playbooks = PlaybookCatalog::builtIn(); // for the checklist and runbook docks
    // The severity table in force, and where an edited one is kept; empty: it is not edited here.
    SeverityPolicy policy = SeverityPolicy::defaults();
    QString severityPolicyFile = {};
    // The user's configuration folder, where a playbook marked reviewed is kept; empty: no review reminder.
    QString playbooksDirectory = {};
    QString escalationFile = {}; // where edited escalation policies are kept; empty: not kept
    ReviewTemplate reviewTemplate = ReviewTemplate::builtIn(); // the post-incident review's sections
    CommunicationDock::Settings communication
        = {}; // the matrix, message templates and where edits of them are kept
    StatisticsConfig statistics = StatisticsConfig::builtIn(); // response goals, health tiles
    QString statisticsFile = {}; // where the Prometheus address is kept when changed; empty: not kept
    // Opens a store of its own, anywhere (with its password), for taking an incident offline and bringing
    // its review back; none: those actions are not offered.
    OfflineTransfer::Open openStore = {};
};
