#include "views/statuspage/statuspagedock.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/attentioncolours.h"
#include "models/rules/statuspagedocument.h"
#include "models/store/asyncincidentstore.h"
#include "models/store/incidentcommands.h"
#include "views/common/plainmessage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
constexpr int kAutosaveMs = 1500;
constexpr int kNameColumn = 0;
constexpr int kStatusColumn = 1;
}

StatusPageDock::StatusPageDock(AsyncIncidentStore* store, IncidentCommands* commands, const Clock* clock,
    TemplateCatalog templates, QList<AffectedComponent> components, QWidget* parent)
    : QDockWidget(tr("Status page"), parent)
    , m_store(store)
    , m_commands(commands)
    , m_clock(clock)
    , m_templates(std::move(templates))
    , m_configured(std::move(components))
{
    setObjectName(QStringLiteral("StatusPageDock"));
    // In a scroll area: the dock shares its column with others and must not force the window taller.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Four columns, for the wide and short place beside the alert stream: what and where, the message,
    // the public's view of it, and what was posted before.
    auto* splitter = new QSplitter(scroll);
    auto* setup = new QWidget(splitter);
    auto* layout = new QVBoxLayout(setup);
    layout->setContentsMargins(4, 4, 4, 4);
    m_heading = new QLabel(setup);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto* form = new QFormLayout;
    m_title = new QLineEdit(setup);
    m_title->setObjectName(QStringLiteral("StatusPageTitle"));
    m_title->setPlaceholderText(tr("What the public reads, e.g. “Checkout unavailable”"));
    // Mnemonics unlike those of the other docks and the menus, which share the window's Alt keys.
    form->addRow(tr("Tit&le:"), m_title);
    m_state = new QComboBox(setup);
    m_state->setObjectName(QStringLiteral("StatusPageState"));
    for (PublicState state : kPublicStates.all())
        m_state->addItem(kPublicStates.label(state), static_cast<int>(state));
    form->addRow(tr("Public state:"), m_state);
    m_template = new QComboBox(setup);
    for (const MessageTemplate& message : m_templates.ofKind(QStringLiteral("statuspage")))
        m_template->addItem(message.name, message.id);
    // The general wording first; the resolved one is picked when the state becomes resolved.
    m_template->setCurrentIndex(std::max(0, m_template->findData(QStringLiteral("status-page"))));
    auto* compose = new QPushButton(tr("&Compose"), setup);
    compose->setObjectName(QStringLiteral("ComposeStatusPage"));
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(compose);
    form->addRow(tr("Template:"), templateRow);
    layout->addLayout(form);
    m_components = new QTableWidget(0, 2, setup);
    m_components->setObjectName(QStringLiteral("StatusPageComponents"));
    m_components->setHorizontalHeaderLabels({ tr("Affected component"), tr("Status") });
    m_components->verticalHeader()->hide();
    m_components->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    m_components->horizontalHeader()->setSectionResizeMode(kStatusColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_components, 1);
    auto* addRow = new QHBoxLayout;
    m_newComponent = new QLineEdit(setup);
    m_newComponent->setPlaceholderText(tr("Another component, by name"));
    auto* add = new QPushButton(tr("Add compone&nt"), setup);
    addRow->addWidget(m_newComponent, 1);
    addRow->addWidget(add);
    layout->addLayout(addRow);

    auto* message = new QWidget(splitter);
    auto* messageLayout = new QVBoxLayout(message);
    messageLayout->setContentsMargins(4, 4, 4, 4);
    m_body = new QPlainTextEdit(message);
    m_body->setObjectName(QStringLiteral("StatusPageBody"));
    m_body->setPlaceholderText(
        tr("The message, in words the public understands. Compose one from a template."));
    messageLayout->addWidget(m_body, 1);
    m_status = new QLabel(message);
    m_status->setObjectName(QStringLiteral("StatusPageStatus"));
    m_status->setTextFormat(Qt::PlainText); // it may quote what a sender or a service wrote
    m_status->setWordWrap(true);
    messageLayout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    m_publish = new QPushButton(tr("Pu&blish to Statuspage"), message);
    m_publish->setObjectName(QStringLiteral("PublishStatusPage"));
    m_postHere = new QPushButton(tr("Post here &only"), message);
    m_postHere->setObjectName(QStringLiteral("PostStatusPageHere"));
    m_postHere->setToolTip(
        tr("Keep it in the history and on the timeline, to copy or export to another status page."));
    m_export = new QPushButton(tr("E&xport…"), message);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_postHere);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    messageLayout->addLayout(buttons);

    m_preview = new QTextBrowser(splitter);
    m_preview->setObjectName(QStringLiteral("StatusPagePreview"));
    m_preview->setOpenLinks(false);
    auto* historyBox = new QWidget(splitter);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Posted updates"), historyBox));
    m_history = new QListWidget(historyBox);
    m_history->setObjectName(QStringLiteral("StatusPageHistory"));
    m_history->setWordWrap(true);
    historyLayout->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 4);
    splitter->setStretchFactor(3, 2);
    scroll->setWidget(splitter);
    setWidget(scroll);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &StatusPageDock::saveDraft);
    connect(m_title, &QLineEdit::textChanged, this, &StatusPageDock::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &StatusPageDock::edited);
    connect(m_state, &QComboBox::currentIndexChanged, this, &StatusPageDock::edited);
    connect(m_state, &QComboBox::activated, this, [this] {
        const bool resolved
            = static_cast<PublicState>(m_state->currentData().toInt()) == PublicState::Resolved;
        const int wording = m_template->findData(
            resolved ? QStringLiteral("status-page-resolved") : QStringLiteral("status-page"));
        if (wording >= 0)
            m_template->setCurrentIndex(wording);
    });
    connect(m_components, &QTableWidget::itemChanged, this, &StatusPageDock::edited);
    connect(compose, &QPushButton::clicked, this, &StatusPageDock::composeFromTemplate);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = m_newComponent->text().trimmed();
        if (name.isEmpty())
            return;
        QList<AffectedComponent> chosen = currentUpdate().components;
        chosen.append({ name, QString(), ComponentStatus::MajorOutage });
        fillComponents(chosen);
        m_newComponent->clear();
        edited();
    });
    connect(m_newComponent, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(m_publish, &QPushButton::clicked, this, [this] { publish(true); });
    connect(m_postHere, &QPushButton::clicked, this, [this] { publish(false); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the status page update"),
            QStringLiteral("%1-status.md").arg(m_incident.key), tr("Markdown (*.md);;HTML (*.html)"));
        if (file.isEmpty())
            return;
        QString error;
        if (!exportTo(file, &error))
            PlainMessage::warning(this, tr("Not exported"), error);
        else
            m_status->setText(tr("Exported to %1.").arg(file));
    });
    connect(commands, &IncidentCommands::statusPageChanged, this, [this](qint64 incidentId) {
        if (incidentId == m_incident.id)
            reloadHistory();
    });
    // Statuspage took or refused an update (the outbox writes it on the timeline), or another console posted
    // one.
    connect(store, &AsyncIncidentStore::changed, this, [this](const StoreChanges& changes) {
        for (const StoreChange& change : changes) {
            if (change.incident.id != m_incident.id)
                continue;
            if ((change.entry.kind == TimelineKind::Notified
                    && change.entry.field == QLatin1String("statuspage"))
                || (change.entry.kind == TimelineKind::Communicated
                    && change.entry.field == QLatin1String("statuspage"))) {
                reloadHistory();
                return;
            }
        }
    });
    setIncident(Incident());
}

void StatusPageDock::setPublishProblem(const QString& problem)
{
    m_publishProblem = problem;
    m_publish->setToolTip(
        problem.isEmpty() ? tr("Create or update the incident on Statuspage, through the outbox.") : problem);
}

void StatusPageDock::setComponents(const QList<AffectedComponent>& components)
{
    m_configured = components;
    if (m_incident.isValid())
        fillComponents(currentUpdate().components);
}

void StatusPageDock::setIncident(const Incident& incident)
{
    const bool another = incident.id != m_incident.id;
    if (another && m_autosave.isActive()) {
        m_autosave.stop();
        saveDraft(); // the last words typed for the previous incident
    }
    m_incident = incident;
    widget()->setEnabled(incident.isValid());
    if (!incident.isValid()) {
        m_heading->setText(tr("No incident selected."));
        m_loading = true;
        m_title->clear();
        m_body->clear();
        m_components->setRowCount(0);
        m_history->clear();
        m_preview->clear();
        m_loading = false;
        return;
    }
    m_heading->setText(tr("%1 · the public's view. Drafts are kept as you type.").arg(incident.key));
    if (another)
        load();
}

void StatusPageDock::load()
{
    const qint64 incidentId = m_incident.id;
    m_store->run<StoreResult<StatusPageUpdate>>(
        this,
        [incidentId](IncidentStore& store) { return store.communication().statusPageDraft(incidentId); },
        [this, incidentId](const StoreResult<StatusPageUpdate>& draft) {
            if (incidentId != m_incident.id)
                return;
            if (!draft) {
                m_status->setText(draft.error());
                return;
            }
            showDraft(*draft);
            m_status->setText(draft->at.isValid()
                    ? tr("Draft saved %1 by %2.").arg(TimeFormat::localShort(draft->at), draft->author)
                    : QString());
        });
    reloadHistory();
}

void StatusPageDock::showDraft(const StatusPageUpdate& draft)
{
    m_loading = true;
    m_title->setText(draft.title);
    m_state->setCurrentIndex(m_state->findData(static_cast<int>(draft.state)));
    m_body->setPlainText(draft.body);
    QList<AffectedComponent> chosen = draft.components;
    // A new draft starts with the incident's service among the affected components.
    if (draft.isEmpty() && chosen.isEmpty() && !m_incident.service.isEmpty()) {
        AffectedComponent service { m_incident.service, QString(), ComponentStatus::MajorOutage };
        for (const AffectedComponent& configured : std::as_const(m_configured)) {
            if (configured.name.compare(m_incident.service, Qt::CaseInsensitive) == 0)
                service = { configured.name, configured.statusPageId, ComponentStatus::MajorOutage };
        }
        chosen.append(service);
    }
    fillComponents(chosen);
    m_loading = false;
    updatePreview();
}

void StatusPageDock::fillComponents(const QList<AffectedComponent>& chosen)
{
    const bool wasLoading = std::exchange(m_loading, true);
    QList<AffectedComponent> rows = m_configured;
    for (const AffectedComponent& component : chosen) {
        const auto known = std::find_if(rows.begin(), rows.end(),
            [&component](const AffectedComponent& row) { return row.name == component.name; });
        if (known == rows.end())
            rows.append(component);
    }
    m_components->setRowCount(0);
    for (const AffectedComponent& row : std::as_const(rows)) {
        const auto picked = std::find_if(chosen.cbegin(), chosen.cend(),
            [&row](const AffectedComponent& c) { return c.name == row.name; });
        const int at = m_components->rowCount();
        m_components->insertRow(at);
        auto* name = new QTableWidgetItem(row.name);
        name->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setCheckState(picked != chosen.cend() ? Qt::Checked : Qt::Unchecked);
        name->setData(Qt::UserRole, row.statusPageId);
        name->setToolTip(row.statusPageId.isEmpty()
                ? tr("Named in the text only (no Statuspage component id in integrations.json)")
                : tr("Statuspage component %1").arg(row.statusPageId));
        m_components->setItem(at, kNameColumn, name);
        auto* status = new QComboBox(m_components);
        for (ComponentStatus value : kComponentStatuses.all())
            status->addItem(kComponentStatuses.label(value), static_cast<int>(value));
        status->setCurrentIndex(status->findData(
            static_cast<int>(picked != chosen.cend() ? picked->status : ComponentStatus::MajorOutage)));
        connect(status, &QComboBox::currentIndexChanged, this, &StatusPageDock::edited);
        m_components->setCellWidget(at, kStatusColumn, status);
    }
    m_loading = wasLoading;
}

StatusPageUpdate StatusPageDock::currentUpdate() const
{
    StatusPageUpdate update;
    update.incidentId = m_incident.id;
    update.title = m_title->text();
    update.state = static_cast<PublicState>(m_state->currentData().toInt());
    update.body = m_body->toPlainText();
    for (int row = 0; row < m_components->rowCount(); ++row) {
        const QTableWidgetItem* name = m_components->item(row, kNameColumn);
        const auto* status = qobject_cast<const QComboBox*>(m_components->cellWidget(row, kStatusColumn));
        if (name && status && name->checkState() == Qt::Checked)
            update.components.append({ name->text(), name->data(Qt::UserRole).toString(),
                static_cast<ComponentStatus>(status->currentData().toInt()) });
    }
    return update;
}

void StatusPageDock::edited()
{
    if (m_loading || !m_incident.isValid())
        return;
    updatePreview();
    m_autosave.start();
}

void StatusPageDock::saveDraft()
{
    if (!m_incident.isValid())
        return;
    m_commands->saveStatusPageDraft(currentUpdate());
    m_status->setText(tr("Draft saved."));
}

void StatusPageDock::composeFromTemplate()
{
    if (!m_incident.isValid())
        return;
    const PublicState state = static_cast<PublicState>(m_state->currentData().toInt());
    const MessageTemplate* message = m_templates.find(m_template->currentData().toString());
    if (!message)
        return;
    if (const QList<TemplateProblem> problems = MessageTemplates::check(*message); !problems.isEmpty()) {
        m_status->setText(
            tr("The template “%1” has a problem: %2").arg(message->name, problems.first().message));
        return;
    }
    TemplateFacts facts;
    facts.incident = m_incident;
    facts.now = m_clock->nowUtc();
    facts.publicState = kPublicStates.label(state);
    if (state != PublicState::Resolved)
        facts.nextUpdate = m_plan.nextUpdateAfter(m_incident.severity, facts.now);
    facts.components = StatusPageDocument::componentsText(currentUpdate().components);
    facts.audienceName = tr("the public");
    if (m_title->text().trimmed().isEmpty())
        m_title->setText(MessageTemplates::render(message->subject, facts));
    m_body->setPlainText(MessageTemplates::render(message->body, facts));
}

void StatusPageDock::publish(bool toStatusPage)
{
    const StatusPageUpdate update = currentUpdate();
    if (update.title.trimmed().isEmpty() || update.body.trimmed().isEmpty()) {
        m_status->setText(tr("A status page update needs a title and a message."));
        return;
    }
    if (const QStringList prompts = MessageTemplates::prompts(update.title + QLatin1Char('\n') + update.body);
        !prompts.isEmpty()) {
        m_status->setText(tr("Fill in before posting: %1").arg(prompts.join(QLatin1String(" · "))));
        return;
    }
    if (toStatusPage && !m_publishProblem.isEmpty()) {
        m_status->setText(tr("Not published: %1 The draft is kept.").arg(m_publishProblem));
        QMessageBox::information(this, tr("Statuspage is not set up"),
            tr("%1\n\nThe draft is kept. You can post it here only and export it for another status page.")
                .arg(m_publishProblem));
        return;
    }
    m_autosave.stop();
    m_commands->saveStatusPageDraft(update);
    m_commands->postStatusPageUpdate(update, toStatusPage, [this, toStatusPage](const StatusPageUpdate&) {
        m_status->setText(toStatusPage ? tr("Queued for Statuspage; its answer shows in the history.")
                                       : tr("Posted here."));
    });
}

void StatusPageDock::reloadHistory()
{
    const qint64 incidentId = m_incident.id;
    if (incidentId <= 0)
        return;
    m_store->run<StoreResult<QList<StatusPageUpdate>>>(
        this,
        [incidentId](IncidentStore& store) { return store.communication().statusPageUpdates(incidentId); },
        [this, incidentId](const StoreResult<QList<StatusPageUpdate>>& updates) {
            if (incidentId != m_incident.id || !updates)
                return;
            m_posted = *updates;
            m_history->clear();
            for (const StatusPageUpdate& update : std::as_const(m_posted)) {
                QString where = tr("kept here");
                QColor colour;
                if (update.delivery == OutboxState::Delivered) {
                    where = tr("on Statuspage");
                } else if (update.delivery == OutboxState::Failed) {
                    where = tr("refused by Statuspage: %1").arg(update.deliveryError);
                    colour = AttentionColours::overdue();
                } else if (update.delivery == OutboxState::Waiting) {
                    where = update.deliveryError.isEmpty() ? tr("waiting to be sent")
                                                           : tr("waiting: %1").arg(update.deliveryError);
                    colour = AttentionColours::waiting();
                }
                auto* item = new QListWidgetItem(
                    tr("%1 · %2 · %3 · %4\n%5")
                        .arg(TimeFormat::localShort(update.at), kPublicStates.label(update.state),
                            update.author, where, update.body.section(QLatin1Char('\n'), 0, 0)),
                    m_history);
                if (colour.isValid())
                    item->setForeground(colour);
            }
            updatePreview();
        });
}

void StatusPageDock::updatePreview()
{
    if (!m_incident.isValid())
        return;
    m_preview->setHtml(StatusPageDocument::html(m_incident, currentUpdate(), m_posted));
}

bool StatusPageDock::exportTo(const QString& file, QString* error) const
{
    const StatusPageUpdate update = currentUpdate();
    const bool html = file.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || file.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    const QString text = html ? StatusPageDocument::html(m_incident, update, m_posted)
                              : StatusPageDocument::markdown(m_incident, update, m_posted);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}
