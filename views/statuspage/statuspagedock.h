#pragma once

#include "models/domain/clock.h"
#include "models/domain/statuspage.h"
#include "models/rules/communicationplan.h"
#include "models/rules/messagetemplate.h"

#include <QDockWidget>
#include <QTimer>

class AsyncIncidentStore;
class IncidentCommands;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

// Writes the selected incident's public status-page update: the public state,
// the affected components and their status, a message composed from a
// template, a live preview as the public page shows it, and the updates
// posted before. The draft is saved as it is written (in the store, so it
// survives a crash and needs no network). Publishing goes to Statuspage through
// the outbox (created the first time, updated after); "Post here only" keeps it
// in the history for another status page, and it exports as Markdown or HTML.
class StatusPageDock final : public QDockWidget {
    Q_OBJECT
public:
    StatusPageDock(AsyncIncidentStore* store, IncidentCommands* commands, const Clock* clock,
        TemplateCatalog templates, QList<AffectedComponent> components, QWidget* parent = nullptr);

    void setIncident(const Incident& incident);
    // Why publishing to Statuspage is not possible now; empty: it is.
    void setPublishProblem(const QString& problem);
    void setComponents(const QList<AffectedComponent>& components);
    // The cadence decides the "next update" the public is promised.
    void setPlan(const CommunicationPlan& plan) { m_plan = plan; }

    // For tests and the window: the parts a user works with.
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* stateChoice() const { return m_state; }
    QTableWidget* componentTable() const { return m_components; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QTextBrowser* preview() const { return m_preview; }
    QListWidget* history() const { return m_history; }
    QPushButton* publishButton() const { return m_publish; }
    QLabel* statusLabel() const { return m_status; }
    StatusPageUpdate currentUpdate() const;
    void composeFromTemplate();
    void publish(bool toStatusPage);
    bool exportTo(const QString& file, QString* error) const;

private:
    void load();
    void showDraft(const StatusPageUpdate& draft);
    void fillComponents(const QList<AffectedComponent>& chosen);
    void edited();
    void saveDraft();
    void reloadHistory();
    void updatePreview();

    AsyncIncidentStore* m_store;
    IncidentCommands* m_commands;
    const Clock* m_clock;
    TemplateCatalog m_templates;
    QList<AffectedComponent> m_configured;
    CommunicationPlan m_plan;
    Incident m_incident;
    QList<StatusPageUpdate> m_posted;
    QString m_publishProblem;
    bool m_loading = false;
    QTimer m_autosave;

    QLabel* m_heading;
    QLineEdit* m_title;
    QComboBox* m_state;
    QTableWidget* m_components;
    QLineEdit* m_newComponent;
    QComboBox* m_template;
    QPlainTextEdit* m_body;
    QLabel* m_status;
    QPushButton* m_publish;
    QPushButton* m_postHere;
    QPushButton* m_export;
    QTextBrowser* m_preview;
    QListWidget* m_history;
};
