#pragma once

#include <QDockWidget>
#include <QTimer>

class AsyncIncidentStore;
class OutboxListModel;
class QLabel;
class QPushButton;
class QTableView;

// The outbox: every page, chat message and webhook call, whether it went, is
// waiting (and why: offline, the service busy, a credential missing) or failed
// for good with the service's reason; a message can be tried again at once.
class OutboxDock final : public QDockWidget {
    Q_OBJECT
public:
    explicit OutboxDock(AsyncIncidentStore* store, QWidget* parent = nullptr);

    OutboxListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void reload();
    // Which integrations are on, and why the others are not.
    void setChannelStates(const QStringList& states);

Q_SIGNALS:
    void statusMessage(const QString& message);
    // A message is due again now: the sender should look.
    void retryRequested();

private:
    void retryCurrent();

    AsyncIncidentStore* m_store;
    OutboxListModel* m_model;
    QLabel* m_channels;
    QTableView* m_view;
    QPushButton* m_retry;
    QTimer m_refresh; // other consoles send too
};
