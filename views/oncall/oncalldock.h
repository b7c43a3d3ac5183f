#pragma once

#include "models/rules/escalationpolicy.h"

#include <QDockWidget>
#include <QTimer>

class Clock;
class OnCallModel;
class QTableView;

// Who is on call now and next on every schedule, and which incidents escalate
// to whom after how long: the rota at a glance during an incident.
class OnCallDock final : public QDockWidget {
    Q_OBJECT
public:
    OnCallDock(const EscalationConfig& config, const Clock* clock, QWidget* parent = nullptr);

    OnCallModel* model() const { return m_model; }
    void setConfig(const EscalationConfig& config);

Q_SIGNALS:
    void editRequested();

private:
    class QLabel* m_rules;
    OnCallModel* m_model;
    QTableView* m_view;
    QTimer m_refresh; // handovers happen while the window is open
};
