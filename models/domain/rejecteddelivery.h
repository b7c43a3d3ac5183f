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
    QByteArray body;
};
Q_DECLARE_METATYPE(RejectedDelivery)
