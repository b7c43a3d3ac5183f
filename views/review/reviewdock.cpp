#include "views/review/reviewdock.h"

#include "models/domain/inerttext.h"
#include "models/domain/timeformat.h"
#include "models/itemmodels/attentioncolours.h"
#include "models/rules/reviewdocument.h"
#include "models/rules/reviewhtml.h"
#include "models/store/asyncincidentstore.h"
#include "models/store/incidentcommands.h"
#include "views/common/recordtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QVBoxLayout>

namespace {
constexpr int kKeepEveryMs = 3000;
const QString kLocalTime = QStringLiteral("yyyy-MM-dd HH:mm");

template<typename E, std::size_t N>
QComboBox* choice(const KeyedEnum<E, N>& values, E current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (E value : values.all())
        box->addItem(values.label(value), static_cast<int>(value));
    box->setCurrentIndex(box->findData(static_cast<int>(current)));
    return box;
}

QString text(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}
}

ReviewDock::ReviewDock(AsyncIncidentStore* store, IncidentCommands* commands, const Clock* clock,
    ReviewTemplate reviewTemplate, QWidget* parent)
    : QDockWidget(tr("Review"), parent)
    , m_store(store)
    , m_commands(commands)
    , m_clock(clock)
    , m_template(std::move(reviewTemplate))
{
    setObjectName(QStringLiteral("ReviewDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_state = new QLabel(content);
    m_state->setObjectName(QStringLiteral("ReviewState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText); // its own markup; what came from elsewhere is escaped
    layout->addWidget(m_state);
    m_notice = new QLabel(content);
    m_notice->setObjectName(QStringLiteral("ReviewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText); // it may quote what others wrote
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);
    auto* buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start the review"), content);
    m_start->setObjectName(QStringLiteral("StartReview"));
    m_save = new QPushButton(tr("Save"), content);
    m_save->setObjectName(QStringLiteral("SaveReview"));
    m_save->setToolTip(tr("Ctrl+S. What you type is also kept every few seconds, and saved when you leave "
                          "the incident or close."));
    m_toReview = new QPushButton(tr("Send for review"), content);
    m_publish = new QPushButton(tr("Publish"), content);
    m_publish->setObjectName(QStringLiteral("PublishReview"));
    m_reopen = new QPushButton(tr("Reopen as a new revision"), content);
    m_export = new QPushButton(tr("Export…"), content);
    m_history = new QPushButton(tr("Revisions…"), content);
    m_history->setObjectName(QStringLiteral("ReviewRevisions"));
    m_readTheirs = new QPushButton(tr("Read theirs"), content);
    m_readTheirs->setObjectName(QStringLiteral("ReviewReadTheirs"));
    m_readTheirs->setToolTip(tr("Show the version saved by someone else, and drop what you wrote here."));
    m_readTheirs->hide();
    for (QPushButton* button : { m_start, m_save, m_readTheirs, m_toReview, m_publish, m_reopen })
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_history);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    auto* scroll = new QScrollArea(content);
    scroll->setWidgetResizable(true);
    m_sections = new QWidget(scroll);
    auto* sections = new QVBoxLayout(m_sections);
    auto* titleRow = new QFormLayout;
    m_title = new QLineEdit(m_sections);
    m_title->setObjectName(QStringLiteral("ReviewTitle"));
    connect(m_title, &QLineEdit::textEdited, this, &ReviewDock::changed);
    titleRow->addRow(tr("Title:"), m_title);
    sections->addLayout(titleRow);
    if (!m_template.agenda.isEmpty()) {
        auto* agenda = new QLabel(
            tr("Review meeting agenda: %1").arg(m_template.agenda.join(QStringLiteral(" · "))), m_sections);
        agenda->setWordWrap(true);
        sections->addWidget(agenda);
    }
    for (const ReviewSection& section : std::as_const(m_template.sections))
        sections->addWidget(buildSection(section, m_sections));
    sections->addStretch(1);
    scroll->setWidget(m_sections);
    layout->addWidget(scroll, 1);
    setWidget(content);

    connect(m_start, &QPushButton::clicked, this, &ReviewDock::startReview);
    connect(m_save, &QPushButton::clicked, this, &ReviewDock::saveNow);
    connect(m_readTheirs, &QPushButton::clicked, this, [this] {
        m_dirty = false;
        m_conflicted = false;
        m_readTheirs->hide();
        m_notice->hide();
        load(false);
    });
    connect(m_toReview, &QPushButton::clicked, this, [this] { setStatus(ReviewStatus::InReview); });
    connect(m_publish, &QPushButton::clicked, this, [this] { setStatus(ReviewStatus::Published); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setStatus(ReviewStatus::Draft); });
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(edited()); });
    connect(m_history, &QPushButton::clicked, this, &ReviewDock::showRevisions);
    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &ReviewDock::saveNow);
    m_keep.setInterval(kKeepEveryMs);
    connect(&m_keep, &QTimer::timeout, this, &ReviewDock::keepUnsaved);
    m_keep.start();
    // Another console (or the API) changed the review: show it, unless we are writing in it.
    connect(store, &AsyncIncidentStore::changed, this, [this](const StoreChanges& changes) {
        for (const StoreChange& change : changes) {
            if (change.incident.id == m_incident.id && change.entry.kind == TimelineKind::Review
                && !m_dirty) {
                load();
                return;
            }
        }
    });
    setIncident(Incident());
}

QWidget* ReviewDock::buildSection(const ReviewSection& section, QWidget* parent)
{
    auto* box = new QGroupBox(section.title, parent);
    box->setObjectName(QStringLiteral("ReviewSection-%1").arg(section.key));
    box->setToolTip(section.hint);
    auto* layout = new QVBoxLayout(box);
    const auto prose = [this, box, layout, &section](int height) {
        auto* edit = new QTextEdit(box);
        // What is pasted or loaded shows no image from a file or the network, as in every export.
        edit->setDocument(new InertTextDocument(edit));
        edit->setObjectName(QStringLiteral("ReviewText-%1").arg(section.key));
        edit->setPlaceholderText(section.hint);
        edit->setMinimumHeight(height);
        edit->setAcceptRichText(true);
        connect(edit, &QTextEdit::textChanged, this, &ReviewDock::changed);
        layout->addWidget(edit);
        m_prose.insert(section.key, edit);
        return edit;
    };
    if (section.key == QLatin1String("impact")) {
        auto* form = new QFormLayout;
        m_duration = new QSpinBox(box);
        m_duration->setRange(0, 60 * 24 * 365);
        m_duration->setSuffix(tr(" min"));
        m_users = new QSpinBox(box);
        m_users->setRange(0, std::numeric_limits<int>::max());
        m_revenue = new QLineEdit(box);
        m_revenue->setPlaceholderText(tr("e.g. ~$25K"));
        m_sla = new QCheckBox(tr("The SLA was breached"), box);
        form->addRow(tr("Duration:"), m_duration);
        form->addRow(tr("Users affected:"), m_users);
        form->addRow(tr("Revenue impact:"), m_revenue);
        form->addRow(QString(), m_sla);
        layout->addLayout(form);
        connect(m_duration, &QSpinBox::valueChanged, this, &ReviewDock::changed);
        connect(m_users, &QSpinBox::valueChanged, this, &ReviewDock::changed);
        connect(m_revenue, &QLineEdit::textEdited, this, &ReviewDock::changed);
        connect(m_sla, &QCheckBox::toggled, this, &ReviewDock::changed);
        prose(70);
    } else if (section.key == QLatin1String("timeline")) {
        m_timeline = makeEditTable({ tr("Time (local)"), tr("Event"), tr("Action taken"), tr("Owner") }, box);
        m_timeline->setObjectName(QStringLiteral("ReviewTimeline"));
        m_timeline->setMinimumHeight(160);
        connect(m_timeline, &QTableWidget::itemChanged, this, &ReviewDock::changed);
        layout->addWidget(m_timeline);
        layout->addLayout(addRemoveButtons(
            box, tr("Add event"), tr("Remove event"),
            [this] {
                addTimelineRow({ m_clock->nowUtc(), QString(), QString(), QString() });
                changed();
            },
            [this] {
                m_timeline->removeRow(m_timeline->currentRow());
                changed();
            }));
    } else if (section.key == QLatin1String("fiveWhys")) {
        auto* form = new QFormLayout;
        for (int i = 0; i < 5; ++i) {
            auto* why = new QLineEdit(box);
            why->setObjectName(QStringLiteral("ReviewWhy%1").arg(i + 1));
            connect(why, &QLineEdit::textEdited, this, &ReviewDock::changed);
            form->addRow(tr("Why %1?").arg(i + 1), why);
            m_whys.append(why);
        }
        layout->addLayout(form);
    } else if (section.key == QLatin1String("actionItems")) {
        m_actions = makeEditTable(
            { tr("Action"), tr("Owner"), tr("Deadline"), tr("Priority"), tr("Status"), tr("Horizon") }, box);
        m_actions->setObjectName(QStringLiteral("ReviewActions"));
        m_actions->setMinimumHeight(160);
        m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_actions->horizontalHeader()->setStretchLastSection(false);
        connect(m_actions, &QTableWidget::itemChanged, this, &ReviewDock::changed);
        layout->addWidget(m_actions);
        layout->addLayout(addRemoveButtons(
            box, tr("Add action item"), tr("Remove action item"),
            [this] {
                ActionItem item;
                item.deadline = m_clock->nowUtc().date().addDays(14);
                addActionRow(item);
                changed();
            },
            [this] {
                m_actions->removeRow(m_actions->currentRow());
                changed();
            }));
    } else if (section.key == QLatin1String("rootCause")) {
        auto* form = new QFormLayout;
        m_category = new QComboBox(box);
        m_category->setObjectName(QStringLiteral("ReviewCategory"));
        m_category->addItem(tr("(not yet known)"), QString());
        for (const QString& category : std::as_const(m_template.rootCauseCategories))
            m_category->addItem(category, category);
        connect(m_category, &QComboBox::activated, this, &ReviewDock::changed);
        form->addRow(tr("Category:"), m_category);
        layout->addLayout(form);
        prose(110);
    } else {
        prose(section.key == QLatin1String("summary") ? 90 : 80);
    }
    return box;
}

void ReviewDock::addTimelineRow(const ReviewTimelineRow& row)
{
    const bool was = std::exchange(m_showing, true);
    const int at = m_timeline->rowCount();
    m_timeline->insertRow(at);
    m_timeline->setItem(at, 0, new QTableWidgetItem(row.at.toLocalTime().toString(kLocalTime)));
    m_timeline->setItem(at, 1, new QTableWidgetItem(row.event));
    m_timeline->setItem(at, 2, new QTableWidgetItem(row.action));
    m_timeline->setItem(at, 3, new QTableWidgetItem(row.owner));
    m_showing = was;
}

void ReviewDock::addActionRow(const ActionItem& item)
{
    const bool was = std::exchange(m_showing, true);
    const int at = m_actions->rowCount();
    m_actions->insertRow(at);
    m_actions->setItem(at, 0, new QTableWidgetItem(item.text));
    m_actions->setItem(at, 1, new QTableWidgetItem(item.owner));
    auto* deadline
        = new QDateEdit(item.deadline.isValid() ? item.deadline : m_clock->nowUtc().date(), m_actions);
    deadline->setCalendarPopup(true);
    deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(deadline, &QDateEdit::dateChanged, this, &ReviewDock::changed);
    m_actions->setCellWidget(at, 2, deadline);
    int column = 3;
    for (QComboBox* box : { choice(kActionPriorities, item.priority, m_actions),
             choice(kActionStatuses, item.status, m_actions),
             choice(kActionHorizons, item.horizon, m_actions) }) {
        connect(box, &QComboBox::activated, this, &ReviewDock::changed);
        m_actions->setCellWidget(at, column++, box);
    }
    m_showing = was;
}

void ReviewDock::setIncident(const Incident& incident)
{
    if (incident.id == m_incident.id) {
        m_incident = incident; // resolved meanwhile: the workflow buttons follow
        updateState();
        return;
    }
    if (m_dirty)
        saveUnlessConflicted(); // the last words for the previous incident
    m_incident = incident;
    m_review = PostIncidentReview();
    m_dirty = false;
    m_conflicted = false;
    m_readTheirs->hide();
    showReview(m_review);
    if (incident.isValid())
        load();
    updateState();
}

void ReviewDock::load(bool restoreUnsaved)
{
    const qint64 incidentId = m_incident.id;
    struct Loaded {
        StoreResult<std::optional<PostIncidentReview>> review;
        StoreResult<QPair<QByteArray, QDateTime>> unsaved;
    };
    m_store->run<Loaded>(
        this,
        [incidentId](IncidentStore& store) {
            return Loaded { store.reviews().review(incidentId), store.reviews().unsavedReview(incidentId) };
        },
        [this, incidentId, restoreUnsaved](const Loaded& loaded) {
            if (incidentId != m_incident.id)
                return;
            if (!loaded.review) {
                m_state->setText(loaded.review.error().toHtmlEscaped());
                return;
            }
            m_review = loaded.review->value_or(PostIncidentReview());
            showReview(m_review);
            m_dirty = false;
            m_notice->hide();
            // Text kept after the last save: the console stopped before saving it. Bring it back.
            if (restoreUnsaved && m_review.isValid() && !m_review.isReadOnly() && loaded.unsaved
                && loaded.unsaved->second.isValid()) {
                PostIncidentReview restored = m_review;
                restored.setContent(loaded.unsaved->first);
                if (!restored.sameContent(m_review)) {
                    showReview(restored);
                    m_dirty = true;
                    m_notice->setText(tr(
                        "Restored what you had written up to %1 but not saved: the console stopped before it "
                        "could save. Save keeps it.")
                                          .arg(TimeFormat::local(loaded.unsaved->second)));
                    m_notice->show();
                }
            }
            updateState();
        });
}

void ReviewDock::showReview(const PostIncidentReview& review)
{
    const bool was = std::exchange(m_showing, true);
    m_title->setText(review.title);
    for (auto it = m_prose.cbegin(); it != m_prose.cend(); ++it) {
        if (const QString* html = review.prose(it.key()))
            it.value()->setHtml(ReviewHtml::sanitized(*html)); // written elsewhere, perhaps through the API
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(review.rootCauseCategory)));
    m_duration->setValue(review.impact.durationMinutes);
    m_users->setValue(
        static_cast<int>(std::min<qint64>(review.impact.usersAffected, std::numeric_limits<int>::max())));
    m_revenue->setText(review.impact.revenue);
    m_sla->setChecked(review.impact.slaBreached);
    m_timeline->setRowCount(0);
    for (const ReviewTimelineRow& row : review.timeline)
        addTimelineRow(row);
    for (int i = 0; i < m_whys.size(); ++i)
        m_whys.at(i)->setText(review.fiveWhys.value(i));
    m_actions->setRowCount(0);
    for (const ActionItem& item : review.actionItems)
        addActionRow(item);
    m_showing = was;
}

PostIncidentReview ReviewDock::edited() const
{
    PostIncidentReview review = m_review;
    review.title = m_title->text().trimmed();
    for (auto it = m_prose.cbegin(); it != m_prose.cend(); ++it) {
        if (QString* html = review.prose(it.key()))
            *html = it.value()->toPlainText().trimmed().isEmpty() ? QString() : it.value()->toHtml();
    }
    review.rootCauseCategory = m_category->currentData().toString();
    review.impact.durationMinutes = m_duration->value();
    review.impact.usersAffected = m_users->value();
    review.impact.revenue = m_revenue->text().trimmed();
    review.impact.slaBreached = m_sla->isChecked();
    review.timeline.clear();
    for (int row = 0; row < m_timeline->rowCount(); ++row) {
        const QDateTime at = QDateTime::fromString(text(m_timeline, row, 0), kLocalTime);
        review.timeline.append({ at.isValid() ? at.toUTC() : QDateTime(), text(m_timeline, row, 1),
            text(m_timeline, row, 2), text(m_timeline, row, 3) });
    }
    review.fiveWhys.clear();
    for (const QLineEdit* why : m_whys)
        review.fiveWhys.append(why->text().trimmed());
    review.actionItems.clear();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        ActionItem item;
        item.text = text(m_actions, row, 0);
        if (item.text.isEmpty())
            continue;
        item.owner = text(m_actions, row, 1);
        item.deadline = qobject_cast<QDateEdit*>(m_actions->cellWidget(row, 2))->date();
        item.priority = static_cast<ActionPriority>(
            qobject_cast<QComboBox*>(m_actions->cellWidget(row, 3))->currentData().toInt());
        item.status = static_cast<ActionStatus>(
            qobject_cast<QComboBox*>(m_actions->cellWidget(row, 4))->currentData().toInt());
        item.horizon = static_cast<ActionHorizon>(
            qobject_cast<QComboBox*>(m_actions->cellWidget(row, 5))->currentData().toInt());
        review.actionItems.append(item);
    }
    return review;
}

void ReviewDock::changed()
{
    if (m_showing || !m_review.isValid() || m_review.isReadOnly())
        return;
    m_dirty = true;
    updateState();
}

void ReviewDock::keepUnsaved()
{
    if (!m_dirty || !m_review.isValid())
        return;
    const qint64 incidentId = m_review.incidentId;
    const QByteArray content = edited().contentJson();
    m_store->run<StoreResult<bool>>(
        this,
        [incidentId, content](
            IncidentStore& store) { return store.reviews().keepUnsavedReview(incidentId, content); },
        [this](const StoreResult<bool>& kept) {
            if (!kept)
                m_state->setText(tr("Could not keep the unsaved text: %1").arg(kept.error()).toHtmlEscaped());
        });
}

void ReviewDock::saveUnlessConflicted()
{
    if (m_conflicted)
        keepUnsaved(); // kept, for the user to choose when they come back to it
    else
        saveNow();
}

void ReviewDock::saveNow()
{
    if (!m_dirty || !m_review.isValid())
        return;
    if (m_saving) {
        m_saveAgain = true; // once the answer to the one on its way gives the version to save over
        return;
    }
    PostIncidentReview review = edited();
    if (std::exchange(m_conflicted, false)) {
        review.updatedAt = QDateTime(); // the user has been told, and saves theirs over on purpose
        m_readTheirs->hide();
    }
    const QString author = m_commands->author();
    const qint64 incidentId = review.incidentId;
    m_dirty = false;
    m_saving = true;
    m_store->run<StoreResult<PostIncidentReview>>(
        this, [review, author](IncidentStore& store) { return store.reviews().saveReview(review, author); },
        [this, incidentId](const StoreResult<PostIncidentReview>& saved) {
            m_saving = false;
            if (incidentId != m_incident.id)
                return; // another incident's: its text is in the store, saved or kept
            if (!saved) {
                m_dirty = true;
                m_state->setText(saved.error().toHtmlEscaped());
                if (saved.errorKind() == StoreErrorKind::Conflict) {
                    // Someone saved first. Theirs stands; yours stays here until you choose.
                    m_conflicted = true;
                    m_saveAgain = false;
                    m_notice->setText(
                        tr("%1 Yours stays here, unsaved: Save replaces theirs with it; Read theirs "
                           "shows theirs instead.")
                            .arg(saved.error()));
                    m_notice->show();
                    m_readTheirs->show();
                    keepUnsaved();
                }
                updateState();
                return;
            }
            Q_EMIT this->saved();
            m_review.setContent(saved->contentJson());
            m_review.updatedAt = saved->updatedAt;
            m_review.updatedBy = saved->updatedBy;
            m_review.dueAt = saved->dueAt;
            m_notice->hide();
            updateState();
            if (std::exchange(m_saveAgain, false))
                saveNow();
        });
}

void ReviewDock::startReview()
{
    const qint64 incidentId = m_incident.id;
    const QString author = m_commands->author();
    m_store->run<StoreResult<PostIncidentReview>>(
        this,
        [incidentId, author](
            IncidentStore& store) { return store.reviews().startReview(incidentId, author); },
        [this, incidentId](const StoreResult<PostIncidentReview>& started) {
            if (incidentId != m_incident.id)
                return;
            if (!started) {
                m_state->setText(started.error().toHtmlEscaped());
                return;
            }
            m_review = *started;
            showReview(m_review);
            updateState();
        });
}

void ReviewDock::setStatus(ReviewStatus to)
{
    saveUnlessConflicted(); // the store runs jobs in order: the text is saved before the status moves
    const qint64 incidentId = m_incident.id;
    const QString author = m_commands->author();
    m_store->run<StoreResult<PostIncidentReview>>(
        this,
        [incidentId, to, author](
            IncidentStore& store) { return store.reviews().setReviewStatus(incidentId, to, author); },
        [this, incidentId](const StoreResult<PostIncidentReview>& moved) {
            if (incidentId != m_incident.id)
                return;
            if (!moved) {
                m_state->setText(moved.error().toHtmlEscaped());
                return;
            }
            m_review = *moved;
            showReview(m_review);
            updateState();
        });
}

void ReviewDock::updateState()
{
    const bool has = m_review.isValid();
    const bool resolved = m_incident.resolvedAt.isValid();
    m_start->setVisible(m_incident.isValid() && !has);
    for (QPushButton* button : { m_save, m_toReview, m_publish, m_reopen, m_export })
        button->setVisible(has);
    // A revision was published when the review is published now or is past its first revision.
    m_history->setVisible(has && (m_review.status == ReviewStatus::Published || m_review.revision > 1));
    m_sections->setEnabled(has);
    if (!m_incident.isValid()) {
        m_state->setText(tr("No incident selected.").toHtmlEscaped());
        return;
    }
    if (!has) {
        m_state->setText(resolved
                ? tr("%1 has no review yet.").arg(m_incident.key)
                : tr("%1 is not resolved yet; a review can be started as a draft.").arg(m_incident.key));
        return;
    }
    const bool readOnly = m_review.isReadOnly();
    m_title->setReadOnly(readOnly);
    for (QTextEdit* edit : std::as_const(m_prose))
        edit->setReadOnly(readOnly);
    for (QLineEdit* why : std::as_const(m_whys))
        why->setReadOnly(readOnly);
    for (QWidget* field : std::initializer_list<QWidget*> {
             m_duration, m_users, m_revenue, m_sla, m_category, m_timeline, m_actions })
        field->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly && m_dirty);
    m_toReview->setEnabled(resolved && m_review.status == ReviewStatus::Draft);
    m_publish->setEnabled(resolved && m_review.status != ReviewStatus::Published);
    m_reopen->setEnabled(readOnly);
    QStringList parts { QStringLiteral("<b>%1</b>").arg(m_incident.key.toHtmlEscaped()),
        tr("%1, revision %2").arg(kReviewStatuses.label(m_review.status)).arg(m_review.revision) };
    if (!resolved)
        parts.append(tr("<span style=\"color:#b26a00\">draft only: the incident is not resolved</span>"));
    if (m_review.dueAt.isValid() && m_review.status != ReviewStatus::Published) {
        const bool late = m_review.isOverdue(m_clock->nowUtc());
        parts.append(late ? tr("<span style=\"color:%2\"><b>overdue since %1</b></span>")
                                .arg(TimeFormat::local(m_review.dueAt), AttentionColours::overdue().name())
                          : tr("due %1").arg(TimeFormat::local(m_review.dueAt)));
    }
    if (m_review.isReadOnly())
        parts.append(
            tr("published %1; read-only").arg(TimeFormat::local(m_review.publishedAt)).toHtmlEscaped());
    else
        parts.append(m_dirty ? tr("not saved yet (kept every few seconds)")
                             : tr("saved %1 by %2")
                                   .arg(TimeFormat::localShort(m_review.updatedAt), m_review.updatedBy)
                                   .toHtmlEscaped());
    m_state->setText(parts.join(QStringLiteral(" · ")));
}

void ReviewDock::showRevisions()
{
    const qint64 incidentId = m_incident.id;
    m_store->run<StoreResult<QList<PostIncidentReview>>>(
        this, [incidentId](IncidentStore& store) { return store.reviews().reviewRevisions(incidentId); },
        [this, incidentId](const StoreResult<QList<PostIncidentReview>>& revisions) {
            if (incidentId != m_incident.id || !revisions || revisions->isEmpty())
                return;
            auto* dialog = new QDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Published revisions of %1").arg(m_incident.key));
            auto* layout = new QVBoxLayout(dialog);
            auto* choice = new QComboBox(dialog);
            for (const PostIncidentReview& revision : *revisions)
                choice->addItem(tr("Revision %1, published %2 by %3")
                                    .arg(revision.revision)
                                    .arg(TimeFormat::local(revision.publishedAt), revision.updatedBy));
            auto* page = new QTextBrowser(dialog);
            layout->addWidget(choice);
            layout->addWidget(page, 1);
            const auto show = [this, page, list = *revisions](int index) {
                if (index >= 0 && index < list.size())
                    page->setHtml(ReviewDocument(list.at(index), m_incident, m_template).html());
            };
            connect(choice, &QComboBox::currentIndexChanged, dialog, show);
            choice->setCurrentIndex(static_cast<int>(revisions->size()) - 1);
            show(choice->currentIndex());
            dialog->resize(900, 700);
            dialog->show();
        });
}
