#include "app/http/refusallog.h"

#include "models/store/incidentstore.h"

#include <algorithm>

RefusalLog::RefusalLog(IncidentStore* store, std::function<void(const RejectedDelivery&)> written)
    : m_store(store)
    , m_written(std::move(written))
{
    m_writeSoon.setSingleShot(true);
    m_writeSoon.setInterval(kWriteEveryMs);
    QObject::connect(&m_writeSoon, &QTimer::timeout, &m_writeSoon, [this] { write(); });
    m_sinceSample.start();
}

RefusalLog::~RefusalLog()
{
    write(); // what waited when the receiver stopped
}

void RefusalLog::keepWhole(RejectedDelivery delivery)
{
    if (m_waitingBodyBytes + delivery.body.size() > kWaitingBodyBytesAtMost) {
        delivery.body.clear();
        delivery.reason
            += QLatin1Char(' ') + tr("(Its body was not kept: too many large refusals came at once.)");
    }
    wait(std::move(delivery));
}

void RefusalLog::keepSample(RejectedDelivery delivery)
{
    // A token bucket: kSampleBurst at once, refilled at one each kSampleEveryMs.
    m_samples = std::min<double>(
        kSampleBurst, m_samples + static_cast<double>(m_sinceSample.restart()) / kSampleEveryMs);
    if (m_samples < 1) {
        ++m_notKept;
        return;
    }
    m_samples -= 1;
    delivery.body.clear();
    wait(std::move(delivery));
}

void RefusalLog::wait(RejectedDelivery delivery)
{
    if (m_waiting.size() >= kWaitingAtMost) {
        ++m_notKept;
        return;
    }
    delivery.bodySize = delivery.body.size();
    m_waitingBodyBytes += delivery.body.size();
    m_waiting.append(std::move(delivery));
    if (!m_writeSoon.isActive())
        m_writeSoon.start();
}

void RefusalLog::write()
{
    if (m_waiting.isEmpty())
        return;
    const QList<RejectedDelivery> waiting = std::exchange(m_waiting, {});
    m_waitingBodyBytes = 0;
    // Best effort: a store that cannot keep them cannot have taken the deliveries either.
    if (const StoreResult<bool> kept = m_store->intake().keepRejectedDeliveries(waiting, kKept); !kept) {
        qWarning("%lld refused deliveries could not be kept: %s", static_cast<long long>(waiting.size()),
            qPrintable(kept.error()));
        return;
    }
    if (m_written) {
        for (const RejectedDelivery& delivery : waiting)
            m_written(delivery);
    }
}
