#pragma once

#include "models/rules/statisticsconfig.h"

#include <QDialog>

class AsyncIncidentStore;
class QComboBox;
class QLabel;
class QPushButton;

// Exports the monthly incident report of a chosen month as PDF (charts
// included), HTML or Markdown. The figures are read on the store's thread;
// the charts are drawn here.
class ReportDialog final : public QDialog {
    Q_OBJECT
public:
    ReportDialog(
        AsyncIncidentStore* store, const ResponseGoals& goals, const QDate& today, QWidget* parent = nullptr);

    QComboBox* month() const { return m_month; }
    // Writes the chosen month's report to `path` (the format from its suffix); the outcome is shown in the
    // dialog.
    void exportTo(const QString& path);

Q_SIGNALS:
    void exported(const QString& path);

private:
    void chooseFile();

    AsyncIncidentStore* m_store;
    ResponseGoals m_goals;
    QComboBox* m_month;
    QLabel* m_outcome;
    QPushButton* m_export;
};
