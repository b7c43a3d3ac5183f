#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM and SIGINT (a service manager stopping the service, Ctrl+C) into
// a signal on the event loop, so that a headless run shuts down as it would on
// quit: the receiver stops taking requests, what it took is committed, the
// store closes. Where the system has no such signals, nothing is caught.
class StopSignals final : public QObject {
    Q_OBJECT
public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};
