#include "views/triage/triagedock.h"

#include "models/itemmodels/incidentlistmodel.h"
#include "models/store/asyncincidentstore.h"
#include "views/common/recordtable.h"
#include "views/common/servicechoice.h"
#include "views/common/severitytoggles.h"
#include "views/common/shownofcountlabel.h"
#include "views/triage/triagedelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

TriageDock::TriageDock(IncidentListModel* model, AsyncIncidentStore* store, QWidget* parent)
    : QDockWidget(tr("Triage"), parent)
    , m_model(model)
    , m_store(store)
{
    setObjectName(QStringLiteral("TriageDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildFilterBar());

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("TriageView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TriageDelegate(m_view));
    configureRecordTable(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentListModel::SeverityColumn, Qt::AscendingOrder);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(IncidentListModel::KeyColumn, 120);
    header->resizeSection(IncidentListModel::SeverityColumn, 70);
    header->resizeSection(IncidentListModel::StatusColumn, 110);
    header->resizeSection(IncidentListModel::AgeColumn, 80);
    header->resizeSection(IncidentListModel::ResponseColumn, 130);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                m_pendingSelection = 0; // the user chose another row
            emitCurrent();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the same incident selected across a new filter or sort when it is still listed.
        if (m_pendingSelection > 0)
            selectIncident(m_pendingSelection);
        else if (m_lastEmitted <= 0 && m_model->rowCount() > 0)
            stepSelection(1); // nothing chosen yet: start on the top of the queue
        else
            emitCurrent();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_pendingSelection > 0)
            selectIncident(m_pendingSelection);
        else if (currentIncidentId() == 0)
            stepSelection(1); // the queue was empty: the first arrival is what to look at
        refreshServices();
    });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, &TriageDock::applyFilter);
    refreshServices();
}

QWidget* TriageDock::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_scope = new QComboBox(bar);
    m_scope->setObjectName(QStringLiteral("TriageScope"));
    m_scope->addItem(tr("Active"), static_cast<int>(Scope::Active));
    m_scope->addItem(tr("Not acknowledged"), static_cast<int>(Scope::Unacknowledged));
    m_scope->addItem(tr("Resolved and closed"), static_cast<int>(Scope::Finished));
    m_scope->addItem(tr("All incidents"), static_cast<int>(Scope::All));
    m_scope->setToolTip(tr("Which incidents to list"));
    layout->addWidget(m_scope);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TriageDock::applyFilter);

    m_severities = new SeverityToggles(QStringLiteral("TriageSeverity"), bar);
    connect(m_severities, &SeverityToggles::changed, this, &TriageDock::applyFilter);
    layout->addWidget(m_severities);

    m_service = new ServiceChoice(QStringLiteral("TriageService"), 12, bar);
    layout->addWidget(m_service);
    connect(m_service, &QComboBox::currentIndexChanged, this, &TriageDock::applyFilter);

    m_environment = new QComboBox(bar);
    m_environment->setObjectName(QStringLiteral("TriageEnvironment"));
    m_environment->addItem(tr("All environments"), -1);
    for (Environment environment : kEnvironments.all())
        m_environment->addItem(kEnvironments.label(environment), static_cast<int>(environment));
    layout->addWidget(m_environment);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &TriageDock::applyFilter);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("TriageSearch"));
    m_search->setPlaceholderText(tr("Search key, title, service, description (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });

    auto* count = new ShownOfCountLabel(m_model, bar);
    count->setObjectName(QStringLiteral("TriageCount"));
    layout->addWidget(count);
    return bar;
}

IncidentFilter TriageDock::filterFromControls() const
{
    IncidentFilter filter;
    switch (static_cast<Scope>(m_scope->currentData().toInt())) {
    case Scope::Active:
        filter = IncidentFilter::activeOnly();
        break;
    case Scope::Unacknowledged:
        filter.statuses = { IncidentStatus::Triggered };
        break;
    case Scope::Finished:
        filter.statuses = { IncidentStatus::Resolved, IncidentStatus::Closed };
        break;
    case Scope::All:
        break;
    }
    filter.severities = m_severities->checked();
    filter.service = m_service->chosen();
    const int environment = m_environment->currentData().toInt();
    if (environment >= 0)
        filter.environment = static_cast<Environment>(environment);
    filter.text = m_search->text().trimmed();
    return filter;
}

void TriageDock::applyFilter()
{
    m_searchDelay.stop();
    m_pendingSelection = currentIncidentId();
    m_model->setFilter(filterFromControls());
}

void TriageDock::refreshServices()
{
    m_store->run<StoreResult<QStringList>>(
        this, [](IncidentStore& store) { return store.incidents().services(); },
        [this](const StoreResult<QStringList>& services) {
            if (services)
                m_service->setServices(*services);
        });
}

qint64 TriageDock::currentIncidentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IncidentListModel::IncidentIdRole).toLongLong() : 0;
}

void TriageDock::selectIncident(qint64 incidentId)
{
    const int row = m_model->rowForId(incidentId);
    if (row < 0) {
        // Not listed (yet): remember it, so it is selected as soon as it arrives.
        m_pendingSelection = incidentId;
        emitCurrent();
        return;
    }
    m_pendingSelection = 0;
    const QModelIndex index = m_model->index(row, IncidentListModel::KeyColumn);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    emitCurrent();
}

void TriageDock::stepSelection(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row
        = current.isValid() ? std::clamp(current.row() + step, 0, rows - 1) : (step > 0 ? 0 : rows - 1);
    if (row == rows - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectIncident(m_model->index(row, 0).data(IncidentListModel::IncidentIdRole).toLongLong());
}

void TriageDock::focusSearch()
{
    raise();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TriageDock::emitCurrent()
{
    const qint64 id = m_pendingSelection > 0 ? m_pendingSelection : currentIncidentId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT currentIncidentChanged(id);
}
