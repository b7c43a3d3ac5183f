#include "models/itemmodels/outboxlistmodel.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/attentioncolours.h"
#include "models/itemmodels/plaintooltip.h"

#include <QBrush>
#include <QColor>

void OutboxListModel::setMessages(const QList<OutboxMessage>& messages)
{
    setRows(messages, [](const OutboxMessage& a, const OutboxMessage& b) {
        return a.state == b.state && a.attempts == b.attempts && a.nextAttemptAt == b.nextAttemptAt
            && a.lastError == b.lastError;
    });
}

QVariant OutboxListModel::data(const QModelIndex& index, int role) const
{
    const OutboxMessage* message = rowAt(index.row());
    if (!message || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case MessageIdRole:
        return message->id;
    case StateRole:
        return static_cast<int>(message->state);
    case PayloadRole:
        return message->payload;
    case Qt::ToolTipRole:
        return plainToolTip(
            message->lastError.isEmpty() ? QString::fromUtf8(message->payload) : message->lastError);
    case Qt::ForegroundRole:
        // A failed message needs a person; one still retrying after errors may.
        if (message->state == OutboxState::Failed)
            return QBrush(AttentionColours::overdue());
        if (message->state == OutboxState::Waiting && message->attempts > 0)
            return QBrush(AttentionColours::waiting());
        return {};
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case CreatedColumn:
            return TimeFormat::localShort(message->createdAt);
        case ChannelColumn:
            return message->target.isEmpty()
                ? OutboxText::channelLabel(message->channel)
                : tr("%1 (%2)").arg(OutboxText::channelLabel(message->channel), message->target);
        case IncidentColumn:
            return message->incidentKey;
        case EventColumn:
            return message->event;
        case StateColumn:
            return OutboxText::stateLabel(message->state);
        case AttemptsColumn:
            return message->attempts;
        case WhenColumn:
            if (message->state == OutboxState::Delivered)
                return TimeFormat::localShort(message->deliveredAt);
            if (message->state == OutboxState::Waiting)
                return TimeFormat::localShort(message->nextAttemptAt);
            return TimeFormat::localShort(message->lastAttemptAt);
        case ErrorColumn:
            return message->lastError;
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QStringList OutboxListModel::columnTitles() const
{
    return { tr("Queued"), tr("Channel"), tr("Incident"), tr("Event"), tr("State"), tr("Attempts"),
        tr("Next try / sent"), tr("Last error") };
}
