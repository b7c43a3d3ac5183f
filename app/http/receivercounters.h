#pragma once

#include <QMap>
#include <QPair>
#include <QString>

#include <functional>

// Requests the receiver refused since it started, by status and reason code,
// and the load its connections put on it now, for GET /metrics. Used on the
// receiver's thread only.
class ReceiverCounters {
public:
    using Refusal = QPair<int, QString>; // status, code ("malformed_payload")
    struct Load {
        int openConnections = 0;
        qint64 heldBytes = 0; // read ahead, being parsed, answers not yet taken
        qint64 refusalsNotKept = 0; // came too fast to be sampled into the store
    };

    void countRefusal(int status, const QString& code) { ++m_refusals[qMakePair(status, code)]; }
    const QMap<Refusal, qint64>& refusals() const { return m_refusals; }
    void setLoad(std::function<Load()> load) { m_load = std::move(load); }
    Load load() const { return m_load ? m_load() : Load {}; }

private:
    QMap<Refusal, qint64> m_refusals;
    std::function<Load()> m_load;
};
