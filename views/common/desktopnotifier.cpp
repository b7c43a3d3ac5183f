#include "views/common/desktopnotifier.h"

#include "models/domain/clock.h"
#include "models/domain/timeformat.h"
#include "models/store/asyncincidentstore.h"
#include "views/common/alarmsound.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace {
constexpr int kTargetCheckMs = 30000;
const QString kQuietKey = QStringLiteral("notifications/quietUntil");
const QString kSoundKey = QStringLiteral("notifications/sev1Sound");
}

DesktopNotifier::DesktopNotifier(
    AsyncIncidentStore* store, const Clock* clock, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_settings(settings)
    , m_sound(new AlarmSound(this))
{
    if (m_settings) {
        m_policy.setQuietUntil(m_settings->value(kQuietKey).toDateTime().toUTC());
        m_soundOn = m_settings->value(kSoundKey, true).toBool();
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/incident-console.svg")), this);
        m_menu = new QMenu;
        connect(m_menu->addAction(tr("Show the console")), &QAction::triggered, this,
            &DesktopNotifier::showWindowRequested);
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Do not disturb for an hour")), &QAction::triggered, this,
            [this] { setQuietUntil(m_clock->nowUtc().addSecs(3600)); });
        connect(m_menu->addAction(tr("Do not disturb until 09:00")), &QAction::triggered, this, [this] {
            QDateTime nine(m_clock->nowUtc().toLocalTime().date(), QTime(9, 0));
            if (nine <= m_clock->nowUtc().toLocalTime())
                nine = nine.addDays(1);
            setQuietUntil(nine.toUTC());
        });
        m_quietOff = m_menu->addAction(QString());
        connect(m_quietOff, &QAction::triggered, this, [this] { setQuietUntil({}); });
        m_menu->addSeparator();
        m_soundAction = m_menu->addAction(tr("Sound the alarm for SEV1"));
        m_soundAction->setCheckable(true);
        m_soundAction->setChecked(m_soundOn);
        connect(m_soundAction, &QAction::toggled, this, &DesktopNotifier::setSoundOn);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastIncident > 0)
                Q_EMIT incidentRequested(m_lastIncident);
            Q_EMIT showWindowRequested();
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                Q_EMIT showWindowRequested();
        });
        m_tray->show();
    }
    updateQuietActions();
    connect(store, &AsyncIncidentStore::changed, this, &DesktopNotifier::onChanges);
    m_targets.setInterval(kTargetCheckMs);
    connect(&m_targets, &QTimer::timeout, this, &DesktopNotifier::checkTargets);
    m_targets.start();
    refreshCounts();
}

DesktopNotifier::~DesktopNotifier()
{
    delete m_menu; // a tray menu has no parent widget
}

void DesktopNotifier::setQuietUntil(const QDateTime& until)
{
    m_policy.setQuietUntil(until);
    if (m_settings) {
        if (until.isValid())
            m_settings->setValue(kQuietKey, until);
        else
            m_settings->remove(kQuietKey);
    }
    updateQuietActions();
}

void DesktopNotifier::updateQuietActions()
{
    if (!m_quietOff)
        return;
    const bool quiet = m_policy.isQuietAt(m_clock->nowUtc());
    m_quietOff->setText(quiet
            ? tr("Notifications on again (quiet until %1)").arg(TimeFormat::local(m_policy.quietUntil()))
            : tr("Notifications are on"));
    m_quietOff->setEnabled(quiet);
}

void DesktopNotifier::onChanges(const StoreChanges& changes)
{
    for (const DesktopNotification& notification : m_policy.fromChanges(changes))
        show(notification);
    // The counts move only with a new incident, a status or a severity: not with each alert of a storm.
    if (std::any_of(changes.cbegin(), changes.cend(), [](const StoreChange& change) {
            return change.created || change.entry.kind == TimelineKind::StatusChanged
                || change.entry.kind == TimelineKind::SeverityChanged;
        }))
        refreshCounts();
}

void DesktopNotifier::checkTargets()
{
    IncidentQuery query;
    query.filter.statuses = { IncidentStatus::Triggered };
    m_store->run<StoreResult<QList<Incident>>>(
        this, [query](IncidentStore& store) { return store.incidents().page(query, std::nullopt, 500); },
        [this](const StoreResult<QList<Incident>>& incidents) {
            if (!incidents)
                return;
            for (const DesktopNotification& notification :
                m_policy.fromMissedTargets(*incidents, m_clock->nowUtc()))
                show(notification);
        });
    updateQuietActions();
}

void DesktopNotifier::show(const DesktopNotification& notification)
{
    if (m_policy.isQuietAt(m_clock->nowUtc()))
        return;
    m_lastIncident = notification.incidentId;
    if (m_tray) {
        m_tray->showMessage(notification.title, notification.body,
            notification.urgent ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 15000);
        if (notification.urgent && m_soundOn)
            m_sound->play();
    }
    Q_EMIT notified(notification);
}

void DesktopNotifier::setSoundOn(bool on)
{
    m_soundOn = on;
    if (m_settings)
        m_settings->setValue(kSoundKey, on);
    if (m_soundAction && m_soundAction->isChecked() != on)
        m_soundAction->setChecked(on);
}

void DesktopNotifier::refreshCounts()
{
    m_store->run<QList<int>>(
        this,
        [](IncidentStore& store) {
            QList<int> unacknowledged; // by severity, SEV1 first
            for (Severity severity : { Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4 }) {
                IncidentFilter filter;
                filter.statuses = { IncidentStatus::Triggered };
                filter.severities = { severity };
                const StoreResult<int> count = store.incidents().count(filter);
                unacknowledged.append(count ? *count : 0);
            }
            return unacknowledged;
        },
        [this](const QList<int>& unacknowledged) {
            QStringList parts;
            for (int i = 0; i < unacknowledged.size(); ++i) {
                if (unacknowledged.at(i) > 0)
                    parts.append(QStringLiteral("%1 %2")
                                     .arg(unacknowledged.at(i))
                                     .arg(SeverityNames::code(static_cast<Severity>(i + 1))));
            }
            m_toolTip = parts.isEmpty()
                ? tr("Incident Console: nothing unacknowledged")
                : tr("Incident Console: unacknowledged %1").arg(parts.join(QLatin1String(", ")));
            if (m_tray)
                m_tray->setToolTip(m_toolTip);
        });
}
