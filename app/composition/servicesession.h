#pragma once

#include "app/api/receiver.h"
#include "app/composition/consoleconfiguration.h"
#include "app/composition/listenaddress.h"
#include "app/integrations/alertpoller.h"
#include "app/integrations/escalationrunner.h"
#include "app/integrations/outboxsender.h"
#include "models/store/asyncincidentstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>

#include <memory>
#include <vector>

// `incident-console serve`: the console's work without its window, for a server
// that keeps taking alerts when every laptop is closed. The receiver, polling,
// the outbox and escalation, on the store a team shares; several of them on one
// PostgreSQL database take turns, through the store, at every page and escalation.
// What it does and what goes wrong goes to standard error (the service's journal).
class ServiceSession final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString databasePath;
        ListenAddress listen;
        // Credentials as files a service manager hands over (CredentialFiles); empty: the keychain.
        QString credentialsFolder;
    };

    explicit ServiceSession(Options options, QObject* parent = nullptr);
    ~ServiceSession() override;

    // Reads the credentials, opens the store, then starts the parts. failed() if one cannot start.
    void start();
    // Stops taking requests; stopped() once every alert it answered for is in the store, or after
    // `graceMs` (what is left waits in the alert inbox file for the next start).
    void stop(int graceMs);

Q_SIGNALS:
    void failed(const QString& message);
    void stopped();

private:
    bool readCredentials(QHash<QString, QByteArray>* values, QString* error) const;
    void openStore(const QHash<QString, QByteArray>& credentials);
    void startParts(const QHash<QString, QByteArray>& credentials);
    void startPolling(const QByteArray& pagerDutyKey);
    void startOutbox(const QHash<QString, QByteArray>& credentials);

    Options m_options;
    ConsoleConfiguration m_config;
    QSettings m_settings;
    QString m_databasePassword;
    std::unique_ptr<AsyncIncidentStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<EscalationRunner> m_escalations;
    std::unique_ptr<OutboxSender> m_outbox;
    std::vector<std::unique_ptr<AlertPoller>> m_pollers;
    std::unique_ptr<Receiver> m_receiver;
};
