#pragma once

#include "models/domain/alertsources.h"
#include "models/rules/alertrules.h"

#include <QDialog>

class AsyncIncidentStore;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The rules tester: labels of an alert in, and what the console would do with
// it: the rule that matches, severity, service, runbook, a silence that holds
// it, an open alert it repeats, the incident it would join or open. Asks the
// store, stores nothing. The same as POST /alerts/test.
class RulesTesterDialog final : public QDialog {
    Q_OBJECT
public:
    // `sources`: the receiver's webhooks, whose source names an alert may carry.
    RulesTesterDialog(AsyncIncidentStore* store, AlertRules rules, const QList<AlertSource>& sources,
        QWidget* parent = nullptr);

    void setLabels(const QString& text);
    void test();
    QString verdict() const;

Q_SIGNALS:
    void tested();

private:
    AsyncIncidentStore* m_store;
    AlertRules m_rules;
    QPlainTextEdit* m_labels;
    QComboBox* m_source;
    QComboBox* m_status;
    QPushButton* m_test;
    QLabel* m_verdict;
};
