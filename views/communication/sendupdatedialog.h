#pragma once

#include "models/domain/clock.h"
#include "models/rules/communicationplan.h"
#include "models/rules/messagetemplate.h"
#include "models/store/incidentstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Writes one update for one audience from a template, filled from the
// incident, and sends it the audience's way: posted to Slack through the
// outbox, opened in the user's mail client (mailto:) with recipients, subject
// and body, or copied as a phone/SMS script or for a secure channel. It
// cannot be sent while the text still has [[prompts]] to fill in, nor a
// regulator's notice before each piece of information it requires is ticked. Accepted:
// record() is what to write on the timeline.
class SendUpdateDialog final : public QDialog {
    Q_OBJECT
public:
    SendUpdateDialog(const Incident& incident, const AudienceDue& due, const CommunicationLog& log,
        const TemplateCatalog& templates, const CommunicationPlan& plan, const Clock* clock,
        QWidget* parent = nullptr);

    CommunicationRecord record() const { return m_record; }
    QComboBox* templateChoice() const { return m_template; }
    QPlainTextEdit* body() const { return m_body; }
    QList<QPushButton*> sendButtons() const { return m_sendButtons; }
    QList<QCheckBox*> requiredInfo() const { return m_requiredInfo; }

private:
    void applyTemplate();
    void checkReady();
    QString text() const;
    void send(CommunicationChannel channel);
    bool openMail();

    Incident m_incident;
    AudienceDue m_due;
    CommunicationLog m_log;
    QList<MessageTemplate> m_choices;
    const Clock* m_clock;
    QDateTime m_nextUpdate;
    QComboBox* m_template;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_problems;
    QList<QPushButton*> m_sendButtons;
    QList<QCheckBox*>
        m_requiredInfo; // a regulator's required information, each ticked once it is in the text
    CommunicationRecord m_record;
};
