#include "models/itemmodels/rejecteddeliverymodel.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/plaintooltip.h"

void RejectedDeliveryModel::setDeliveries(const QList<RejectedDelivery>& deliveries)
{
    // A kept delivery never changes.
    setRows(deliveries, [](const RejectedDelivery&, const RejectedDelivery&) { return true; });
}

QVariant RejectedDeliveryModel::data(const QModelIndex& index, int role) const
{
    const RejectedDelivery* delivery = rowAt(index.row());
    if (!delivery || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case BodyRole:
        return delivery->body;
    case BodySizeRole:
        return delivery->bodySize;
    case ContentTypeRole:
        return delivery->contentType;
    case Qt::ToolTipRole:
        return plainToolTip(delivery->reason); // it may quote what the sender sent
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case AtColumn:
            return TimeFormat::localShort(delivery->at);
        case StatusColumn:
            // 0: refused before HTTP began (a failed TLS handshake).
            return delivery->status > 0 ? QVariant(delivery->status) : QVariant(tr("TLS"));
        case RouteColumn:
            return delivery->route;
        case PeerColumn:
            return delivery->peer;
        case ReasonColumn:
            return delivery->reason;
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QStringList RejectedDeliveryModel::columnTitles() const
{
    return { tr("When"), tr("Status"), tr("Request"), tr("From"), tr("Reason") };
}
