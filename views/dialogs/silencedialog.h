#pragma once

#include "models/rules/silence.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Silence alerts for a while, or plan a maintenance window: matchers (one a
// line, prefilled from the alert it was opened on), when it starts, how long
// it lasts, and why. Times are entered in local time and kept in UTC.
class SilenceDialog final : public QDialog {
    Q_OBJECT
public:
    // `now` is UTC.
    SilenceDialog(const QDateTime& now, QWidget* parent = nullptr);

    // "alertname=\"DiskFull\"\nservice=\"db\"": what the alert's labels suggest.
    void setMatchers(const QString& text);
    // Valid once accepted; createdBy is left to the command that stores it.
    Silence silence() const;

private:
    void validate();
    QDateTime endsAt() const;

    QPlainTextEdit* m_matchers;
    QComboBox* m_start;
    QDateTimeEdit* m_startAt;
    QComboBox* m_duration;
    QDateTimeEdit* m_endAt;
    QLineEdit* m_comment;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
    QDateTime m_now;
};
