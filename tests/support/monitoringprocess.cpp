#include "monitoringprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

MonitoringProcess::MonitoringProcess(Kind kind)
    : m_kind(kind)
{
}

MonitoringProcess::~MonitoringProcess()
{
    stop();
}

QString MonitoringProcess::binary(Kind kind)
{
    return QStandardPaths::findExecutable(kind == Kind::Alertmanager
            ? QStringLiteral("prometheus-alertmanager")
            : QStringLiteral("prometheus"));
}

quint16 MonitoringProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

bool MonitoringProcess::start(const QByteArray& config, QString* error)
{
    const bool alertmanager = m_kind == Kind::Alertmanager;
    const QString program = binary(m_kind);
    if (program.isEmpty()) {
        *error = QStringLiteral("%1 is not installed; tests/run-tests installs it")
                     .arg(alertmanager ? QStringLiteral("prometheus-alertmanager")
                                       : QStringLiteral("prometheus"));
        return false;
    }
    m_port = freePort();
    QByteArray text = config;
    text.replace("%PORT%", QByteArray::number(m_port));
    QFile file(
        m_dir.filePath(alertmanager ? QStringLiteral("alertmanager.yml") : QStringLiteral("prometheus.yml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        *error = file.errorString();
        return false;
    }
    file.close();
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString listen = QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port);
    m_process.start(program,
        alertmanager
            ? QStringList { QStringLiteral("--config.file=") + file.fileName(),
                QStringLiteral("--storage.path=") + data, listen, QStringLiteral("--cluster.listen-address="),
                QStringLiteral("--log.level=warn") }
            : QStringList { QStringLiteral("--config.file=") + file.fileName(),
                QStringLiteral("--storage.tsdb.path=") + data, listen, QStringLiteral("--log.level=warn") });
    if (!m_process.waitForStarted()) {
        *error = m_process.errorString();
        return false;
    }
    // Ready when its API answers.
    QNetworkAccessManager network;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        QNetworkReply* reply
            = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/-/ready").arg(m_port))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(2000);
        const bool ready = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
        if (ready)
            return true;
        QTest::qWait(200);
    }
    *error = QString::fromUtf8(m_process.readAll());
    return false;
}

void MonitoringProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}
