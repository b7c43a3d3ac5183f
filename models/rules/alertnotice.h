#pragma once

#include "models/domain/alert.h"
#include "models/rules/alertrules.h"
#include "models/rules/silence.h"

#include <QDateTime>

#include <optional>

// What one notice from a source does to its alert: which alert it is, what the
// alert becomes, and what the delivery's report counts. The decisions of alert
// intake that do not depend on how the store keeps its rows, so that every store
// backend makes the same ones; the store looks up what AlertNotice::Known asks
// for, applies the outcome, and links a new alert to an incident.
class AlertNotice {
public:
    // When an episode ended, for a firing notice that names it after its resolve.
    struct EndedEpisode {
        QDateTime endedAt;
        QDateTime resolveReceivedAt;
    };

    // What the store holds of the notice's alert. `open` always; without an open
    // alert, `episode` for a resolved notice (the kept alert of the same episode)
    // and `ended` for a firing one that names its start (when that episode ended).
    struct Known {
        std::optional<Alert> open;
        std::optional<Alert> episode;
        std::optional<EndedEpisode> ended;
    };

    struct Outcome {
        // A firing notice of an episode that has ended already (sent before its resolve,
        // delivered after it): nothing changes.
        bool late = false;
        bool isNew = false; // a row to insert; otherwise `before` updated to `after`
        bool wasOpen = false;
        bool silenced = false;
        bool acknowledging = false; // the source acknowledged it: its fresh incident follows
        Alert before;
        Alert after;

        // A new firing alert no silence holds opens or joins an incident.
        bool linksToIncident(const AlertSignal& signal) const
        {
            return isNew && !silenced && !signal.resolved;
        }
        // It resolved an alert that was open: the incident's timeline says so.
        bool resolvesOpenAlert(const AlertSignal& signal) const { return wasOpen && signal.resolved; }
    };

    // How long after a resolve a firing notice of the same episode, from a source that does not
    // date its notices, is taken for one sent before it: a sender's retries and a storm's inbox
    // deliver within this; a real return of the same episode comes later.
    static constexpr qint64 kLateNoticeWithinSeconds = 5 * 60;

    // Counts acknowledged, resolved and deduplicated notices in *report (not created:
    // the store counts a row once it has written it).
    static Outcome apply(const AlertSignal& signal, const AlertDecision& decision, const Known& known,
        const ActiveSilences& silences, const QDateTime& now, AlertIngestReport* report);

private:
    // A fresh row for a signal as the rules decided it.
    static Alert fresh(const AlertSignal& signal, const AlertDecision& decision, const QDateTime& now);
    // What a repeat may change: the latest labels, annotations and decision win.
    static void refresh(
        Alert* alert, const AlertSignal& signal, const AlertDecision& decision, const QDateTime& now);
    static bool isLate(
        const AlertSignal& signal, const std::optional<EndedEpisode>& ended, const QDateTime& now);
};
