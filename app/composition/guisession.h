#pragma once

#include "app/api/receiver.h"
#include "app/composition/consoleconfiguration.h"
#include "app/composition/credentialcatalogue.h"
#include "app/composition/listenaddress.h"
#include "app/integrations/alertpoller.h"
#include "app/integrations/escalationrunner.h"
#include "app/integrations/healthmonitor.h"
#include "app/integrations/outboxsender.h"
#include "app/keychain/databasepassword.h"
#include "app/keychain/keychainvault.h"
#include "models/store/asyncincidentstore.h"
#include "models/store/incidentcommands.h"
#include "views/wall/wallwindow.h"

#include <QFileSystemWatcher>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>
#include <QTimer>

#include <memory>
#include <vector>

class MainWindow;

// One run of the console window: opens the store on its thread, then shows
// the window, or explains why it cannot and ends the application.
class GuiSession final : public QObject {
    Q_OBJECT
public:
    GuiSession(const QString& databasePath, const ListenAddress& listen, QObject* parent = nullptr);
    // The NOC's wall display instead of the console window (--wall): it does
    // not give up when the database or the receiver is in trouble, but shows
    // it and tries again.
    void setWallMode(bool wall) { m_wallMode = wall; }
    ~GuiSession() override;

    void start();
    MainWindow* window() const { return m_window.get(); }

Q_SIGNALS:
    void ready();
    void failed(const QString& message);

private:
    void onOpened(const OpenOutcome& outcome);
    void startReceiver();
    void startReceiverWith(const ReceiverCredentials& credentials);
    void startPolling(const QByteArray& pagerDutyKey);
    void startOutbox(const QHash<QString, QByteArray>& secrets, const QString& keychainProblem);
    // Reads the health tiles from Prometheus into the window's health dock.
    void startHealth();
    void showReceiverStatus(const QString& text, bool healthy, const QString& detail = QString());
    QNetworkAccessManager* network();
    void showPollStates();
    // Edited escalation policies, schedules and assignment: in force for the runner and the store from now.
    void applyEscalation(const EscalationConfig& config);
    void watchEscalationFile();
    void restartIntegrations();

    QString m_databasePath;
    DatabasePassword m_databasePassword;
    ListenAddress m_listen;
    ConsoleConfiguration m_config;
    QSettings m_settings;
    KeychainVault m_vault { CredentialCatalogue::all() };
    std::unique_ptr<AsyncIncidentStore> m_store;
    std::unique_ptr<IncidentCommands> m_commands;
    std::unique_ptr<MainWindow> m_window; // destroyed before the store it uses
    std::unique_ptr<Receiver> m_receiver;
    // Polling, where a webhook cannot reach this workstation; after the store it writes to.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::vector<std::unique_ptr<AlertPoller>> m_pollers;
    std::unique_ptr<OutboxSender> m_outbox;
    std::unique_ptr<HealthMonitor> m_health;
    bool m_wallMode = false;
    std::unique_ptr<WallWindow> m_wall;
    std::unique_ptr<QLabel> m_wallTrouble; // the wall before its database opens
    QFileSystemWatcher m_configWatcher;
    QTimer m_configSettle;
    std::unique_ptr<EscalationRunner> m_escalations;
};
