#pragma once

#include "models/rules/escalationpolicy.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

// Edits escalation.json in forms: the rules (which incidents escalate after
// how long, by which policy), the policies (levels with their delay and
// targets), the on-call schedules (time zone, rotation layers) and the team
// assignment. Saving checks the whole configuration as the file would be
// read; a configuration with a problem is not accepted, and the problem is
// named, so the one in force stays until a valid one replaces it.
class EscalationDialog final : public QDialog {
    Q_OBJECT
public:
    explicit EscalationDialog(EscalationConfig config, QWidget* parent = nullptr);

    // The edited configuration, valid; only after the dialog was accepted.
    const EscalationConfig& config() const { return m_config; }
    QTableWidget* ruleTable() const { return m_rules; }
    QListWidget* policyList() const { return m_policies; }
    QTableWidget* levelTable() const { return m_levels; }
    QListWidget* scheduleList() const { return m_schedules; }
    QTableWidget* layerTable() const { return m_layers; }
    QTableWidget* assignmentTable() const { return m_assignment; }
    QLabel* problem() const { return m_problem; }

    // "schedule:primary, user:Engineering manager" ⇄ targets.
    static QString targetsText(const QList<EscalationTarget>& targets);
    static QList<EscalationTarget> parseTargets(const QString& text);

    void accept() override;

private:
    QWidget* buildRulesPage();
    QWidget* buildPoliciesPage();
    QWidget* buildSchedulesPage();
    QWidget* buildAssignmentPage();
    void showPolicy(int row);
    void keepPolicy();
    void showSchedule(int row);
    void keepSchedule();
    // The forms as a configuration, unchecked.
    EscalationConfig edited();

    EscalationConfig m_config;
    QTableWidget* m_rules = nullptr;
    QListWidget* m_policies = nullptr;
    QTableWidget* m_levels = nullptr;
    int m_policyShown = -1;
    QListWidget* m_schedules = nullptr;
    QLineEdit* m_scheduleId = nullptr;
    QLineEdit* m_scheduleName = nullptr;
    QLineEdit* m_zone = nullptr;
    QTableWidget* m_layers = nullptr;
    int m_scheduleShown = -1;
    QTableWidget* m_assignment = nullptr;
    QLineEdit* m_defaultTeam = nullptr;
    QLabel* m_problem = nullptr;
};
