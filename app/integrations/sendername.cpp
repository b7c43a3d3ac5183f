#include "app/integrations/sendername.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace {
// The runs this process has made (a process may send through more than one, as tests do).
struct RunsOfThisProcess {
    QMutex mutex;
    QSet<QString> runs;
};

RunsOfThisProcess& runsOfThisProcess()
{
    static RunsOfThisProcess runs;
    return runs;
}
}

SenderName SenderName::forThisRun()
{
    SenderName name;
    QString machine = QString::fromLatin1(QSysInfo::machineUniqueId().toHex());
    if (machine.isEmpty())
        machine = QSysInfo::machineHostName();
    // The separator never appears inside a part.
    name.m_machine = machine.replace(QLatin1Char('/'), QLatin1Char('_'));
    name.m_pid = QCoreApplication::applicationPid();
    name.m_run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    RunsOfThisProcess& ours = runsOfThisProcess();
    const QMutexLocker lock(&ours.mutex);
    ours.runs.insert(name.m_run);
    return name;
}

SenderName SenderName::parse(const QString& text)
{
    SenderName name;
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return name; // a name from an older console: nothing is known of it
    bool isNumber = false;
    const qint64 pid = parts.at(1).toLongLong(&isNumber);
    if (!isNumber || pid <= 0)
        return name;
    name.m_machine = parts.at(0);
    name.m_pid = pid;
    name.m_run = parts.at(2);
    return name;
}

QString SenderName::text() const
{
    return QStringLiteral("%1/%2/%3").arg(m_machine).arg(m_pid).arg(m_run);
}

bool SenderName::knowsIsGone(const SenderName& other) const
{
    if (other.m_machine.isEmpty() || other.m_machine != m_machine || other.m_run == m_run)
        return false;
    // Our own process id under a run this process never made: that run ended, and the
    // system gave us its id.
    if (other.m_pid == m_pid) {
        RunsOfThisProcess& ours = runsOfThisProcess();
        const QMutexLocker lock(&ours.mutex);
        return !ours.runs.contains(other.m_run);
    }
    return !processRuns(other.m_pid);
}

bool SenderName::processRuns(qint64 pid)
{
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // it exists, run by someone else
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 asks only whether the process exists; EPERM: it does, run by another user.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}
