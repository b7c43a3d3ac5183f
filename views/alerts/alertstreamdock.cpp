#include "alertstreamdock.h"

#include "alertstreamdelegate.h"
#include "common/recordtable.h"
#include "common/severitytoggles.h"
#include "common/shownofcountlabel.h"
#include "itemmodels/alertlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

AlertStreamDock::AlertStreamDock(AlertListModel* model, QWidget* parent)
    : QDockWidget(tr("Alert stream"), parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("AlertStreamDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildFilterBar());

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("AlertStreamView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new AlertStreamDelegate(m_view));
    configureRecordTable(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertListModel::LastSeenColumn, Qt::DescendingOrder);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(AlertListModel::SummaryColumn, QHeaderView::Stretch);
    const int character = m_view->fontMetrics().averageCharWidth();
    header->resizeSection(AlertListModel::SeverityColumn, 70);
    header->resizeSection(AlertListModel::StatusColumn, character * 14);
    header->resizeSection(AlertListModel::NameColumn, character * 24);
    header->resizeSection(AlertListModel::ServiceColumn, character * 14);
    header->resizeSection(AlertListModel::SourceColumn, character * 17);
    header->resizeSection(AlertListModel::CountColumn, character * 8);
    header->resizeSection(AlertListModel::LastSeenColumn, character * 12);
    header->resizeSection(AlertListModel::IncidentColumn, character * 19);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 incidentId = index.data(AlertListModel::IncidentIdRole).toLongLong();
        if (incidentId > 0)
            Q_EMIT incidentRequested(incidentId);
    });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, &AlertStreamDock::applyFilter);
}

QWidget* AlertStreamDock::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_scope = new QComboBox(bar);
    m_scope->setObjectName(QStringLiteral("AlertScope"));
    m_scope->addItem(tr("Open alerts"), static_cast<int>(Scope::Open));
    m_scope->addItem(tr("Firing"), static_cast<int>(Scope::Firing));
    m_scope->addItem(tr("Resolved (history)"), static_cast<int>(Scope::Resolved));
    m_scope->addItem(tr("All alerts"), static_cast<int>(Scope::All));
    m_scope->setToolTip(tr("Which alerts to list"));
    layout->addWidget(m_scope);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AlertStreamDock::applyFilter);

    m_severities = new SeverityToggles(QStringLiteral("AlertSeverity"), bar);
    connect(m_severities, &SeverityToggles::changed, this, &AlertStreamDock::applyFilter);
    layout->addWidget(m_severities);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("AlertSearch"));
    m_search->setPlaceholderText(tr("Search alert, summary, service, fingerprint"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });

    auto* count = new ShownOfCountLabel(m_model, bar);
    count->setObjectName(QStringLiteral("AlertCount"));
    layout->addWidget(count);
    return bar;
}

AlertFilter AlertStreamDock::filterFromControls() const
{
    AlertFilter filter;
    switch (static_cast<Scope>(m_scope->currentData().toInt())) {
    case Scope::Open:
        filter = AlertFilter::open();
        break;
    case Scope::Firing:
        filter.statuses = { AlertStatus::Firing };
        break;
    case Scope::Resolved:
        filter.statuses = { AlertStatus::Resolved };
        break;
    case Scope::All:
        break;
    }
    filter.severities = m_severities->checked();
    filter.text = m_search->text().trimmed();
    return filter;
}

void AlertStreamDock::applyFilter()
{
    m_searchDelay.stop();
    m_model->setFilter(filterFromControls());
}

void AlertStreamDock::focusSearch()
{
    raise();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

