#pragma once

#include "models/domain/outboxmessage.h"
#include "models/itemmodels/keyedlistmodel.h"

// The outbox, newest first: what was sent where, what waits and why, what
// failed for good.
class OutboxListModel final : public KeyedListModel<OutboxMessage> {
    Q_OBJECT
public:
    enum Column {
        CreatedColumn,
        ChannelColumn,
        IncidentColumn,
        EventColumn,
        StateColumn,
        AttemptsColumn,
        WhenColumn, // next attempt while waiting, delivery time once delivered
        ErrorColumn,
        ColumnCount
    };
    enum Role { MessageIdRole = Qt::UserRole + 1, StateRole, PayloadRole };

    using KeyedListModel<OutboxMessage>::KeyedListModel;

    void setMessages(const QList<OutboxMessage>& messages);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;
};
