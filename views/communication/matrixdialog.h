#pragma once

#include "models/rules/communicationplan.h"

#include <QDialog>

class QSpinBox;
class QTableWidget;

// Edits the communication matrix: the stakeholder groups (which severities
// notify each, its channel, whether it is external or the executive team, its
// contacts), the update cadence per severity and when an update counts as
// due soon. Compliance deadlines are kept as they are (they are law, edited in the file).
class MatrixDialog final : public QDialog {
    Q_OBJECT
public:
    explicit MatrixDialog(CommunicationPlan plan, QWidget* parent = nullptr);

    // The plan as edited; groups without a name are left out.
    CommunicationPlan plan() const;
    QTableWidget* groupTable() const { return m_groups; }

    // "Ana Lima <ana@example.com>; +44 20 7946 0000" ⇄ contacts.
    static QString contactsText(const QList<StakeholderContact>& contacts);
    static QList<StakeholderContact> parseContacts(const QString& text);

private:
    enum Column {
        NameColumn,
        Sev1Column,
        Sev2Column,
        Sev3Column,
        Sev4Column,
        ChannelColumn,
        ExternalColumn,
        ExecutiveColumn,
        ContactsColumn,
        ColumnCount
    };
    void addRow(const StakeholderGroup& group);

    CommunicationPlan m_plan;
    QTableWidget* m_groups;
    std::array<QSpinBox*, 4> m_first {};
    std::array<QSpinBox*, 4> m_every {};
    QSpinBox* m_dueSoon;
};
