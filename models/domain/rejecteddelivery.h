#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// A request the receiver refused, kept (newest first, bounded) so that a
// person can see what a sender got wrong and nothing it sent is lost.
struct RejectedDelivery {
    qint64 id = 0;
    QDateTime at; // UTC
    QString route; // "POST /webhooks/alerts/prometheus"
    QString peer;
    int status = 400;
    QString reason;
    QString contentType;
    // Read back, only its first kBodyReadBytes: a list of refusals must not cost
    // what a flood of large ones weighed. bodySize is what was kept.
    QByteArray body;
    qint64 bodySize = 0;
    static constexpr int kBodyReadBytes = 16 * 1024;
};
Q_DECLARE_METATYPE(RejectedDelivery)
