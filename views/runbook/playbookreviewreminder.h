#pragma once

#include <QToolButton>

class Clock;
class QTimer;

// The status bar's reminder of seed 001's quarterly playbook review: "2 playbooks due for review", shown
// while any is due, counted again every hour and after each review; a click opens the review.
class PlaybookReviewReminder final : public QToolButton {
    Q_OBJECT
public:
    PlaybookReviewReminder(
        QString userDirectory, QString author, const Clock* clock, QWidget* parent = nullptr);

    void openReview();
    void recount();
    int due() const { return m_due; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCount();

    QString m_userDirectory;
    QString m_author;
    const Clock* m_clock;
    QTimer* m_timer;
    int m_due = 0;
};
