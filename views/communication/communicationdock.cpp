#include "views/communication/communicationdock.h"

#include "models/itemmodels/attentioncolours.h"
#include "models/itemmodels/communicationmodel.h"
#include "models/store/asyncincidentstore.h"
#include "models/store/incidentcommands.h"
#include "views/common/plainmessage.h"
#include "views/common/recordtable.h"
#include "views/common/warroomlinks.h"
#include "views/communication/matrixdialog.h"
#include "views/communication/sendupdatedialog.h"
#include "views/communication/templateeditordialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CommunicationDock::CommunicationDock(AsyncIncidentStore* store, IncidentCommands* commands,
    const Clock* clock, Settings settings, QWidget* parent)
    : QDockWidget(tr("Communication"), parent)
    , m_store(store)
    , m_commands(commands)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_model(new CommunicationModel(m_settings.plan, clock, this))
{
    setObjectName(QStringLiteral("CommunicationDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("CommunicationHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setOpenExternalLinks(true);
    layout->addWidget(m_heading);
    m_banner = new QLabel(content);
    m_banner->setObjectName(QStringLiteral("CommunicationBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("CommunicationView"));
    m_view->setModel(m_model);
    configureRecordTable(m_view);
    // Every column as wide as its words (see updateBanner); a narrow dock scrolls rather than cutting
    // "overdue" off.
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    // No mnemonics here: Alt+S and Alt+T belong to the incident dock; Ctrl+U and Enter send.
    m_send = new QPushButton(tr("Send update…"), content);
    m_send->setObjectName(QStringLiteral("SendUpdate"));
    auto* matrix = new QPushButton(tr("Edit &matrix…"), content);
    matrix->setObjectName(QStringLiteral("EditMatrix"));
    auto* templates = new QPushButton(tr("Templates…"), content);
    templates->setObjectName(QStringLiteral("EditTemplates"));
    buttons->addWidget(m_send);
    buttons->addStretch(1);
    buttons->addWidget(templates);
    buttons->addWidget(matrix);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_send, &QPushButton::clicked, this, [this] { sendUpdate(m_view->currentIndex().row()); });
    connect(
        m_view, &QTableView::activated, this, [this](const QModelIndex& index) { sendUpdate(index.row()); });
    connect(matrix, &QPushButton::clicked, this, &CommunicationDock::editMatrix);
    connect(templates, &QPushButton::clicked, this, &CommunicationDock::editTemplates);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CommunicationDock::updateBanner);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CommunicationDock::updateBanner);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CommunicationDock::updateBanner);
    // An update recorded anywhere (here, another console, the status page) restarts its clock.
    connect(store, &AsyncIncidentStore::changed, this, [this](const StoreChanges& changes) {
        for (const StoreChange& change : changes) {
            if (change.incident.id == m_incidentId && change.entry.kind == TimelineKind::Communicated) {
                reloadLog();
                return;
            }
        }
    });
    // Countdowns move by the second; only rows whose text changes repaint.
    connect(&m_tick, &QTimer::timeout, m_model, &CommunicationModel::refresh);
    m_tick.start(1000);
    setIncident(Incident());
}

void CommunicationDock::setIncident(const Incident& incident)
{
    const bool another = incident.id != m_incidentId;
    m_incidentId = incident.id;
    m_send->setEnabled(incident.isValid());
    if (!incident.isValid()) {
        m_heading->setText(tr("No incident selected."));
        m_model->setIncident(Incident(), {});
        return;
    }
    QString heading
        = tr("<b>%1</b> · %2 · %3")
              .arg(incident.key.toHtmlEscaped(), SeverityNames::label(incident.severity).toHtmlEscaped(),
                  Lifecycle::label(incident.status).toHtmlEscaped());
    if (!incident.warRoom.isEmpty()) {
        heading += tr(" · War room: %1").arg(warRoomHtml(incident.warRoom));
    } else {
        heading += tr(" · No war room yet (set it in the Incident panel)");
    }
    m_heading->setText(heading);
    // Same incident, changed (severity, status): the clocks follow at once; the log stays.
    m_model->setIncident(incident, another ? CommunicationLog() : m_model->log());
    if (another)
        reloadLog();
}

void CommunicationDock::reloadLog()
{
    const qint64 incidentId = m_incidentId;
    if (incidentId <= 0)
        return;
    m_store->run<StoreResult<CommunicationLog>>(
        this,
        [incidentId](IncidentStore& store) { return store.communication().communicationLog(incidentId); },
        [this, incidentId](const StoreResult<CommunicationLog>& log) {
            if (incidentId != m_incidentId)
                return;
            if (log)
                m_model->setIncident(m_model->incident(), *log);
            else
                m_heading->setText(log.error().toHtmlEscaped()); // a rich-text heading
        });
}

void CommunicationDock::updateBanner()
{
    // The header does not follow rows that change after it was laid out: fit the columns to the words now.
    m_view->resizeColumnsToContents();
    const int overdue = m_model->count(DueState::Overdue);
    const int soon = m_model->count(DueState::DueSoon);
    if (overdue == 0 && soon == 0) {
        m_banner->hide();
        return;
    }
    const QColor colour = overdue > 0 ? AttentionColours::overdue() : AttentionColours::dueSoon();
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; font-size: 120%; }")
            .arg(colour.name(), overdue > 0 ? QStringLiteral("white") : QStringLiteral("black")));
    QStringList parts;
    if (overdue > 0)
        parts.append(tr("%n update(s) overdue", nullptr, overdue));
    if (soon > 0)
        parts.append(tr("%n due soon", nullptr, soon));
    m_banner->setText(parts.join(QStringLiteral(" · ")));
    m_banner->show();
}

void CommunicationDock::sendUpdate(int row)
{
    const AudienceDue* due = m_model->dueAt(row);
    if (!due || !m_model->incident().isValid())
        return;
    if (due->channel == CommunicationChannel::StatusPage) {
        Q_EMIT statusPageRequested();
        return;
    }
    SendUpdateDialog dialog(
        m_model->incident(), *due, m_model->log(), m_settings.templates, m_model->plan(), m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_commands->recordCommunication(m_incidentId, dialog.record());
}

void CommunicationDock::editMatrix()
{
    MatrixDialog dialog(m_model->plan(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CommunicationPlan plan = dialog.plan();
    if (!m_settings.planFile.isEmpty()) {
        QString error;
        if (!plan.save(m_settings.planFile, &error)) {
            PlainMessage::warning(this, tr("Communication matrix not saved"), error);
            return;
        }
    }
    m_settings.plan = plan;
    m_model->setPlan(plan);
    Q_EMIT planChanged(plan);
}

void CommunicationDock::editTemplates()
{
    const Incident& incident = m_model->incident();
    const QDateTime nextUpdate = m_model->plan().nextUpdateAfter(incident.severity, m_clock->nowUtc());
    TemplateEditorDialog dialog(
        m_settings.templates, incident, nextUpdate, m_settings.configDirectory, m_clock, this);
    dialog.exec();
    m_settings.templates = dialog.templates();
}
