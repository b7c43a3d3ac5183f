#pragma once

#include "models/domain/clock.h"
#include "models/itemmodels/keyedlistmodel.h"
#include "models/rules/communicationplan.h"
#include "models/store/incidentstore.h"

#include <QHash>

// Who must hear about the shown incident, by which channel, when they last
// heard and when the next update is due: the communication plan's schedule,
// one row per stakeholder group (those the severity does not notify at the
// bottom, greyed) and one per regulator's deadline. refresh() moves it to the
// clock's present: only the cells whose countdown or state changed are announced.
// Overdue rows are red and due-soon rows amber, across the whole row.
struct CommunicationRow {
    qint64 id = 0; // stable per audience while the model lives
    AudienceDue due;
};

class CommunicationModel final : public KeyedListModel<CommunicationRow> {
    Q_OBJECT
public:
    enum Column { AudienceColumn, StateColumn, NextColumn, ChannelColumn, LastColumn };
    enum Role {
        AudienceIdRole = Qt::UserRole + 1,
        DueStateRole,
        ChannelRole,
        UpdateKindRole,
        IsComplianceRole
    };

    CommunicationModel(CommunicationPlan plan, const Clock* clock, QObject* parent = nullptr);

    void setPlan(CommunicationPlan plan);
    const CommunicationPlan& plan() const { return m_plan; }
    // The incident shown (an invalid one: none) and what its audiences heard.
    void setIncident(const Incident& incident, const CommunicationLog& log);
    const Incident& incident() const { return m_incident; }
    const CommunicationLog& log() const { return m_log; }
    void refresh();

    const AudienceDue* dueAt(int row) const;
    int count(DueState state) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    QString nextText(const AudienceDue& due) const;

    CommunicationPlan m_plan;
    const Clock* m_clock;
    Incident m_incident;
    CommunicationLog m_log;
    QHash<QString, qint64> m_ids;
};
