#include "models/rules/alertnotice.h"

AlertNotice::Outcome AlertNotice::apply(const AlertSignal& signal, const AlertDecision& decision,
    const Known& known, const ActiveSilences& silences, const QDateTime& now, AlertIngestReport* report)
{
    Outcome outcome;
    Alert alert;
    if (known.open) {
        alert = *known.open;
    } else if (signal.resolved) {
        // Resolved with no open row: a repeated resolved notification, or one
        // for an alert that fired before this console listened. Keep it once.
        outcome.isNew = !known.episode;
        alert = outcome.isNew ? fresh(signal, decision, now) : *known.episode;
    } else if (isLate(signal, known.ended, now)) {
        outcome.late = true;
        ++report->deduplicated;
        return outcome;
    } else {
        outcome.isNew = true;
        alert = fresh(signal, decision, now);
    }
    outcome.wasOpen = !outcome.isNew && alert.isOpen();
    outcome.before = alert;
    if (signal.resolved && !outcome.isNew) {
        // The firing notices defined the alert; a resolved notice only closes it
        // (senders that resolve by fingerprint send little else).
        alert.lastSeen = now;
        alert.occurrences += 1;
    } else {
        refresh(&alert, signal, decision, now);
    }

    // A silence holds a firing alert as suppressed; once no silence matches, it fires again.
    outcome.silenced = !signal.resolved && silences.silencing(alert.labels) > 0;
    if (outcome.silenced)
        alert.status = AlertStatus::Suppressed;
    else if (alert.status == AlertStatus::Suppressed)
        alert.status = AlertStatus::Firing;
    outcome.acknowledging = signal.action == AlertSignal::Action::Acknowledge && !signal.resolved;
    if (outcome.acknowledging && alert.status == AlertStatus::Firing) {
        alert.status = AlertStatus::Acknowledged;
        ++report->acknowledged;
    }
    if (signal.resolved) {
        alert.status = AlertStatus::Resolved;
        alert.endsAt = signal.endsAt.isValid() ? signal.endsAt : now;
    }
    if (outcome.resolvesOpenAlert(signal))
        ++report->resolved;
    else if (!outcome.isNew)
        ++report->deduplicated; // a repeat of a firing alert, or the same resolved notice again
    outcome.after = alert;
    return outcome;
}

bool AlertNotice::isLate(
    const AlertSignal& signal, const std::optional<EndedEpisode>& ended, const QDateTime& now)
{
    // A firing notice about an episode that has ended already: sent before its resolve
    // and delivered after it (a sender's retry, a storm's inbox). The source's own
    // start time names the episode; reopening it would bring back a resolved alert and
    // perhaps open an incident. A source that dates its notices (PagerDuty) decides by
    // that date; for one that does not (Alertmanager), only a notice soon after the
    // resolve is taken for late: later, the same start is a real return (Prometheus
    // restored its start after a restart), which must not stay hidden.
    if (!signal.startsAt.isValid() || !ended)
        return false;
    return signal.observedAt.isValid() ? signal.observedAt <= ended->endedAt
                                       : ended->resolveReceivedAt.secsTo(now) < kLateNoticeWithinSeconds;
}

Alert AlertNotice::fresh(const AlertSignal& signal, const AlertDecision& decision, const QDateTime& now)
{
    Alert alert;
    alert.source = signal.source;
    alert.fingerprint = signal.fingerprint;
    alert.firstSeen = now;
    alert.occurrences = 0; // counted by refresh()
    alert.startsAt = signal.startsAt.isValid() ? signal.startsAt : now;
    alert.rule = decision.rule;
    alert.correlationKey = decision.correlationKey;
    return alert;
}

void AlertNotice::refresh(
    Alert* alert, const AlertSignal& signal, const AlertDecision& decision, const QDateTime& now)
{
    alert->name = signal.name;
    alert->summary = signal.summary();
    alert->service = decision.service;
    alert->severity = decision.severity;
    alert->labels = signal.labels;
    alert->annotations = signal.annotations;
    alert->generatorUrl = signal.generatorUrl;
    alert->runbookUrl = decision.runbookUrl;
    alert->lastSeen = now;
    alert->occurrences += 1;
}
