#include "app/composition/consoleconfiguration.h"

#include "app/composition/consolepaths.h"
#include "app/composition/privatefiles.h"
#include "app/composition/processlimits.h"
#include "app/keychain/databasepassword.h"
#include "models/store/storeopener.h"

#include <QDir>
#include <QFileInfo>

ConsoleConfiguration ConsoleConfiguration::load()
{
    ConsoleConfiguration config;
    config.policy = SeverityPolicy::load(ConsolePaths::severityPolicyFile(), &config.policyWarning);
    config.rules = AlertRules::load(ConsolePaths::alertRulesFile(), config.policy, &config.rulesWarning);
    config.rulesInForce = std::make_shared<RulesInForce>(config.rules);
    config.playbooks = PlaybookCatalog::load(ConsolePaths::configDirectory(), &config.playbookWarnings);
    config.escalation = EscalationConfig::load(ConsolePaths::escalationFile(), &config.escalationWarning);
    config.reviewTemplate = ReviewTemplate::load(ConsolePaths::reviewTemplateFile(), &config.reviewWarning);
    config.statistics = StatisticsConfig::load(ConsolePaths::statisticsFile(), &config.statisticsWarning);
    return config;
}

AsyncIncidentStore::Opener ConsoleConfiguration::storeOpener(
    const QString& databasePath, const QString& password) const
{
    return [databasePath, password, policy = policy, playbooks = playbooks,
               assignment = escalation.assignment, reviewWithinDays = reviewTemplate.reviewWithinDays,
               timelineWithinHours = reviewTemplate.timelineWithinHours](OpenOutcome* outcome) {
        StoreOptions options;
        options.location = databasePath;
        options.password = password;
        options.policy = policy;
        std::unique_ptr<IncidentStore> store = openIncidentStore(options, outcome);
        if (store) {
            store->checklists().setPlaybooks(playbooks);
            store->incidents().setTeamAssignment(assignment);
            store->reviews().setReviewDeadlines(reviewWithinDays, timelineWithinHours);
        }
        return store;
    };
}

OfflineTransfer::Open ConsoleConfiguration::anyStoreOpener(
    const QString& databasePath, const QString& password) const
{
    return [config = *this, databasePath, password](const QString& location, QString* error) {
        // The console's own database's password is known; another's (where a file taken offline came
        // from) is asked of the keychain.
        OpenOutcome outcome;
        std::unique_ptr<IncidentStore> store = config.storeOpener(location,
            location == databasePath ? password : DatabasePassword::readNow(location).password)(&outcome);
        if (!store)
            *error = outcome.message;
        return store;
    };
}

Receiver::Settings ConsoleConfiguration::receiverSettings(const QSettings& settings,
    const ListenAddress& listen, const QString& databasePath, const QString& databasePassword,
    const ReceiverCredentials& credentials, const QString& inboxName) const
{
    Receiver::Settings receiver;
    receiver.credentials = credentials;
    // console.ini's [receiver]: for a shared machine, or a receiver reached by a name of its own.
    receiver.requireToken = settings.value(QStringLiteral("receiver/requireToken"), false).toBool();
    receiver.crossSite.hostNames = settings.value(QStringLiteral("receiver/hostNames")).toStringList();
    receiver.crossSite.allowedOrigins
        = settings.value(QStringLiteral("receiver/allowedOrigins")).toStringList();
    // [cloudwatch]: the SNS topics whose alarms the console takes.
    receiver.sns.topics = settings.value(QStringLiteral("cloudwatch/topics")).toStringList();
    receiver.sns.acceptSignatureVersion1
        = settings.value(QStringLiteral("cloudwatch/acceptSignatureVersion1"), false).toBool();
    receiver.address = listen.address;
    receiver.port = listen.port;
    receiver.limits = HttpLimits {}.withinOpenFiles(ProcessLimits::openFiles());
    receiver.tlsCertificatePath = listen.tlsCertificatePath;
    receiver.tlsKeyPath = listen.tlsKeyPath;
    receiver.databasePath = databasePath;
    receiver.databasePassword = databasePassword;
    if (const QString local = ConsolePaths::localFilesOf(databasePath); local != databasePath) {
        receiver.inboxBeside = inboxName.isEmpty() ? local : local + QLatin1Char('-') + inboxName;
        QDir().mkpath(QFileInfo(local).absolutePath()); // the user's data folder, made private below
        PrivateFiles::tightenDirectory(QFileInfo(local).absolutePath());
    }
    receiver.policy = policy;
    receiver.rules = rules;
    receiver.rulesInForce = rulesInForce;
    receiver.escalation = escalation;
    receiver.playbooks = playbooks;
    receiver.communicationFile = ConsolePaths::communicationFile();
    receiver.configDirectory = ConsolePaths::configDirectory();
    receiver.reviewWithinDays = reviewTemplate.reviewWithinDays;
    receiver.goals = statistics.goals;
    receiver.timelineWithinHours = reviewTemplate.timelineWithinHours;
    return receiver;
}
