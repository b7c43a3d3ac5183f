#include "views/timeline/timelinedock.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/timelinemodel.h"
#include "models/store/incidentcommands.h"
#include "views/common/recordtable.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

TimelineDock::TimelineDock(TimelineModel* model, IncidentCommands* commands, QWidget* parent)
    : QDockWidget(tr("Timeline"), parent)
    , m_model(model)
    , m_commands(commands)
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("TimelineDock"));
    m_view->setObjectName(QStringLiteral("TimelineView"));
    m_view->setModel(m_model);
    configureRecordTable(m_view);
    // Widths from what the columns hold, not from whatever rows happen to be loaded.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 58, 59), Qt::UTC);
    header->resizeSection(
        TimelineModel::TimeColumn, metrics.horizontalAdvance(TimeFormat::local(sample)) + padding);
    header->resizeSection(TimelineModel::AuthorColumn, metrics.averageCharWidth() * 16);
    int kindWidth = 0;
    for (int kind = 0; kind <= static_cast<int>(kLastTimelineKind); ++kind)
        kindWidth = std::max(
            kindWidth, metrics.horizontalAdvance(TimelineText::kindLabel(static_cast<TimelineKind>(kind))));
    header->resizeSection(TimelineModel::KindColumn, kindWidth + padding);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TimelineDock::showContextMenu);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex&, int first, int) { followNewRows(first); });

    // Says so when a long timeline has let its oldest entries go (see TimelineModel).
    auto* leftOut = new QLabel(this);
    leftOut->setObjectName(QStringLiteral("TimelineLeftOut"));
    leftOut->setTextFormat(Qt::PlainText);
    leftOut->setWordWrap(true);
    leftOut->hide();
    connect(m_model, &TimelineModel::earlierEntriesLeftOutChanged, leftOut, [this, leftOut](int count) {
        leftOut->setText(
            tr("%n older entries are not listed: the timeline keeps its newest %1 in view.", "", count)
                .arg(QLocale().toString(m_model->maxRows())));
        leftOut->setVisible(count > 0);
    });
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(leftOut);
    layout->addWidget(m_view);
    setWidget(content);
}

void TimelineDock::followNewRows(int first)
{
    // Stay at the newest entry if the reader was already there; leave them alone if they scrolled up.
    const QScrollBar* bar = m_view->verticalScrollBar();
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    const int newRows = m_model->rowCount() - first;
    if (bar->value() >= bar->maximum() - rowHeight * (newRows + 1))
        m_view->scrollToBottom();
}

void TimelineDock::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const qint64 entryId = index.data(TimelineModel::EntryIdRole).toLongLong();
    QMenu menu(this);
    QAction* correctAction = menu.addAction(tr("Add correction…"));
    connect(correctAction, &QAction::triggered, this, [this, entryId] { correct(entryId); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void TimelineDock::correct(qint64 entryId)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Correct timeline entry"),
        tr("Entries are never changed. Say what was wrong with entry #%1; the correction is added as a new "
           "entry and the original is struck through.")
            .arg(entryId),
        QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        m_commands->addCorrection(entryId, text);
}
