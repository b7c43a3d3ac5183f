#pragma once

#include "models/domain/clock.h"
#include "models/domain/incident.h"
#include "models/domain/postincidentreview.h"
#include "models/rules/reviewtemplate.h"

#include <QDockWidget>
#include <QHash>
#include <QTimer>

class AsyncIncidentStore;
class IncidentCommands;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextEdit;

// The post-incident review of the selected incident, written in the sections
// of the review template: prose where prose helps (rich text), fields where
// the facts are structured (impact, the timeline and action items as tables,
// the five whys). What is typed is kept in the store every few seconds, so a
// crash loses nothing: the next start restores it and says so. Saving (Ctrl+S,
// another incident, closing) writes the review; the workflow moves it from
// draft to in review to published, after which it is read-only until reopened
// as a new revision.
class ReviewDock final : public QDockWidget {
    Q_OBJECT
public:
    ReviewDock(AsyncIncidentStore* store, IncidentCommands* commands, const Clock* clock,
        ReviewTemplate reviewTemplate, QWidget* parent = nullptr);

    void setIncident(const Incident& incident);
    // What the editor holds now (the review as loaded, with the edits).
    PostIncidentReview edited() const;
    const PostIncidentReview& loaded() const { return m_review; }
    bool isDirty() const { return m_dirty; }
    // Writes the edits now; for the window's close and a change of incident.
    void saveNow();
    void startReview();
    void setStatus(ReviewStatus to);
    // The published revisions, each as the document it was, in a window of their own.
    void showRevisions();
    QLabel* notice() const { return m_notice; }
    QLineEdit* titleEdit() const { return m_title; }
    QTextEdit* sectionEditor(const QString& key) const { return m_prose.value(key); }
    QTableWidget* actionTable() const { return m_actions; }
    QTableWidget* timelineTable() const { return m_timeline; }
    // How often typed text is kept while not yet saved.
    void setKeepInterval(int milliseconds) { m_keep.setInterval(milliseconds); }

Q_SIGNALS:
    void exportRequested(const PostIncidentReview& review);
    // Saved here (its action items may have changed).
    void saved();

private:
    QWidget* buildSection(const ReviewSection& section, QWidget* parent);
    // `restoreUnsaved`: bring back text kept but not saved (after a crash); not when the user asked for
    // theirs.
    void load(bool restoreUnsaved = true);
    // A save on the way out (another incident, a status move): never over someone else's version.
    void saveUnlessConflicted();
    void showReview(const PostIncidentReview& review);
    void keepUnsaved();
    void changed();
    void updateState();
    void addTimelineRow(const ReviewTimelineRow& row);
    void addActionRow(const ActionItem& item);

    AsyncIncidentStore* m_store;
    IncidentCommands* m_commands;
    const Clock* m_clock;
    ReviewTemplate m_template;
    Incident m_incident;
    PostIncidentReview m_review; // as last loaded or saved
    bool m_dirty = false;
    // Someone saved the review after it was opened here: the text here is unsaved until the user
    // saves it over theirs (Save) or reads theirs (m_readTheirs).
    bool m_conflicted = false;
    bool m_saving = false; // a save is on its way: the next waits for its answer, and its version
    bool m_saveAgain = false;
    bool m_showing = false;
    QTimer m_keep;

    QLabel* m_state = nullptr;
    QLabel* m_notice = nullptr;
    QLineEdit* m_title = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_toReview = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_readTheirs = nullptr;
    QWidget* m_sections = nullptr;
    QHash<QString, QTextEdit*> m_prose;
    QComboBox* m_category = nullptr;
    QSpinBox* m_duration = nullptr;
    QSpinBox* m_users = nullptr;
    QLineEdit* m_revenue = nullptr;
    QCheckBox* m_sla = nullptr;
    QTableWidget* m_timeline = nullptr;
    QList<QLineEdit*> m_whys;
    QTableWidget* m_actions = nullptr;
};
