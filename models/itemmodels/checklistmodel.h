#pragma once

#include "models/domain/checklistitem.h"

#include <QAbstractListModel>

// An incident's checklist as one list: a heading row for each phase (its
// playbook, name and time window; critical-path phases in the seed's colour
// #3a5b5b) followed by its steps, which are checkable. Checking one asks for
// it (checkRequested); the row changes when the store says it did.
class ChecklistModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ItemIdRole = Qt::UserRole + 1, IsPhaseRole, CriticalRole };

    using QAbstractListModel::QAbstractListModel;

    // The whole checklist of the shown incident; a new incident resets, the same one changes in place.
    void setItems(qint64 incidentId, const QList<ChecklistItem>& items);
    qint64 incidentId() const { return m_incidentId; }
    int openSteps() const;
    int steps() const;
    // Ids of the playbooks on the checklist, in order.
    QStringList attachedPlaybooks() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QColor criticalPathColour();

Q_SIGNALS:
    void checkRequested(qint64 itemId, bool done);

private:
    struct Row {
        bool isPhase = false;
        ChecklistItem item; // for a phase: its first item, which carries the phase's name and window
    };
    static QList<Row> rowsFor(const QList<ChecklistItem>& items);

    qint64 m_incidentId = 0;
    QList<Row> m_rows;
};
