#pragma once

#include "models/domain/incident.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Declare an incident by hand: the desktop form of
// `/incident-response critical outage production`. The title may wait (the
// incident is then called by its severity, type and environment); the
// detection time, which time-to-detect counts from, is asked for, and is the
// moment the dialog opened unless changed.
class DeclareIncidentDialog final : public QDialog {
    Q_OBJECT
public:
    explicit DeclareIncidentDialog(QWidget* parent = nullptr);

    IncidentDraft draft() const;
    void setDraft(const IncidentDraft& draft);

private:
    // What the severity means, and what an untitled incident will be called.
    void updateHint();

    QComboBox* m_severity;
    QComboBox* m_type;
    QComboBox* m_environment;
    QLineEdit* m_title;
    QLineEdit* m_service;
    QLineEdit* m_commander;
    QDateTimeEdit* m_detected;
    QComboBox* m_detectedBy; // how it was discovered (seed 002)
    QPlainTextEdit* m_description;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};
