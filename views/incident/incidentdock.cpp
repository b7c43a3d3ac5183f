#include "views/incident/incidentdock.h"

#include "models/domain/clock.h"
#include "models/domain/inerttext.h"
#include "models/domain/responsestatus.h"
#include "models/domain/timeformat.h"
#include "models/itemmodels/selectedincident.h"
#include "models/store/incidentcommands.h"
#include "views/common/flowlayout.h"
#include "views/common/severitypalette.h"
#include "views/common/warroomlinks.h"
#include "views/incident/incidentimpactbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
// Replaces a field's text with the store's, unless the user is typing in it.
void showText(QLineEdit* edit, const QString& text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
    edit->setProperty("basedOn", text); // what an edit begun now starts from
}

void showChoice(QComboBox* combo, int value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(value));
}
}

template<typename E, std::size_t N>
QComboBox* IncidentDock::makeFieldChoice(QWidget* parent, const KeyedEnum<E, N>& values, IncidentField field)
{
    auto* combo = new QComboBox(parent);
    for (E value : values.all())
        combo->addItem(values.label(value), static_cast<int>(value));
    // activated, not currentIndexChanged: only a choice the user makes is a change to record.
    connect(combo, &QComboBox::activated, this, [this, combo, values, field] {
        if (m_selected->isValid())
            m_commands->editField(
                m_selected->id(), field, values.key(static_cast<E>(combo->currentData().toInt())));
    });
    return combo;
}

IncidentDock::IncidentDock(
    SelectedIncident* selected, IncidentCommands* commands, const Clock* clock, QWidget* parent)
    : QDockWidget(tr("Incident"), parent)
    , m_selected(selected)
    , m_commands(commands)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("IncidentDock"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEmptyPage());
    m_pages->addWidget(buildIncidentPage());
    setWidget(m_pages);
    connect(m_selected, &SelectedIncident::changed, this, &IncidentDock::display);
    display(m_selected->incident());
    // The countdown moves on its own.
    connect(&m_tick, &QTimer::timeout, this, &IncidentDock::showResponse);
    m_tick.start(1000);
}

QWidget* IncidentDock::buildEmptyPage()
{
    auto* label = new QLabel(
        tr("No incident selected.\n\nPick one in Triage, or declare a new one with Ctrl+N."), this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

QWidget* IncidentDock::buildIncidentPage()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("IncidentPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);

    auto* headingRow = new QHBoxLayout;
    m_severityBadge = new QLabel(page);
    m_severityBadge->setObjectName(QStringLiteral("IncidentSeverityBadge"));
    m_severityBadge->setAlignment(Qt::AlignCenter);
    m_severityBadge->setMinimumWidth(64);
    headingRow->addWidget(m_severityBadge);
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("IncidentHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    headingRow->addWidget(m_heading, 1);
    layout->addLayout(headingRow);
    m_othersPresent = new QLabel(page);
    m_othersPresent->setObjectName(QStringLiteral("IncidentPresence"));
    m_othersPresent->setTextFormat(Qt::PlainText);
    m_othersPresent->setWordWrap(true);
    m_othersPresent->hide();
    layout->addWidget(m_othersPresent);

    auto* statusRow = new QHBoxLayout;
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("IncidentStatus"));
    statusRow->addWidget(m_status);
    m_response = new QLabel(page);
    m_response->setObjectName(QStringLiteral("IncidentResponse"));
    m_response->setWordWrap(true);
    statusRow->addWidget(m_response);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);
    m_statusButtons = new FlowLayout;
    layout->addLayout(m_statusButtons);

    auto* details = new QGroupBox(tr("Details"), page);
    auto* form = new QFormLayout(details);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow dock puts labels above their fields
    m_title = new QLineEdit(details);
    m_title->setObjectName(QStringLiteral("IncidentTitle"));
    form->addRow(tr("&Title"), m_title);
    commitWhenEdited(m_title, [this](qint64 id, const QString& text, const QString& basedOn) {
        commitField(id, IncidentField::Title, text, basedOn);
    });

    m_severity = new QComboBox(details);
    m_severity->setObjectName(QStringLiteral("IncidentSeverity"));
    for (Severity severity : kAllSeverities)
        m_severity->addItem(SeverityNames::label(severity), static_cast<int>(severity));
    form->addRow(tr("&Severity"), m_severity);
    connect(m_severity, &QComboBox::activated, this, [this] {
        if (const std::optional<Severity> severity
            = SeverityNames::fromNumber(m_severity->currentData().toInt()))
            m_commands->changeSeverity(m_selected->id(), *severity);
    });

    m_type = makeFieldChoice(details, kIncidentTypes, IncidentField::Type);
    m_type->setObjectName(QStringLiteral("IncidentType"));
    form->addRow(tr("T&ype"), m_type);

    m_service = new QLineEdit(details);
    m_service->setObjectName(QStringLiteral("IncidentService"));
    form->addRow(tr("Service") /* Alt+V opens the View menu */, m_service);
    commitWhenEdited(m_service, [this](qint64 id, const QString& text, const QString& basedOn) {
        commitField(id, IncidentField::Service, text, basedOn);
    });

    m_environment = makeFieldChoice(details, kEnvironments, IncidentField::Environment);
    m_environment->setObjectName(QStringLiteral("IncidentEnvironment"));
    form->addRow(tr("&Environment"), m_environment);

    m_detectedBy = makeFieldChoice(details, kDetectionSources, IncidentField::DetectionSource);
    m_detectedBy->setObjectName(QStringLiteral("IncidentDetectedBy"));
    m_detectedBy->setToolTip(tr("How the incident was discovered: what the review's detection section and "
                                "the monthly report count."));
    form->addRow(tr("Detected by"), m_detectedBy);

    m_description = new QPlainTextEdit(details);
    m_description->setObjectName(QStringLiteral("IncidentDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    m_saveDescription = new QPushButton(tr("Save description"), details);
    m_saveDescription->setEnabled(false);
    connect(m_description, &QPlainTextEdit::modificationChanged, m_saveDescription, &QPushButton::setEnabled);
    connect(m_saveDescription, &QPushButton::clicked, this, &IncidentDock::commitDescription);
    auto* descriptionBox = new QVBoxLayout;
    descriptionBox->addWidget(m_description);
    descriptionBox->addWidget(m_saveDescription, 0, Qt::AlignRight);
    auto* descriptionLabel = new QLabel(tr("&Description"), details);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, descriptionBox);

    m_team = new QLineEdit(details);
    m_team->setObjectName(QStringLiteral("IncidentTeam"));
    m_team->setToolTip(
        tr("Assigned when declared, by category and severity (escalation.json, \"assignment\")."));
    form->addRow(tr("Team"), m_team);
    commitWhenEdited(m_team, [this](qint64 id, const QString& text, const QString& basedOn) {
        commitField(id, IncidentField::Team, text, basedOn);
    });

    // Where responders meet; filled into every message the console writes.
    m_warRoom = new QLineEdit(details);
    m_warRoom->setObjectName(QStringLiteral("IncidentWarRoom"));
    m_warRoom->setPlaceholderText(
        tr("Bridge and chat links, e.g. https://meet.example.com/inc #inc-checkout"));
    commitWhenEdited(m_warRoom, [this](qint64 id, const QString& text, const QString& basedOn) {
        commitField(id, IncidentField::WarRoom, text, basedOn);
    });
    m_warRoomLinks = new QLabel(details);
    m_warRoomLinks->setObjectName(QStringLiteral("IncidentWarRoomLinks"));
    m_warRoomLinks->setTextFormat(Qt::RichText);
    m_warRoomLinks->setOpenExternalLinks(true);
    auto* warRoomBox = new QVBoxLayout;
    warRoomBox->addWidget(m_warRoom);
    warRoomBox->addWidget(m_warRoomLinks);
    auto* warRoomLabel = new QLabel(tr("&War room"), details);
    warRoomLabel->setBuddy(m_warRoom);
    form->addRow(warRoomLabel, warRoomBox);

    // Regulated data involved: starts the regulators' clocks for security and data incidents.
    auto* regulated = new FlowLayout;
    for (const QString& key : RegulatedData::keys()) {
        auto* box = new QCheckBox(RegulatedData::label(key), details);
        box->setObjectName(QStringLiteral("IncidentRegulated-%1").arg(key));
        box->setProperty("regulatedKey", key);
        regulated->addWidget(box);
        m_regulated.append(box);
        connect(box, &QCheckBox::clicked, this, [this] {
            if (!m_selected->isValid())
                return;
            QStringList kinds;
            for (const QCheckBox* each : std::as_const(m_regulated)) {
                if (each->isChecked())
                    kinds.append(each->property("regulatedKey").toString());
            }
            m_commands->editField(
                m_selected->id(), IncidentField::RegulatedData, kinds.join(QLatin1Char(',')));
        });
    }
    form->addRow(tr("Regulated data"), regulated);
    layout->addWidget(details);
    m_conflict = new QLabel(page);
    m_conflict->setObjectName(QStringLiteral("IncidentEditConflict"));
    m_conflict->setTextFormat(Qt::PlainText);
    m_conflict->setWordWrap(true);
    m_conflict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_conflict->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(highlight); padding: 6px; }"));
    m_conflict->hide();
    layout->insertWidget(layout->indexOf(details), m_conflict);

    m_impact = new IncidentImpactBox(page);
    layout->addWidget(m_impact);
    connect(m_impact, &IncidentImpactBox::edited, this,
        [this](IncidentField field, const QString& value, const std::optional<QString>& basedOn) {
            if (m_selected->isValid())
                commitField(m_selected->id(), field, value, basedOn);
        });

    // Seed 002's core team, then its extended team, called in as needed.
    auto* roles = new QGroupBox(tr("Response team"), page);
    auto* extended = new QGroupBox(tr("Extended team (as needed)"), page);
    extended->setObjectName(QStringLiteral("IncidentExtendedTeam"));
    for (QGroupBox* box : { roles, extended }) {
        auto* rolesForm = new QFormLayout(box);
        rolesForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    }
    for (IncidentRole role : kIncidentRoles.all()) {
        QGroupBox* box = static_cast<int>(role) < kCoreIncidentRoleCount ? roles : extended;
        auto* edit = new QLineEdit(box);
        edit->setObjectName(QStringLiteral("IncidentRole-%1").arg(kIncidentRoles.key(role)));
        edit->setPlaceholderText(tr("unassigned"));
        qobject_cast<QFormLayout*>(box->layout())->addRow(kIncidentRoles.label(role), edit);
        commitWhenEdited(edit, [this, role](qint64 id, const QString& text, const QString&) {
            m_commands->assignRole(id, role, text);
        });
        m_roles[static_cast<std::size_t>(role)] = edit;
    }
    layout->addWidget(roles);
    layout->addWidget(extended);

    m_similarBox = new QGroupBox(tr("Similar past incidents"), page);
    auto* similarLayout = new QVBoxLayout(m_similarBox);
    m_similar = new QLabel(m_similarBox);
    m_similar->setObjectName(QStringLiteral("IncidentSimilar"));
    m_similar->setWordWrap(true);
    m_similar->setTextFormat(Qt::RichText);
    connect(m_similar, &QLabel::linkActivated, this, [this](const QString& link) {
        Q_EMIT similarIncidentRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    similarLayout->addWidget(m_similar);
    m_similarBox->hide();
    // Near the top: during a response, what helped last time is worth a glance before the details.
    layout->insertWidget(3, m_similarBox);

    auto* times = new QGroupBox(tr("Times (local)"), page);
    auto* timesLayout = new QVBoxLayout(times);
    m_times = new QLabel(times);
    m_times->setObjectName(QStringLiteral("IncidentTimes"));
    m_times->setTextInteractionFlags(Qt::TextSelectableByMouse);
    timesLayout->addWidget(m_times);
    layout->addWidget(times);

    auto* noteBox = new QGroupBox(tr("Add to the timeline"), page);
    auto* noteLayout = new QVBoxLayout(noteBox);
    m_note = new QPlainTextEdit(noteBox);
    m_note->setObjectName(QStringLiteral("IncidentNote"));
    m_note->setPlaceholderText(tr("What was found, decided or done… (Ctrl+Return adds it)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    noteLayout->addWidget(m_note);
    m_addNote = new QPushButton(tr("Add note"), noteBox);
    m_addNote->setObjectName(QStringLiteral("IncidentAddNote"));
    noteLayout->addWidget(m_addNote, 0, Qt::AlignRight);
    connect(m_addNote, &QPushButton::clicked, this, &IncidentDock::commitNote);
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_note);
    submit->setContext(Qt::WidgetShortcut);
    connect(submit, &QShortcut::activated, this, &IncidentDock::commitNote);
    layout->addWidget(noteBox);
    layout->addStretch(1);

    scroll->setWidget(page);
    return scroll;
}

void IncidentDock::commitWhenEdited(
    QLineEdit* edit, std::function<void(qint64, const QString&, const QString&)> commit)
{
    // Only what the user changed, once they are done with the field (Return or leaving it).
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, commit = std::move(commit)] {
        if (edit->isModified() && m_selected->isValid()) {
            commit(m_selected->id(), edit->text(), edit->property("basedOn").toString());
            edit->setProperty("basedOn", edit->text()); // the next edit starts from this one
        }
        edit->setModified(false);
    });
}

void IncidentDock::commitField(
    qint64 incidentId, IncidentField field, const QString& text, const std::optional<QString>& basedOn)
{
    m_conflict->hide();
    m_commands->editField(incidentId, field, text, basedOn,
        [dock = QPointer<IncidentDock>(this), incidentId, field, text](const QString& message) {
            if (dock) // an edit may come back after the window is gone
                dock->conflicted(incidentId, field, text, message);
        });
}

void IncidentDock::conflicted(
    qint64 incidentId, IncidentField field, const QString& text, const QString& message)
{
    if (m_selected->id() != incidentId)
        return;
    if (field == IncidentField::Description) {
        // Theirs is saved; yours stays in the editor, unsaved, to merge or to save over theirs.
        m_description->setPlainText(text);
        m_description->document()->setModified(true);
        m_descriptionBase.reset();
    }
    showConflict(message, text);
}

void IncidentDock::showConflict(const QString& message, const QString& yours)
{
    m_conflict->setText(tr("%1\nYours: “%2”").arg(message, yours));
    m_conflict->show();
}

void IncidentDock::display(const Incident& incident)
{
    if (!incident.isValid()) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    m_heading->setText(tr("%1 — %2").arg(incident.key, incident.title.toHtmlEscaped()));
    m_severityBadge->setText(SeverityNames::code(incident.severity));
    m_severityBadge->setToolTip(SeverityNames::impact(incident.severity));
    m_severityBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; "
                                                  "padding: 4px 8px; font-weight: bold; }")
                                       .arg(SeverityPalette::background(incident.severity).name(),
                                           SeverityPalette::text(incident.severity).name()));
    m_status->setText(tr("Status: <b>%1</b>").arg(Lifecycle::label(incident.status)));
    showResponse();
    rebuildStatusButtons(incident);

    showText(m_title, incident.title);
    showChoice(m_severity, static_cast<int>(incident.severity));
    showChoice(m_type, static_cast<int>(incident.type));
    showText(m_service, incident.service);
    showChoice(m_environment, static_cast<int>(incident.environment));
    showChoice(m_detectedBy, static_cast<int>(incident.detectionSource));
    if (incident.id != m_shownIncidentId) {
        m_shownIncidentId = incident.id;
        m_conflict->hide();
        m_description->document()->setModified(false); // an unsaved edit belongs to the incident it was for
    }
    // Unsaved words are never replaced: the Save button says they are there.
    if (!m_description->document()->isModified()) {
        if (m_description->toPlainText() != incident.description)
            m_description->setPlainText(incident.description);
        m_description->document()->setModified(false);
        m_descriptionBase = incident.description;
    }
    for (IncidentRole role : kIncidentRoles.all())
        showText(m_roles[static_cast<std::size_t>(role)], incident.role(role));
    m_impact->setIncident(incident);
    showText(m_team, incident.team);
    showText(m_warRoom, incident.warRoom);
    m_warRoomLinks->setText(tr("Join: %1").arg(warRoomHtml(incident.warRoom)));
    m_warRoomLinks->setVisible(incident.warRoom.contains(QLatin1String("http")));
    for (QCheckBox* box : std::as_const(m_regulated))
        box->setChecked(incident.regulatedData.contains(box->property("regulatedKey").toString()));

    const QString dash = tr("—");
    auto at = [&dash](const QDateTime& time) { return time.isValid() ? TimeFormat::local(time) : dash; };
    m_times->setText(tr("Detected: %1\nAcknowledge by: %2\nAcknowledged: %3\nMitigated: %4\nResolved: %5\n"
                        "Closed: %6\nLast change: %7")
                         .arg(at(incident.detectedAt), at(incident.responseDueAt),
                             at(incident.acknowledgedAt), at(incident.mitigatedAt), at(incident.resolvedAt),
                             at(incident.closedAt), at(incident.updatedAt)));
}

void IncidentDock::showResponse()
{
    if (!m_selected->isValid())
        return;
    const ResponseStatus response = ResponseStatus::of(m_selected->incident(), m_clock->nowUtc());
    m_response->setText(tr("· Response target: %1").arg(ResponseStatusText::brief(response)));
    QPalette responsePalette = palette();
    responsePalette.setColor(QPalette::WindowText,
        SeverityPalette::response(response.state, palette().color(QPalette::WindowText)));
    m_response->setPalette(responsePalette);
}

void IncidentDock::rebuildStatusButtons(const Incident& incident)
{
    while (QLayoutItem* item = m_statusButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (IncidentStatus next : Lifecycle::nextStatuses(incident.status)) {
        const QString label
            = Lifecycle::isReopen(incident.status, next) ? tr("Reopen") : Lifecycle::actionLabel(next);
        auto* button = new QPushButton(label, m_pages);
        button->setObjectName(QStringLiteral("StatusButton-%1").arg(Lifecycle::key(next)));
        button->setToolTip(tr("Move to %1").arg(Lifecycle::label(next)));
        const qint64 id = incident.id;
        connect(
            button, &QPushButton::clicked, this, [this, id, next] { m_commands->changeStatus(id, next); });
        m_statusButtons->addWidget(button);
    }
}

void IncidentDock::commitNote()
{
    const QString text = m_note->toPlainText().trimmed();
    if (text.isEmpty() || !m_selected->isValid())
        return;
    // Cleared only once stored: a refused note stays in the box.
    QPointer<QPlainTextEdit> note = m_note;
    m_commands->addNote(m_selected->id(), text, [note, text] {
        if (note && note->toPlainText().trimmed() == text)
            note->clear();
    });
}

void IncidentDock::commitDescription()
{
    if (!m_selected->isValid())
        return;
    commitField(
        m_selected->id(), IncidentField::Description, m_description->toPlainText(), m_descriptionBase);
    m_descriptionBase = m_description->toPlainText(); // the next save starts from this one
    m_description->document()->setModified(false);
}

void IncidentDock::focusNote()
{
    raise();
    m_note->setFocus(Qt::ShortcutFocusReason);
}

void IncidentDock::setSimilar(qint64 incidentId, const QList<PostIncidentReview>& reviews)
{
    if (incidentId != m_selected->id())
        return; // another incident was selected meanwhile
    QStringList items;
    for (const PostIncidentReview& review : reviews) {
        QString lessons = InertText::plainText(review.lessons).simplified();
        if (lessons.size() > 160)
            lessons = lessons.left(159) + QStringLiteral("…");
        items.append(tr("<a href=\"incident:%1\">%2</a> %3%4<br><i>%5</i>")
                         .arg(review.incidentId)
                         .arg(review.incidentKey.toHtmlEscaped(), review.title.toHtmlEscaped(),
                             review.rootCauseCategory.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" · ") + review.rootCauseCategory.toHtmlEscaped(),
                             lessons.isEmpty() ? tr("No lessons written yet.") : lessons.toHtmlEscaped()));
    }
    m_similar->setText(items.join(QStringLiteral("<br><br>")));
    m_similarBox->setVisible(!items.isEmpty());
}

void IncidentDock::setOthersPresent(const QList<Presence>& others)
{
    QStringList people;
    for (const Presence& other : others) {
        const QString person = other.person.isEmpty() ? tr("someone") : other.person;
        people.append(other.activity == Presence::Activity::WritingReview
                ? tr("%1 (writing the review)").arg(person)
                : person);
    }
    people.removeDuplicates(); // one person on two consoles
    m_othersPresent->setText(tr("Also on this incident: %1").arg(people.join(QLatin1String(", "))));
    m_othersPresent->setVisible(!people.isEmpty());
}
