#include "wrkload.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>

#include <csignal>

namespace {
// The load script stops sending at its limit and says STOPPED, but wrk would
// sleep out its duration: an interrupt ends it (and its summary counts the time
// taken). Sent again until it ends, in case the signal reached a thread that
// was still winding down.
void interruptOnceStopped(QProcess& wrk, int seconds)
{
    if (!wrk.waitForStarted())
        return;
    QByteArray seen;
    QElapsedTimer clock;
    clock.start();
    while (
        !seen.contains("STOPPED") && clock.elapsed() < seconds * 1000LL && wrk.state() == QProcess::Running) {
        if (wrk.waitForReadyRead(200))
            seen = wrk.peek(wrk.bytesAvailable());
    }
    while (wrk.state() == QProcess::Running) {
        ::kill(static_cast<pid_t>(wrk.processId()), SIGINT);
        wrk.waitForFinished(100);
    }
}
}

bool WrkLoad::run(const Plan& plan, Result* result, QString* error)
{
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments { QStringLiteral("-t%1").arg(plan.alertLimit > 0 ? 1 : plan.threads),
        QStringLiteral("-c%1").arg(plan.connections), QStringLiteral("-d%1s").arg(plan.seconds),
        QStringLiteral("--latency"), QStringLiteral("-s"), QStringLiteral(IC_LOAD_SCRIPT), plan.url,
        QStringLiteral("--"), plan.format };
    arguments.append(QString::number(plan.alertLimit > 0 ? plan.alertLimit : 0));
    arguments.append(plan.tag);
    wrk.start(QStringLiteral("wrk"), arguments);
    if (plan.alertLimit > 0)
        interruptOnceStopped(wrk, plan.seconds);
    if (wrk.state() != QProcess::NotRunning && !wrk.waitForFinished((plan.seconds + 60) * 1000)) {
        *error = QStringLiteral("wrk did not finish: %1").arg(wrk.errorString());
        return false;
    }
    const QByteArray output = wrk.readAll();
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            values.insert(parts.at(0), parts.at(1));
    }
    if (!values.contains("REQUESTS")) {
        *error = QString::fromUtf8(output);
        return false;
    }
    result->requests = values.value("REQUESTS").toLongLong();
    result->seconds = values.value("SECONDS").toDouble();
    result->errors = values.value("ERRORS").toLongLong();
    result->non2xx = values.value("NON2XX").toLongLong();
    result->p50Ms = values.value("P50_MS").toDouble();
    result->p99Ms = values.value("P99_MS").toDouble();
    return true;
}
