#pragma once

#include "models/rules/playbook.h"

#include <QDockWidget>

class QComboBox;
class QTextBrowser;

// A runbook (symptoms, impact, triage, resolution options, verification,
// communication) beside the incident: chosen from the list, from a playbook,
// or from an alert whose rule links one.
class RunbookDock final : public QDockWidget {
    Q_OBJECT
public:
    RunbookDock(PlaybookCatalog catalog, QWidget* parent = nullptr);

    // Shows the runbook a link or id names; false when there is none.
    bool showRunbook(const QString& linkOrId);
    QTextBrowser* browser() const { return m_browser; }

private:
    void showIndex(int index);

    PlaybookCatalog m_catalog;
    QComboBox* m_choice;
    QTextBrowser* m_browser;
};
