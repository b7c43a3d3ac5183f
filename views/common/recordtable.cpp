#include "views/common/recordtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

void configureRecordTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setHighlightSections(false);
}

QTableWidget* makeEditTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QHBoxLayout* addRemoveButtons(QWidget* parent, const QString& addText, const QString& removeText,
    const std::function<void()>& add, const std::function<void()>& remove)
{
    auto* layout = new QHBoxLayout;
    auto* addButton = new QPushButton(addText, parent);
    auto* removeButton = new QPushButton(removeText, parent);
    QObject::connect(addButton, &QPushButton::clicked, parent, add);
    QObject::connect(removeButton, &QPushButton::clicked, parent, remove);
    layout->addWidget(addButton);
    layout->addWidget(removeButton);
    layout->addStretch(1);
    return layout;
}
