#include "views/runbook/playbookreviewdialog.h"

#include "models/domain/clock.h"
#include "models/itemmodels/attentioncolours.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { TitleColumn, LastReviewedColumn, ReviewedByColumn, DueColumn, ColumnCount };
}

PlaybookReviewDialog::PlaybookReviewDialog(
    QString userDirectory, QString author, const Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_userDirectory(std::move(userDirectory))
    , m_author(std::move(author))
    , m_clock(clock)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_mark(new QPushButton(tr("&Mark reviewed today"), this))
{
    setObjectName(QStringLiteral("PlaybookReviewDialog"));
    setWindowTitle(tr("Review playbooks"));
    m_summary->setObjectName(QStringLiteral("PlaybookReviewSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("PlaybookReviewTable"));
    m_table->setHorizontalHeaderLabels({ tr("Playbook"), tr("Last reviewed"), tr("By"), tr("Next review") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column = LastReviewedColumn; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_mark->setObjectName(QStringLiteral("MarkPlaybookReviewed"));
    m_mark->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_mark->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    connect(m_mark, &QPushButton::clicked, this, &PlaybookReviewDialog::markSelected);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_mark, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void PlaybookReviewDialog::reload()
{
    QStringList warnings;
    m_catalog = PlaybookCatalog::load(m_userDirectory, &warnings);
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    const QList<const Playbook*> due = m_catalog.reviewsDue(today);
    m_summary->setText(due.isEmpty()
            ? tr("Every playbook has been reviewed within its interval. Review and update them quarterly "
                 "(seed "
                 "001): go through each step with the people who would follow it.")
            : tr("%n playbook(s) due for review. Go through each step with the people who would follow it, "
                 "change what is out of date in its file, then mark it reviewed.",
                nullptr, static_cast<int>(due.size())));
    // Those due first, in the order they fell due; then the others by their next review.
    QList<const Playbook*> rows = due;
    QList<const Playbook*> rest;
    for (const Playbook& playbook : std::as_const(m_catalog.playbooks)) {
        if (!due.contains(&playbook))
            rest.append(&playbook);
    }
    std::stable_sort(rest.begin(), rest.end(),
        [](const Playbook* a, const Playbook* b) { return a->reviewDue() < b->reviewDue(); });
    rows += rest;
    m_table->setRowCount(0);
    const QLocale locale;
    for (const Playbook* playbook : std::as_const(rows)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* title = new QTableWidgetItem(playbook->title);
        title->setData(Qt::UserRole, playbook->id);
        m_table->setItem(row, TitleColumn, title);
        m_table->setItem(row, LastReviewedColumn,
            new QTableWidgetItem(playbook->lastReviewed.isValid()
                    ? locale.toString(playbook->lastReviewed, QLocale::ShortFormat)
                    : tr("Never")));
        m_table->setItem(row, ReviewedByColumn, new QTableWidgetItem(playbook->reviewedBy));
        auto* next = new QTableWidgetItem(playbook->reviewIsDue(today)
                ? (playbook->lastReviewed.isValid()
                        ? tr("Due since %1").arg(locale.toString(playbook->reviewDue(), QLocale::ShortFormat))
                        : tr("Due now"))
                : locale.toString(playbook->reviewDue(), QLocale::ShortFormat));
        if (playbook->reviewIsDue(today))
            next->setForeground(AttentionColours::overdue());
        m_table->setItem(row, DueColumn, next);
    }
}

void PlaybookReviewDialog::markSelected()
{
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows(TitleColumn)) {
        const Playbook* playbook = m_catalog.playbook(row.data(Qt::UserRole).toString());
        QString error;
        if (playbook && !PlaybookCatalog::markReviewed(m_userDirectory, *playbook, today, m_author, &error)) {
            QMessageBox::warning(this, tr("Review playbooks"), tr("Not marked reviewed: %1").arg(error));
            break;
        }
    }
    reload();
    Q_EMIT reviewed();
}
