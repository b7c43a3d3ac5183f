#pragma once

#include "models/store/asyncincidentstore.h"
#include "models/store/presencerecords.h"

#include <QObject>
#include <QTimer>

// Says, every few seconds, which incident this console shows and what its user
// is doing there, and reads who else is on the same incident. A console that
// stops saying so (closed, crashed, cut off) drops out of the others' view
// within kFreshSeconds.
class PresenceTracker final : public QObject {
    Q_OBJECT
public:
    static constexpr int kRenewMs = 5000;
    static constexpr int kFreshSeconds = 15;

    PresenceTracker(AsyncIncidentStore* store, QString person, QObject* parent = nullptr);
    ~PresenceTracker() override;

    void setPerson(const QString& person);
    void setIncident(qint64 incidentId);
    void setActivity(Presence::Activity activity);
    const QList<Presence>& others() const { return m_others; }
    const QString& console() const { return m_console; }

Q_SIGNALS:
    // Who else is on the incident shown (none when there is none).
    void othersChanged(const QList<Presence>& others);

private:
    void renew();

    AsyncIncidentStore* m_store;
    const QString m_console;
    QString m_person;
    qint64 m_incidentId = 0;
    Presence::Activity m_activity = Presence::Activity::Viewing;
    QList<Presence> m_others;
    QTimer m_timer;
    bool m_renewing = false;
    bool m_renewAgain = false;
};
