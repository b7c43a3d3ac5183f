#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// Debian's real Prometheus Alertmanager or Prometheus server on a free
// loopback port, with a configuration given by the test and its data in a
// directory of its own, ready when start() returns.
class MonitoringProcess {
public:
    enum class Kind { Alertmanager, Prometheus };
    explicit MonitoringProcess(Kind kind);
    ~MonitoringProcess();

    // `config` is alertmanager.yml or prometheus.yml; "%PORT%" in it is replaced by the port.
    // False, with the reason in *error, if it did not come up.
    bool start(const QByteArray& config, QString* error);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    void stop();

    static QString binary(Kind kind);
    static quint16 freePort();

private:
    Kind m_kind;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
