#include "views/alerts/alertstreamdock.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/alertlistmodel.h"
#include "models/store/alertcsv.h"
#include "models/store/incidentcommands.h"
#include "views/alerts/alertstreamdelegate.h"
#include "views/common/recordtable.h"
#include "views/common/severitytoggles.h"
#include "views/common/shownofcountlabel.h"
#include "views/dialogs/silencedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QSaveFile>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

AlertStreamDock::AlertStreamDock(AlertListModel* model, IncidentCommands* commands, AsyncIncidentStore* store,
    const Clock* clock, QWidget* parent)
    : QDockWidget(tr("Alert stream"), parent)
    , m_model(model)
    , m_commands(commands)
    , m_store(store)
    , m_clock(clock)
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

    // Letters, not chords: they act only while the stream has focus, and
    // the window's Ctrl+Shift chords act on the selected incident.
    auto* actions = new QToolBar(content);
    actions->setObjectName(QStringLiteral("AlertActions"));
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_acknowledge = addAlertAction(tr("&Acknowledge alert"), QKeySequence(Qt::Key_A),
        QStringLiteral("actionAcknowledgeAlert"), &AlertStreamDock::acknowledgeCurrent);
    addAlertAction(tr("&Declare incident from alert"), QKeySequence(Qt::Key_D),
        QStringLiteral("actionDeclareFromAlert"), &AlertStreamDock::declareFromCurrent);
    addAlertAction(tr("A&ttach to incident…"), QKeySequence(Qt::Key_T), QStringLiteral("actionAttachAlert"),
        &AlertStreamDock::attachCurrent);
    addAlertAction(tr("&Silence…"), QKeySequence(Qt::Key_S), QStringLiteral("actionSilenceAlert"),
        &AlertStreamDock::silenceCurrent);
    m_runbook = addAlertAction(tr("&Runbook"), QKeySequence(Qt::Key_R), QStringLiteral("actionAlertRunbook"),
        &AlertStreamDock::openRunbookOfCurrent);
    auto* exportAction = new QAction(tr("&Export CSV…"), this);
    exportAction->setObjectName(QStringLiteral("actionExportAlerts"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &AlertStreamDock::exportCsv);
    m_view->addAction(exportAction);
    for (QAction* action : std::as_const(m_alertActions))
        actions->addAction(action);
    actions->addSeparator();
    actions->addAction(exportAction);
    layout->insertWidget(1, actions);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &AlertStreamDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertStreamDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertStreamDock::updateActions);
    updateActions();

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

QAction* AlertStreamDock::addAlertAction(const QString& text, const QKeySequence& shortcut,
    const QString& objectName, void (AlertStreamDock::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_view->addAction(action);
    m_alertActions.append(action);
    return action;
}

qint64 AlertStreamDock::currentAlertId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AlertListModel::AlertIdRole).toLongLong() : 0;
}

void AlertStreamDock::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    for (QAction* action : std::as_const(m_alertActions))
        action->setEnabled(current.isValid());
    const auto status = static_cast<AlertStatus>(current.data(AlertListModel::AlertStatusRole).toInt());
    m_acknowledge->setEnabled(current.isValid() && status == AlertStatus::Firing);
    m_runbook->setEnabled(
        current.isValid() && !current.data(AlertListModel::RunbookRole).toString().isEmpty());
}

void AlertStreamDock::openRunbookOfCurrent()
{
    const QString link = m_view->currentIndex().data(AlertListModel::RunbookRole).toString();
    if (!link.isEmpty())
        Q_EMIT runbookRequested(link);
}

void AlertStreamDock::acknowledgeCurrent()
{
    if (const qint64 id = currentAlertId(); id > 0 && m_acknowledge->isEnabled())
        m_commands->acknowledgeAlert(id);
}

void AlertStreamDock::declareFromCurrent()
{
    const qint64 id = currentAlertId();
    if (id <= 0)
        return;
    m_commands->declareFromAlert(id, [this](const Incident& incident) {
        Q_EMIT statusMessage(tr("Declared %1 from the alert.").arg(incident.key));
        Q_EMIT incidentRequested(incident.id);
    });
}

void AlertStreamDock::attachCurrent()
{
    const qint64 alertId = currentAlertId();
    if (alertId <= 0)
        return;
    // The active incidents, most severe first, as the triage queue shows them.
    IncidentQuery query;
    query.filter = IncidentFilter::activeOnly();
    m_store->run<StoreResult<QList<Incident>>>(
        this, [query](IncidentStore& store) { return store.incidents().page(query, std::nullopt, 500); },
        [this, alertId](const StoreResult<QList<Incident>>& incidents) {
            if (!incidents) {
                Q_EMIT statusMessage(incidents.error());
                return;
            }
            if (incidents->isEmpty()) {
                Q_EMIT statusMessage(
                    tr("There is no active incident to attach the alert to; declare one (D)."));
                return;
            }
            QStringList items;
            for (const Incident& incident : *incidents)
                items.append(QStringLiteral("%1 · %2 · %3")
                                 .arg(incident.key, SeverityNames::code(incident.severity), incident.title));
            bool ok = false;
            const QString chosen = QInputDialog::getItem(
                this, tr("Attach alert"), tr("Attach the alert to the incident:"), items, 0, false, &ok);
            if (!ok)
                return;
            const qint64 incidentId = incidents->at(items.indexOf(chosen)).id;
            m_commands->attachAlert(alertId, incidentId);
        });
}

void AlertStreamDock::silenceCurrent()
{
    const Alert* alert = m_model->alertAt(m_view->currentIndex().row());
    if (!alert)
        return;
    SilenceDialog dialog(m_clock->nowUtc(), this);
    // The alert's kind where it runs: its name and, when it has them, service and instance.
    QStringList matchers { QStringLiteral("alertname=\"%1\"").arg(alert->name) };
    for (const char* label : { "service", "instance" }) {
        const QString value = alert->labels.value(QLatin1String(label));
        if (!value.isEmpty())
            matchers.append(QStringLiteral("%1=\"%2\"").arg(QLatin1String(label), value));
    }
    dialog.setMatchers(matchers.join(QLatin1Char('\n')));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_commands->addSilence(dialog.silence(), [this](const Silence& silence) {
        Q_EMIT statusMessage(
            tr("Silenced %1 until %2.").arg(silence.matchersText(), TimeFormat::local(silence.endsAt)));
    });
}

void AlertStreamDock::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export alerts"),
        QDir::home().filePath(
            QStringLiteral("alerts-%1.csv")
                .arg(m_clock->nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")))),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void AlertStreamDock::exportCsvTo(const QString& path)
{
    Q_EMIT statusMessage(tr("Exporting alerts to %1…").arg(QDir::toNativeSeparators(path)));
    m_store->run<StoreResult<qint64>>(
        this,
        [query = m_model->query(), path](IncidentStore& store) -> StoreResult<qint64> {
            // Written in full or not at all: a half-written file is not left behind.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return StoreResult<qint64>::failure(StoreErrorKind::Unavailable, file.errorString());
            const StoreResult<qint64> written = AlertCsv::write(store, query, &file);
            if (written && !file.commit())
                return StoreResult<qint64>::failure(StoreErrorKind::Unavailable, file.errorString());
            return written;
        },
        [this, path](const StoreResult<qint64>& written) {
            Q_EMIT statusMessage(written
                    ? tr("Exported %1 alerts to %2.").arg(*written).arg(QDir::toNativeSeparators(path))
                    : tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), written.error()));
        });
}
