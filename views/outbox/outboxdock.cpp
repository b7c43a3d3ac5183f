#include "views/outbox/outboxdock.h"

#include "models/itemmodels/outboxlistmodel.h"
#include "models/store/asyncincidentstore.h"
#include "views/common/recordtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kRefreshMs = 15000;
constexpr int kShown = 500;
}

OutboxDock::OutboxDock(AsyncIncidentStore* store, QWidget* parent)
    : QDockWidget(tr("Outbox"), parent)
    , m_store(store)
    , m_model(new OutboxListModel(this))
{
    setObjectName(QStringLiteral("OutboxDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    m_channels = new QLabel(content);
    m_channels->setObjectName(QStringLiteral("OutboxChannels"));
    m_channels->setWordWrap(true);
    m_channels->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry now"), content);
    m_retry->setObjectName(QStringLiteral("RetryOutbound"));
    m_retry->setToolTip(tr("Send the selected message again now, even one that failed for good"));
    top->addWidget(m_channels, 1);
    top->addWidget(m_retry);
    layout->addLayout(top);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("OutboxView"));
    m_view->setModel(m_model);
    configureRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(
        OutboxListModel::EventColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OutboxListModel::ErrorColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_retry, &QPushButton::clicked, this, &OutboxDock::retryCurrent);
    const auto updateButtons = [this] {
        const QModelIndex current = m_view->currentIndex();
        m_retry->setEnabled(current.isValid()
            && current.data(OutboxListModel::StateRole).toInt() != static_cast<int>(OutboxState::Delivered));
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    updateButtons();
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &OutboxDock::reload);
    m_refresh.start();
    reload();
}

void OutboxDock::setChannelStates(const QStringList& states)
{
    m_channels->setText(states.join(QStringLiteral(" · ")));
}

void OutboxDock::reload()
{
    m_store->run<StoreResult<QList<OutboxMessage>>>(
        this, [](IncidentStore& store) { return store.outbox().outboxMessages(kShown); },
        [this](const StoreResult<QList<OutboxMessage>>& messages) {
            if (messages)
                m_model->setMessages(*messages);
            else
                Q_EMIT statusMessage(messages.error());
        });
}

void OutboxDock::retryCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_store->run<StoreResult<OutboxMessage>>(
        this,
        [id = current.data(OutboxListModel::MessageIdRole).toLongLong()](
            IncidentStore& store) { return store.outbox().retryOutboundNow(id); },
        [this](const StoreResult<OutboxMessage>& message) {
            if (!message) {
                Q_EMIT statusMessage(message.error());
                return;
            }
            Q_EMIT statusMessage(
                tr("%1 %2 for %3 will be sent again now.")
                    .arg(OutboxText::channelLabel(message->channel), message->event, message->incidentKey));
            reload();
            Q_EMIT retryRequested();
        });
}
