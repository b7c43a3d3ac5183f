#include "views/dialogs/escalationdialog.h"

#include "models/itemmodels/attentioncolours.h"
#include "views/common/recordtable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString kLocalFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// A choice among "any" and the values of a vocabulary; its data is the key ("" for any).
QComboBox* makeAnyChoice(
    const QStringList& keys, const QStringList& labels, const QString& current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(EscalationDialog::tr("Any"), QString());
    for (qsizetype i = 0; i < keys.size(); ++i)
        box->addItem(labels.at(i), keys.at(i));
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

QComboBox* severityChoice(const std::optional<Severity>& current, QWidget* parent)
{
    QStringList keys;
    for (Severity severity : kAllSeverities)
        keys.append(SeverityNames::code(severity));
    return makeAnyChoice(keys, keys, current ? SeverityNames::code(*current) : QString(), parent);
}

QComboBox* typeChoice(const std::optional<IncidentType>& current, QWidget* parent)
{
    QStringList labels;
    for (IncidentType type : kIncidentTypes.all())
        labels.append(kIncidentTypes.label(type));
    return makeAnyChoice(
        kIncidentTypes.keys(), labels, current ? kIncidentTypes.key(*current) : QString(), parent);
}

QSpinBox* minutes(int value, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, 7 * 24 * 60);
    box->setSuffix(EscalationDialog::tr(" min"));
    box->setValue(value);
    return box;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

template<typename W> W* cell(const QTableWidget* table, int row, int column)
{
    return qobject_cast<W*>(table->cellWidget(row, column));
}

// The add and remove buttons under a table or list.
// Add and Remove under an editable table.
QHBoxLayout* rowButtons(
    QWidget* parent, const std::function<void()>& add, const std::function<void()>& remove)
{
    return addRemoveButtons(parent, EscalationDialog::tr("Add"), EscalationDialog::tr("Remove"), add, remove);
}
}

EscalationDialog::EscalationDialog(EscalationConfig config, QWidget* parent)
    : QDialog(parent)
    , m_config(std::move(config))
{
    setObjectName(QStringLiteral("EscalationDialog"));
    setWindowTitle(tr("Escalation and on-call"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildRulesPage(), tr("Rules"));
    tabs->addTab(buildPoliciesPage(), tr("Policies"));
    tabs->addTab(buildSchedulesPage(), tr("Schedules"));
    tabs->addTab(buildAssignmentPage(), tr("Team assignment"));
    layout->addWidget(tabs, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("EscalationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(AttentionColours::overdue().name()));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 560);
}

QWidget* EscalationDialog::buildRulesPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(
        tr("An incident follows the first rule it matches, once it has stayed unacknowledged that long."),
        page));
    m_rules = makeEditTable({ tr("Severity"), tr("Type"), tr("Unacknowledged for"), tr("Policy") }, page);
    m_rules->setObjectName(QStringLiteral("EscalationRules"));
    const auto addRule = [this](const EscalationRule& rule) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        m_rules->setCellWidget(row, 0, severityChoice(rule.severity, m_rules));
        m_rules->setCellWidget(row, 1, typeChoice(rule.type, m_rules));
        m_rules->setCellWidget(row, 2, minutes(rule.unacknowledgedMinutes, m_rules));
        // The policy by name, typed or picked; a name no policy has is named on saving.
        auto* policy = new QComboBox(m_rules);
        policy->setEditable(true);
        for (const EscalationPolicy& each : std::as_const(m_config.policies))
            policy->addItem(each.name);
        policy->setCurrentText(rule.policy);
        m_rules->setCellWidget(row, 3, policy);
    };
    for (const EscalationRule& rule : std::as_const(m_config.rules))
        addRule(rule);
    layout->addWidget(m_rules, 1);
    layout->addLayout(rowButtons(
        page,
        [addRule, this] {
            EscalationRule rule;
            rule.policy = m_config.policies.isEmpty() ? QString() : m_config.policies.first().name;
            addRule(rule);
        },
        [this] { m_rules->removeRow(m_rules->currentRow()); }));
    return page;
}

QWidget* EscalationDialog::buildPoliciesPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    m_policies = new QListWidget(page);
    m_policies->setObjectName(QStringLiteral("EscalationPolicies"));
    for (const EscalationPolicy& policy : std::as_const(m_config.policies))
        m_policies->addItem(policy.name);
    left->addWidget(m_policies, 1);
    left->addLayout(rowButtons(
        page,
        [this] {
            const QString name = QInputDialog::getText(this, tr("New policy"), tr("Name:")).trimmed();
            if (name.isEmpty())
                return;
            keepPolicy();
            m_config.policies.append({ name, { { 0, {} } } });
            m_policies->addItem(name);
            m_policies->setCurrentRow(m_policies->count() - 1);
        },
        [this] {
            const int row = m_policies->currentRow();
            if (row < 0)
                return;
            m_policyShown = -1; // gone: nothing to keep
            m_config.policies.removeAt(row);
            delete m_policies->takeItem(row);
        }));
    layout->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(
        tr("Each level pages its targets this long after the escalation starts. Targets: "
           "“schedule:primary” (whoever is on call then) or “user:Ana Lima”, separated by commas."),
        page));
    m_levels = makeEditTable({ tr("After"), tr("Targets") }, page);
    m_levels->setObjectName(QStringLiteral("EscalationLevels"));
    right->addWidget(m_levels, 1);
    right->addLayout(rowButtons(
        page,
        [this] {
            const int row = m_levels->rowCount();
            m_levels->insertRow(row);
            const auto* last = row > 0 ? cell<QSpinBox>(m_levels, row - 1, 0) : nullptr;
            m_levels->setCellWidget(row, 0, minutes(last ? last->value() + 15 : 0, m_levels));
            m_levels->setItem(row, 1, new QTableWidgetItem);
        },
        [this] { m_levels->removeRow(m_levels->currentRow()); }));
    layout->addLayout(right, 2);
    connect(m_policies, &QListWidget::currentRowChanged, this, [this](int row) {
        keepPolicy();
        showPolicy(row);
    });
    m_policies->setCurrentRow(0);
    return page;
}

void EscalationDialog::showPolicy(int row)
{
    m_policyShown = row;
    m_levels->setRowCount(0);
    if (row < 0 || row >= m_config.policies.size())
        return;
    for (const EscalationLevel& level : std::as_const(m_config.policies.at(row).levels)) {
        const int at = m_levels->rowCount();
        m_levels->insertRow(at);
        m_levels->setCellWidget(at, 0, minutes(level.delayMinutes, m_levels));
        m_levels->setItem(at, 1, new QTableWidgetItem(targetsText(level.targets)));
    }
}

void EscalationDialog::keepPolicy()
{
    if (m_policyShown < 0 || m_policyShown >= m_config.policies.size())
        return;
    QList<EscalationLevel> levels;
    for (int row = 0; row < m_levels->rowCount(); ++row)
        levels.append(
            { cell<QSpinBox>(m_levels, row, 0)->value(), parseTargets(cellText(m_levels, row, 1)) });
    m_config.policies[m_policyShown].levels = levels;
}

QWidget* EscalationDialog::buildSchedulesPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    m_schedules = new QListWidget(page);
    m_schedules->setObjectName(QStringLiteral("EscalationSchedules"));
    for (const OnCallSchedule& schedule : std::as_const(m_config.schedules))
        m_schedules->addItem(schedule.name);
    left->addWidget(m_schedules, 1);
    left->addLayout(rowButtons(
        page,
        [this] {
            const QString id
                = QInputDialog::getText(this, tr("New schedule"), tr("Id (as policies name it):")).trimmed();
            if (id.isEmpty())
                return;
            keepSchedule();
            OnCallSchedule schedule;
            schedule.id = id;
            schedule.name = id;
            m_config.schedules.append(schedule);
            m_schedules->addItem(id);
            m_schedules->setCurrentRow(m_schedules->count() - 1);
        },
        [this] {
            const int row = m_schedules->currentRow();
            if (row < 0)
                return;
            m_scheduleShown = -1;
            m_config.schedules.removeAt(row);
            delete m_schedules->takeItem(row);
        }));
    layout->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_scheduleId = new QLineEdit(page);
    m_scheduleName = new QLineEdit(page);
    m_zone = new QLineEdit(page);
    m_zone->setObjectName(QStringLiteral("ScheduleZone"));
    m_zone->setPlaceholderText(tr("e.g. America/New_York, Europe/Berlin, UTC"));
    form->addRow(tr("Id:"), m_scheduleId);
    form->addRow(tr("Name:"), m_scheduleName);
    form->addRow(tr("Time zone:"), m_zone);
    right->addLayout(form);
    right->addWidget(new QLabel(
        tr("Rotation layers: from the start (local time in the schedule's zone) each person is on "
           "call for one turn, in order. A later layer overrides the earlier ones once it begins."),
        page));
    m_layers = makeEditTable({ tr("Start (local)"), tr("Turn (hours)"), tr("People, in order") }, page);
    m_layers->setObjectName(QStringLiteral("ScheduleLayers"));
    right->addWidget(m_layers, 1);
    right->addLayout(rowButtons(
        page,
        [this] {
            const int row = m_layers->rowCount();
            m_layers->insertRow(row);
            m_layers->setItem(row, 0,
                new QTableWidgetItem(
                    QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd 09:00"))));
            auto* turn = new QSpinBox(m_layers);
            turn->setRange(1, 24 * 28);
            turn->setValue(7 * 24);
            m_layers->setCellWidget(row, 1, turn);
            m_layers->setItem(row, 2, new QTableWidgetItem);
        },
        [this] { m_layers->removeRow(m_layers->currentRow()); }));
    layout->addLayout(right, 2);
    connect(m_schedules, &QListWidget::currentRowChanged, this, [this](int row) {
        keepSchedule();
        showSchedule(row);
    });
    m_schedules->setCurrentRow(0);
    return page;
}

void EscalationDialog::showSchedule(int row)
{
    m_scheduleShown = row;
    m_layers->setRowCount(0);
    const bool valid = row >= 0 && row < m_config.schedules.size();
    for (QLineEdit* edit : { m_scheduleId, m_scheduleName, m_zone })
        edit->setEnabled(valid);
    if (!valid)
        return;
    const OnCallSchedule& schedule = m_config.schedules.at(row);
    m_scheduleId->setText(schedule.id);
    m_scheduleName->setText(schedule.name);
    m_zone->setText(QString::fromUtf8(schedule.zone.id()));
    for (const RotationLayer& layer : schedule.layers) {
        const int at = m_layers->rowCount();
        m_layers->insertRow(at);
        m_layers->setItem(at, 0, new QTableWidgetItem(layer.start.toString(kLocalFormat)));
        auto* turn = new QSpinBox(m_layers);
        turn->setRange(1, 24 * 28);
        turn->setValue(static_cast<int>(layer.turnSeconds / 3600));
        m_layers->setCellWidget(at, 1, turn);
        m_layers->setItem(at, 2, new QTableWidgetItem(layer.users.join(QLatin1String(", "))));
    }
}

void EscalationDialog::keepSchedule()
{
    if (m_scheduleShown < 0 || m_scheduleShown >= m_config.schedules.size())
        return;
    OnCallSchedule& schedule = m_config.schedules[m_scheduleShown];
    schedule.id = m_scheduleId->text().trimmed();
    schedule.name
        = m_scheduleName->text().trimmed().isEmpty() ? schedule.id : m_scheduleName->text().trimmed();
    // An unknown zone is kept as typed (an invalid one) and named when saving.
    schedule.zone = QTimeZone(m_zone->text().trimmed().toUtf8());
    schedule.layers.clear();
    for (int row = 0; row < m_layers->rowCount(); ++row) {
        RotationLayer layer;
        layer.start = QDateTime::fromString(cellText(m_layers, row, 0), kLocalFormat);
        layer.turnSeconds = qint64(cell<QSpinBox>(m_layers, row, 1)->value()) * 3600;
        for (const QString& user : cellText(m_layers, row, 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            layer.users.append(user.trimmed());
        schedule.layers.append(layer);
    }
    if (QListWidgetItem* item = m_schedules->item(m_scheduleShown))
        item->setText(schedule.name);
}

QWidget* EscalationDialog::buildAssignmentPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("A declared incident goes to the team of the first rule it matches (by type, a word of "
                      "its service, severity); otherwise to the default team."),
            page));
    m_assignment = makeEditTable({ tr("Type"), tr("Service word"), tr("Severity"), tr("Team") }, page);
    m_assignment->setObjectName(QStringLiteral("AssignmentRules"));
    const auto addRule = [this](const AssignmentRule& rule) {
        const int row = m_assignment->rowCount();
        m_assignment->insertRow(row);
        m_assignment->setCellWidget(row, 0, typeChoice(rule.type, m_assignment));
        m_assignment->setItem(row, 1, new QTableWidgetItem(rule.service));
        m_assignment->setCellWidget(row, 2, severityChoice(rule.severity, m_assignment));
        m_assignment->setItem(row, 3, new QTableWidgetItem(rule.team));
    };
    for (const AssignmentRule& rule : std::as_const(m_config.assignment.rules))
        addRule(rule);
    layout->addWidget(m_assignment, 1);
    layout->addLayout(rowButtons(
        page, [addRule] { addRule({}); }, [this] { m_assignment->removeRow(m_assignment->currentRow()); }));
    auto* form = new QFormLayout;
    m_defaultTeam = new QLineEdit(m_config.assignment.defaultTeam, page);
    form->addRow(tr("Default team:"), m_defaultTeam);
    layout->addLayout(form);
    return page;
}

EscalationConfig EscalationDialog::edited()
{
    keepPolicy();
    keepSchedule();
    EscalationConfig config = m_config;
    config.rules.clear();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        EscalationRule rule;
        rule.severity = SeverityNames::fromCode(cell<QComboBox>(m_rules, row, 0)->currentData().toString());
        rule.type = kIncidentTypes.parse(cell<QComboBox>(m_rules, row, 1)->currentData().toString());
        rule.unacknowledgedMinutes = cell<QSpinBox>(m_rules, row, 2)->value();
        rule.policy = cell<QComboBox>(m_rules, row, 3)->currentText().trimmed();
        config.rules.append(rule);
    }
    config.assignment.rules.clear();
    for (int row = 0; row < m_assignment->rowCount(); ++row) {
        AssignmentRule rule;
        rule.type = kIncidentTypes.parse(cell<QComboBox>(m_assignment, row, 0)->currentData().toString());
        rule.service = cellText(m_assignment, row, 1);
        rule.severity
            = SeverityNames::fromCode(cell<QComboBox>(m_assignment, row, 2)->currentData().toString());
        rule.team = cellText(m_assignment, row, 3);
        config.assignment.rules.append(rule);
    }
    config.assignment.defaultTeam = m_defaultTeam->text().trimmed();
    return config;
}

void EscalationDialog::accept()
{
    const EscalationConfig config = edited();
    // Checked exactly as the file will be read: what is saved is what loads.
    for (const OnCallSchedule& schedule : config.schedules) {
        if (!schedule.zone.isValid()) {
            m_problem->setText(
                tr("Schedule “%1”: the time zone is not one this computer knows.").arg(schedule.name));
            return;
        }
        for (const RotationLayer& layer : schedule.layers) {
            if (!layer.start.isValid()) {
                m_problem->setText(
                    tr("Schedule “%1”: a layer's start must read like 2026-11-23 09:00.").arg(schedule.name));
                return;
            }
        }
    }
    QString error;
    const std::optional<EscalationConfig> checked = EscalationConfig::parse(config.toJson(), &error);
    if (!checked) {
        m_problem->setText(error);
        return;
    }
    m_config = *checked;
    QDialog::accept();
}

QString EscalationDialog::targetsText(const QList<EscalationTarget>& targets)
{
    QStringList parts;
    for (const EscalationTarget& target : targets)
        parts.append((target.kind == EscalationTarget::Kind::User ? QStringLiteral("user:")
                                                                  : QStringLiteral("schedule:"))
            + target.id);
    return parts.join(QLatin1String(", "));
}

QList<EscalationTarget> EscalationDialog::parseTargets(const QString& text)
{
    QList<EscalationTarget> targets;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.startsWith(QLatin1String("user:")))
            targets.append({ EscalationTarget::Kind::User, trimmed.mid(5).trimmed() });
        else if (trimmed.startsWith(QLatin1String("schedule:")))
            targets.append({ EscalationTarget::Kind::Schedule, trimmed.mid(9).trimmed() });
        else if (!trimmed.isEmpty())
            targets.append({ EscalationTarget::Kind::User, trimmed }); // a plain name is a person
    }
    return targets;
}
