#pragma once

#include "models/domain/alertsources.h"
#include "models/domain/pollstate.h"
#include "models/store/alertinbox.h"

#include <QDockWidget>
#include <QTimer>

class AsyncIncidentStore;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class RejectedDeliveryModel;

// The receiver as an operator checks it: where it listens, when each source
// last delivered, and every delivery it refused, with the reason and the body
// exactly as it arrived.
class ReceiverDock final : public QDockWidget {
    Q_OBJECT
public:
    ReceiverDock(AsyncIncidentStore* store, QList<AlertSource> sources, QWidget* parent = nullptr);

    void setListening(const QString& text, bool healthy, const QString& detail);
    void setPollStates(const QList<PollState>& states);
    void setInbox(const AlertInboxState& state);
    QTableWidget* pollingTable() const { return m_polling; }
    RejectedDeliveryModel* rejectedModel() const { return m_rejected; }
    QTableWidget* sourcesTable() const { return m_sources; }
    void reload();
    // Within a second, once for any number of calls: a flood of refusals or
    // alerts costs one reload a second, not one each.
    void reloadSoon();

private:
    void showBody();
    // Writes the inbox entries that could not be read to a file the operator picks, off the GUI thread.
    void exportSetAside();

    AsyncIncidentStore* m_store;
    QLabel* m_listening;
    QLabel* m_inbox;
    QPushButton* m_exportSetAside;
    QString m_storePath; // whose inbox the last state was of
    QList<AlertSource> m_sourceList;
    QTableWidget* m_sources;
    QLabel* m_pollingTitle;
    QTableWidget* m_polling;
    RejectedDeliveryModel* m_rejected;
    QTableView* m_rejectedView;
    QPlainTextEdit* m_body;
    QTimer m_refresh;
};
