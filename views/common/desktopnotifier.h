#pragma once

#include "models/rules/notificationpolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class AlarmSound;
class AsyncIncidentStore;
class Clock;
class QAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;

// The console in the system tray: the count of unacknowledged incidents by
// severity, a notification for a new SEV1 or SEV2, an escalation and a missed
// response target (SEV1 with an alarm sound, which can be turned off), do-not-disturb with an end time kept
// in the settings. Clicking a notification opens its incident. Where there is
// no tray (a bare X server, tests), notifications are still decided and
// announced through `notified`.
class DesktopNotifier final : public QObject {
    Q_OBJECT
public:
    DesktopNotifier(
        AsyncIncidentStore* store, const Clock* clock, QSettings* settings, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    bool hasTray() const { return m_tray != nullptr; }
    QString toolTip() const { return m_toolTip; }
    void setQuietUntil(const QDateTime& until);
    QDateTime quietUntil() const { return m_policy.quietUntil(); }
    // The alarm for SEV1 notifications; on unless turned off, kept in the settings.
    void setSoundOn(bool on);
    bool soundOn() const { return m_soundOn; }
    // Looks for missed response targets now (normally every 30 s).
    void checkTargets();

Q_SIGNALS:
    // Shown (or, without a tray, would have been); not emitted while quiet.
    void notified(const DesktopNotification& notification);
    void incidentRequested(qint64 incidentId);
    void showWindowRequested();

private:
    void onChanges(const StoreChanges& changes);
    void show(const DesktopNotification& notification);
    void refreshCounts();
    void updateQuietActions();

    AsyncIncidentStore* m_store;
    const Clock* m_clock;
    QSettings* m_settings;
    NotificationPolicy m_policy;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_quietOff = nullptr;
    QAction* m_soundAction = nullptr;
    AlarmSound* m_sound;
    bool m_soundOn = true;
    QString m_toolTip;
    qint64 m_lastIncident = 0;
    QTimer m_targets;
};
