#pragma once

#include "models/domain/rejecteddelivery.h"
#include "models/itemmodels/keyedlistmodel.h"

// The deliveries the receiver refused, newest first, with why.
class RejectedDeliveryModel final : public KeyedListModel<RejectedDelivery> {
    Q_OBJECT
public:
    enum Column { AtColumn, StatusColumn, RouteColumn, PeerColumn, ReasonColumn, ColumnCount };
    enum Role { BodyRole = Qt::UserRole + 1, BodySizeRole, ContentTypeRole };

    using KeyedListModel<RejectedDelivery>::KeyedListModel;

    void setDeliveries(const QList<RejectedDelivery>& deliveries);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;
};
