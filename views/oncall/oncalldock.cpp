#include "views/oncall/oncalldock.h"

#include "models/itemmodels/oncallmodel.h"
#include "views/common/recordtable.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kRefreshMs = 30000;

// "SEV1 unacknowledged for 5 min → Senior engineers: Senior engineers, then at 15 min Engineering manager".
QString describeRules(const EscalationConfig& config)
{
    QStringList lines;
    for (const EscalationRule& rule : config.rules) {
        const EscalationPolicy* policy = config.policy(rule.policy);
        QStringList steps;
        for (const EscalationLevel& level : policy->levels) {
            QStringList targets;
            for (const EscalationTarget& target : level.targets) {
                const OnCallSchedule* schedule
                    = target.kind == EscalationTarget::Kind::Schedule ? config.schedule(target.id) : nullptr;
                targets.append(schedule ? schedule->name : target.id);
            }
            steps.append(level.delayMinutes == 0 ? targets.join(QLatin1String(", "))
                                                 : OnCallDock::tr("at +%1 min %2")
                                                       .arg(level.delayMinutes)
                                                       .arg(targets.join(QLatin1String(", "))));
        }
        const QString who
            = rule.severity ? SeverityNames::code(*rule.severity) : OnCallDock::tr("Any incident");
        lines.append(OnCallDock::tr("%1 unacknowledged for %2 min → %3: %4")
                         .arg(who)
                         .arg(rule.unacknowledgedMinutes)
                         .arg(rule.policy, steps.join(QLatin1String(", then "))));
    }
    return lines.isEmpty() ? OnCallDock::tr("No escalation rules: incidents page nobody on their own.")
                           : lines.join(QLatin1Char('\n'));
}
}

OnCallDock::OnCallDock(const EscalationConfig& config, const Clock* clock, QWidget* parent)
    : QDockWidget(tr("On call"), parent)
    , m_model(new OnCallModel(config, clock, this))
{
    setObjectName(QStringLiteral("OnCallDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("OnCallView"));
    m_view->setModel(m_model);
    configureRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OnCallModel::NextColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    m_rules = new QLabel(describeRules(config), content);
    m_rules->setObjectName(QStringLiteral("EscalationRules"));
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_rules);
    auto* edit = new QPushButton(tr("Edit escalation and on-call…"), content);
    edit->setObjectName(QStringLiteral("EditEscalation"));
    connect(edit, &QPushButton::clicked, this, &OnCallDock::editRequested);
    layout->addWidget(edit, 0, Qt::AlignRight);
    setWidget(content);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, m_model, &OnCallModel::refresh);
    m_refresh.start();
}

void OnCallDock::setConfig(const EscalationConfig& config)
{
    m_model->setConfig(config);
    m_rules->setText(describeRules(config));
}
