#pragma once

#include "models/rules/playbook.h"

#include <QDialog>

class Clock;
class QLabel;
class QPushButton;
class QTableWidget;

// Seed 001's quarterly playbook review: every playbook with when the team last reviewed it, who did, and
// when the next review is due, those due first and marked. "Mark reviewed" notes today's review, by the
// person at the console, in their copy of the playbook's file (which from then on replaces the shipped one).
class PlaybookReviewDialog final : public QDialog {
    Q_OBJECT
public:
    PlaybookReviewDialog(
        QString userDirectory, QString author, const Clock* clock, QWidget* parent = nullptr);

Q_SIGNALS:
    void reviewed(); // a playbook was marked reviewed: the reminder counts again

private:
    void reload();
    void markSelected();

    QString m_userDirectory;
    QString m_author;
    const Clock* m_clock;
    PlaybookCatalog m_catalog;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_mark;
};
