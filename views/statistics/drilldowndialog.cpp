#include "views/statistics/drilldowndialog.h"

#include "models/domain/timeformat.h"
#include "views/common/severitypalette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

DrillDownDialog::DrillDownDialog(
    const QString& title, const QList<Incident>& incidents, int limit, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(incidents.size()), 7, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(incidents.size() >= limit
            ? tr("The newest %n incident(s); there are more.", nullptr, limit)
            : tr("%n incident(s), newest first.", nullptr, static_cast<int>(incidents.size())),
        this);
    layout->addWidget(summary);
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setHorizontalHeaderLabels({ tr("Incident"), tr("Severity"), tr("Title"), tr("Service"),
        tr("Status"), tr("Detected"), tr("Resolved after") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < incidents.size(); ++row) {
        const Incident& incident = incidents.at(row);
        const auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, incident.id);
            m_table->setItem(row, column, item);
            return item;
        };
        cell(0, incident.key);
        QTableWidgetItem* severity = cell(1, SeverityNames::code(incident.severity));
        severity->setBackground(SeverityPalette::background(incident.severity));
        severity->setForeground(SeverityPalette::text(incident.severity));
        cell(2, incident.title);
        cell(3, incident.service);
        cell(4, Lifecycle::label(incident.status));
        cell(5, TimeFormat::local(incident.detectedAt));
        cell(6,
            incident.resolvedAt.isValid()
                ? TimeFormat::duration(incident.detectedAt.secsTo(incident.resolvedAt))
                : QString());
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemActivated, this,
        [this](QTableWidgetItem* item) { Q_EMIT incidentRequested(item->data(Qt::UserRole).toLongLong()); });
    resize(900, 480);
}
