#include "alertmanagerprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

AlertmanagerProcess::~AlertmanagerProcess()
{
    stop();
}

QString AlertmanagerProcess::binary()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus-alertmanager"));
}

quint16 AlertmanagerProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

bool AlertmanagerProcess::start(const QByteArray& config, QString* error)
{
    if (binary().isEmpty()) {
        *error = QStringLiteral("prometheus-alertmanager is not installed; tests/run-tests installs it");
        return false;
    }
    QFile file(m_dir.filePath(QStringLiteral("alertmanager.yml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
        *error = file.errorString();
        return false;
    }
    file.close();
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));

    m_port = freePort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binary(),
        { QStringLiteral("--config.file=") + file.fileName(),
            QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port), QStringLiteral("--cluster.listen-address="),
            QStringLiteral("--log.level=warn") });
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

void AlertmanagerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}
