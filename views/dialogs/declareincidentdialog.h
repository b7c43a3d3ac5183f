#pragma once

#include "models/domain/incident.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Declare an incident by hand: the desktop form of
// `/incident-response critical outage production`.
class DeclareIncidentDialog final : public QDialog {
    Q_OBJECT
public:
    explicit DeclareIncidentDialog(QWidget* parent = nullptr);

    IncidentDraft draft() const;
    void setDraft(const IncidentDraft& draft);

private:
    void validate();

    QComboBox* m_severity;
    QComboBox* m_type;
    QComboBox* m_environment;
    QLineEdit* m_title;
    QLineEdit* m_service;
    QLineEdit* m_commander;
    QPlainTextEdit* m_description;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};
