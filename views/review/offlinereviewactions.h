#pragma once

#include "models/store/offlinetransfer.h"

#include <QObject>
#include <QString>

class QAction;
class QWidget;
class SelectedIncident;

// Incident → "Take offline to write its review…" and "Bring an offline review
// back…": the console's way to OfflineTransfer, for an engineer about to lose
// the network. The copying runs on a thread of its own (it opens stores and
// writes files); the window stays responsive and says when it is done. A review
// someone else saved meanwhile is a question to the user, never overwritten.
class OfflineReviewActions final : public QObject {
    Q_OBJECT
public:
    // `database`: the console's own (taken from); `open` opens a store anywhere (with its password).
    OfflineReviewActions(
        SelectedIncident* selected, QString database, OfflineTransfer::Open open, QWidget* window);

    QAction* takeAction() const { return m_take; }
    QAction* pushAction() const { return m_push; }
    void retranslate();

private:
    void take();
    void push();
    void pushFile(const QString& file, bool replace);
    void taken(const QString& file, const OfflineTransfer::Outcome& outcome);
    void pushed(const QString& file, const OfflineTransfer::Outcome& outcome);
    void updateEnabled();
    // Runs `work` on a thread of its own, then `done` with its outcome back on this object's thread.
    void runAside(std::function<OfflineTransfer::Outcome()> work,
        std::function<void(const OfflineTransfer::Outcome&)> done);

    SelectedIncident* m_selected;
    QString m_database;
    OfflineTransfer::Open m_open;
    QWidget* m_window;
    QAction* m_take;
    QAction* m_push;
    bool m_busy = false; // one transfer at a time
};
