#pragma once

#include <QString>

// The name an outbox sender claims messages under: this machine, this process
// and this run ("<machine>/<pid>/<run>"). A console that restarts after a crash
// finds the claims its dead run left and lets them go at once, rather than
// waiting out their lease; so does any console on the same machine for a
// console there that died. Claims of other machines still lapse with their lease,
// because whether a process elsewhere lives cannot be told from here.
class SenderName {
public:
    // A new name for this run of this process.
    static SenderName forThisRun();
    static SenderName parse(const QString& text);

    QString text() const;
    // True when `other` is a sender of this machine whose process has ended
    // (or a previous run whose process id this one was given). The senders of
    // this process are never gone: their claims lapse with their lease.
    bool knowsIsGone(const SenderName& other) const;

private:
    static bool processRuns(qint64 pid);

    QString m_machine;
    qint64 m_pid = 0;
    QString m_run;
};
