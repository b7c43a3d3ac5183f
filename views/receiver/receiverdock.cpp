#include "views/receiver/receiverdock.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/attentioncolours.h"
#include "models/itemmodels/plaintooltip.h"
#include "models/itemmodels/rejecteddeliverymodel.h"
#include "models/store/asyncincidentstore.h"
#include "views/common/plainmessage.h"
#include "views/common/recordtable.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace {
constexpr int kRefreshMs = 10000;
constexpr int kRejectedShown = 200;
constexpr int kSoonMs = 1000;

// A status line in the text colour, or in the overdue colour when something is wrong.
void showHealth(QLabel* line, bool healthy)
{
    QPalette palette = line->palette();
    palette.setColor(
        QPalette::WindowText, healthy ? palette.color(QPalette::Text) : AttentionColours::overdue());
    line->setPalette(palette);
}

struct ReceiverSnapshot {
    StoreResult<AlertStatistics> statistics = StoreResult<AlertStatistics>::failure(StoreErrorKind::None, {});
    StoreResult<QList<RejectedDelivery>> rejected
        = StoreResult<QList<RejectedDelivery>>::failure(StoreErrorKind::None, {});
};
}

ReceiverDock::ReceiverDock(AsyncIncidentStore* store, QList<AlertSource> sources, QWidget* parent)
    : QDockWidget(tr("Receiver"), parent)
    , m_store(store)
    , m_listening(new QLabel(this))
    , m_inbox(new QLabel(this))
    , m_exportSetAside(new QPushButton(tr("Export set-aside entries…"), this))
    , m_sourceList(std::move(sources))
    , m_sources(new QTableWidget(0, 3, this))
    , m_pollingTitle(new QLabel(tr("Polling:"), this))
    , m_polling(new QTableWidget(0, 4, this))
    , m_rejected(new RejectedDeliveryModel(this))
    , m_rejectedView(new QTableView(this))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("ReceiverDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_listening->setObjectName(QStringLiteral("ReceiverListening"));
    m_listening->setTextFormat(Qt::PlainText);
    m_listening->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_listening);
    m_inbox->setObjectName(QStringLiteral("ReceiverInbox"));
    m_inbox->setTextFormat(Qt::PlainText); // it may quote what a sender or a service wrote
    m_inbox->setWordWrap(true);
    m_inbox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_inbox);
    m_exportSetAside->setObjectName(QStringLiteral("ReceiverExportSetAside"));
    m_exportSetAside->setToolTip(
        tr("Save the inbox entries that could not be read, byte for byte, as a JSON file."));
    m_exportSetAside->hide();
    connect(m_exportSetAside, &QPushButton::clicked, this, &ReceiverDock::exportSetAside);
    layout->addWidget(m_exportSetAside, 0, Qt::AlignLeft);

    m_sources->setObjectName(QStringLiteral("ReceiverSources"));
    m_sources->setHorizontalHeaderLabels({ tr("Source"), tr("Alerts"), tr("Last delivery") });
    m_sources->verticalHeader()->hide();
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->setSelectionMode(QAbstractItemView::NoSelection);
    m_sources->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const int rows = static_cast<int>(m_sourceList.size());
    m_sources->setRowCount(rows);
    m_sources->setMaximumHeight(m_sources->verticalHeader()->defaultSectionSize() * (rows + 1) + 6);
    layout->addWidget(m_sources);

    m_polling->setObjectName(QStringLiteral("ReceiverPolling"));
    m_polling->setHorizontalHeaderLabels(
        { tr("Polled"), tr("Last success"), tr("Next poll"), tr("Last error") });
    m_polling->verticalHeader()->hide();
    m_polling->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_polling->setSelectionMode(QAbstractItemView::NoSelection);
    m_polling->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_pollingTitle->hide(); // until something is polled
    m_polling->hide();
    layout->addWidget(m_pollingTitle);
    layout->addWidget(m_polling);

    auto* refused = new QLabel(tr("Refused deliveries (kept for inspection):"), content);
    layout->addWidget(refused);
    auto* split = new QSplitter(Qt::Vertical, content);
    m_rejectedView->setObjectName(QStringLiteral("RejectedDeliveries"));
    m_rejectedView->setModel(m_rejected);
    configureRecordTable(m_rejectedView);
    m_rejectedView->horizontalHeader()->setSectionResizeMode(
        RejectedDeliveryModel::ReasonColumn, QHeaderView::Stretch);
    m_rejectedView->horizontalHeader()->setSectionResizeMode(
        RejectedDeliveryModel::RouteColumn, QHeaderView::ResizeToContents);
    m_body->setObjectName(QStringLiteral("RejectedBody"));
    m_body->setReadOnly(true);
    m_body->setPlaceholderText(tr("Select a refused delivery to see its body as it arrived."));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->addWidget(m_rejectedView);
    split->addWidget(m_body);
    layout->addWidget(split, 1);
    setWidget(content);

    connect(m_rejectedView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ReceiverDock::showBody);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &ReceiverDock::reload);
    m_refresh.start();
    connect(store, &AsyncIncidentStore::alertsChanged, this, &ReceiverDock::reloadSoon);
    setListening(tr("Receiver starting…"), true, QString());
    setInbox({});
    reload();
}

void ReceiverDock::setInbox(const AlertInboxState& state)
{
    const int waiting = state.waitingAlerts;
    if (!state.problem.isEmpty())
        m_inbox->setText(
            tr("Alert inbox: %Ln accepted alert(s) waiting; the store refuses them (%1). Trying again.",
                nullptr, waiting)
                .arg(state.problem));
    else if (waiting > 0)
        m_inbox->setText(
            tr("Alert inbox: %Ln accepted alert(s) being applied to the store.", nullptr, waiting));
    else
        m_inbox->setText(tr("Alert inbox: every accepted alert is in the store."));
    if (state.setAsideEntries > 0)
        m_inbox->setText(m_inbox->text() + QLatin1Char(' ')
            + tr("%Ln unreadable inbox entries set aside, whole, in the inbox file's quarantine table; "
                 "their alerts are not in the store.",
                nullptr, state.setAsideEntries));
    showHealth(m_inbox, state.problem.isEmpty() && state.setAsideEntries == 0);
    m_storePath = state.storePath;
    m_exportSetAside->setVisible(state.setAsideEntries > 0 && !m_storePath.isEmpty());
}

void ReceiverDock::exportSetAside()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Export set-aside inbox entries"),
        QStringLiteral("set-aside-inbox-entries.json"), tr("JSON (*.json)"));
    if (target.isEmpty())
        return;
    m_exportSetAside->setEnabled(false);
    // The inbox is a file of its own: read and written on a thread of its own, never on this one.
    auto outcome = std::make_shared<QString>();
    QThread* worker = QThread::create([storePath = m_storePath, target, outcome] {
        QString error;
        const std::unique_ptr<AlertInbox> inbox = AlertInbox::open(storePath, &error);
        const StoreResult<QByteArray> json = inbox
            ? inbox->quarantinedAsJson()
            : StoreResult<QByteArray>::failure(StoreErrorKind::Unavailable, error);
        if (!json) {
            *outcome = json.error();
            return;
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
            *outcome = file.errorString();
    });
    connect(worker, &QThread::finished, this, [this, worker, target, outcome] {
        worker->deleteLater();
        m_exportSetAside->setEnabled(true);
        if (outcome->isEmpty())
            QMessageBox::information(this, tr("Set-aside entries exported"),
                tr("The entries were written to %1.").arg(QDir::toNativeSeparators(target)));
        else
            PlainMessage::warning(this, tr("Set-aside entries not exported"), *outcome);
    });
    worker->start();
}

void ReceiverDock::setListening(const QString& text, bool healthy, const QString& detail)
{
    m_listening->setText(detail.isEmpty() ? text : QStringLiteral("%1 — %2").arg(text, detail));
    showHealth(m_listening, healthy);
}

void ReceiverDock::reloadSoon()
{
    if (!m_refresh.isActive() || m_refresh.remainingTime() > kSoonMs)
        m_refresh.start(kSoonMs);
}

void ReceiverDock::reload()
{
    m_refresh.start(kRefreshMs);
    m_store->run<ReceiverSnapshot>(
        this,
        [](IncidentStore& store) {
            ReceiverSnapshot snapshot;
            snapshot.statistics
                = store.figures().alertStatistics(QDateTime::currentDateTimeUtc().addDays(-1), 0);
            snapshot.rejected = store.intake().rejectedDeliveries(kRejectedShown);
            return snapshot;
        },
        [this](const ReceiverSnapshot& snapshot) {
            if (snapshot.statistics) {
                for (int row = 0; row < m_sourceList.size(); ++row) {
                    const QString& source = m_sourceList.at(row).name;
                    const QDateTime last = snapshot.statistics->lastReceivedBySource.value(source);
                    const QStringList cells { source,
                        QLocale().toString(snapshot.statistics->bySource.value(source)),
                        last.isValid() ? TimeFormat::local(last) : tr("never") };
                    for (int column = 0; column < cells.size(); ++column) {
                        QTableWidgetItem* item = m_sources->item(row, column);
                        if (!item) {
                            item = new QTableWidgetItem;
                            m_sources->setItem(row, column, item);
                        }
                        item->setText(cells.at(column));
                    }
                }
            }
            if (snapshot.rejected)
                m_rejected->setDeliveries(*snapshot.rejected);
        });
}

void ReceiverDock::showBody()
{
    const QModelIndex current = m_rejectedView->currentIndex();
    if (!current.isValid()) {
        m_body->clear();
        return;
    }
    const QByteArray body = current.data(RejectedDeliveryModel::BodyRole).toByteArray();
    const qint64 size = current.data(RejectedDeliveryModel::BodySizeRole).toLongLong();
    const QString type = current.data(RejectedDeliveryModel::ContentTypeRole).toString();
    QString text
        = tr("Content-Type: %1\n\n%2").arg(type.isEmpty() ? tr("(none)") : type, QString::fromUtf8(body));
    if (size > body.size())
        text += tr("\n\n[The first %1 of %2 bytes are shown.]")
                    .arg(QLocale().toString(body.size()), QLocale().toString(size));
    m_body->setPlainText(text);
}

void ReceiverDock::setPollStates(const QList<PollState>& states)
{
    m_pollingTitle->setVisible(!states.isEmpty());
    m_polling->setVisible(!states.isEmpty());
    m_polling->setRowCount(static_cast<int>(states.size()));
    for (int row = 0; row < states.size(); ++row) {
        const PollState& state = states.at(row);
        const QStringList cells {
            QStringLiteral("%1 (%2)").arg(state.name, state.url.toString(QUrl::RemovePassword)),
            state.lastSuccess.isValid()
                ? tr("%1 · open alerts: %2").arg(TimeFormat::local(state.lastSuccess)).arg(state.alertsOpen)
                : tr("never"),
            state.nextPoll.isValid() ? TimeFormat::localShort(state.nextPoll) : QString(),
            state.lastError.isEmpty()
                ? QString()
                : tr("%1 (failures in a row: %2)").arg(state.lastError).arg(state.consecutiveFailures),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(plainToolTip(cells.at(column))); // a polled service's own error
            if (column == 3)
                item->setForeground(AttentionColours::overdue());
            m_polling->setItem(row, column, item);
        }
    }
    m_polling->setMaximumHeight(
        m_polling->verticalHeader()->defaultSectionSize() * (m_polling->rowCount() + 1) + 6);
}
