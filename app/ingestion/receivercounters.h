#pragma once

#include <QMap>
#include <QPair>
#include <QString>

// Requests the receiver refused since it started, by status and reason code,
// for GET /metrics. Used on the receiver's thread only.
class ReceiverCounters {
public:
    using Refusal = QPair<int, QString>; // status, code ("malformed_payload")

    void countRefusal(int status, const QString& code) { ++m_refusals[qMakePair(status, code)]; }
    const QMap<Refusal, qint64>& refusals() const { return m_refusals; }

private:
    QMap<Refusal, qint64> m_refusals;
};
