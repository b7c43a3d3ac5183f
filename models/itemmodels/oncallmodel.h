#pragma once

#include "models/domain/clock.h"
#include "models/rules/escalationpolicy.h"

#include <QAbstractTableModel>

// Each on-call schedule: who is on call now and until when, and who is next.
// refresh() moves it to the clock's present (rows stay; changed cells are announced).
class OnCallModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ScheduleColumn, NowColumn, UntilColumn, NextColumn, ColumnCount };

    OnCallModel(EscalationConfig config, const Clock* clock, QObject* parent = nullptr);

    void refresh();
    // Other schedules (the configuration was edited): the table starts again.
    void setConfig(EscalationConfig config);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        std::optional<OnCallShift> now;
        std::optional<OnCallShift> next;
    };
    Row rowFor(const OnCallSchedule& schedule) const;

    EscalationConfig m_config;
    const Clock* m_clock;
    QList<Row> m_rows;
};
