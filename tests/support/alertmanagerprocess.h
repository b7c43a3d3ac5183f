#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// Debian's real Prometheus Alertmanager on a free loopback port, with a
// configuration given by the test, clustering off, ready when start() returns.
class AlertmanagerProcess {
public:
    ~AlertmanagerProcess();

    // `config` is alertmanager.yml. False, with the reason in *error, if it did not come up.
    bool start(const QByteArray& config, QString* error);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    void stop();

    static QString binary();
    static quint16 freePort();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
