#include "models/store/presencetracker.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

PresenceTracker::PresenceTracker(AsyncIncidentStore* store, QString person, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_console(QStringLiteral("%1/%2/%3")
                    .arg(QSysInfo::machineHostName())
                    .arg(QCoreApplication::applicationPid())
                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
    , m_person(std::move(person))
{
    m_timer.setInterval(kRenewMs);
    connect(&m_timer, &QTimer::timeout, this, &PresenceTracker::renew);
    m_timer.start();
}

PresenceTracker::~PresenceTracker()
{
    // Gone at once for the others, rather than when the last word goes stale.
    m_store->run<bool>(
        m_store,
        [console = m_console](IncidentStore& store) { return bool(store.presence().leave(console)); },
        [](const bool&) {});
}

void PresenceTracker::setPerson(const QString& person)
{
    if (person == m_person)
        return;
    m_person = person;
    renew();
}

void PresenceTracker::setIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    m_activity = Presence::Activity::Viewing;
    if (!m_others.isEmpty()) {
        m_others.clear(); // those were on the incident shown before
        Q_EMIT othersChanged(m_others);
    }
    renew();
}

void PresenceTracker::setActivity(Presence::Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    renew();
}

void PresenceTracker::renew()
{
    if (m_renewing) {
        m_renewAgain = true; // once the answer on its way is in
        return;
    }
    m_renewing = true;
    Presence self;
    self.console = m_console;
    self.person = m_person;
    self.incidentId = m_incidentId;
    self.activity = m_activity;
    m_store->run<StoreResult<QList<Presence>>>(
        this,
        [self](IncidentStore& store) -> StoreResult<QList<Presence>> {
            const StoreResult<bool> announced = store.presence().announce(self);
            if (!announced)
                return StoreResult<QList<Presence>>::failureFrom(announced);
            if (self.incidentId <= 0)
                return QList<Presence> {};
            return store.presence().othersOn(self.incidentId, self.console, kFreshSeconds);
        },
        [this, asked = m_incidentId](const StoreResult<QList<Presence>>& others) {
            m_renewing = false;
            if (std::exchange(m_renewAgain, false))
                QMetaObject::invokeMethod(this, &PresenceTracker::renew, Qt::QueuedConnection);
            // A store that cannot say (reconnecting) leaves the last word standing until it can.
            if (!others || asked != m_incidentId)
                return;
            if (*others != m_others) {
                m_others = *others;
                Q_EMIT othersChanged(m_others);
            }
        });
}
