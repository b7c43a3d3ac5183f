#include "app/composition/stopsignals.h"

#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// The handler may only write to a descriptor: the event loop reads the other end.
int g_wakeFds[2] = { -1, -1 };

void onStopSignal(int number)
{
    const int savedErrno = errno; // whatever the interrupted code was about to read
    const unsigned char byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const ssize_t written
        = ::write(g_wakeFds[0], &byte, 1); // non-blocking: a flood is dropped
    errno = savedErrno;
}
}

StopSignals::StopSignals(QObject* parent)
    : QObject(parent)
{
    if (g_wakeFds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_wakeFds) != 0)
        return; // one catcher a process; or none where the system gives no socket pair
    ::fcntl(g_wakeFds[0], F_SETFL, ::fcntl(g_wakeFds[0], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_wakeFds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        unsigned char byte = 0;
        if (::read(g_wakeFds[1], &byte, 1) == 1)
            Q_EMIT stopRequested(byte);
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

StopSignals::~StopSignals()
{
    if (!m_notifier)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    ::close(g_wakeFds[0]);
    ::close(g_wakeFds[1]);
    g_wakeFds[0] = g_wakeFds[1] = -1;
}
#else
StopSignals::StopSignals(QObject* parent)
    : QObject(parent)
{
}

StopSignals::~StopSignals() = default;
#endif
