#pragma once

#include <QDockWidget>
#include <QTimer>

class AsyncIncidentStore;
class Clock;
class IncidentCommands;
class QPushButton;
class QTableView;
class SilenceListModel;

// The silences and maintenance windows not yet over: what is being held back,
// until when, by whom and why; a new one, or end one early.
class SilencesDock final : public QDockWidget {
    Q_OBJECT
public:
    SilencesDock(
        IncidentCommands* commands, AsyncIncidentStore* store, const Clock* clock, QWidget* parent = nullptr);

    SilenceListModel* model() const { return m_model; }
    void reload();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void addSilence();
    void expireCurrent();

    IncidentCommands* m_commands;
    AsyncIncidentStore* m_store;
    const Clock* m_clock;
    SilenceListModel* m_model;
    QTableView* m_view;
    QPushButton* m_expire;
    // Scheduled windows begin, others end, other consoles add some. (Alerts
    // arriving change no silence: an alert storm is no reason to look again.)
    QTimer m_refresh;
};
