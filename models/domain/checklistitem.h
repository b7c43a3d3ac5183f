#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One step of a playbook attached to an incident, as a checklist item.
// Checking or unchecking one is written on the incident's timeline.
struct ChecklistItem {
    qint64 id = 0;
    qint64 incidentId = 0;
    QString playbookId;
    QString playbookTitle;
    QString phase;
    QString phaseWindow; // "0–15 minutes"
    bool critical = false; // on the critical response path
    int position = 0; // order within the incident's checklist
    QString text;
    QDateTime checkedAt; // UTC; invalid while open
    QString checkedBy;

    bool isChecked() const { return checkedAt.isValid(); }
};
Q_DECLARE_METATYPE(ChecklistItem)
