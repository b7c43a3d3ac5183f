#pragma once

#include "models/domain/incident.h"
#include "models/domain/postincidentreview.h"
#include "models/store/presencerecords.h"

#include <QDockWidget>
#include <QTimer>

#include <array>
#include <functional>
#include <optional>

class Clock;
class IncidentCommands;
class IncidentImpactBox;
class SelectedIncident;
class FlowLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

// The selected incident: its fields, roles, times and status actions, and a box
// to add a note. Every edit goes to the store as its own change (and so to the
// timeline); what other people change shows up here without a reload.
class IncidentDock final : public QDockWidget {
    Q_OBJECT
public:
    IncidentDock(SelectedIncident* selected, IncidentCommands* commands, const Clock* clock,
        QWidget* parent = nullptr);

    void focusNote();
    // Reviews of past incidents like this one, their lessons one click away.
    void setSimilar(qint64 incidentId, const QList<PostIncidentReview>& reviews);
    // Who else has the incident open on another console, and what they are doing there.
    void setOthersPresent(const QList<Presence>& others);

Q_SIGNALS:
    void similarIncidentRequested(qint64 incidentId);

private:
    QWidget* buildEmptyPage();
    QWidget* buildIncidentPage();
    // `basedOn`: what the field showed from the store when the user began changing it.
    void commitWhenEdited(QLineEdit* edit,
        std::function<void(qint64 incidentId, const QString& text, const QString& basedOn)> commit);
    // Writes a field the user edited, unless someone changed it meanwhile (then showConflict).
    void commitField(
        qint64 incidentId, IncidentField field, const QString& text, const std::optional<QString>& basedOn);
    // Someone changed the field first: says who and when, and keeps what the user wrote in view.
    void conflicted(qint64 incidentId, IncidentField field, const QString& text, const QString& message);
    void showConflict(const QString& message, const QString& yours);
    // A combo box of a fixed vocabulary whose choice is written to `field` as its key.
    template<typename E, std::size_t N>
    QComboBox* makeFieldChoice(QWidget* parent, const KeyedEnum<E, N>& values, IncidentField field);
    void display(const Incident& incident);
    void showResponse();
    void rebuildStatusButtons(const Incident& incident);
    void commitNote();
    void commitDescription();

    SelectedIncident* m_selected;
    IncidentCommands* m_commands;
    const Clock* m_clock;
    QTimer m_tick;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_severityBadge = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_response = nullptr;
    FlowLayout* m_statusButtons = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_service = nullptr;
    QComboBox* m_environment = nullptr;
    QComboBox* m_detectedBy = nullptr;
    IncidentImpactBox* m_impact = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_team = nullptr;
    class QGroupBox* m_similarBox = nullptr;
    QLabel* m_similar = nullptr;
    QLineEdit* m_warRoom = nullptr;
    QLabel* m_warRoomLinks = nullptr;
    QList<class QCheckBox*> m_regulated;
    QPushButton* m_saveDescription = nullptr;
    // The description as the store had it when the user began changing it; none after a conflict
    // they have been shown, when saving again replaces the other version on purpose.
    std::optional<QString> m_descriptionBase;
    QLabel* m_conflict = nullptr;
    QLabel* m_othersPresent = nullptr;
    qint64 m_shownIncidentId = 0;
    std::array<QLineEdit*, kIncidentRoleCount> m_roles {};
    QLabel* m_times = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
};
