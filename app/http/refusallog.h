#pragma once

#include "models/domain/rejecteddelivery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <functional>

class IncidentStore;

// What the receiver keeps of the deliveries it refuses, at a cost that a flood
// of refusals cannot raise.
//
// A refusal after authentication (a sender with the right to send, whose
// payload was wrong) is kept whole, body included: its owner needs to see it.
// A refusal before it (a web page, a stranger without the token, bytes that are
// not HTTP) is kept only as a sample, without its body: at most kSampleBurst at
// once and one more each kSampleEveryMs. Every refusal is counted elsewhere,
// for /metrics, whether kept or not.
//
// Kept refusals are written together, one transaction at most every kWriteEveryMs;
// what waits for that is bounded in number and in body bytes. Lives on, and is
// used from, the receiver's thread.
class RefusalLog final {
    Q_DECLARE_TR_FUNCTIONS(RefusalLog)
public:
    static constexpr int kKept = 1000; // in the store, newest first
    static constexpr int kSampleBurst = 10;
    static constexpr int kSampleEveryMs = 6000;
    static constexpr int kWriteEveryMs = 500;
    static constexpr int kWaitingAtMost = 200;
    static constexpr qint64 kWaitingBodyBytesAtMost = 4 * 1024 * 1024;

    // `written` hears of each refusal once it is in the store.
    RefusalLog(IncidentStore* store, std::function<void(const RejectedDelivery&)> written);
    ~RefusalLog();
    RefusalLog(const RefusalLog&) = delete;
    RefusalLog& operator=(const RefusalLog&) = delete;

    void keepWhole(RejectedDelivery delivery);
    void keepSample(RejectedDelivery delivery);
    // What the store has not been asked to keep because the refusals came too fast.
    qint64 notKept() const { return m_notKept; }

private:
    void wait(RejectedDelivery delivery);
    void write();

    IncidentStore* m_store;
    std::function<void(const RejectedDelivery&)> m_written;
    QList<RejectedDelivery> m_waiting;
    qint64 m_waitingBodyBytes = 0;
    QTimer m_writeSoon;
    double m_samples = kSampleBurst;
    QElapsedTimer m_sinceSample;
    qint64 m_notKept = 0;
};
