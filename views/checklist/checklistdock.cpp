#include "views/checklist/checklistdock.h"

#include "models/itemmodels/checklistmodel.h"
#include "models/store/asyncincidentstore.h"
#include "models/store/incidentcommands.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

ChecklistDock::ChecklistDock(
    AsyncIncidentStore* store, IncidentCommands* commands, PlaybookCatalog catalog, QWidget* parent)
    : QDockWidget(tr("Checklist"), parent)
    , m_store(store)
    , m_commands(commands)
    , m_catalog(std::move(catalog))
    , m_model(new ChecklistModel(this))
{
    setObjectName(QStringLiteral("ChecklistDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("ChecklistSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_view = new QListView(content);
    m_view->setObjectName(QStringLiteral("ChecklistView"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(false);
    m_view->setSpacing(1);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add &playbook"), content);
    m_add->setObjectName(QStringLiteral("AddPlaybook"));
    m_add->setMenu(new QMenu(m_add));
    m_runbooks = new QPushButton(tr("R&unbooks"), content);
    m_runbooks->setObjectName(QStringLiteral("OpenRunbook"));
    m_runbooks->setMenu(new QMenu(m_runbooks));
    buttons->addWidget(m_add);
    buttons->addWidget(m_runbooks);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setWidget(content);

    // The store's announcement of the change (below) brings the ticked box, as it does for other consoles.
    connect(m_model, &ChecklistModel::checkRequested, this,
        [this](qint64 itemId, bool done) { m_commands->setChecklistItem(itemId, done); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        fillMenus();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecklistDock::updateSummary);
    // Someone else checked a step, or attached a playbook: it comes with a timeline entry.
    connect(store, &AsyncIncidentStore::changed, this, [this](const StoreChanges& changes) {
        for (const StoreChange& change : changes) {
            if (change.incident.id == m_incidentId && change.entry.kind == TimelineKind::Checklist) {
                reload();
                return;
            }
        }
    });
    setIncident(0);
}

void ChecklistDock::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_add->setEnabled(incidentId > 0);
    reload();
}

void ChecklistDock::reload()
{
    if (m_incidentId <= 0) {
        m_model->setItems(0, {});
        return;
    }
    const qint64 incidentId = m_incidentId;
    m_store->run<StoreResult<QList<ChecklistItem>>>(
        this, [incidentId](IncidentStore& store) { return store.checklists().checklist(incidentId); },
        [this, incidentId](const StoreResult<QList<ChecklistItem>>& items) {
            if (incidentId != m_incidentId)
                return; // another incident was selected meanwhile
            if (items)
                m_model->setItems(incidentId, *items);
            else
                m_summary->setText(items.error());
        });
}

void ChecklistDock::updateSummary()
{
    if (m_incidentId <= 0) {
        m_summary->setText(tr("No incident selected."));
        return;
    }
    if (m_model->steps() == 0) {
        m_summary->setText(tr("No playbook for this incident yet: add one below."));
        return;
    }
    const int done = m_model->steps() - m_model->openSteps();
    m_summary->setText(tr("%1 of %2 steps done. Phases on the critical response path are dark.")
                           .arg(done)
                           .arg(m_model->steps()));
}

void ChecklistDock::fillMenus()
{
    const QStringList attached = m_model->attachedPlaybooks();
    QMenu* add = m_add->menu();
    add->clear();
    QStringList runbookIds;
    for (const Playbook& playbook : m_catalog.playbooks) {
        const bool isAttached = attached.contains(playbook.id);
        QAction* action = add->addAction(playbook.estimatedDurationMinutes > 0
                ? tr("%1 (about %2 min; %3)")
                      .arg(playbook.title)
                      .arg(playbook.estimatedDurationMinutes)
                      .arg(playbook.requiredSkills.join(QLatin1String(", ")))
                : playbook.title);
        action->setEnabled(!isAttached);
        connect(action, &QAction::triggered, this,
            [this, playbook] { m_commands->attachPlaybook(m_incidentId, playbook); });
        if (isAttached)
            runbookIds += playbook.runbooks;
    }
    QMenu* runbooks = m_runbooks->menu();
    runbooks->clear();
    const auto addRunbook = [this](QMenu* menu, const Runbook& runbook) {
        connect(menu->addAction(runbook.title), &QAction::triggered, this,
            [this, id = runbook.id] { Q_EMIT runbookRequested(id); });
    };
    runbookIds.removeDuplicates();
    for (const QString& id : std::as_const(runbookIds)) {
        if (const Runbook* runbook = m_catalog.runbook(id))
            addRunbook(runbooks, *runbook);
    }
    if (!runbookIds.isEmpty())
        runbooks->addSeparator();
    QMenu* all = runbooks->addMenu(tr("All runbooks"));
    for (const Runbook& runbook : m_catalog.runbooks)
        addRunbook(all, runbook);
}
