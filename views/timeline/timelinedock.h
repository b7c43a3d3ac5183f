#pragma once

#include <QDockWidget>

class IncidentCommands;
class TimelineModel;
class QTableView;

// The selected incident's timeline: who did what, when (local time). Entries
// cannot be edited; "Add correction…" writes a new entry that strikes the old one.
class TimelineDock final : public QDockWidget {
    Q_OBJECT
public:
    TimelineDock(TimelineModel* model, IncidentCommands* commands, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

private:
    void showContextMenu(const QPoint& position);
    void correct(qint64 entryId);
    void followNewRows(int first);

    TimelineModel* m_model;
    IncidentCommands* m_commands;
    QTableView* m_view;
};
