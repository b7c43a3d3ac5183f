#include "models/itemmodels/communicationmodel.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/attentioncolours.h"
#include "models/itemmodels/plaintooltip.h"

#include <QBrush>
#include <QColor>
#include <QFont>

CommunicationModel::CommunicationModel(CommunicationPlan plan, const Clock* clock, QObject* parent)
    : KeyedListModel(parent)
    , m_plan(std::move(plan))
    , m_clock(clock)
{
}

void CommunicationModel::setPlan(CommunicationPlan plan)
{
    m_plan = std::move(plan);
    refresh();
}

void CommunicationModel::setIncident(const Incident& incident, const CommunicationLog& log)
{
    m_incident = incident;
    m_log = log;
    refresh();
}

void CommunicationModel::refresh()
{
    QList<CommunicationRow> rows;
    if (m_incident.isValid()) {
        QList<CommunicationRow> notRequired;
        for (const AudienceDue& due : m_plan.schedule(m_incident, m_log.lastSent, m_clock->nowUtc())) {
            auto id = m_ids.constFind(due.audienceId);
            if (id == m_ids.cend())
                id = m_ids.insert(due.audienceId, m_ids.size() + 1);
            (due.state == DueState::NotRequired ? notRequired : rows).append({ *id, due });
        }
        rows += notRequired;
    }
    // A row repaints when anything shown in it changed, the countdown included.
    setRows(rows, [this](const CommunicationRow& a, const CommunicationRow& b) {
        return a.due.state == b.due.state && a.due.lastSent == b.due.lastSent
            && a.due.nextDue == b.due.nextDue && a.due.name == b.due.name && a.due.channel == b.due.channel
            && a.due.contacts == b.due.contacts && nextText(a.due) == nextText(b.due);
    });
}

const AudienceDue* CommunicationModel::dueAt(int row) const
{
    const CommunicationRow* found = rowAt(row);
    return found ? &found->due : nullptr;
}

int CommunicationModel::count(DueState state) const
{
    return static_cast<int>(std::count_if(rows().cbegin(), rows().cend(),
        [state](const CommunicationRow& row) { return row.due.state == state; }));
}

namespace {
AttentionColours::Level levelOf(DueState state)
{
    if (state == DueState::Overdue)
        return AttentionColours::Level::Overdue;
    return state == DueState::DueSoon ? AttentionColours::Level::DueSoon : AttentionColours::Level::None;
}
}

QStringList CommunicationModel::columnTitles() const
{
    return { tr("Audience"), tr("State"), tr("Next due"), tr("Channel"), tr("Last update") };
}

QString CommunicationModel::nextText(const AudienceDue& due) const
{
    if (!due.nextDue.isValid() || due.state == DueState::Done || due.state == DueState::NotRequired)
        return QStringLiteral("—");
    const qint64 left = m_clock->nowUtc().secsTo(due.nextDue);
    return left >= 0
        ? tr("%1 (in %2)").arg(TimeFormat::localShort(due.nextDue), TimeFormat::countdown(left))
        : tr("%1 (%2 late)").arg(TimeFormat::localShort(due.nextDue), TimeFormat::duration(-left));
}

QVariant CommunicationModel::data(const QModelIndex& index, int role) const
{
    const AudienceDue* due = dueAt(index.row());
    if (!due || index.column() < 0 || index.column() >= columnCount())
        return {};
    const bool loud = due->state == DueState::Overdue || due->state == DueState::DueSoon;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AudienceColumn:
            return due->name;
        case ChannelColumn:
            return kCommunicationChannels.label(due->channel);
        case LastColumn:
            return due->lastSent.isValid() ? TimeFormat::localShort(due->lastSent) : tr("never");
        case NextColumn:
            return nextText(*due);
        case StateColumn:
            if (due->state == DueState::NotRequired || due->state == DueState::Done)
                return DueText::state(due->state);
            // SEV1 executives are called, not written to: say so where the eye goes.
            if (due->executive && m_incident.severity == Severity::Sev1
                && due->nextKind == UpdateKind::Initial)
                return tr("%1 · call the executives now").arg(DueText::state(due->state));
            return tr("%1 · %2").arg(DueText::state(due->state), DueText::kind(due->nextKind));
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const StakeholderContact& contact : due->contacts)
            lines.append(
                contact.address.isEmpty() ? contact.name : tr("%1 <%2>").arg(contact.name, contact.address));
        if (lines.isEmpty() && !due->compliance)
            lines.append(tr("No contacts yet: add them with Edit matrix."));
        if (due->lastSent.isValid())
            lines.append(
                tr("Last update %1 by %2")
                    .arg(TimeFormat::local(due->lastSent), m_log.lastSent.value(due->audienceId).author));
        if (due->compliance) {
            lines.append(tr("Required information:"));
            for (const QString& item : due->compliance->requiredInfo)
                lines.append(QStringLiteral("• ") + item);
        }
        return plainToolTip(lines.join(QLatin1Char('\n'))); // authors may come through the API
    }
    case Qt::BackgroundRole:
        return AttentionColours::background(levelOf(due->state));
    case Qt::ForegroundRole:
        if (due->state == DueState::NotRequired)
            return QBrush(Qt::gray);
        return AttentionColours::foreground(levelOf(due->state));
    case Qt::FontRole:
        if (loud) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case AudienceIdRole:
        return due->audienceId;
    case DueStateRole:
        return static_cast<int>(due->state);
    case ChannelRole:
        return static_cast<int>(due->channel);
    case UpdateKindRole:
        return static_cast<int>(due->nextKind);
    case IsComplianceRole:
        return due->compliance.has_value();
    }
    return {};
}
